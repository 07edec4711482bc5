import { describe, expect, it } from 'vitest';
import { keysAt, placeName, placesOfKey } from '../../src/model/knownKeys.js';

describe('knownKeys: the keys of each object of a model, read from the schema', () => {
  it('keysAt: the keys of the object at a path, any index standing for every item', () => {
    expect(keysAt([])).toEqual(['$schema', 'name', 'officerYear', 'collateralDuties', 'caseTypes', 'source', 'offices']);
    expect(keysAt(['caseTypes', 7, 'tasks', 0])).toEqual(['name', 'time', 'perYear', 'every', 'frequency', 'share', 'ranges', 'source', 'window']);
    // A task's time is a union: the keys of a resolved time and of a range.
    expect(keysAt(['caseTypes', 0, 'tasks', 0, 'time'])).toEqual(['amount', 'unit', 'low', 'mode', 'high', 'dist']);
    // Inside a record (an office's cases) and past the schema: no object, no keys.
    expect(keysAt(['offices', 0, 'cases'])).toEqual([]);
    expect(keysAt(['nowhere', 'at', 'all'])).toEqual([]);
  });

  it('placeName: the model, or the path with every index as []', () => {
    expect(placeName([])).toBe('the model');
    expect(placeName(['caseTypes', 2, 'tasks', 0])).toBe('caseTypes[].tasks[]');
    expect(placeName(['officerYear'])).toBe('officerYear');
  });

  it('placesOfKey: where a key belongs, spelt as the schema spells it', () => {
    expect(placesOfKey('id')).toEqual({ key: 'id', places: ['caseTypes[]', 'offices[]'] });
    expect(placesOfKey('DOCKET')).toEqual({ key: 'docket', places: ['caseTypes[]'] });
    expect(placesOfKey('officers')).toEqual({ key: 'officers', places: ['offices[]'] });
    expect(placesOfKey('colour')).toBeUndefined();
  });
});
