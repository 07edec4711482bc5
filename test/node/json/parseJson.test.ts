import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvInputError } from '../../../src/node/CsvInputError.js';
import { parseJson } from '../../../src/node/json/parseJson.js';
import { positionsIn } from '../../../src/node/json/textPosition.js';

function syntaxError(text: string): string {
  try {
    parseJson(text, 'm.json');
  } catch (error) {
    expect(error).toBeInstanceOf(CsvInputError);
    return (error as Error).message;
  }
  throw new Error('expected a syntax error');
}

describe('parseJson', () => {
  it('gives what JSON.parse gives for any JSON text without repeated keys', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 2, '\t'), (value, space) => {
        const text = JSON.stringify(value, null, space);
        const parsed = parseJson(text, 'm.json');
        expect(parsed.duplicates).toEqual([]);
        expect(parsed.value).toStrictEqual(JSON.parse(text));
      }),
    );
  });

  it('keeps a "__proto__" key as an own key, as JSON.parse does, without touching the prototype', () => {
    const { value } = parseJson('{"__proto__": {"polluted": 1}}', 'm.json') as { value: Record<string, unknown> };
    expect(Object.keys(value)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect((value as { polluted?: number }).polluted).toBeUndefined();
  });

  it('lists every key given twice with its path and both places', () => {
    const text = '{\n  "offices": [\n    { "id": "a", "cases": { "nd": 1, "nd": 2 } }\n  ],\n  "name": "x", "name": "y"\n}';
    expect(parseJson(text, 'm.json').duplicates).toEqual([
      // Line 3 is `    { "id": "a", "cases": { "nd": 1, "nd": 2 } }`: "nd" at columns 29 and 38.
      { path: ['offices', 0, 'cases', 'nd'], at: { line: 3, column: 38 }, first: { line: 3, column: 29 } },
      { path: ['name'], at: { line: 5, column: 16 }, first: { line: 5, column: 3 } },
    ]);
  });

  it('treats keys that are equal after escapes as the same key', () => {
    expect(parseJson('{"nd": 1, "n\\u0064": 2}', 'm.json').duplicates.map((d) => d.path)).toEqual([['nd']]);
  });

  it.each<[string, string, string]>([
    ['a missing comma', '{\n  "a": 1\n  "b": 2\n}', 'm.json, line 3, column 3: not valid JSON: expected "," between items, found "\\"b\\""'],
    ['a trailing comma in an array', '[1,\n 2,\n]', 'm.json, line 3, column 1: not valid JSON: expected a value, found "]" (JSON allows no comma before a closing bracket)'],
    ['a trailing comma in an object', '{"a": 1,}', 'm.json, line 1, column 9: not valid JSON: expected a key in double quotes, found "}" (JSON allows no comma before a closing bracket)'],
    ['an unclosed array at the end of the file', '{ "caseTypes": [', 'm.json, line 1, column 17: not valid JSON: expected "," or "]", found the end of the file'],
    ['a key without quotes', '{ name: "x" }', 'm.json, line 1, column 3: not valid JSON: unexpected "name"'],
    ['a missing colon', '{ "a" 1 }', 'm.json, line 1, column 7: not valid JSON: expected ":" after the key, found "1"'],
    ['a comment', '{\n  // officers\n  "a": 1 }', 'm.json, line 2, column 3: not valid JSON: JSON allows no comments'],
    ['a string with a tab in it', '{ "a": "x\ty" }', 'm.json, line 1, column 8: not valid JSON: a tab or line break inside a string; write it as \\t or \\n'],
    ['an unclosed string', '{ "a": "abc\n}', 'm.json, line 1, column 8: not valid JSON: a string is not closed before the end of its line'],
    ['a bad escape', '{ "a": "\\x" }', 'm.json, line 1, column 8: not valid JSON: "\\"\\\\x\\"" is not an escape JSON knows (\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)'],
    ['NaN', '{ "a": NaN }', 'm.json, line 1, column 8: not valid JSON: unexpected "NaN"'],
    ['a number cut short', '{ "a": 1e }', 'm.json, line 1, column 8: not valid JSON: "1e" is not a JSON number'],
    ['text after the value', '{ "a": 1 } x', 'm.json, line 1, column 12: not valid JSON: unexpected "x"'],
    ['an empty file', '  \n', 'm.json: not valid JSON: the file is empty'],
    ['a single quote', "{ 'a': 1 }", 'm.json, line 1, column 3: not valid JSON: unexpected "\'a\'" (JSON takes double quotes)'],
  ])('reports %s with its line and column', (_, text, message) => {
    expect(syntaxError(text)).toBe(message);
  });
});

describe('positionsIn', () => {
  it('counts LF, CRLF and CR alone as one line end each', () => {
    const position = positionsIn('ab\ncd\r\nef\rgh');
    expect([0, 3, 4, 5, 6, 7, 10, 11].map(position)).toEqual([
      { line: 1, column: 1 },
      { line: 2, column: 1 },
      { line: 2, column: 2 },
      { line: 2, column: 3 }, // the CR of CRLF
      { line: 2, column: 4 }, // its LF
      { line: 3, column: 1 },
      { line: 4, column: 1 },
      { line: 4, column: 2 },
    ]);
  });
});
