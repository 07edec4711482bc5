import { describe, expect, it } from 'vitest';
import {
  achievableCaseload,
  allocateHires,
  allocateOfficers,
  apportion,
  assess,
  balanceCaseload,
  caseWeight,
  caseWeights,
  coverage,
  officerYear,
  parseModel,
} from '../../src/index.js';
import { smallModel } from '../helpers.js';

const model = parseModel(smallModel());

/** The error `call` throws, to check its class and its whole message. */
function thrown(call: () => unknown): Error {
  try {
    call();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

function expectRangeError(call: () => unknown, message: string): void {
  const error = thrown(call);
  expect(error).toBeInstanceOf(RangeError);
  expect(error.message).toBe(message);
}

describe('arguments of the wrong type are a TypeError naming the function and the parameter', () => {
  it.each<[string, () => unknown, string]>([
    ['assess(m, null)', () => assess(model, null as never), 'assess: options must be an object, got null'],
    ['assess(null)', () => assess(null as never), 'assess: model must be a model object, got null'],
    ['assess(m, { vacancyRate: "0.3" })', () => assess(model, { vacancyRate: '0.3' as never }), 'assess: options.vacancyRate must be a number, got the string "0.3"'],
    ['balanceCaseload(null, 2)', () => balanceCaseload(null as never, 2), 'balanceCaseload: cases must be an array of { id, hours }, got null'],
    ['balanceCaseload([], null)', () => balanceCaseload([], null as never), 'balanceCaseload: officers must be a number or an array of { id, capacityHours? }, got null'],
    ['balanceCaseload([1], 2)', () => balanceCaseload([1] as never, 2), 'balanceCaseload: cases[0] must be an object { id, hours }, got the number 1'],
    ['balanceCaseload with hours as text', () => balanceCaseload([{ id: 'a', hours: '3' as never }], 2), 'balanceCaseload: cases[0].hours must be a number, got the string "3"'],
    ['balanceCaseload with a numeric id', () => balanceCaseload([{ id: 7 as never, hours: 3 }], 2), 'balanceCaseload: cases[0].id must be a string, got the number 7'],
    ['balanceCaseload with a text capacity', () => balanceCaseload([], [{ id: 'a', capacityHours: '9' as never }]), 'balanceCaseload: officers[0].capacityHours must be a number, got the string "9"'],
    ['balanceCaseload(cases, "2")', () => balanceCaseload([], '2' as never), 'balanceCaseload: officers must be a number or an array of { id, capacityHours? }, got the string "2"'],
    ['balanceCaseload(cases, 2, null)', () => balanceCaseload([], 2, null as never), 'balanceCaseload: options must be an object, got null'],
    ['apportion(array, 3)', () => apportion([1, 2] as never, 3), 'apportion: weights must be a record of numbers by key, got an array'],
    ['apportion(Map, 3)', () => apportion(new Map() as never, 3), 'apportion: weights must be a record of numbers by key, got a Map'],
    ['apportion(w, "3")', () => apportion({ a: 1 }, '3' as never), 'apportion: seats must be a number, got the string "3"'],
    ['apportion with a text weight', () => apportion({ a: '1' as never }, 3), 'apportion: weights.a must be a number, got the string "1"'],
    ['apportion(w, 3, null)', () => apportion({ a: 1 }, 3, null as never), 'apportion: options must be an object, got null'],
    ['apportion with min "1"', () => apportion({ a: 1 }, 3, { min: '1' as never }), 'apportion: options.min must be a number or a record of numbers by key, got the string "1"'],
    ['apportion with max.a "1"', () => apportion({ a: 1 }, 1, { max: { a: '1' as never } }), 'apportion: options.max.a must be a number, got the string "1"'],
    ['allocateOfficers(m, "5")', () => allocateOfficers(model, '5' as never), 'allocateOfficers: totalOfficers must be a number, got the string "5"'],
    ['allocateOfficers(m, 5, null)', () => allocateOfficers(model, 5, null as never), 'allocateOfficers: options must be an object, got null'],
    ['allocateOfficers(undefined, 5)', () => allocateOfficers(undefined as never, 5), 'allocateOfficers: model must be a model object, got undefined'],
    ['allocateHires(m, "3")', () => allocateHires(model, '3' as never), 'allocateHires: hires must be a number, got the string "3"'],
    ['allocateHires(m, 3, null)', () => allocateHires(model, 3, null as never), 'allocateHires: options must be an object, got null'],
    ['allocateHires offices as text', () => allocateHires(model, 3, { offices: 'a' as never }), 'allocateHires: options.offices must be an array of ids, got the string "a"'],
    ['allocateHires dockets with a number', () => allocateHires(model, 3, { dockets: [1] as never }), 'allocateHires: options.dockets[0] must be a string, got the number 1'],
    ['allocateHires maxAdded null', () => allocateHires(model, 3, { maxAdded: null as never }), 'allocateHires: options.maxAdded must be a record of caps by office and docket, got null'],
    ['allocateHires maxAdded.a a number', () => allocateHires(model, 3, { maxAdded: { a: 2 } as never }), 'allocateHires: options.maxAdded.a must be a record of caps by docket, got the number 2'],
    ['allocateHires a text cap', () => allocateHires(model, 3, { maxAdded: { a: { 'non-detained': '2' as never } } }), 'allocateHires: options.maxAdded.a["non-detained"] must be a number, got the string "2"'],
    ['coverage()', () => coverage(undefined as never), 'coverage: model must be a model object, got undefined'],
    ['coverage("model.json")', () => coverage('model.json' as never), 'coverage: model must be a model object, got the string "model.json"'],
    ['achievableCaseload(m, null)', () => achievableCaseload(model, null as never), 'achievableCaseload: caseMix must be a case-type id or a record of counts by case-type id, got null'],
    ['achievableCaseload(m, [])', () => achievableCaseload(model, [] as never), 'achievableCaseload: caseMix must be a case-type id or a record of counts by case-type id, got an array'],
    ['achievableCaseload with a text count', () => achievableCaseload(model, { nd: '5' as never }), 'achievableCaseload: caseMix.nd must be a number, got the string "5"'],
    ['achievableCaseload(m, "nd", { office: 1 })', () => achievableCaseload(model, 'nd', { office: 1 as never }), 'achievableCaseload: options.office must be a string, got the number 1'],
    ['officerYear(m, null)', () => officerYear(model, null as never), 'officerYear: options must be an object, got null'],
    ['officerYear(m, { office: 3 })', () => officerYear(model, { office: 3 as never }), 'officerYear: options.office must be a string, got the number 3'],
    ['caseWeight(m, 3)', () => caseWeight(model, 3 as never), 'caseWeight: caseTypeId must be a string, got the number 3'],
    ['caseWeights(null)', () => caseWeights(null as never), 'caseWeights: model must be a model object, got null'],
  ])('%s', (_, call, message) => {
    const error = thrown(call);
    expect(error).toBeInstanceOf(TypeError);
    expect(error.message).toBe(message);
  });

  it('keeps RangeError, without the function name, for a value of the right type out of range', () => {
    expectRangeError(() => allocateHires(model, -1), 'hires must be a whole number >= 0, got -1');
    expectRangeError(() => assess(model, { vacancyRate: 1 }), 'vacancyRate must be a number in [0, 1), got 1');
    expectRangeError(() => apportion({ a: 1 }, 1.5), 'seats must be a whole number >= 0, got 1.5');
  });

  it('refuses counts beyond 2^53 - 1, where doubles skip whole numbers', () => {
    const message = (name: string) => `${name} must be at most 2^53 - 1 (9007199254740991), got 9007199254740992`;
    expectRangeError(() => apportion({ a: 1 }, 2 ** 53), message('seats'));
    expectRangeError(() => allocateOfficers(model, 2 ** 53), message('totalOfficers'));
    expectRangeError(() => allocateHires(model, 2 ** 53), message('hires'));
    expectRangeError(() => balanceCaseload([], 2 ** 53), message('officers'));
    expectRangeError(() => apportion({ a: 1 }, 1, { max: 2 ** 53 }), message('options.max'));
    // 2^53 - 1 itself is a count: all of it to the one key.
    expect(apportion({ a: 1 }, 2 ** 53 - 1).a).toBe(2 ** 53 - 1);
  });
});
