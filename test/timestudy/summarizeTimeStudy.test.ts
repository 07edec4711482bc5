import { describe, expect, it } from 'vitest';
import { ModelError } from '../../src/model/ModelError.js';
import { summarizeTimeStudy } from '../../src/timestudy/summarizeTimeStudy.js';
import type { TimeStudyEntry } from '../../src/timestudy/types.js';
import { handLog } from './handLog.js';

// The hand-worked log. Study: 4 workdays, scaled to a 200-workday year: x 50.
const log = handLog as TimeStudyEntry[];
const options = { studyWorkdays: 4, caseloads: { nd: 100, det: 20 }, workdaysPerYear: 200 };

describe('summarizeTimeStudy', () => {
  const summary = summarizeTimeStudy(log, options);

  it('summarises case tasks by hand', () => {
    const checkIn = summary.tasks[0]!;
    // 3 entries, 4 occurrences (one entry covers 2 cases), 90 minutes: 22.5 min per occurrence.
    // Per occurrence: 20, 20, 30 -> median 20; sd = sqrt(((-10/3)^2 * 2 + (20/3)^2) / 2) = sqrt(100/3);
    // percentiles interpolate at position (n - 1)p: p10 at 0.2 is 20, p90 at 1.8 is 20 + 0.8 x 10 = 28.
    expect(checkIn).toMatchObject({ caseType: 'nd', task: 'check-in', n: 3, occurrences: 4, mean: 22.5, median: 20, p10: 20, p90: 28 });
    expect(checkIn.sd).toBeCloseTo(Math.sqrt(100 / 3), 12);
    // 4 occurrences / 100 cases x 50 = 2 a year; 22.5 / 60 x 2 = 0.75 hours per case.
    expect(checkIn.perCasePerYear).toBe(2);
    expect(checkIn.hoursPerCase).toBeCloseTo(0.75, 12);
    // Poisson interval of 4: (2 -/+ 1.6449 / 2)^2 = 1.3829 .. 7.9627, / 100 x 50.
    expect(checkIn.perYearCi![0]).toBeCloseTo(((2 - 1.6448536269514722 / 2) ** 2) / 2, 12);
    expect(checkIn.perYearCi![1]).toBeCloseTo(((2 + 1.6448536269514722 / 2) ** 2) / 2, 12);
    // Every bootstrap resample's ratio lies between the smallest and largest per-occurrence time.
    expect(checkIn.ci![0]).toBeGreaterThanOrEqual(20);
    expect(checkIn.ci![1]).toBeLessThanOrEqual(30);
    expect(checkIn.ci![0]).toBeLessThan(checkIn.ci![1]);

    const travel = summary.tasks[1]!;
    // One entry: no spread, no interval; 1 / 100 x 50 = 0.5 a year, 2 h x 0.5 = 1 hour per case.
    expect(travel).toMatchObject({ n: 1, mean: 120, sd: null, ci: null, perCasePerYear: 0.5, hoursPerCase: 1 });
  });

  it('summarises non-case activities per participating officer, and officers', () => {
    // Non-case hours are scaled by the officer's available workdays (260 in the default officer year),
    // not the workdaysPerYear option (200, the frequencies' scale): 260 / 4 = 65.
    // window duty: 6 h over 2 officers x 65 = 195 h a year each; training: 1 h / 2 x 65 = 32.5.
    expect(summary.activities).toEqual([
      { activity: 'window duty', n: 2, hoursPerOfficerYear: 195 },
      { activity: 'training', n: 1, hoursPerOfficerYear: 32.5 },
    ]);
    // a: 300 min over 2 days; b: 330 min over 2 days.
    expect(summary.officers).toEqual([
      { officer: 'a', daysLogged: 2, hoursPerDay: 2.5 },
      { officer: 'b', daysLogged: 2, hoursPerDay: 2.75 },
    ]);
    expect(summary.study).toEqual({ entries: 7, officers: 2, firstDate: '2026-03-02', lastDate: '2026-03-04', studyWorkdays: 4, workdaysPerYear: 200, workdaysPerYearFrom: 'option', officerWorkdays: 260, skipped: 0 });
  });

  it('warns about thin tasks only (2 of 4 days is half, not fewer), and the caseload no entry uses', () => {
    expect(summary.warnings.map((w) => [w.kind, w.task ?? w.caseType])).toEqual([
      ['caseload-unused', 'det'],
      ['few-entries', 'check-in'],
      ['few-entries', 'travel document'],
    ]);
  });

  it('is reproducible by seed', () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...log[0]!, minutes: 10 + ((i * 37) % 23) }));
    const first = summarizeTimeStudy(many, options).tasks[0]!.ci;
    expect(summarizeTimeStudy(many, options).tasks[0]!.ci).toEqual(first);
    expect(summarizeTimeStudy(many, { ...options, seed: 2 }).tasks[0]!.ci).not.toEqual(first);
  });

  it('takes seeds as simulate does, 0 to 2^32 - 1: a larger one would share its stream with a smaller one', () => {
    expect(() => summarizeTimeStudy(log, { ...options, seed: 2 ** 32 + 1 })).toThrow(new RangeError('seed must be a whole number from 0 to 4294967295, got 4294967297'));
    expect(() => summarizeTimeStudy(log, { ...options, seed: -1 })).toThrow('seed must be a whole number from 0 to 4294967295, got -1');
  });

  it('does not mutate the log', () => {
    const copy = structuredClone(log);
    summarizeTimeStudy(log, options);
    expect(log).toEqual(copy);
  });

  it('warns about short participation, long days, missing caseloads and what the base lacks', () => {
    const entries: TimeStudyEntry[] = [
      { officer: 'c', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 500 },
      { officer: 'c', date: '2026-03-02', caseType: 'nd', task: 'interview', minutes: 300 },
      { officer: 'c', date: '2026-03-02', caseType: 'zz', task: 'check-in', minutes: 10 },
    ];
    const base = { caseTypes: [{ id: 'nd', docket: 'non-detained', tasks: [{ name: 'check-in', time: '20 min', every: '90 days' }] }] };
    const { warnings } = summarizeTimeStudy(entries, { studyWorkdays: 20, caseloads: { nd: 10 }, base });
    expect(warnings.map((w) => w.kind).sort()).toEqual(
      ['few-days', 'few-entries', 'few-entries', 'few-entries', 'long-day', 'no-caseload', 'unknown-case-type', 'unknown-task'].sort(),
    );
    const long = warnings.find((w) => w.kind === 'long-day')!;
    expect(long).toMatchObject({ officer: 'c', date: '2026-03-02' });
    expect(long.message).toBe('officer c logged 13.5 hours on 2026-03-02');
    expect(warnings.find((w) => w.kind === 'few-days')!.message).toBe('officer c logged on 1 of 20 study workdays');
  });

  it('takes both scales from the base officer year: paid workdays for frequencies, available ones for non-case hours', () => {
    // Paid: 1872 h / 8 = 234 workdays; available: (1872 - 10 x 8 - 25 x 8 - 40) / 8 = 194 workdays.
    const base = { officerYear: { paidHours: 1872, holidays: '10 workdays', leave: '25 workdays', training: '40 h' } };
    expect(summarizeTimeStudy(log, { studyWorkdays: 4, caseloads: { nd: 100 }, base }).study).toMatchObject({ workdaysPerYear: 234, officerWorkdays: 194 });
    expect(summarizeTimeStudy(log, { studyWorkdays: 4, caseloads: { nd: 100 } }).study).toMatchObject({ workdaysPerYear: 260, officerWorkdays: 260 });
  });

  it('sums per-office caseloads over the offices the log names', () => {
    const entries = log.map((e, i) => ({ ...e, office: i % 2 ? 'dc' : 'atl' }));
    const byOffice = summarizeTimeStudy(entries, { ...options, caseloads: { dc: { nd: 60 }, atl: { nd: 40 }, nyc: { nd: 999 } } });
    expect(byOffice.tasks[0]!.perCasePerYear).toBe(2);
    expect(() => summarizeTimeStudy(log, { ...options, caseloads: { dc: { nd: 60 } } })).toThrow(
      'caseloads: per-office caseloads need an office on every entry (entries[0] has none)',
    );
  });

  it('refuses bad entries with their paths, all at once', () => {
    const bad = [
      { officer: 'a', date: '03/02/2026', caseType: 'nd', task: 'check-in', minutes: '20' },
      { officer: '', date: '2026-03-02', case_type: 'nd', task: 'check-in', minutes: 0, cases: 1.5 },
    ] as unknown as TimeStudyEntry[];
    let error: unknown;
    try {
      summarizeTimeStudy(bad, options);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).message.split('\n')).toEqual([
      'entries[0].date: expected an ISO date such as "2026-03-02", got "03/02/2026": write dates as YYYY-MM-DD (year, month, day); the order of day and month in "03/02/2026" is not guessed',
      'entries[0].minutes: expected minutes > 0, got the string "20"',
      'entries[1].case_type: unknown field (the field is caseType)',
      'entries[1].minutes: expected minutes > 0, got 0',
      'entries[1].cases: expected a whole number of cases >= 1, got 1.5',
      'entries[1].officer: expected a non-empty string, got the string ""',
    ]);
    expect(() => summarizeTimeStudy(null as never, options)).toThrow(TypeError);
    expect(() => summarizeTimeStudy(log, null as never)).toThrow(TypeError);
    expect(() => summarizeTimeStudy(log, { ...options, studyWorkdays: 0 })).toThrow(new RangeError('studyWorkdays must be a whole number of workdays >= 1, got 0'));
    expect(() => summarizeTimeStudy(log, { ...options, studyWorkdays: 2.5 })).toThrow('studyWorkdays must be a whole number of workdays >= 1, got 2.5');
    expect(() => summarizeTimeStudy([], options)).toThrow('entries: the log has no entries');
    // Dates that look ISO but are not days of the calendar: 2028 is a leap year, 2026 and 2100 are not.
    const on = (date: string) => () => summarizeTimeStudy([{ ...log[0]!, date }], options);
    expect(on('2026-02-29')).toThrow('entries[0].date: expected an ISO date such as "2026-03-02", got "2026-02-29" (February 2026 has 28 days)');
    expect(on('2100-02-29')).toThrow('(February 2100 has 28 days)');
    expect(on('2026-04-31')).toThrow('(April 2026 has 30 days)');
    expect(on('2026-13-01')).toThrow('(there is no month 13)');
    expect(on('2026-03-00')).toThrow('(March 2026 has 31 days)');
    expect(on('2028-02-29')).not.toThrow();
    expect(() => summarizeTimeStudy(log, { ...options, caseloads: { nd: '100' } as never })).toThrow(
      'caseloads.nd: expected a caseload >= 0, got the string "100"',
    );
  });
});
