import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summarizeTimeStudy } from '../../src/timestudy/summarizeTimeStudy.js';
import { timeStudyModel } from '../../src/timestudy/timeStudyModel.js';
import type { TimeStudyEntry } from '../../src/timestudy/types.js';

const base = JSON.parse(readFileSync('fixtures/oig-17-51/scenario.json', 'utf8'));
// The base officer year: (2080 paid - 80 holidays - 200 leave - 40 training) / 8 = 220 workdays.

/** n check-ins of 20 minutes by officer `a` over the first 10 workdays of March 2026. */
function checkIns(n: number, office: string, caseType = 'non-detained', task = 'check-in'): TimeStudyEntry[] {
  const days = ['02', '03', '04', '05', '06', '09', '10', '11', '12', '13'];
  return Array.from({ length: n }, (_, i) => ({ officer: 'a', date: `2026-03-${days[i % 10]}`, caseType, task, minutes: 20, office }));
}

describe('summarizeTimeStudy: caseloads matched to the log', () => {
  it('leaves entries of an office without caseloads out of the frequency, and says how many', () => {
    const log = [...checkIns(10, 'dc'), ...checkIns(90, 'Wash DC')];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads: { dc: { 'non-detained': 100 } } });
    // dc's 10 check-ins / dc's 100 cases x 260 / 20 = 1.3 a year (not 100 / 100 x 13 = 13).
    expect(summary.tasks[0]!.perCasePerYear).toBeCloseTo(1.3, 12);
    expect(summary.tasks[0]).toMatchObject({ n: 100, occurrences: 100, counted: 10, mean: 20 });
    expect(summary.warnings.map((w) => w.message)).toContain('office "Wash DC" has 90 entries but no caseloads; they are left out of every frequency (their minutes still count in the task times) (offices with caseloads: "dc")');
  });

  it('matches offices, case types and tasks trimmed, case-folded, NFC and with white space collapsed', () => {
    // 10 check-ins / 100 cases x 260 / 20 = 1.3, whichever way the office and case type are typed.
    const log = checkIns(10, ' Washington  DC ', 'Non-Detained', 'Check-In');
    const summary = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads: { 'washington dc': { 'non-detained': 100 } } });
    expect(summary.tasks.map((t) => [t.caseType, t.task, t.perCasePerYear])).toEqual([['Non-Detained', 'Check-In', expect.closeTo(1.3, 12)]]);
    expect(summary.warnings.filter((w) => w.kind !== 'few-entries')).toEqual([]);
  });

  it("takes the base's spelling, and the base officer year's paid workdays: 10 / 100 x 260 / 20 = 1.3", () => {
    const log = checkIns(10, 'Washington-DC', 'Non-Detained', 'CHECK-IN');
    const summary = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads: { 'non-detained': 100 }, base });
    expect(summary.tasks.map((t) => [t.caseType, t.task, t.perCasePerYear])).toEqual([['non-detained', 'check-in', expect.closeTo(1.3, 12)]]);
    const study = timeStudyModel(summary, { base });
    expect(study.model.caseTypes![0]!.tasks[0]).toMatchObject({ name: 'check-in', source: 'time study: 10 entries, 2026-03-02 to 2026-03-13, 1 officer' });
  });

  it('warns with a did-you-mean where a case type or task matches nothing, and of a caseload no entry uses', () => {
    const log = [...checkIns(10, 'dc', 'non-detaned'), ...checkIns(10, 'dc', 'non-detained', 'chek-in')];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 20, caseloads: { 'non-detained': 100, detained: 5 }, base });
    const messages = summary.warnings.map((w) => w.message);
    expect(messages).toContain('caseloads: case type "detained" has a caseload of 5 but no log entry (case types logged: "non-detaned", "non-detained")');
    expect(messages).toContain('non-detaned: entries but no caseload, so no frequency or hours per case; did you mean "non-detained"? (case types with caseloads: "non-detained", "detained")');
    expect(messages.some((m) => m.startsWith('case type "non-detaned" is not in the base model; did you mean "non-detained"?'))).toBe(true);
    expect(messages.some((m) => m.startsWith('task "chek-in" is not among the base model\'s tasks of "non-detained"; did you mean "check-in"?'))).toBe(true);
  });
});

