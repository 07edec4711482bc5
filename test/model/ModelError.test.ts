import { describe, expect, it } from 'vitest';
import { ModelError, formatPath } from '../../src/index.js';

describe('formatPath', () => {
  it('writes indexes in brackets and identifiers with dots', () => {
    expect(formatPath(['caseTypes', 2, 'tasks', 0, 'time'])).toBe('caseTypes[2].tasks[0].time');
  });
  it('quotes keys that are not identifiers', () => {
    expect(formatPath(['offices', 0, 'cases', 'non detained'])).toBe('offices[0].cases["non detained"]');
    expect(formatPath(['offices', 0, 'officers', 'non-detained'])).toBe('offices[0].officers["non-detained"]');
  });
  it('names the root', () => {
    expect(formatPath([])).toBe('(model)');
  });
  it('throws a TypeError naming the parameter for anything but an array of keys and indexes', () => {
    const expected = 'formatPath: path must be an array of keys (strings) and indexes (numbers)';
    expect(() => formatPath('offices' as never)).toThrow(new TypeError(`${expected}, got the string "offices"`));
    expect(() => formatPath(null as never)).toThrow(new TypeError(`${expected}, got null`));
    expect(() => formatPath(['offices', null] as never)).toThrow(new TypeError(`${expected}, got an array holding null`));
  });
});

describe('ModelError', () => {
  it('is an Error named ModelError with one message line per issue', () => {
    const error = new ModelError([
      { path: ['a'], message: 'one' },
      { path: ['b', 1], message: 'two' },
    ]);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('ModelError');
    expect(error.message).toBe('a: one\nb[1]: two');
  });
  it('throws a TypeError when issues is not an array', () => {
    expect(() => new ModelError(null as never)).toThrow(new TypeError('ModelError: issues must be an array of { path, message }, got null'));
  });
});
