/**
 * Running documentation examples and checking the results they show: `// => value` after an
 * expression (on its line, or on the next lines) and `// throws Name: message`. Numbers are compared
 * to the digits shown (`// => 24.95` holds for 24.9496...), strings exactly, arrays and objects field
 * by field with the same keys; `...` in a shown object stands for fields not shown, at the end of a
 * shown array for items not shown. A remark in parentheses after the value is not part of it.
 * Used by jsdocExamples.test.ts (src/**) and pages.test.ts (docs/*.md).
 */
import ts from 'typescript';
import { expect } from 'vitest';

const MORE = '__more__';

/** The shown value's text: a trailing remark in parentheses dropped, each elision `...` (not a spread) a marker. */
export function shownValue(text: string): string {
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

export const parses = (expression: string) => {
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
export function instrument(code: string): { program: string; checks: Check[] } {
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
export function difference(actual: unknown, shown: unknown, path = 'value'): string | null {
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


/** Runs an example (its `import` lines dropped; `scope`'s names in reach) and checks what it shows. */
export async function runExample(code: string, scope: Record<string, unknown>): Promise<void> {
  const { program, checks } = instrument(code);
  const results: ({ value: unknown } | { error: unknown })[] = [];
  const check = async (i: number, run: () => Promise<unknown>) => {
    try {
      results[i] = { value: await run() };
    } catch (error) {
      results[i] = { error };
    }
  };
  const run = new Function('__check', ...Object.keys(scope), `return (async () => {\n${program}\n})();`);
  await run(check, ...Object.values(scope));
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
}
