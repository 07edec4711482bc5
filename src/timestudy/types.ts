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
  caseType: string;
  task: string;
  /** Entries logged. */
  n: number;
  /** Occurrences: the sum of the entries' `cases`. */
  occurrences: number;
  /** Minutes per occurrence: total minutes / occurrences. */
  mean: number;
  /** Median, sample standard deviation (null for one entry), 10th and 90th percentiles of the entries' minutes per occurrence. */
  median: number;
  sd: number | null;
  p10: number;
  p90: number;
  /** 90% confidence interval of `mean` (percentile bootstrap over entries); null for fewer than 2 entries. */
  ci: [number, number] | null;
  /** Occurrences per case per year: occurrences / caseload x workdaysPerYear / studyWorkdays; null without a caseload. */
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
  activity: string;
  n: number;
  /** Total hours logged / officers who logged anything x workdaysPerYear / studyWorkdays. */
  hoursPerOfficerYear: number;
}

export interface OfficerSummary {
  officer: string;
  /** Distinct workdays with an entry. */
  daysLogged: number;
  /** Hours logged / daysLogged. */
  hoursPerDay: number;
}

/** A reason to trust a figure less, and what it concerns. */
export interface TimeStudyWarning {
  kind: 'few-entries' | 'few-days' | 'long-day' | 'unknown-case-type' | 'unknown-task' | 'no-caseload';
  message: string;
  caseType?: string;
  task?: string;
  officer?: string;
  date?: string;
}

/** The study as a whole: what every derived input's `source` cites. */
export interface StudyPeriod {
  entries: number;
  officers: number;
  firstDate: string;
  lastDate: string;
  studyWorkdays: number;
  workdaysPerYear: number;
}

export interface TimeStudySummary {
  tasks: TaskSummary[];
  activities: ActivitySummary[];
  officers: OfficerSummary[];
  warnings: TimeStudyWarning[];
  study: StudyPeriod;
}
