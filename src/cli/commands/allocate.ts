import { Option } from 'commander';
import { APPORTION_METHODS, type ApportionMethod } from '../../allocation/apportion.js';
import { allocationTable } from '../../output/allocationTables.js';
import { modelCommand } from '../command.js';
import { parseWhole } from '../options.js';
import { utilization } from './utilization.js';
import { plural } from '../../internal/plural.js';

interface AllocateOptions {
  officers: number;
  method: ApportionMethod;
}

export const allocate = modelCommand<AllocateOptions>({
  name: 'allocate',
  summary: 'split a headcount over offices and dockets by workload',
  description: 'Splits N officers over the offices and dockets in proportion to the officers their workload needs (apportionment; see docs/allocation.md).',
  examples: [
    ['staffing-model allocate model.json --officers 55', 'by Huntington-Hill'],
    ['staffing-model allocate model.json --officers 55 --method webster', 'by Webster (Sainte-Laguë)'],
  ],
  configure: (command) =>
    command
      .addOption(new Option('--officers <n>', 'the headcount to split').argParser(parseWhole).makeOptionMandatory())
      .addOption(new Option('--method <method>', 'the apportionment method').choices(APPORTION_METHODS).default('huntington-hill')),
  parameters: { totalOfficers: '--officers' },
  report(lib, model, { officers, method }) {
    const allocation = lib.allocateOfficers(model, officers, { method });
    return {
      title: `${plural(officers, 'officer')} allocated by workload (${method})`,
      summary: [`Utilization from ${utilization(allocation.minUtilization)} to ${utilization(allocation.maxUtilization)}.`],
      table: () => allocationTable(allocation),
      notes: [],
      result: allocation,
      rows: allocation.rows,
    };
  },
});
