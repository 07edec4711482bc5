import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeTimeStudy } from '../../src/timestudy/summarizeTimeStudy.js';
import { timeStudyModel } from '../../src/timestudy/timeStudyModel.js';
import type { TimeStudyEntry } from '../../src/timestudy/types.js';

const base = JSON.parse(readFileSync('fixtures/oig-17-51/scenario.json', 'utf8'));

/**
 * 1,000 cases, each checked in every 90 calendar days, logged over the 20 workdays (4 weeks, 28
 * calendar days) from Monday 2026-03-02. Case c is due on calendar day c mod 90; one due on a Saturday
 * or Sunday is seen the Monday after. Counted by hand: of c = 0..989 (11 full cycles of 90), 28 per
 * cycle are due in days 0..27, 308; of c = 990..999 (due days 0..9) 10 more: 318. Those due on days 26
 * and 27 (the last weekend) are seen on day 28, after the study: 11 x 2 = 22 fewer. 296 check-ins.
 */
function cycle90(): TimeStudyEntry[] {
  const entries: TimeStudyEntry[] = [];
  for (let c = 0; c < 1000; c++) {
    let day = c % 90;
    if (day % 7 === 5) day += 2;
    else if (day % 7 === 6) day += 1;
    if (day >= 28) continue;
    const date = new Date(Date.UTC(2026, 2, 2 + day)).toISOString().slice(0, 10);
    entries.push({ officer: `o${c % 10}`, date, caseType: 'non-detained', task: 'check-in', minutes: 20, office: 'washington-dc' });
  }
  return entries;
}

describe('case frequencies are scaled by the days the office works, not the days an officer is available', () => {
  it('cycle-90 log: 296 check-ins / 1000 cases x 260 / 20 = 3.848 a case a year, with or without the base', () => {
    const log = cycle90();
    expect(log).toHaveLength(296);
    const caseloads = { 'washington-dc': { 'non-detained': 1000 } };
    // 260, not the base officer's 220 available workdays: cases need check-ins on every day the office
    // works, whether or not a given officer is on leave; the officer year already takes leave, holidays
    // and training out of each officer's hours (supply), so scaling demand by 220 counts them twice
    // (296 / 1000 x 220 / 20 = 3.256, 15% low; the true rate is 365 / 90 = 4.06 a year, and this
    // 28-day window catches 296 of the 311 check-ins due in it).
    const withBase = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads, base });
    const without = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads });
    expect(withBase.tasks[0]!.perCasePerYear).toBeCloseTo((296 / 1000) * (260 / 20), 12);
    expect(without.tasks[0]!.perCasePerYear).toBeCloseTo(3.848, 12);
    // 20 min / 60 x 3.848 = 1.28267 h per case a year.
    expect(withBase.tasks[0]!.hoursPerCase).toBeCloseTo((20 / 60) * 3.848, 12);
    // The study records both scales: 260 paid workdays for frequencies, 220 available for non-case hours.
    expect(withBase.study).toMatchObject({ workdaysPerYear: 260, workdaysPerYearFrom: 'base', officerWorkdays: 220 });
    expect(without.study).toMatchObject({ workdaysPerYear: 260, workdaysPerYearFrom: 'default', officerWorkdays: 260 });
  });

  it('non-case activity hours keep the officer\'s available workdays: 2 h x 220 / 20 = 22 h', () => {
    const log: TimeStudyEntry[] = [...cycle90(), { officer: 'o1', date: '2026-03-02', task: 'window duty', minutes: 120 }];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads: { 'non-detained': 1000 }, base });
    // 2 h over 10 officers who logged = 0.2 h each, x 220 / 20 = 2.2 h per officer year.
    expect(summary.activities[0]!.hoursPerOfficerYear).toBeCloseTo(2.2, 12);
  });

  it('a base with more leave does not change case frequencies; one with fewer paid hours does', () => {
    const log = cycle90();
    const caseloads = { 'non-detained': 1000 };
    const moreLeave = { ...base, officerYear: { ...base.officerYear, leave: '40 workdays' } };
    const shortYear = { ...base, officerYear: { ...base.officerYear, paidHours: 1872 } }; // 234 workdays of 8 h
    const at = (b: unknown) => summarizeTimeStudy(log, { studyWorkdays: 20, caseloads, base: b as never });
    expect(at(moreLeave).tasks[0]!.perCasePerYear).toBeCloseTo(at(base).tasks[0]!.perCasePerYear!, 12);
    expect(at(moreLeave).study.officerWorkdays).toBe(205); // (2080 - 80 - 320 - 40) / 8
    expect(at(shortYear).tasks[0]!.perCasePerYear).toBeCloseTo((296 / 1000) * (234 / 20), 12);
  });

  it('timeStudyModel rescales a summary made without the base: frequencies by paid days, duties by available days', () => {
    const log: TimeStudyEntry[] = [...cycle90(), { officer: 'o1', date: '2026-03-02', task: 'window duty', minutes: 120 }];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads: { 'non-detained': 1000 } });
    const moreLeave = { ...base, officerYear: { ...base.officerYear, leave: '40 workdays' } };
    const study = timeStudyModel(summary, { base: moreLeave });
    expect(study.workdaysPerYear).toBe(260);
    expect(study.officerWorkdays).toBe(205);
    expect((study.model.caseTypes![0]!.tasks.find((t) => t.name === 'check-in')!.perYear as { mode: number }).mode).toBeCloseTo(3.848, 3);
    // 0.2 h x 205 / 20 = 2.05 h.
    expect(study.model.collateralDuties!.find((d) => d.name === 'window duty')).toMatchObject({ time: '2.05 h' });
  });
});
