import { describe, expect, it } from 'vitest';
import { inCliWords } from '../../src/cli/errors.js';

describe('inCliWords: library messages name the flag only', () => {
  it.each([
    [
      'the header has a column "cases" but each row was counted as one case; if each row gives a number of cases, use the countColumn option (CLI: --count-column "cases")',
      'the header has a column "cases" but each row was counted as one case; if each row gives a number of cases, use --count-column "cases"',
    ],
    [
      'line 3: the file is not UTF-8 (byte E9 is not UTF-8 text); give its encoding (the encoding option; CLI --encoding), such as windows-1252',
      'line 3: the file is not UTF-8 (byte E9 is not UTF-8 text); give its encoding (--encoding), such as windows-1252',
    ],
    [
      "line 1: the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8, or pass encoding 'utf-16le' (CLI: --encoding utf-16le)",
      'line 1: the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8, or pass --encoding utf-16le',
    ],
  ])('%s', (library, cli) => {
    expect(inCliWords(library)).toBe(cli);
  });

  it('leaves other messages as they are', () => {
    const message = 'models/ice/offices.csv, line 2, column "officers": the cell is blank; give a number (0 if none)';
    expect(inCliWords(message)).toBe(message);
  });
});
