/** One logged activity of a time study: what an officer spent how many minutes on, on which day. */
export interface TimeStudyEntry {
  /** Who logged it. */
  officer: string;
  /** The workday, as an ISO date `YYYY-MM-DD`. */
  date: string;
  /** The case type worked on; empty, null or absent for non-case work (a collateral duty, training, admin). */
  caseType?: string | null;
  /** A case task (`"check-in"`), or a non-case activity (`"window duty"`). */
  task: string;
  /** Minutes spent, > 0. */
  minutes: number;
  /** The officer's field office, where the study spans several. */
  office?: string | null;
  /** How many cases the entry covers (a batch of check-ins). Whole, >= 1; default 1. */
  cases?: number;
}

/**
 * The caseload the participating officers carried during the study: cases per case type
 * (`{ nd: 1200 }`), or per office and case type (`{ dc: { nd: 700 }, atl: { nd: 500 } }`), used
 * where the log names offices.
 */
export type StudyCaseloads = Readonly<Record<string, number>> | Readonly<Record<string, Readonly<Record<string, number>>>>;

/** What a case task's entries say: minutes per occurrence, and how often a case needs it. */
export interface TaskSummary {
  /** The case type's id. */
  caseType: string;
  /** The task's name. */
  task: string;
  /** Entries logged. */
  n: number;
  /** Occurrences: the sum of the entries' `cases`. */
  occurrences: number;
  /** Occurrences counted in the frequency: those of entries whose office has a caseload for the case type (all, for caseloads per case type). */
  counted: number;
  /** Minutes per occurrence: total minutes / occurrences. */
  mean: number;
  /** Median, sample standard deviation (null for one entry), 10th and 90th percentiles of the entries' minutes per occurrence. */
  median: number;
  /** Sample standard deviation of the entries' minutes per occurrence; null for one entry. */
  sd: number | null;
  /** 10th percentile of the entries' minutes per occurrence. */
  p10: number;
  /** 90th percentile of the entries' minutes per occurrence. */
  p90: number;
  /** 90% confidence interval of `mean` (percentile bootstrap over entries); null for fewer than 2 entries. */
  ci: [number, number] | null;
  /** Occurrences per case per year: counted / caseload x workdaysPerYear / studyWorkdays; null without a caseload. */
  perCasePerYear: number | null;
  /**
   * 90% interval of perCasePerYear, taking occurrences as a Poisson count N: (sqrt(N) -/+ z / 2)^2
   * (the square-root transform, Anscombe 1948), scaled like perCasePerYear; null without a caseload.
   */
  perYearCi: [number, number] | null;
  /** Hours per case per year the task adds: mean / 60 x perCasePerYear; null without a caseload. */
  hoursPerCase: number | null;
}

/** A non-case activity: hours a year it takes of each officer who took part. */
export interface ActivitySummary {
  /** The activity's name, as logged. */
  activity: string;
  /** Entries logged. */
  n: number;
  /** Total hours logged / officers who logged anything x officerWorkdays / studyWorkdays (study.officerWorkdays: the officer's available workdays). */
  hoursPerOfficerYear: number;
}

/** What one officer logged. */
export interface OfficerSummary {
  /** The officer, as logged. */
  officer: string;
  /** Distinct workdays with an entry. */
  daysLogged: number;
  /** Hours logged / daysLogged. */
  hoursPerDay: number;
}

/** A reason to trust a figure less, and what it concerns. */
export interface TimeStudyWarning {
  /** What kind of reason (docs/time-study.md, "Warnings"). */
  kind:
    | 'few-entries' | 'few-days' | 'long-day' | 'weekend' | 'unknown-case-type' | 'unknown-task' | 'no-caseload' | 'caseload-unused'
    | 'officer-year-activity' | 'case-task-as-activity' | 'activity-as-case-task' | 'implausible';
  /** The warning in words. */
  message: string;
  /** The office it concerns, if one. */
  office?: string;
  /** The non-case activity it concerns, if one. */
  activity?: string;
  /** The case type it concerns, if one. */
  caseType?: string;
  /** The task it concerns, if one. */
  task?: string;
  /** The officer it concerns, if one. */
  officer?: string;
  /** The date it concerns, if one. */
  date?: string;
}

/** The study as a whole: what every derived input's `source` cites. */
export interface StudyPeriod {
  /** Entries in the log. */
  entries: number;
  /** Officers who logged. */
  officers: number;
  /** The first date logged. */
  firstDate: string;
  /** The last date logged. */
  lastDate: string;
  /** Workdays the study ran, as given. */
  studyWorkdays: number;
  /**
   * Workdays a year the case frequencies (perCasePerYear, perYearCi, hoursPerCase) are scaled to: the
   * office's working days, the officer year's paid workdays (paidHours / workdayHours, 260 by default),
   * unless given as an option. Cases need events whether or not an officer is on leave.
   */
  workdaysPerYear: number;
  /** Where workdaysPerYear came from: the option, the base's officer year, or the default officer year (260). */
  workdaysPerYearFrom: 'option' | 'base' | 'default';
  /**
   * Workdays a year an officer is available (paid hours less holidays, leave and training, in workdays):
   * the scale of non-case activity hours (hoursPerOfficerYear), which happen only on days an officer works.
   */
  officerWorkdays: number;
  /** Rows of the log skipped as bad before the summary (the `skippedRows` option): they are in no figure. */
  skipped: number;
}

/** What `summarizeTimeStudy` gives: per task, per non-case activity, per officer, the warnings, and the study as a whole. */
export interface TimeStudySummary {
  /** One per case type and task. */
  tasks: TaskSummary[];
  /** One per non-case activity. */
  activities: ActivitySummary[];
  /** One per officer who logged. */
  officers: OfficerSummary[];
  /** Reasons to trust a figure less. */
  warnings: TimeStudyWarning[];
  /** The study as a whole. */
  study: StudyPeriod;
}
