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
  toCsv,
  parseModel,
} from '../../src/index.js';
import { adoptModel } from '../../src/model/parseModel.js';

// Ids named after members of Object.prototype: a lookup that is not own-property-only finds the
// member (a function, or Object.prototype itself) instead of nothing. A model refuses "__proto__" as a
// key (parseModel), so it appears only where plain records are taken: apportion, balanceCaseload, toCsv.
const IDS = ['constructor', 'toString', 'valueOf', 'hasOwnProperty'] as const;

/**
 * One office per id, one docket per id, one case type per id (weight 1 h a case a year, 2080 case
 * hours). The office of the i-th id has i + 1 officers on the i-th docket and 2080 x (i + 1) x 2
 * cases: utilization 200%.
 */
function prototypeModel() {
  const caseTypes = IDS.map((id) => ({ id, docket: id, tasks: [{ name: 't', time: 1, perYear: 1 }] }));
  const offices = IDS.map((id, i) => ({ id, officers: { [id]: i + 1 }, cases: { [id]: 2080 * (i + 1) * 2 } }));
  return { caseTypes, offices } as { caseTypes: typeof caseTypes; offices: (typeof offices[number] & { officerYear?: object })[] };
}

describe('ids named after Object.prototype members are ordinary ids', () => {
  it('allocateHires: the issue-7 input gives hires to a docket named constructor, toString or valueOf', () => {
    for (const docket of ['constructor', 'toString', 'valueOf']) {
      // dc has 1 officer on `docket` for 5 officers' work (500%) and 1 on "other" for 1 officer's (100%).
      const model = {
        caseTypes: [
          { id: 'x', docket, tasks: [{ name: 't', time: 1, perYear: 1 }] },
          { id: 'y', docket: 'other', tasks: [{ name: 't', time: 1, perYear: 1 }] },
        ],
        offices: [{ id: 'dc', officers: { [docket]: 1, other: 1 }, cases: { x: 5 * 2080, y: 2080 } }],
      };
      // 3 hires: 500% -> 250% -> 167% -> 125%, all to `docket`; "other" has a cap of 5 but is at 100%.
      const plan = allocateHires(model, 3, { maxAdded: { dc: { other: 5 } } });
      expect(plan.rows.map((row) => [row.docket, row.added])).toEqual([[docket, 3], ['other', 0]]);
    }
  });

  it('allocateHires: caps, office and docket lists keyed by such ids', () => {
    const model = prototypeModel();
    // Every row with work runs at 200%; rows without work (other offices' dockets) take none.
    const plan = allocateHires(model, 5, { offices: ['constructor', 'valueOf'], maxAdded: { valueOf: { valueOf: 1 } } });
    const added = Object.fromEntries(plan.rows.filter((row) => row.added > 0).map((row) => [`${row.office}/${row.docket}`, row.added]));
    // constructor/constructor: 1 officer for 2 officers' work; valueOf/valueOf: 3 for 6, capped at 1
    // hire. Hire 1: both at 200%, a tie, to the row listed first (constructor: 2/2 = 100%); hire 2:
    // valueOf 200% -> 6/4 = 150%, at its cap; hires 3-5: constructor, the only row with work and room.
    expect(added).toEqual({ 'constructor/constructor': 4, 'valueOf/valueOf': 1 });
  });

  it('assess, coverage, allocateOfficers: every office, docket and case type counted', () => {
    const model = prototypeModel();
    const withWork = assess(model).rows.filter((row) => row.cases > 0);
    expect(withWork.map((row) => [row.office, row.docket, row.cases, row.officers, row.utilization])).toEqual(
      IDS.map((id, i) => [id, id, 4160 * (i + 1), i + 1, 2]),
    );
    expect(assess(model).rows).toHaveLength(16); // 4 offices x 4 dockets
    expect(assess(model).weights).toEqual(Object.assign(Object.create(null), Object.fromEntries(IDS.map((id) => [id, 1]))));
    // Coverage: i + 1 officers cover half of each office's cases.
    const covered = coverage(model).rows.filter((row) => row.cases > 0);
    expect(covered.map((row) => [row.caseType, row.coveredShare])).toEqual(IDS.map((id) => [id, 0.5]));
    // 20 officers by required officers 2, 4, 6, 8 (sum 20): exactly those.
    const allocation = allocateOfficers(model, 20).rows.filter((row) => row.officers > 0);
    expect(allocation.map((row) => [row.office, row.officers])).toEqual(IDS.map((id, i) => [id, 2 * (i + 1)]));
  });

  it('assess and coverage read own properties whatever the prototype of the parsed records', () => {
    // parseModel builds records without a prototype today; the same model with ordinary objects
    // (as a reworked parser might build them) must give the same rows.
    const parsed = parseModel(prototypeModel());
    const ordinary = adoptModel({ ...parsed, offices: parsed.offices.map((office) => ({ ...office, cases: { ...office.cases }, officers: { ...office.officers } })) });
    expect(Object.getPrototypeOf(ordinary.offices[0]!.cases)).toBe(Object.prototype);
    expect(assess(ordinary).rows).toEqual(assess(parsed).rows);
    expect(coverage(ordinary).rows).toEqual(coverage(parsed).rows);
  });

  it('officerYear, caseWeight, caseWeights, achievableCaseload: offices and case types found by such ids', () => {
    const model = prototypeModel();
    model.offices[0]!.officerYear = { leave: 80 };
    expect(officerYear(model, { office: 'constructor' }).caseHours).toBe(2000);
    expect(() => officerYear(model, { office: 'isPrototypeOf' })).toThrow('unknown office "isPrototypeOf"');
    for (const id of IDS) expect(caseWeight(model, id)).toBe(1);
    expect(() => caseWeight(model, 'isPrototypeOf')).toThrow('unknown case type "isPrototypeOf"');
    expect(Object.keys(caseWeights(model))).toEqual([...IDS]);
    expect(achievableCaseload(model, 'valueOf', { office: 'constructor' })).toBe(2000);
    // A mix of weight-1 case types: mean weight 1, 2080 / 1.
    expect(achievableCaseload(model, { constructor: 1, toString: 3 })).toBe(2080);
  });

  it('apportion: weights, floors and ceilings keyed by such ids', () => {
    const weights = JSON.parse('{"constructor": 3, "toString": 2, "valueOf": 1, "__proto__": 2}');
    const seats = apportion(weights, 8, { method: 'jefferson', min: JSON.parse('{"__proto__": 3}'), max: { constructor: 3 } });
    // Jefferson (priority w / (n + 1)) from __proto__'s floor of 3, 5 seats left: constructor 3/1,
    // toString 2/1, constructor 3/2, then constructor 3/3 = toString 2/2 = valueOf 1/1: a three-way tie to
    // the first listed, constructor (now at its ceiling of 3), then toString before valueOf.
    const expected = Object.create(null);
    Object.assign(expected, { constructor: 3, toString: 2, valueOf: 0 });
    expected['__proto__'] = 3;
    expect(seats).toEqual(expected);
    expect(Object.keys(seats)).toEqual(['constructor', 'toString', 'valueOf', '__proto__']);
    expect(() => apportion({ a: 1 }, 1, { min: { constructor: 1 } })).toThrow('min: unknown key "constructor"');
  });

  it('balanceCaseload: case and officer ids', () => {
    const result = balanceCaseload(
      [...IDS, '__proto__'].map((id, i) => ({ id, hours: 10 - i })),
      [{ id: 'constructor' }, { id: '__proto__' }],
    );
    // 10 -> constructor (0 = 0: first); 9 -> __proto__; 8 -> __proto__ (17 < 18); 7 -> constructor
    // (17 < 24); 6 -> constructor (23 = 23: first).
    expect(result.officers.map((o) => [o.id, o.cases, o.hours])).toEqual([
      ['constructor', ['constructor', 'hasOwnProperty', '__proto__'], 23],
      ['__proto__', ['toString', 'valueOf'], 17],
    ]);
    expect(() => balanceCaseload([{ id: 'toString', hours: 1 }, { id: 'toString', hours: 1 }], 1)).toThrow('duplicate case id "toString"');
  });

  it('toCsv: a row without a column named after a prototype member has an empty cell there', () => {
    const rows = [JSON.parse('{"__proto__": 1, "constructor": 2}'), { a: 3 }];
    expect(toCsv(rows)).toBe('__proto__,constructor,a\r\n1,2,\r\n,,3\r\n');
  });
});
