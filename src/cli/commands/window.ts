import { Option } from 'commander';
import { formatOneDecimal, formatTwoDecimals, formatWhole } from '../../output/numbers.js';
import { windowDutyTable } from '../../output/windowDutyTable.js';
import type { WindowDutyOptions } from '../../queueing/windowDutyTypes.js';
import { modelCommand } from '../command.js';
import { parseInteger, parseProfile, parseRate, parseTimeText } from '../windowPlanParsers.js';
import { plural } from '../../internal/plural.js';

interface WindowOptions {
  office: string;
  openHours: number;
  targetWait: number | string;
  serviceLevel: number;
  handleTime?: number | string;
  profile?: number[];
}

export const windowCommand = modelCommand<WindowOptions>({
  name: 'window',
  summary: "size an office's check-in window as a queue (Erlang C)",
  description:
    "Sizes an office's check-in window hour by hour as an Erlang C queue (arrivals from the tasks marked window: true), and the officer hours a year it costs as a collateral duty (docs/queueing.md).",
  examples: [
    ['staffing-model window model.json --office dc --open-hours 40 --target-wait "5 min" --service-level 80%', 'the window, an hour a line'],
    ['staffing-model window model.json --office dc --open-hours 2 --target-wait 0.0833 --service-level 0.8 --profile 0.75,0.25', 'a busier first hour'],
  ],
  configure: (command) =>
    command
      .addOption(new Option('--office <office>', 'the office whose check-in window to size: its id or name (case and accents as typed in NFC or not, spaces around ignored)').makeOptionMandatory())
      .addOption(new Option('--open-hours <n>', 'hours a week the window is open').argParser(parseInteger).makeOptionMandatory())
      .addOption(new Option('--target-wait <time>', 'the wait the service level counts against: "5 min", "90 s" or hours').argParser(parseTimeText).makeOptionMandatory())
      .addOption(new Option('--service-level <rate>', 'the share of arrivals served within the target wait: 0.8 or 80%').argParser(parseRate).makeOptionMandatory())
      .addOption(new Option('--handle-time <time>', "time at the window per arrival (default: the window tasks' own time)").argParser(parseTimeText))
      .addOption(new Option('--profile <shares>', "the share of the week's arrivals in each open hour, as 0.1,0.2,... (default: even)").argParser(parseProfile)),
  parameters: { openHoursPerWeek: '--open-hours', targetWait: '--target-wait', serviceLevel: '--service-level', handleTime: '--handle-time', profile: '--profile' },
  report(lib, model, { office, openHours, targetWait, serviceLevel, handleTime, profile }) {
    const options: WindowDutyOptions = {
      openHoursPerWeek: openHours,
      targetWait,
      serviceLevel,
      ...(handleTime === undefined ? {} : { handleTime }),
      ...(profile === undefined ? {} : { profile }),
    };
    const duty = lib.windowDuty(model, office, options);
    return {
      title: `Window duty at ${duty.office}: ${plural(duty.windowHoursPerWeek, 'officer hour', 'officer hours', formatWhole(duty.windowHoursPerWeek))} a week`,
      summary: [
        `${formatOneDecimal(duty.arrivalsPerWeek)} arrivals a week (${formatWhole(duty.arrivalsPerYear)} a year), ${formatOneDecimal(duty.handleTime)} minutes each, over ${plural(openHours, 'open hour')}.`,
        `The window takes ${formatWhole(duty.officerHours)} officer hours a year; the window tasks' case weights already count ${formatWhole(duty.caseWeightHours)},` +
          (duty.officerHours < duty.caseWeightHours
            ? ' more than the window takes, so it adds nothing (the case weights are kept).'
            : ` so it adds ${formatWhole(duty.collateralHours)}, shared by ${formatTwoDecimals(duty.officers)} officers (${formatOneDecimal(duty.collateralDuty.time as number)} hours each a year).`),
      ],
      table: () => windowDutyTable(duty),
      notes: ['Erlang C: arrivals at random within each hour, nobody leaves the line (docs/queueing.md).'],
      result: duty,
      rows: duty.hours,
    };
  },
});
