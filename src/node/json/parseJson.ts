/**
 * JSON text as a value, strictly (RFC 8259: no comments, no trailing commas), through jsonc-parser's
 * tree so that every key keeps its place: a key given twice is reported, not decided silently.
 */
import { findNodeAtLocation, parseTree, type Node, type ParseError } from 'jsonc-parser';
import { CsvInputError } from '../CsvInputError.js';
import type { IssuePath } from '../../model/ModelError.js';
import { syntaxMessage } from './syntaxMessage.js';
import { positionsIn, type TextPosition } from './textPosition.js';

/** A key given twice in one object: its path, where it is again, and where it was first. */
export interface DuplicateKey {
  path: IssuePath;
  at: TextPosition;
  first: TextPosition;
}

/**
 * Builds the value of a tree node. Objects get own data properties only (a `"__proto__"` key stays a
 * key, as with JSON.parse); of a key given twice the first value is kept and the repeat listed.
 */
function valueOf(node: Node, path: IssuePath, position: (offset: number) => TextPosition, duplicates: DuplicateKey[]): unknown {
  if (node.type === 'array') return node.children!.map((child, i) => valueOf(child, [...path, i], position, duplicates));
  if (node.type !== 'object') return node.value;
  const object: Record<string, unknown> = {};
  const firstOffset = new Map<string, number>();
  for (const property of node.children!) {
    const [keyNode, valueNode] = property.children as [Node, Node];
    const key = keyNode.value as string;
    const first = firstOffset.get(key);
    if (first !== undefined) {
      duplicates.push({ path: [...path, key], at: position(keyNode.offset), first: position(first) });
      continue;
    }
    firstOffset.set(key, keyNode.offset);
    Object.defineProperty(object, key, { value: valueOf(valueNode, [...path, key], position, duplicates), enumerable: true, writable: true, configurable: true });
  }
  return object;
}

/**
 * Parses JSON text (without a byte-order mark).
 *
 * @returns the value, every key given twice (`duplicates`, empty when none) with their places, and
 *   `at(path)`: where the value at a path stands (`at(['Wash DC'])`), for messages about values
 * @throws {CsvInputError} at the first syntax error: `model.json, line 3, column 17: not valid JSON: expected "," or "]", found the end of the file`
 * @example
 * parseJson('{"a": 1, "a": 2}', 'x.json').duplicates
 * // => [{ path: ['a'], at: { line: 1, column: 10 }, first: { line: 1, column: 2 } }]
 */
export function parseJson(text: string, file: string): { value: unknown; duplicates: DuplicateKey[]; at: (path: IssuePath) => TextPosition | undefined } {
  const errors: ParseError[] = [];
  const tree = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const position = positionsIn(text);
  if (text.trim() === '') throw new CsvInputError('not valid JSON: the file is empty', { file });
  const error = errors[0];
  if (error || tree === undefined) {
    const { line, column } = position(error?.offset ?? 0);
    throw new CsvInputError(`not valid JSON: ${error ? syntaxMessage(text, error) : 'no value'}`, { file, line, column });
  }
  const duplicates: DuplicateKey[] = [];
  const at = (path: IssuePath) => {
    const node = findNodeAtLocation(tree, path);
    return node === undefined ? undefined : position(node.offset);
  };
  return { value: valueOf(tree, [], position, duplicates), duplicates, at };
}
