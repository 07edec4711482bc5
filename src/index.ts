/**
 * staffing-model: the whole public API. Workload staffing by the weighted-caseload method:
 * hours per case per year against the case-work hours one officer has in a year.
 */

// The model: schema, parsing, errors.
export { ModelSchema } from './model/schema.js';
export type { ModelInput, ActivityInput, TaskInput, OfficerYearInput, TimeInput } from './model/schema.js';
export { parseModel } from './model/parseModel.js';
export { ModelError, formatPath } from './model/ModelError.js';
// Errors about input files (staffing-model/node throws them); the class itself reads no file.
export { CsvInputError } from './node/CsvInputError.js';
export type { Issue, IssuePath } from './model/ModelError.js';
export type { Model, ModelLike, OfficerYearSettings, Activity, Task, CaseType, Office } from './model/types.js';
export type { Time, Frequency } from './model/units.js';
export { unsourcedInputs } from './model/provenance.js';
export { withCaseCounts } from './model/withCaseCounts.js';
export type { WithCaseCounts, WithCaseCountsOptions, CaseCountsInput, CountsByCaseType } from './model/withCaseCounts.js';
export { officeKey } from './model/officeMatcher.js';
export { matchKey } from './model/matchKey.js';
export type { MatchedBy } from './model/officeMatcher.js';

// Workload: the officer year, case weights, achievable caseloads, the assessment.
export { officerYear } from './workload/officerYear.js';
export type { OfficerYearOptions } from './workload/officerYear.js';
export type { OfficerYear } from './workload/hours.js';
export { caseWeight, caseWeights } from './workload/caseWeight.js';
export { achievableCaseload } from './workload/achievableCaseload.js';
export type { AchievableCaseloadOptions } from './workload/achievableCaseload.js';
export { assess } from './workload/assess.js';
export type { AssessOptions, Assessment, AssessmentRow, OfficeAssessment } from './workload/assess.js';
export type { Staffing } from './workload/staffing.js';

// Allocation: apportioning headcount, placing hires, balancing caseloads, coverage by priority.
export { apportion, APPORTION_METHODS } from './allocation/apportion.js';
export type { ApportionMethod, ApportionOptions } from './allocation/apportion.js';
export { allocateOfficers } from './allocation/allocateOfficers.js';
export type { AllocateOfficersOptions, OfficerAllocation, OfficerAllocationRow } from './allocation/allocateOfficers.js';
export { allocateHires } from './allocation/allocateHires.js';
export type { AllocateHiresOptions, HirePlan, HireRow } from './allocation/allocateHires.js';
export { balanceCaseload } from './allocation/balanceCaseload.js';
export type { BalanceCaseloadOptions, CaseToAssign, CaseloadBalance, LoadedOfficer, OfficerToLoad } from './allocation/balanceCaseload.js';
export { coverage } from './allocation/coverage.js';
export type { Coverage, CoverageRow } from './allocation/coverage.js';

// Queueing: window duty sized as an Erlang C queue.
export { erlangC } from './queueing/erlangC.js';
export type { ErlangC, ErlangCOptions } from './queueing/erlangC.js';
export { erlangCMetrics } from './queueing/erlangCMetrics.js';
export type { ErlangCMetricsOptions } from './queueing/erlangCMetrics.js';
export type { ErlangCMetrics } from './queueing/queueFigures.js';
export { windowDuty } from './queueing/windowDuty.js';
export type { WindowDuty, WindowDutyOptions } from './queueing/windowDutyTypes.js';
export type { WindowHour } from './queueing/windowHour.js';
export { withWindowDuty } from './queueing/withWindowDuty.js';

// Planning: a multi-year hiring plan.
export { hiringPlan } from './planning/hiringPlan.js';
export type { HiringPlan, HiringPlanOfficeRow, HiringPlanOptions, HiringPlanRow } from './planning/hiringPlanTypes.js';
export type { DocketSize, DocketTrend } from './planning/docketTrend.js';

// Uncertainty: ranged inputs drawn many times (seeded Monte Carlo), and one at a time (a tornado chart).
export { simulate } from './uncertainty/simulate.js';
export type { Simulation, SimulatedRow } from './uncertainty/simulate.js';
export type { SimulateOptions } from './uncertainty/simulationSettings.js';
export type { SimulatedStaffing, RequiredOfficersDistribution } from './uncertainty/staffingDistribution.js';
export { sensitivity } from './uncertainty/sensitivity.js';
export type { Sensitivity, SensitivityRow } from './uncertainty/sensitivity.js';
export type { Range, Distribution } from './model/range.js';

// Time studies: officers' logged minutes to task times, frequencies and non-case hours, with how sure each is.
export { summarizeTimeStudy } from './timestudy/summarizeTimeStudy.js';
export type { SummarizeTimeStudyOptions } from './timestudy/summarizeTimeStudy.js';
export { timeStudyModel } from './timestudy/timeStudyModel.js';
export type { TimeStudyModel, TimeStudyModelOptions } from './timestudy/timeStudyModel.js';
export type {
  ActivitySummary, OfficerSummary, StudyCaseloads, StudyPeriod, TaskSummary, TimeStudyEntry, TimeStudySummary, TimeStudyWarning,
} from './timestudy/types.js';

// Output: result tables as CSV that is safe to open in a spreadsheet.
export { toCsv } from './output/toCsv.js';

// Report: one self-contained HTML page with SVG charts, and the charts on their own (notebooks).
export { renderReport } from './report/renderReport.js';
export { reportCharts } from './report/reportCharts.js';
export type {
  HiringPlanLike,
  HiringPlanPlacementLike,
  HiringPlanYearLike,
  RenderReportOptions,
  ReportChart,
  ReportResult,
  RequiredOfficersSpread,
  SensitivityLike,
  SensitivityRowLike,
  SimulatedRowLike,
  SimulationLike,
} from './report/types.js';
export type { TextTable } from './output/table.js';
