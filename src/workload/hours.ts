/**
 * The weighted-caseload arithmetic as the workload calculations use it. The arithmetic itself lives
 * below the model (`src/internal/hours.ts`), so that `parseModel` can check case hours without
 * importing this layer; which officer year and duties apply to an office is model structure
 * (`src/model/lookup.ts`).
 */
export { activitiesHours, activityHours, officerYearOf, type OfficerYear } from '../internal/hours.js';
export { dutiesOf, yearSettings } from '../model/lookup.js';
