/** The CSV tables a model folder may hold, and their columns. */
export interface TableSpec {
  /** The file's name (matched ignoring case). */
  file: string;
  /** Columns the header must have; every row must fill them. */
  required: readonly string[];
  /** Columns the header may have; a blank cell is a value not given. */
  optional: readonly string[];
}

/**
 * A task's or duty's columns: its time, `time` or a range in `low`, `mode`, `high` and `dist`
 * (timeCell); how often, `per_year` or a range in `per_year_low`, `per_year_mode`, `per_year_high`
 * and `per_year_dist` (perYearCell), or `every`.
 */
const ACTIVITY = [
  'time', 'low', 'mode', 'high', 'dist',
  'per_year', 'per_year_low', 'per_year_mode', 'per_year_high', 'per_year_dist',
  'every', 'share', 'source',
] as const;

export const OFFICES: TableSpec = { file: 'offices.csv', required: ['office', 'docket', 'officers'], optional: ['name', 'source'] };
export const CASE_TYPES: TableSpec = { file: 'case-types.csv', required: ['id', 'docket'], optional: ['label', 'priority', 'source'] };
export const TASKS: TableSpec = { file: 'tasks.csv', required: ['case_type', 'task'], optional: [...ACTIVITY, 'window'] };
export const DUTIES: TableSpec = { file: 'collateral-duties.csv', required: ['duty'], optional: ['office', ...ACTIVITY] };

/** Every table, in the order they are read (case types before their tasks, offices before their duties). */
export const TABLES: readonly TableSpec[] = [CASE_TYPES, TASKS, OFFICES, DUTIES];

/** The model field each column fills, for issues that parseModel finds in a row. */
export const ACTIVITY_COLUMNS = {
  time: 'time', perYear: 'per_year', every: 'every', share: 'share', source: 'source',
  // A range's bounds (locateIssues looks a nested field up as `field.key`).
  'time.low': 'low', 'time.mode': 'mode', 'time.high': 'high', 'time.dist': 'dist',
  'perYear.low': 'per_year_low', 'perYear.mode': 'per_year_mode', 'perYear.high': 'per_year_high', 'perYear.dist': 'per_year_dist',
};
