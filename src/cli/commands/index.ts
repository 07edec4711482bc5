import type { CliCommand } from '../command.js';
import { allocate } from './allocate.js';
import { assess } from './assess.js';
import { coverage } from './coverage.js';
import { demo } from './demo.js';
import { hire } from './hire.js';
import { planCommand } from './plan.js';
import { reportCommand } from './report.js';
import { sensitivityCommand } from './sensitivity.js';
import { simulateCommand } from './simulate.js';
import { timeStudyCommand } from './timestudy.js';
import { windowCommand } from './window.js';

/** The commands, in the order --help lists them. A new command is a module here and a line below. */
export const COMMANDS: readonly CliCommand<never>[] = [assess, allocate, hire, coverage, windowCommand, planCommand, simulateCommand, sensitivityCommand, timeStudyCommand, reportCommand, demo];
