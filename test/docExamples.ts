/**
 * The docs-example runner every docs test uses: a page's ```js blocks run (imports of the package
 * replaced by the API names given), and each result they show is checked:
 * - `expression; // => value`, or `// => value` on the line after a statement: equal to the value, a
 *   JavaScript literal (compared after a JSON round trip with `json: true`);
 * - `expression; // 12.34 ...`, or `// 12.34 ...` on the line after a statement: the number, to the digits shown;
 * - a statement, then `// throws Name: message` on the next line: that error, with that message.
 * A page enables the kinds it writes (`kinds`), so that other comments stay comments.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';

export const ROOT = join(import.meta.dirname, '..');

/** The ```js blocks of docs/`page`, or of its part from the text `from` up to the text `to`. */
export function jsBlocks(page: string, from?: string, to?: string): string[] {
  let text = readFileSync(join(ROOT, 'docs', page), 'utf8');
  if (from !== undefined) text = text.slice(text.indexOf(from), to === undefined ? undefined : text.indexOf(to));
  return [...text.matchAll(/```js\n([\s\S]*?)```/g)].map((match) => match[1]!);
}

export type ShownKind = 'value' | 'number' | 'throws';

export interface RunOptions {
  kinds: readonly ShownKind[];
  /** Compare values after a JSON round trip (records without a prototype, Maps written as records). */
  json?: boolean;
  /** Run from this folder (examples that read files by relative paths): the package root. */
  fromRoot?: boolean;
}

interface Shown {
  kind: ShownKind;
  expression: string;
  shown: string;
  name?: string;
}

/** The code with each shown result of an enabled kind made a call of `__check(index, async () => ...)`. */
function withChecks(code: string, kinds: readonly ShownKind[]): { body: string; shown: Shown[] } {
  const shown: Shown[] = [];
  const lines: string[] = [];
  const check = (item: Shown) => `await __check(${shown.push(item) - 1}, async () => ${item.kind === 'throws' ? `{ ${item.expression}; }` : `(${item.expression})`});`;
  for (const line of code.split('\n')) {
    if (/^\s*import .*$/.test(line)) continue;
    const inline = /^(.*?);\s*\/\/ => (.*)$/.exec(line);
    const after = /^\s*\/\/ => (.*)$/.exec(line);
    const throws = /^\s*\/\/ throws (\w+): (.*)$/.exec(line);
    const number = /^(.+?);\s+\/\/\s+(-?[\d.]+)\b.*$/.exec(line);
    const numberAfter = /^\s*\/\/\s+(-?[\d.]+)\b.*$/.exec(line);
    if (kinds.includes('value') && inline && inline[1]!.trim() !== '') lines.push(check({ kind: 'value', expression: inline[1]!, shown: inline[2]! }));
    else if (kinds.includes('value') && after) lines.push(check({ kind: 'value', expression: lines.pop()!.replace(/;\s*$/, ''), shown: after[1]! }));
    else if (kinds.includes('throws') && throws) lines.push(check({ kind: 'throws', expression: lines.pop()!.replace(/;\s*$/, ''), shown: throws[2]!, name: throws[1]! }));
    else if (kinds.includes('number') && number) lines.push(check({ kind: 'number', expression: number[1]!, shown: number[2]! }));
    else if (kinds.includes('number') && numberAfter && /;\s*$/.test(lines.at(-1) ?? '')) {
      lines.push(check({ kind: 'number', expression: lines.pop()!.replace(/;\s*$/, ''), shown: numberAfter[1]! }));
    }
    else lines.push(line);
  }
  return { body: lines.join('\n'), shown };
}

/**
 * Runs `code` with `names` in scope and checks every result it shows.
 *
 * @returns how many results it shows (each was checked)
 */
export async function runExample(code: string, names: Record<string, unknown>, options: RunOptions): Promise<number> {
  const { body, shown } = withChecks(code, options.kinds);
  let checked = 0;
  const check = async (index: number, run: () => Promise<unknown>) => {
    const { kind, expression, shown: text, name } = shown[index]!;
    checked++;
    if (kind === 'throws') return expect(run(), expression).rejects.toMatchObject({ name, message: text });
    const value = await run();
    if (kind === 'number') {
      const digits = text.split('.')[1]?.length ?? 0;
      return expect((value as number).toFixed(digits), expression).toBe(Number(text).toFixed(digits));
    }
    return expect(options.json ? JSON.parse(JSON.stringify(value)) : value, expression).toEqual(new Function(`return (${text});`)());
  };
  const cwd = process.cwd();
  if (options.fromRoot) process.chdir(ROOT);
  try {
    const AsyncFunction = (async () => {}).constructor as new (...args: string[]) => (...values: unknown[]) => Promise<void>;
    await new AsyncFunction(...Object.keys(names), '__check', body)(...Object.values(names), check);
  } finally {
    if (options.fromRoot) process.chdir(cwd);
  }
  expect(checked).toBe(shown.length);
  return shown.length;
}
