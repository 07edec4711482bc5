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
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };

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

const MORE = '__more__';

/** The shown value's text: a trailing remark in parentheses dropped, each elision `...` (not a spread) a marker. */
function shownValue(text: string): string {
  const marked = markElisions(text);
  if (parses(marked)) return marked;
  const remark = /\s+\((?:[^()]|\([^()]*\))*\)\s*$/.exec(text);
  return remark ? markElisions(text.slice(0, remark.index)) : marked;
}

/** The text with each elision `...` (not a spread) as a marker the comparison knows. */
function markElisions(text: string): string {
  const stack: string[] = [];
  let out = '';
  let quote: string | null = null;
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quote) {
      if (char === '\\') {
        out += char + text[++i];
        continue;
      }
      if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '{' || char === '[') stack.push(char);
    else if (char === '}' || char === ']') stack.pop();
    else if (text.startsWith('...', i) && !/[\w$({[]/.test(text[i + 3] ?? '')) {
      out += stack.at(-1) === '{' ? `${MORE}: true` : `'${MORE}'`;
      i += 2;
      continue;
    }
    out += char;
  }
  return out;
}

const parses = (expression: string) => {
  try {
    new Function(`return (${expression});`);
    return true;
  } catch {
    return false;
  }
};

interface Check {
  expected: string;
  throws?: boolean;
}

/** The example as a program whose checked statements call __check(i, () => value). */
function instrument(code: string): { program: string; checks: Check[] } {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const lines = code.split('\n');
  const checks: Check[] = [];
  const replacements: { start: number; end: number; text: string }[] = [];
  let offset = 0;
  lines.forEach((line, l) => {
    const arrow = /\/\/ (=>|throws) (.*)$/.exec(line);
    if (arrow) {
      const position = offset + arrow.index;
      let expected = arrow[2]!.trim();
      for (const more of lines.slice(l + 1)) {
        if (arrow[1] === 'throws' || parses(shownValue(expected)) || !/^\s*\/\/(?! =>)/.test(more)) break;
        expected += ` ${more.replace(/^\s*\/\/\s?/, '').trim()}`;
      }
      const statement = [...file.statements].reverse().find((each) => each.end <= position || (each.getStart(file) < position && each.end >= position));
      if (!statement || !ts.isExpressionStatement(statement)) throw new Error(`"// ${arrow[1]}" at line ${l + 1} follows no expression`);
      checks.push({ expected, ...(arrow[1] === 'throws' ? { throws: true } : {}) });
      replacements.push({ start: statement.getStart(file), end: statement.end, text: `await __check(${checks.length - 1}, async () => (${statement.expression.getText(file)}));` });
    }
    offset += line.length + 1;
  });
  let program = code;
  for (const { start, end, text } of replacements.sort((a, b) => b.start - a.start)) program = program.slice(0, start) + text + program.slice(end);
  program = program.replace(/^import .*$/gm, '');
  return { program, checks };
}

/** Compares a value with the one an example shows; returns the first difference, or null. */
function difference(actual: unknown, shown: unknown, path = 'value'): string | null {
  if (typeof shown === 'number') {
    if (typeof actual !== 'number') return `${path}: ${String(actual)} is not a number`;
    const digits = String(shown).split('.')[1]?.length ?? 0;
    return Number.isInteger(shown) && Math.abs(shown) >= 1e21 ? null : actual.toFixed(digits) === shown.toFixed(digits) ? null : `${path}: ${actual} is not ${shown}`;
  }
  if (Array.isArray(shown)) {
    const open = shown.at(-1) === MORE;
    const items = open ? shown.slice(0, -1) : shown;
    if (!Array.isArray(actual) || (open ? actual.length < items.length : actual.length !== items.length)) {
      return `${path}: ${JSON.stringify(actual)} has not ${open ? 'at least ' : ''}${items.length} items`;
    }
    for (let i = 0; i < items.length; i++) {
      const found = difference(actual[i], shown[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (shown !== null && typeof shown === 'object') {
    if (actual === null || typeof actual !== 'object') return `${path}: ${String(actual)} is not an object`;
    const open = MORE in shown;
    const keys = Object.keys(shown).filter((key) => key !== MORE);
    const actualKeys = Object.keys(actual);
    if ((!open && actualKeys.length !== keys.length) || !keys.every((key) => actualKeys.includes(key))) {
      return `${path}: keys ${actualKeys.join(', ')}, shown ${keys.join(', ')}${open ? ', ...' : ''}`;
    }
    for (const key of keys) {
      const found = difference((actual as Record<string, unknown>)[key], (shown as Record<string, unknown>)[key], `${path}.${key}`);
      if (found) return found;
    }
    return null;
  }
  return Object.is(actual, shown) ? null : `${path}: ${JSON.stringify(actual)} is not ${JSON.stringify(shown)}`;
}

const examples = sourceFiles(join(root, 'src')).flatMap(examplesIn);

describe('JSDoc examples give the results they show', () => {
  it('there are examples to check', () => {
    expect(examples.length).toBeGreaterThan(20);
  });

  it.each(examples.map((example) => [`${example.file}:${example.line}`, example] as const))('%s', async (_, example) => {
    const publicApi = { ...(await import(pathToFileURL(join(root, 'dist/index.js')).href)), ...(await import(pathToFileURL(join(root, 'dist/node.js')).href)) };
    const own = example.file.startsWith('src/cli/') ? {} : await import(pathToFileURL(join(root, example.file)).href);
    const scope: Record<string, unknown> = { ...own, ...publicApi, scenario: structuredClone(scenario) };
    const { program, checks } = instrument(example.code);
    const results: ({ value: unknown } | { error: unknown })[] = [];
    const check = async (i: number, run: () => Promise<unknown>) => {
      try {
        results[i] = { value: await run() };
      } catch (error) {
        results[i] = { error };
      }
    };
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const run = new Function('__check', ...Object.keys(scope), `return (async () => {\n${program}\n})();`);
      await run(check, ...Object.values(scope));
    } finally {
      process.chdir(cwd);
    }
    checks.forEach((shown, i) => {
      const result = results[i]!;
      if (shown.throws) {
        expect('error' in result, `check ${i} should throw ${shown.expected}`).toBe(true);
        const error = (result as { error: Error }).error;
        expect(`${error.name}: ${error.message}`).toBe(shown.expected);
        return;
      }
      if ('error' in result) throw new Error(`check ${i} threw ${String(result.error)}`);
      const text = shownValue(shown.expected);
      expect(parses(text), `"// => ${shown.expected}" is not a value`).toBe(true);
      const value = new Function(`return (${text});`)();
      expect(difference(result.value, value), `check ${i}: ${shown.expected}`).toBeNull();
    });
  });
});
