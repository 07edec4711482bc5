import { Option } from 'commander';
import scenario from '../../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import type { CliCommand } from '../command.js';
import { UsageError } from '../errors.js';
import { writeOutput } from '../io.js';
import { library } from '../library.js';
import { addVacancyRate, type VacancyOptions } from '../options.js';
import { assessReport } from './assess.js';
import { reportPage } from './report.js';

interface DemoOptions extends VacancyOptions {
  html?: string;
}

export const demo: CliCommand<DemoOptions> = {
  name: 'demo',
  summary: 'assess the OIG-17-51 report scenario (fixtures/oig-17-51/scenario.json)',
  examples: [
    ['staffing-model demo', 'four field offices at Figure 1 caseloads'],
    ['staffing-model demo --vacancy-rate 6/19 -f markdown', 'with positions to fund, as Markdown'],
    ['staffing-model demo --html report.html', "and the scenario's HTML report, in a file"],
  ],
  configure: (command) =>
    addVacancyRate(command).addOption(new Option('--html <file>', "also write the scenario's HTML report to the file (a model's: staffing-model report)")),
  async run(io, __, options) {
    if (options.html === '-') throw new UsageError('--html -: standard output takes the table; give --html a file name');
    const lib = await library();
    const model = lib.parseModel(scenario);
    const report = assessReport(lib, model, options);
    if (options.html !== undefined) {
      await writeOutput(io, reportPage(lib, model, options.vacancyRate === undefined ? {} : { vacancyRate: options.vacancyRate }).html, options.html);
    }
    return report;
  },
};
