import scenario from '../../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import type { CliCommand } from '../command.js';
import { library } from '../library.js';
import { addVacancyRate, type VacancyOptions } from '../options.js';
import { assessReport } from './assess.js';

export const demo: CliCommand<VacancyOptions> = {
  name: 'demo',
  summary: 'assess the OIG-17-51 report scenario (fixtures/oig-17-51/scenario.json)',
  examples: [
    ['staffing-model demo', 'four field offices at Figure 1 caseloads'],
    ['staffing-model demo --vacancy-rate 6/19 -f markdown', 'with positions to fund, as Markdown'],
  ],
  configure: addVacancyRate,
  async run(_, __, options) {
    const lib = await library();
    return assessReport(lib, lib.parseModel(scenario), options);
  },
};
