import { InvalidArgumentError, type Option } from 'commander';
import { describe, expect, it } from 'vitest';
import { givenOnce } from '../../src/cli/options.js';
import { program } from '../../src/cli/program.js';

describe('choice options of every command', () => {
  const commands = program({ stdout: () => {}, stderr: () => {} }).commands;
  const choiceOptions = commands.flatMap((command) => command.options.filter((option) => option.argChoices).map((option): [string, Option] => [`${command.name()} ${option.long}`, option]));

  it('are found (each command has --format)', () => {
    expect(choiceOptions.length).toBeGreaterThanOrEqual(commands.length);
    expect(choiceOptions.map(([name]) => name)).toContain('allocate --method');
  });

  it('read each choice in any case, with spaces around', () => {
    for (const [name, option] of choiceOptions) {
      for (const choice of option.argChoices!) {
        expect(option.parseArg!(` ${choice.toUpperCase()} `, undefined), name).toBe(choice);
        expect(option.parseArg!(choice, undefined), name).toBe(choice);
      }
    }
  });

  it('refuse anything else, listing the choices', () => {
    for (const [name, option] of choiceOptions) {
      expect(() => option.parseArg!('no-such-choice', undefined), name).toThrow(new InvalidArgumentError(`Allowed choices are ${option.argChoices!.join(', ')}.`));
    }
  });
});

describe('givenOnce', () => {
  it('gives the values back when none repeats', () => {
    const values = [0.8, 0.9];
    expect(givenOnce(values, ['0.8', '0.9'], 'level')).toBe(values);
  });

  it('names a repeated value, and how it was written both times when that differs', () => {
    expect(() => givenOnce([0.9, 0.9], ['0.9', '0.9'], 'level')).toThrow('The level 0.9 is given twice; give each once.');
    expect(() => givenOnce([0.9, 0.5, 0.9], ['0.9', '50%', ' 90%'], 'level')).toThrow('The level 90% is given twice (as 0.9 and 90%); give each once.');
    const years = [{ year: 2016, cases: 1 }, { year: 2016, cases: 2 }];
    expect(() => givenOnce(years, ['2016', '2016'], 'year', (point) => point.year)).toThrow('The year 2016 is given twice; give each once.');
  });
});
