import type { TaskSummary, TimeStudySummary } from '../timestudy/types.js';
import { formatMaybe, formatOneDecimal, formatTwoDecimals, formatWhole, NONE } from './numbers.js';
import type { TextTable } from './table.js';

const interval = (range: [number, number] | null, format: (value: number) => string): string =>
  range === null ? NONE : `${format(range[0])} - ${format(range[1])}`;

/**
 * A time study's tasks as a table for people: per case type and task the entries, the mean minutes
 * per occurrence with its 90% interval, the median and the 10th to 90th percentile of single
 * occurrences, occurrences per case per year with its 90% interval, and the hours per case a year.
 */
export function timeStudyTable(summary: TimeStudySummary): TextTable {
  return {
    columns: [
      { header: 'case type' },
      { header: 'task' },
      { header: 'entries', align: 'right' },
      { header: 'mean min', align: 'right' },
      { header: '90% interval', align: 'right' },
      { header: 'median', align: 'right' },
      { header: 'p10 - p90', align: 'right' },
      { header: 'per case/yr', align: 'right' },
      { header: '90% interval', align: 'right' },
      { header: 'h per case', align: 'right' },
    ],
    rows: summary.tasks.map((t) => [
      t.caseType,
      t.task,
      formatWhole(t.n),
      formatOneDecimal(t.mean),
      interval(t.ci, formatOneDecimal),
      formatOneDecimal(t.median),
      interval([t.p10, t.p90], formatOneDecimal),
      formatMaybe(t.perCasePerYear, formatTwoDecimals),
      interval(t.perYearCi, formatTwoDecimals),
      formatMaybe(t.hoursPerCase, formatTwoDecimals),
    ]),
  };
}

/** A task as a CSV row: every figure a column of its own, intervals as `_low` and `_high`. */
export function timeStudyRow({ ci, perYearCi, ...task }: TaskSummary): Record<string, string | number | null> {
  return { ...task, ci_low: ci?.[0] ?? null, ci_high: ci?.[1] ?? null, perCasePerYear_low: perYearCi?.[0] ?? null, perCasePerYear_high: perYearCi?.[1] ?? null };
}
