import { Option } from 'commander';
import { hirePlanTable } from '../../output/allocationTables.js';
import { modelCommand } from '../command.js';
import { parseWhole } from '../options.js';
import { utilization } from './utilization.js';
import { plural } from '../../internal/plural.js';

export const hire = modelCommand<{ hires: number }>({
  name: 'hire',
  summary: 'place N hires where utilization is highest',
  description: 'Places N new officers one at a time where utilization is highest (optimal for the highest utilization left; see docs/allocation.md).',
  examples: [['staffing-model hire model.json --hires 20', 'where 20 hires do the most good']],
  configure: (command) => command.addOption(new Option('--hires <n>', 'the officers to add').argParser(parseWhole).makeOptionMandatory()),
  report(lib, model, { hires }) {
    const plan = lib.allocateHires(model, hires);
    return {
      title: `${plural(hires, 'hire')} where utilization is highest`,
      summary: [`Highest utilization: ${utilization(plan.maxUtilizationBefore)} before, ${utilization(plan.maxUtilizationAfter)} after.`],
      table: () => hirePlanTable(plan),
      notes: [],
      result: plan,
      rows: plan.rows,
    };
  },
});
