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

  // The package's unit spellings are read in any case; what else mathjs reads keeps its case.
  it.each([
    ['20 MIN', 20 / 60],
    ['2 Hours', 2],
    ['1.5H', 1.5],
    [' 20min ', 20 / 60],
    ['20 mins', 20 / 60],
    ['2 hrs', 2],
    ['2 HR', 2],
    ['90 Sec', 90 / 3600],
    ['90 S', 90 / 3600], // not siemens: the package's table decides
    ['500 ms', 0.5 / 3600], // a millisecond (mathjs, as written)
  ])('reads "%s" as %f hours, in any case', (text, hours) => {
    const time = parseTime(text);
    expect(time.unit).toBe('hour');
    expect(time.amount).toBeCloseTo(hours, 15);
  });

  it('reads work units in any case', () => {
    expect(parseTime('3 WorkDays')).toEqual({ amount: 3, unit: 'workday' });
    expect(parseTime('1 WORKWEEK')).toEqual({ amount: 5, unit: 'workday' });
  });

  it('lists every spelling it reads, grouped by unit', () => {
    const units = '(units, in any case: s, sec(s), second(s); min(s), minute(s); h, hr(s), hour(s); workday(s); workweek(s))';
    expect(() => parseTime('5 kg')).toThrow(`"5 kg" is not a time ${units}`);
    expect(() => parseTime('20 minz')).toThrow(`"20 minz" is not a number with a unit, such as "20 min" ${units}`);
    // No spelling of the table: mathjs reads it as written (megasiemens), not as a millisecond.
    expect(() => parseTime('5 MS')).toThrow(`"5 MS" is not a time ${units}`);
  });

  it.each([
    ['20', '"20" has no unit; add one, such as "20 h"'],
    ['5 kg', '"5 kg" is not a time'],
    ['abc', '"abc" is not a number with a unit, such as "20 min"'],
    ['-5 min', '"-5 min" is negative'],
    ['5 min extra', 'is not a number with a unit'],
    ['1,5 h', '"1,5 h" is not a number with a unit: write numbers with a decimal point and no thousands separators'],
    ['1,200 min', '"1,200 min" is not a number with a unit: write numbers with a decimal point and no thousands separators'],
    ['0,5', '"0,5" is not a number with a unit: write numbers with a decimal point and no thousands separators'],
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
    ['48 hours', 365.25 / 2], // 2 days
    ['24 h', 365.25],
    ['1440 min', 365.25], // 1440 min = 24 h = 1 day
    ['1.5 days', 365.25 / 1.5],
    ['1 yr', 1],
    ['2 yrs', 0.5],
    ['2 wk', 365.25 / 14],
    ['1 wks', 365.25 / 7],
    ['3 mo', 4], // a month is a twelfth of a year
    ['6 mos', 2],
  ])('reads "%s" by its length: %f times a year', (text, perYear) => {
    expect((parseInterval(text) as { perYear: number }).perYear).toBeCloseTo(perYear, 12);
  });

  it.each([
    ['weekly', 365.25 / 7],
    ['monthly', 12],
    ['quarterly', 4],
    ['yearly', 1],
    ['annually', 1],
    [' Monthly ', 12],
    ['QUARTERLY', 4],
  ])('reads the word "%s" as %f times a year', (text, perYear) => {
    expect((parseInterval(text) as { perYear: number }).perYear).toBeCloseTo(perYear, 12);
  });

  it.each(['daily', 'Daily', ' daily '])('refuses "%s", asking for "1 day" or "1 workday"', (text) => {
    expect(() => parseInterval(text)).toThrow(
      `${JSON.stringify(text)} could mean every day or every workday; write "1 day" (365.25 times a year) or "1 workday" (the workdays of the work year, 260 by default)`,
    );
  });

  const shorterThanADay = (text: string) =>
    `"${text}" is shorter than a day; give perYear (times a year) for something done more than once a day, or an interval of a day or more such as "1 day" or "1 workday"`;

  it.each(['4 h', '30 min', '23.9 hours', '0.5 days', '0.1 week', '1e-310 years'])('refuses "%s", shorter than a day, whatever its unit', (text) => {
    expect(() => parseInterval(text)).toThrow(shorterThanADay(text));
  });

  it('refuses intervals shorter than a workday', () => {
    expect(() => parseInterval('0.5 workday')).toThrow(
      '"0.5 workday" is shorter than a workday; give perYear (times a year) for something done more than once a workday',
    );
  });

  it.each([
    ['0 days', '"0 days" must be longer than zero'],
    ['3', '"3" has no unit; add one, such as "3 days"'],
    ['3 kg', '"3 kg" is not an interval (units, in any case: day(s); wk(s), week(s); mo(s), month(s); yr(s), year(s); workday(s); workweek(s); h, hr(s), hour(s); min(s), minute(s); s, sec(s), second(s) by their length; or weekly, monthly, quarterly, yearly, annually)'],
    ['every week', '"every week" is not a number with a unit, such as "90 days" (units, in any case: day(s); wk(s), week(s); mo(s), month(s); yr(s), year(s); workday(s); workweek(s); h, hr(s), hour(s); min(s), minute(s); s, sec(s), second(s) by their length; or weekly, monthly, quarterly, yearly, annually)'],
    ['1e308 years', '"1e308 years" is not a finite amount'],
    ['-1 day', '"-1 day" is negative'],
  ])('refuses "%s" with a message about intervals', (text, message) => {
    expect(() => parseInterval(text)).toThrow(message);
  });

  it.each([
    ['90 DAYS', 365.25 / 90],
    ['2 Wks', 365.25 / 14],
    ['1 YR', 1],
    ['1 Mo', 12],
    ['48 HOURS', 365.25 / 2],
    ['MONTHLY', 12],
  ])('reads the interval "%s" in any case (%f times a year)', (text, perYear) => {
    expect((parseInterval(text) as { perYear: number }).perYear).toBeCloseTo(perYear, 12);
  });

  it('refuses calendar abbreviations in officer time, as their long forms', () => {
    expect(() => parseTime('1 wk')).toThrow('"1 wk" is a calendar unit');
    expect(() => parseTime('2 mo')).toThrow('"2 mo" is a calendar unit');
    expect(() => parseTime('3 DAYS')).toThrow('"3 DAYS" is a calendar unit');
  });

  it('copies a resolved time, as a parsed model holds it', () => {
    const time = { amount: 2.5, unit: 'workday' } as const;
    expect(parseTime(time)).toEqual(time);
    expect(parseTime(time)).not.toBe(time);
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
