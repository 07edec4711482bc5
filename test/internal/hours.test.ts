import { describe, expect, it } from 'vitest';
import { isCorrectlyRounded } from '../exact.js';
import { activitiesHours, activityHours, officerYearOf, timeHours, timesPerYear } from '../../src/internal/hours.js';

const YEAR = { paidHours: 2080, workdayHours: 8 };
const hours = (amount: number) => ({ amount, unit: 'hour' as const });

describe('timeHours', () => {
  it('reads workdays against workdayHours', () => {
    expect(timeHours({ amount: 3, unit: 'workday' }, YEAR)).toBe(24);
    expect(timeHours({ amount: 3, unit: 'workday' }, { paidHours: 2080, workdayHours: 10 })).toBe(30);
    expect(timeHours({ amount: 3, unit: 'hour' }, { paidHours: 2080, workdayHours: 10 })).toBe(3);
  });
});

describe('timesPerYear', () => {
  it('counts workday frequencies against the work year: 2080 / 8 = 260 workdays', () => {
    expect(timesPerYear({ perWorkday: 1 }, YEAR)).toBe(260);
    expect(timesPerYear({ perWorkday: 0.2 }, YEAR)).toBe(52);
    expect(timesPerYear({ perYear: 4 }, YEAR)).toBe(4);
  });
});

describe('activity hours', () => {
  it('is time x times a year x share, and sums over a list', () => {
    // 2 workdays x 8 h x 6 a year x 0.5 = 48 h; 0.25 h x 260 x 1 = 65 h.
    const escort = { time: { amount: 2, unit: 'workday' as const }, frequency: { perYear: 6 }, share: 0.5 };
    const calls = { time: hours(0.25), frequency: { perWorkday: 1 }, share: 1 };
    expect(activityHours(escort, YEAR)).toBe(48);
    expect(activitiesHours([escort, calls], YEAR)).toBe(113);
    expect(activitiesHours([], YEAR)).toBe(0);
  });
  it('is correctly rounded: the exact sum rounded once, whatever the order', () => {
    // 1e-16 + 1 + 1e16 is exactly 10,000,000,000,000,001.0000000000000001: doubles near 1e16 are 2 apart,
    // so the exact sum lies just above the midpoint of 1e16 and 1e16 + 2 and rounds to 1e16 + 2. A
    // compensated (Kahan-Babuska) sum of this order gives 1e16.
    const once = (amount: number) => ({ time: hours(amount), frequency: { perYear: 1 }, share: 1 });
    const activities = [once(1e-16), once(1), once(1e16)];
    expect(activitiesHours(activities, YEAR)).toBe(10000000000000002);
    expect(activitiesHours([...activities].reverse(), YEAR)).toBe(10000000000000002);
    expect(isCorrectlyRounded([1e-16, 1, 1e16], 10000000000000002)).toBe(true); // the same, checked in BigInt
    // 0.1 h ten times is exactly 10 x 0.1000000000000000055511151231257827 = 1.000000000000000055..., which rounds to 1.
    expect(activitiesHours(Array.from({ length: 10 }, () => once(0.1)), YEAR)).toBe(1);
  });
});

describe('officerYearOf', () => {
  it('deducts time away, duties and the admin share: (2080 - 88 - 160 - 40 - 52) x 0.9 = 1566', () => {
    const year = officerYearOf(
      { ...YEAR, holidays: { amount: 11, unit: 'workday' }, leave: hours(160), training: hours(40), adminShare: 0.1 },
      [{ time: hours(1), frequency: { perWorkday: 0.2 }, share: 1 }], // 1 h a workweek: 52 h
    );
    expect(year.holidays).toBe(88);
    expect(year.collateralHours).toBe(52);
    expect(year.caseHours).toBeCloseTo(1566, 9);
    expect(year.adminHours).toBeCloseTo(174, 9); // 1740 x 0.1
  });
});
