import { formatWhole } from '../../output/numbers.js';
import { coverageTable } from '../../output/allocationTables.js';
import { modelCommand } from '../command.js';

export const coverage = modelCommand<object>({
  name: 'coverage',
  summary: "which cases today's officers can cover, by priority",
  description: "Gives each office's case hours to its case types in priority order (1 first) and shows the share of each that is covered.",
  examples: [['staffing-model coverage model.json -o coverage.csv', 'coverage per office, docket and case type, as CSV']],
  report(lib, model) {
    const result = lib.coverage(model);
    return {
      title: "Coverage by priority at today's staffing",
      summary: [`Case hours needed and not available: ${formatWhole(result.uncoveredHours)} a year.`],
      table: () => coverageTable(result),
      notes: [],
      result,
      rows: result.rows,
    };
  },
});
