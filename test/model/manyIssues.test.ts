import { describe, expect, it } from 'vitest';
import { ModelError, parseModel } from '../../src/index.js';
import { smallModel } from '../helpers.js';

describe('parseModel with very many issues', () => {
  it('reports every one (no push(...issues) spread that overflows the call stack)', () => {
    // 200,000 offices each with a name that is not a string: 200,000 issues, past the ~120,000 arguments a
    // spread call takes (zod's own push(...issues) overflowed here too: offices are checked in slices).
    const count = 200_000;
    const offices = Array.from({ length: count }, (_, i) => ({ id: `o${i}`, officers: {}, cases: {}, name: 1 }));
    let error: unknown;
    try {
      parseModel({ ...smallModel(), offices });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ModelError);
    const { issues } = error as ModelError;
    expect(issues).toHaveLength(count);
    expect(issues[0]!.path).toEqual(['offices', 0, 'name']);
    expect(issues[count - 1]).toEqual({ ...issues[0], path: ['offices', count - 1, 'name'] });
  });
});
