import { formatTwoDecimals } from '../../output/numbers.js';
import { sensitivityTable } from '../../output/sensitivityTable.js';
import { modelCommand } from '../command.js';

export const sensitivityCommand = modelCommand<object>({
  name: 'sensitivity',
  summary: 'each ranged input at its low and high: the tornado chart rows',
  description: 'Sets each ranged input to its low and to its high, the others at their means, and gives the officers required in all at each: rows largest swing first (docs/uncertainty.md).',
  examples: [['staffing-model sensitivity model.json', 'which estimate is worth measuring first']],
  report(lib, model) {
    const result = lib.sensitivity(model);
    return {
      title: 'Sensitivity: each ranged input at its low and high, the others at their means',
      summary: [`Officers required in all at the means: ${formatTwoDecimals(result.requiredOfficers)}.`],
      table: () => sensitivityTable(result),
      notes: result.rows.length === 0 ? ['The model has no ranged inputs.'] : [],
      result,
      rows: result.rows.map(({ range, ...row }) => ({ ...row, dist: range.dist, low: range.low, mode: range.mode, high: range.high })),
    };
  },
});
