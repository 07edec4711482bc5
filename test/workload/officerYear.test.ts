import { describe, expect, it } from 'vitest';
import { officerYear, parseModel } from '../../src/index.js';

describe('officerYear', () => {
  it('is all paid hours with no deductions', () => {
    expect(officerYear({})).toEqual({
      paidHours: 2080, holidays: 0, leave: 0, training: 0, collateralHours: 0, adminHours: 0, caseHours: 2080,
    });
  });

  it('deducts holidays, leave, training, collateral duties, then the admin share', () => {
    const year = officerYear({
      officerYear: { holidays: '10 workdays', leave: '25 workdays', training: '40 h', adminShare: 0.15 },
      collateralDuties: [
        { name: 'escort', time: '3 workdays', perYear: 4, share: 0.5 }, // 24 h x 4 x 0.5 = 48 h
        { name: 'window', time: '1 workday', every: '4 workweeks' }, //    8 h x 260/20 = 104 h
      ],
    });
    // holidays 10 x 8 = 80, leave 25 x 8 = 200, training 40, collateral 48 + 104 = 152
    // remaining 2080 - 80 - 200 - 40 - 152 = 1608; admin 1608 x 0.15 = 241.2; case 1608 x 0.85 = 1366.8
    expect(year.holidays).toBe(80);
    expect(year.leave).toBe(200);
    expect(year.training).toBe(40);
    expect(year.collateralHours).toBeCloseTo(152, 9);
    expect(year.adminHours).toBeCloseTo(241.2, 9);
    expect(year.caseHours).toBeCloseTo(1366.8, 9);
  });

  it("reads an office's officer year: its fields over the model's, its duties added", () => {
    const model = parseModel({
      officerYear: { leave: '20 workdays', training: 40 },
      collateralDuties: [{ name: 'window', time: 4, perYear: 10 }], // 40 h
      offices: [
        { id: 'plain' },
        {
          id: 'border',
          officerYear: { workdayHours: 10, paidHours: 2000 },
          collateralDuties: [{ name: 'detail', time: '20 workdays', perYear: 1, share: 0.5 }],
        },
      ],
    });
    // The model: 2080 - 160 - 40 - 40 = 1840.
    expect(officerYear(model).caseHours).toBe(1840);
    expect(officerYear(model, { office: 'plain' }).caseHours).toBe(1840);
    // border: leave 20 workdays x 10 h = 200; detail 20 x 10 h x 0.5 = 100; window 40.
    // 2000 - 200 - 40 - (40 + 100) = 1620.
    expect(officerYear(model, { office: 'border' })).toEqual({
      paidHours: 2000, holidays: 0, leave: 200, training: 40, collateralHours: 140, adminHours: 0, caseHours: 1620,
    });
  });

  it('names an unknown office', () => {
    expect(() => officerYear({ offices: [{ id: 'a' }] }, { office: 'bcd' })).toThrow(new RangeError('unknown office "bcd" (offices: "a")'));
    // Within 2 edits of an id or a name, the nearest is suggested (findOffice, as the folder reader does).
    expect(() => officerYear({ offices: [{ id: 'dc', name: 'Washington' }] }, { office: 'Washingtn' })).toThrow(
      new RangeError('unknown office "Washingtn"; did you mean "Washington"? (offices: "dc")'),
    );
  });

  it('takes a plain input or a parsed model alike', () => {
    const input = { officerYear: { leave: 100 } };
    expect(officerYear(input)).toEqual(officerYear(parseModel(input)));
  });
});
