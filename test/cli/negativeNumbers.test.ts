/**
 * Negative numbers as option values, in the space form (`--docket-growth -50%`) as in the `=` form,
 * for every numeric option: commander passes a required option's next argument as its value, and
 * every parser reads one number grammar (DECIMAL in src/cli/options.ts).
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseShare, parseWhole } from '../../src/cli/options.js';
import { run } from '../../src/cli/run.js';
import { parseDocketGrowth, parseNumber, parseProfile, parseRate } from '../../src/cli/windowPlanParsers.js';

const fixtures = join(import.meta.dirname, '../../fixtures');
const national = join(fixtures, 'oig-17-51/national.json');
const windowModel = join(fixtures, 'queueing/check-in-window.json');

async function cli(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const status = await run(argv, { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { status, stdout, stderr };
}

describe('number parsers', () => {
  it('read a number as people type it: signs, a leading point, an exponent', () => {
    expect(parseRate('-50%')).toBe(-0.5);
    expect(parseRate('-.5')).toBe(-0.5);
    expect(parseRate('+5%')).toBe(0.05);
    expect(parseRate('1e-3')).toBe(0.001);
    expect(parseRate('6/19')).toBe(6 / 19);
    expect(parseNumber('-6')).toBe(-6);
    expect(parseNumber('.5')).toBe(0.5);
    expect(parseShare('.25')).toBe(0.25);
    expect(parseProfile('.5,-.5')).toEqual([0.5, -0.5]);
    expect(parseDocketGrowth('-5%')).toBe(-0.05);
  });

  it('refuse what is not one number', () => {
    for (const text of ['0x10', 'Infinity', '', '-', '1.2.3', '5%%', '--5']) expect(() => parseRate(text), text).toThrow('Expected a number such as 0.8, 80% or 6/19.');
    expect(() => parseShare('0x0')).toThrow('Expected a share in [0, 1)');
    expect(() => parseWhole('-3')).toThrow('Expected a whole number >= 0, written in digits.');
  });
});

describe('negative option values in the space form', () => {
  const plan = ['plan', national, '--years', '2', '--attrition-rate', '0.05', '--training-months', '6', '-f', 'json'];

  it('plan --docket-growth -50% is --docket-growth=-50%: the docket halves each year', async () => {
    const spaced = await cli(...plan, '--docket-growth', '-50%');
    expect([spaced.status, spaced.stderr]).toEqual([0, '']);
    expect((await cli(...plan, '--docket-growth=-50%')).stdout).toBe(spaced.stdout);
    const [first, second] = JSON.parse(spaced.stdout).rows as { cases: number }[];
    expect(second!.cases).toBeCloseTo(first!.cases / 2, -1); // each office's count halves, rounded to whole cases
  });

  it('a negative value reaches the range check of its flag, never "unknown option" or "missing argument"', async () => {
    const cases: [string[], RegExp][] = [
      [['plan', national, '--years', '-2', '--docket-growth', '5%', '--attrition-rate', '0.05', '--training-months', '6'], /--years/],
      [['plan', national, '--years', '2', '--docket-growth', '5%', '--attrition-rate', '-5%', '--training-months', '6'], /--attrition-rate must be a number in \[0, 1\), got -0\.05/],
      [['plan', national, '--years', '2', '--docket-growth', '-150%', '--attrition-rate', '0.05', '--training-months', '6'], /--docket-growth must be a yearly rate > -1/],
      [['window', windowModel, '--office', 'dc', '--open-hours', '-40', '--target-wait', '5 min', '--service-level', '80%'], /--open-hours/],
      [['window', windowModel, '--office', 'dc', '--open-hours', '40', '--target-wait', '-5', '--service-level', '80%'], /--target-wait/],
      [['simulate', national, '--confidence', '-0.5'], /confidence/],
      [['simulate', national, '--vacancy-rate', '-0.1'], /option '--vacancy-rate <rate>' argument '-0\.1' is invalid/],
      [['allocate', national, '--officers', '-3'], /option '--officers <n>' argument '-3' is invalid\. Expected a whole number >= 0, written in digits\./],
    ];
    for (const [argv, message] of cases) {
      const { status, stderr } = await cli(...argv);
      expect(stderr, argv.join(' ')).toMatch(message);
      expect(stderr, argv.join(' ')).not.toMatch(/unknown option|argument missing/);
      expect(status, argv.join(' ')).toBe(2);
    }
  });
});
