import type { TimeStudyEntry } from '../../src/timestudy/types.js';

/**
 * A tiny time-study log worked out by hand in the tests: two officers, three days, case work on `nd`
 * (one entry covering 2 cases) and non-case work given with the case type absent, empty and null.
 */
export const handLog: readonly TimeStudyEntry[] = [
  { officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 20 },
  { officer: 'a', date: '2026-03-02', caseType: 'nd', task: 'check-in', minutes: 40, cases: 2 },
  { officer: 'b', date: '2026-03-03', caseType: 'nd', task: 'check-in', minutes: 30 },
  { officer: 'b', date: '2026-03-03', caseType: 'nd', task: 'travel document', minutes: 120 },
  { officer: 'a', date: '2026-03-03', task: 'window duty', minutes: 240 },
  { officer: 'b', date: '2026-03-04', caseType: '', task: 'window duty', minutes: 120 },
  { officer: 'b', date: '2026-03-04', caseType: null, task: 'training', minutes: 60 },
];
