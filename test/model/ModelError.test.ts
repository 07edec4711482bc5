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
});
