/**
 * Every `@example` in src/ that shows a result with `// =>` runs, and gives that result: against the
 * built package (dist/, as users get it) for public names, the example's own module for internal
 * helpers. Numbers are compared to the digits shown (`// => 24.95` holds for 24.9496...), strings
 * exactly, arrays and objects field by field with the same keys; `...` in a shown object stands for
 * fields not shown, at the end of a shown array for items not shown. `// throws Name: message` checks
 * an error. A remark in parentheses after the value (`// => 1 (a plain loop gives 0.99...)`) is not
 * part of it. Examples may use `scenario`, the OIG-17-51 scenario (fixtures/oig-17-51/scenario.json), and
 * read files from the repository's root.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { runExample } from './shownValues.js';

const root = join(import.meta.dirname, '..', '..');

interface Example {
  file: string;
  line: number;
  code: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** The @example blocks of a file: the lines after the tag up to the next tag or the comment's end. */
function examplesIn(file: string): Example[] {
  const text = readFileSync(file, 'utf8');
  const examples: Example[] = [];
  for (const comment of text.matchAll(/\/\*\*([\s\S]*?)\*\//g)) {
    const lines = comment[1]!.split('\n').map((line) => line.replace(/^\s*\* ?/, ''));
    lines.forEach((line, i) => {
      if (!line.startsWith('@example')) return;
      const body: string[] = [];
      for (const next of lines.slice(i + 1)) {
        if (next.startsWith('@')) break;
        body.push(next);
      }
      const line0 = text.slice(0, comment.index).split('\n').length + i;
      examples.push({ file: relative(root, file), line: line0, code: body.join('\n').trimEnd() });
    });
  }
  return examples;
}

const examples = sourceFiles(join(root, 'src')).flatMap(examplesIn);

/** Whether `name` can name a parameter (`enum` and `default` cannot). */
function isParameterName(name: string): boolean {
  try {
    new Function(name, '');
    return true;
  } catch {
    return false;
  }
}

describe('JSDoc examples give the results they show', () => {
  it('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))('%s', async (_, example) => {
    // An example of the browser entry (src/csv/) runs against it; the others against the root and node entries.
    const entry = example.file.startsWith('src/csv/') ? 'dist/csv.js' : 'dist/node.js';
    const publicApi = { ...(await import(pathToFileURL(join(root, 'dist/index.js')).href)), ...(await import(pathToFileURL(join(root, entry)).href)) };
    // Internal helpers: src/internal/ (a sampler's example needs seededSource), the example's siblings
    // and its own module, the nearer winning a name.
    const own: Record<string, unknown> = {};
    if (!example.file.startsWith('src/cli/')) {
      for (const folder of [join(root, 'src/internal'), dirname(join(root, example.file))]) {
        for (const file of readdirSync(folder).filter((name) => name.endsWith('.ts'))) Object.assign(own, await import(pathToFileURL(join(folder, file)).href));
      }
      Object.assign(own, await import(pathToFileURL(join(root, example.file)).href));
    }
    // A module's export named by a reserved word (zod's `enum`, re-exported by src/internal/zodMini.ts)
    // is no name an example can use, nor a parameter of the function the example runs in.
    for (const name of Object.keys(own)) if (!isParameterName(name)) delete own[name];
    const scope: Record<string, unknown> = { ...own, ...publicApi, scenario: structuredClone(scenario) };
    const cwd = process.cwd();
    process.chdir(root);
    try {
      await runExample(example.code, scope);
    } finally {
      process.chdir(cwd);
    }
  });
});

describe('every public function and class is documented with an example, and functions with their errors', () => {
  const sources = sourceFiles(join(root, 'src')).map((file) => readFileSync(file, 'utf8'));
  /** The JSDoc right above `export function name` or `export class name`, wherever it is. */
  const docOf = (name: string) => {
    const declaration = new RegExp(`/\\*\\*((?:(?!\\*/)[\\s\\S])*)\\*/\\s*export (?:async )?(function|class) ${name}\\b`);
    for (const text of sources) {
      const match = declaration.exec(text);
      if (match) return { doc: match[1]!, kind: match[2]! };
    }
    return undefined;
  };

  it.each(['index', 'node', 'csv'])('dist/%s.js', async (entry) => {
    const api = await import(pathToFileURL(join(root, `dist/${entry}.js`)).href);
    const missing: string[] = [];
    for (const [name, value] of Object.entries(api)) {
      if (typeof value !== 'function') continue;
      const found = docOf(name);
      if (!found) missing.push(`${name}: no JSDoc`);
      else {
        if (!found.doc.includes('@example')) missing.push(`${name}: no @example`);
        if (found.kind === 'function' && !found.doc.includes('@throws')) missing.push(`${name}: no @throws`);
      }
    }
    expect(missing).toEqual([]);
  });
});