describe('summarizeTimeStudy: the study period', () => {
  it('refuses studyWorkdays below the distinct dates an officer logged, and not whole', () => {
    const log = checkIns(10, 'dc'); // officer a logged on 10 distinct dates
    expect(() => summarizeTimeStudy(log, { studyWorkdays: 4, caseloads: { 'non-detained': 100 } }))
      .toThrow(new RangeError('studyWorkdays is 4, but officer "a" logged on 10 distinct dates: give the workdays the study ran (at least 10)'));
    expect(() => summarizeTimeStudy(log, { studyWorkdays: 10.5, caseloads: { 'non-detained': 100 } })).toThrow(RangeError);
    expect(summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 100 } }).tasks[0]!.perCasePerYear).toBeCloseTo(2.6, 12); // 10 / 100 x 26
  });

  it('warns about a weekend date', () => {
    const log: TimeStudyEntry[] = [...checkIns(1, 'dc'), { officer: 'b', date: '2026-03-07', caseType: 'non-detained', task: 'check-in', minutes: 20 }];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 2, caseloads: { 'non-detained': 100 } });
    expect(summary.warnings.filter((w) => w.kind === 'weekend')).toEqual([
      { kind: 'weekend', date: '2026-03-07', message: '2026-03-07 is a Saturday: 1 entry logged on a weekend (does studyWorkdays count it as a workday of the study?)' },
    ]);
  });
});

describe('summarizeTimeStudy: what the year cannot hold', () => {
  it('warns of a frequency above the workdays of a year and hours above an officer year (a caseload of 1 for 1.000)', () => {
    // 10 check-ins / 1 case x 260 / 10 = 260... use 20 check-ins: 20 / 1 x 26 = 520 > 260; 20 min x 520 = 173.3 h.
    const log = [...checkIns(10, 'dc'), ...checkIns(10, 'dc')];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 1 } });
    expect(summary.warnings.filter((w) => w.kind === 'implausible').map((w) => w.message)).toEqual([
      'non-detained / check-in: 520 occurrences per case a year, more than the 260 workdays of a year: is the caseload of "non-detained" right?',
    ]);
    // 200 check-ins of 20 min / 1 case x 26 = 5,200 a year, 1,733 h > 260 x 8 = 2,080 h.
    const many = Array.from({ length: 20 }, () => checkIns(10, 'dc')).flat().map((e) => ({ ...e, cases: 1 }));
    const hours = summarizeTimeStudy(many, { studyWorkdays: 10, caseloads: { 'non-detained': 1 } }).warnings.filter((w) => w.kind === 'implausible');
    expect(hours.map((w) => w.message)).toEqual(['non-detained / check-in: 5200 occurrences per case a year, more than the 260 workdays of a year: is the caseload of "non-detained" right?']);
    const long = many.map((e) => ({ ...e, minutes: 30 })); // 30 min x 5,200 = 2,600 h > 2,080
    expect(summarizeTimeStudy(long, { studyWorkdays: 10, caseloads: { 'non-detained': 1 } }).warnings.filter((w) => w.kind === 'implausible').map((w) => w.message))
      .toContain('non-detained / check-in: 2600 hours per case a year, more than the 2080 hours of an officer year: is the caseload of "non-detained" right?');
  });

  it("warns of non-case work the officer year already deducts, naming its field, and of a case task logged as non-case work", () => {
    const log: TimeStudyEntry[] = [
      ...checkIns(10, 'dc'),
      { officer: 'a', date: '2026-03-02', task: 'Training', minutes: 240 },
      { officer: 'a', date: '2026-03-03', task: 'admin', minutes: 60 },
      { officer: 'a', date: '2026-03-04', caseType: '', task: 'check-in', minutes: 20 },
    ];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 100 }, base });
    // Training: 4 h / 1 officer x 220 / 10 = 88 h; the base's training is 40 h. Admin: 1 h x 22 = 22 h;
    // adminShare 0.15 of (2080 - 80 - 200 - 40 - 12 workdays x 8 h of duties...) is what officerYear says: checked by name only.
    const byKind = summary.warnings.filter((w) => w.kind === 'officer-year-activity' || w.kind === 'case-task-as-activity');
    expect(byKind.map((w) => [w.kind, w.activity])).toEqual([
      ['officer-year-activity', 'Training'],
      ['officer-year-activity', 'admin'],
      ['case-task-as-activity', 'check-in'],
    ]);
    expect(byKind[0]!.message).toBe("non-case activity \"Training\" (88 h per officer year) looks like the officer year's training (officerYear.training, 40 h a year), which is already taken out of the officer's hours: it is counted twice unless one of them is left out");
    expect(byKind[1]!.message).toContain("officer year's adminShare (officerYear.adminShare,");
    expect(byKind[2]!.message).toBe('non-case activity "check-in" (1 entry) is a case task of "non-detained": were these entries logged with their case_type blank? They count as non-case work, not in the task\'s time or frequency');
  });
});

