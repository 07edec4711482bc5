import { ModelError, type Issue } from '../model/ModelError.js';
import { isoDateProblem } from './isoDate.js';
import type { TimeStudyEntry } from './types.js';

/** An entry checked and with its defaults filled in. */
export interface StudyEntry {
  officer: string;
  date: string;
  caseType: string | undefined;
  task: string;
  minutes: number;
  office: string | undefined;
  cases: number;
}

const FIELDS = new Set(['officer', 'date', 'caseType', 'task', 'minutes', 'office', 'cases']);

function describe(value: unknown): string {
  return typeof value === 'string' ? `the string ${JSON.stringify(value)}` : value === null ? 'null' : typeof value;
}

function text(value: unknown, optional: boolean, push: (m: string) => void): string | undefined {
  if (optional && (value === undefined || value === null || value === '')) return undefined;
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  push(`expected a non-empty string, got ${describe(value)}`);
  return undefined;
}

/**
 * Checks a time-study log once, at the edge: every problem with its path (`entries[3].minutes`).
 *
 * @throws {TypeError} `summarizeTimeStudy: entries must be an array or iterable of objects`
 * @throws {ModelError} one issue per bad field, e.g. `entries[3].minutes: expected minutes > 0, got -5`
 */
export function validateEntries(entries: Iterable<TimeStudyEntry>): StudyEntry[] {
  if (entries === null || typeof entries !== 'object' || !(Symbol.iterator in entries)) {
    throw new TypeError('summarizeTimeStudy: entries must be an array or iterable of objects');
  }
  const issues: Issue[] = [];
  const out: StudyEntry[] = [];
  let i = 0;
  for (const raw of entries) {
    const index = i++;
    const push = (field: string) => (message: string) => issues.push({ path: ['entries', index, field], message });
    if (raw === null || typeof raw !== 'object') {
      issues.push({ path: ['entries', index], message: `expected an object, got ${describe(raw)}` });
      continue;
    }
    const entry = raw as unknown as Record<string, unknown>;
    for (const key of Object.keys(entry)) {
      if (!FIELDS.has(key)) push(key)(`unknown field${key === 'case_type' ? ' (the field is caseType)' : ''}`);
    }
    const date = text(entry.date, false, push('date'));
    const dateProblem = date === undefined ? undefined : isoDateProblem(date);
    if (dateProblem !== undefined) push('date')(dateProblem);
    const minutes = entry.minutes;
    if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
      push('minutes')(`expected minutes > 0, got ${typeof minutes === 'number' ? String(minutes) : describe(minutes)}`);
    }
    const cases = entry.cases ?? 1;
    if (typeof cases !== 'number' || !Number.isSafeInteger(cases) || cases < 1) {
      push('cases')(`expected a whole number of cases >= 1, got ${typeof cases === 'number' ? String(cases) : describe(cases)}`);
    }
    out.push({
      officer: text(entry.officer, false, push('officer')) ?? '',
      date: date ?? '',
      caseType: text(entry.caseType, true, push('caseType')),
      task: text(entry.task, false, push('task')) ?? '',
      minutes: minutes as number,
      office: text(entry.office, true, push('office')),
      cases: cases as number,
    });
  }
  if (issues.length > 0) throw new ModelError(issues);
  if (out.length === 0) throw new ModelError([{ path: ['entries'], message: 'the log has no entries' }]);
  return out;
}
