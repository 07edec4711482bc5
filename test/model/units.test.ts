import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { timeHours, timesPerYear } from '../../src/internal/hours.js';
import { parseInterval, parseTime } from '../../src/model/units.js';

const YEAR = { paidHours: 2080, workdayHours: 8 };

describe('parseTime', () => {
  it('reads a number as hours', () => {
    expect(parseTime(1.5)).toEqual({ amount: 1.5, unit: 'hour' });
  });

  it.each([
    ['20 min', 20 / 60], // 20 minutes = 1/3 hour
    ['90 s', 90 / 3600],
    ['1.5 h', 1.5],
    ['2 hours', 2],
    ['1 hour', 1],
    ['45 minutes', 0.75],
    ['  30 min  ', 0.5],
  ])('reads "%s" as %f hours', (text, hours) => {
    const time = parseTime(text);
    expect(time.unit).toBe('hour');
    expect(time.amount).toBeCloseTo(hours, 12);
  });

  it.each([
    ['3 workdays', 3],
    ['1 workday', 1],
    ['1 workweek', 5], // a workweek is 5 workdays
    ['2 workweeks', 10],
  ])('keeps "%s" in workdays (%i), to be read against the officer year', (text, workdays) => {
    expect(parseTime(text)).toEqual({ amount: workdays, unit: 'workday' });
  });

  it.each(['3 days', '1 week', '2 months', '1 year'])('refuses the calendar unit in "%s", pointing to workday/workweek', (text) => {
    expect(() => parseTime(text)).toThrow(RangeError);
    expect(() => parseTime(text)).toThrow(`"${text}" is a calendar unit; write officer time in workday or workweek`);
  });

  it.each([
    ['20', '"20" has no unit; add one, such as "20 h"'],
    ['5 kg', '"5 kg" is not a time'],
    ['abc', '"abc" is not a number with a unit, such as "20 min"'],
    ['-5 min', '"-5 min" is negative'],
    ['5 min extra', 'is not a number with a unit'],
  ])('refuses "%s"', (text, message) => {
    expect(() => parseTime(text)).toThrow(message);
  });
});

describe('parseInterval', () => {
  it('counts calendar intervals against a 365.25-day year', () => {
    // 365.25 / 90 = 4.058333...
    expect((parseInterval('90 days') as { perYear: number }).perYear).toBeCloseTo(365.25 / 90, 12);
    expect((parseInterval('1 month') as { perYear: number }).perYear).toBeCloseTo(12, 12);
    expect((parseInterval('1 week') as { perYear: number }).perYear).toBeCloseTo(365.25 / 7, 12);
    expect((parseInterval('1 year') as { perYear: number }).perYear).toBeCloseTo(1, 12);
  });

  it('counts workday intervals against the work year', () => {
    expect(parseInterval('1 workday')).toEqual({ perWorkday: 1 });
    expect(parseInterval('1 workweek')).toEqual({ perWorkday: 0.2 });
    // 2080 paid hours / 8 = 260 workdays; every workweek = 52 times.
    expect(timesPerYear(parseInterval('1 workday'), YEAR)).toBe(260);
    expect(timesPerYear(parseInterval('1 workweek'), YEAR)).toBeCloseTo(52, 12);
    expect(timesPerYear(parseInterval('4 workweeks'), YEAR)).toBeCloseTo(13, 12);
  });

  it.each([
    ['0 days', 'must be longer than zero'],
    ['4 h', 'is shorter than a day'],
    ['30 min', 'is shorter than a day'],
    ['3', 'has no unit'],
    ['3 kg', 'is not an interval'],
  ])('refuses "%s"', (text, message) => {
    expect(() => parseInterval(text)).toThrow(message);
  });
});

describe('timeHours', () => {
  it('reads workdays against workdayHours', () => {
    expect(timeHours({ amount: 3, unit: 'workday' }, YEAR)).toBe(24);
    expect(timeHours({ amount: 3, unit: 'workday' }, { paidHours: 2080, workdayHours: 10 })).toBe(30);
    expect(timeHours({ amount: 3, unit: 'hour' }, { paidHours: 2080, workdayHours: 10 })).toBe(3);
  });
});

describe('unit conversions (properties)', () => {
  const amount = fc.double({ min: 0, max: 1e6, noNaN: true, noDefaultInfinity: true });

  it('N min is N/60 hours, N s is N/3600 hours', () => {
    fc.assert(
      fc.property(amount, (n) => {
        expect(parseTime(`${n} min`).amount).toBeCloseTo(n / 60, 6);
        expect(parseTime(`${n} s`).amount).toBeCloseTo(n / 3600, 6);
      }),
    );
  });

  it('N workweeks are 5N workdays, and cost 5N x workdayHours hours', () => {
    fc.assert(
      fc.property(amount, fc.double({ min: 1, max: 24, noNaN: true }), (n, workdayHours) => {
        const time = parseTime(`${n} workweeks`);
        expect(time.amount).toBeCloseTo(5 * n, 6);
        expect(timeHours(time, { paidHours: 2080, workdayHours })).toBeCloseTo(5 * n * workdayHours, 4);
      }),
    );
  });

  it('every N days happens 365.25/N times a year', () => {
    fc.assert(
      fc.property(fc.double({ min: 1, max: 3650, noNaN: true }), (n) => {
        const perYear = timesPerYear(parseInterval(`${n} days`), { paidHours: 2080, workdayHours: 8 });
        expect(perYear).toBeCloseTo(365.25 / n, 9);
      }),
    );
  });
});