describe('timeStudyModel over a base the summary did not have', () => {
  it("scales duties to the base officer year's 220 available workdays, frequencies to its 260 paid ones", () => {
    const log: TimeStudyEntry[] = [...checkIns(10, 'dc'), { officer: 'a', date: '2026-03-02', task: 'window duty', minutes: 120 }];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 100 } });
    expect(summary.tasks[0]!.perCasePerYear).toBeCloseTo(2.6, 12); // 10 / 100 x 260 / 10
    const study = timeStudyModel(summary, { base });
    expect(study.workdaysPerYear).toBe(260);
    expect(study.officerWorkdays).toBe(220);
    // 10 / 100 x 260 / 10 = 2.6 a year (the office works 260 days whoever is on leave); window duty 2 h x 220 / 10 = 44 h.
    const checkIn = study.model.caseTypes![0]!.tasks[0]!;
    expect((checkIn.perYear as { mode: number }).mode).toBe(2.6);
    expect(study.model.collateralDuties!.find((d) => d.name === 'window duty')).toMatchObject({ time: '44 h' });
    // A workdaysPerYear given as an option is the user's: kept.
    const given = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 100 }, workdaysPerYear: 250 });
    expect((timeStudyModel(given, { base }).model.caseTypes![0]!.tasks[0]!.perYear as { mode: number }).mode).toBe(2.5);
  });
});

describe("timeStudyModel's warnings: against the base it is given", () => {
  const log: TimeStudyEntry[] = [
    ...checkIns(10, 'dc'),
    ...checkIns(2, 'dc', 'removal'),
    { officer: 'a', date: '2026-03-02', task: 'Training', minutes: 240 },
  ];
  const caseloads = { 'non-detained': 100, removal: 10 };

  it('a summary made without the base, then the model with it, warns as the CLI (base to both) does', () => {
    const study = timeStudyModel(summarizeTimeStudy(log, { studyWorkdays: 10, caseloads }), { base });
    const withBase = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads, base });
    const kinds = ['unknown-case-type', 'unknown-task', 'officer-year-activity', 'case-task-as-activity', 'activity-as-case-task', 'implausible'];
    // "removal" is no case type of the scenario; Training is its officerYear.training (40 h):
    // 4 h / 1 officer x 220 / 10 = 88 h per officer year.
    expect(study.warnings.map((w) => [w.kind, w.caseType ?? w.activity])).toEqual([
      ['unknown-case-type', 'removal'],
      ['officer-year-activity', 'Training'],
    ]);
    expect(study.warnings[1]!.message).toContain('non-case activity "Training" (88 h per officer year)');
    expect(study.warnings).toEqual(withBase.warnings.filter((w) => kinds.includes(w.kind)));
  });

  it('has none without a base', () => {
    expect(timeStudyModel(summarizeTimeStudy(log, { studyWorkdays: 10, caseloads })).warnings).toEqual([]);
  });
});

describe('a non-case activity logged with a case type', () => {
  it("warns of a case task named as an officer-year deduction or as one of the log's non-case activities", () => {
    const log: TimeStudyEntry[] = [
      ...checkIns(10, 'dc'),
      ...checkIns(3, 'dc', 'non-detained', 'Training'),
      ...checkIns(2, 'dc', 'non-detained', 'window duty'),
      { officer: 'a', date: '2026-03-02', task: 'Window Duty', minutes: 120 },
    ];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 100 }, base });
    const found = summary.warnings.filter((w) => w.kind === 'activity-as-case-task');
    expect(found.map((w) => w.message)).toEqual([
      'case task "Training" of "non-detained" (3 entries) is named as the officer year\'s training (officerYear.training): were these entries logged with a case type by mistake? They count in the case type\'s time and frequency, not as non-case work',
      'case task "window duty" of "non-detained" (2 entries) is named as a non-case activity of the log: were these entries logged with a case type by mistake? They count in the case type\'s time and frequency, not as non-case work',
    ]);
    // The task that is a real case task gets none.
    expect(found.map((w) => w.task)).not.toContain('check-in');
    // Without a base too: the names alone say it.
    expect(summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'non-detained': 100 } }).warnings.filter((w) => w.kind === 'activity-as-case-task')).toHaveLength(2);
  });
});

describe('per-office caseloads with one office spelled two ways', () => {
  it('merges its case types under the first spelling; refuses only the same office and case type twice', () => {
    const log = [...checkIns(10, 'Washington-DC'), ...checkIns(4, 'washington-dc', 'detained')];
    const summary = summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'washington-dc': { 'NON-DETAINED': 100 }, 'Washington-dc ': { ' Detained ': 20 } } });
    // 10 / 100 x 260 / 10 = 2.6; 4 / 20 x 26 = 5.2.
    expect(summary.tasks.map((t) => [t.caseType, t.perCasePerYear])).toEqual([['non-detained', expect.closeTo(2.6, 12)], ['detained', expect.closeTo(5.2, 12)]]);
    expect(summary.warnings.filter((w) => w.kind === 'no-caseload' || w.kind === 'caseload-unused')).toEqual([]);
    expect(() => summarizeTimeStudy(log, { studyWorkdays: 10, caseloads: { 'washington-dc': { 'non-detained': 100 }, 'Washington-DC': { 'Non-Detained': 20 } } }))
      .toThrow('caseloads["Washington-DC"]["Non-Detained"]: the same office and case type as caseloads["washington-dc"]["non-detained"] (offices and case types match trimmed, ignoring case and spacing); give it once');
  });
});
