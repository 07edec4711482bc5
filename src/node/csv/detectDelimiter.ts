/**
 * The delimiter of a CSV file: stated by Excel's `sep=;` first line, or read from its header line, for
 * case exports (readCaseCounts without a `delimiter`), time-study logs and spreadsheet folders alike:
 * a spreadsheet saved as CSV in a locale whose decimal mark is a comma separates with semicolons, and
 * Excel's "Unicode text" and "Text (tab delimited)" with tabs.
 */
import { CsvInputError } from '../CsvInputError.js';
import { plural } from '../../internal/plural.js';
import { checkDelimiter } from './csvOptions.js';

/** The delimiters a header may use. */
const CANDIDATES = [',', ';', '\t'] as const;

export type TableDelimiter = (typeof CANDIDATES)[number];

/** How a message names a delimiter. */
export const DELIMITER_NAMES: Record<TableDelimiter, string> = { ',': 'commas', ';': 'semicolons (";")', '\t': 'tabs' };

const SINGULAR: Record<TableDelimiter, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** A line of only white space and delimiters: a blank row, passed over before the header. */
export const isBlankLine = (line: string): boolean => /^[\s,;]*$/.test(line);

/**
 * The delimiter of a header line: whichever of comma, semicolon and tab occurs in it most often
 * outside quotes; none of them is a comma (a header of one column).
 *
 * @throws {CsvInputError} when two occur equally often (`office,case_type;count`): which one
 *   separates the columns cannot be told; `place` is where the header is and `hint` says what to do:
 *   `line 1: the header has as many commas as semicolons (";") (1 each): which separates the columns cannot be told; ...`
 * @example
 * detectDelimiter('office;docket;officers', { line: 1 }, '') // => ';'
 */
export function detectDelimiter(header: string, place: { file?: string | undefined; line: number }, hint: string): TableDelimiter {
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of header) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  const ranked = [...CANDIDATES].sort((a, b) => counts.get(b)! - counts.get(a)!);
  const [first, second] = [ranked[0]!, ranked[1]!];
  const most = counts.get(first)!;
  if (most === 0) return ',';
  if (counts.get(second) === most) {
    throw new CsvInputError(
      `the header has as many ${DELIMITER_NAMES[first]} as ${DELIMITER_NAMES[second]} (${plural(most, SINGULAR[first], SINGULAR[first] + 's')} and ${plural(most, SINGULAR[second], SINGULAR[second] + 's')}): ` +
        `which separates the columns cannot be told; ${hint}`,
      place,
    );
  }
  return first;
}

/** How a message names a delimiter: `semicolons (";")`, or `"|"` for one that is not a candidate. */
export function delimiterName(delimiter: string): string {
  return Object.hasOwn(DELIMITER_NAMES, delimiter) ? DELIMITER_NAMES[delimiter as TableDelimiter] : JSON.stringify(delimiter);
}

/**
 * The delimiter a file's first line states, as Excel writes and reads it: `sep=;` (any case, the
 * delimiter right after `=` and nothing after it; `sep=` and a tab for tabs). Undefined for any
 * other line. Excel reads it on the first line only (after a byte-order mark), so only that line is
 * given here.
 *
 * @throws {CsvInputError} for a first line that starts `sep=` but names no one delimiter (quoting
 *   its first 10 characters at most): `line 1: "sep=;;" is not a delimiter line: Excel's first line names one character, such as sep=; or sep=,`
 * @example
 * statedDelimiter('sep=;') // => ';'
 * statedDelimiter('office,case_type') // => undefined
 */
export function statedDelimiter(firstLine: string): string | undefined {
  if (!/^sep=/i.test(firstLine)) return undefined;
  try {
    return checkDelimiter(firstLine.slice(4));
  } catch {
    // Its first 10 characters at most: a reader may hold no more of a long line (readRecords.ts).
    const shown = [...firstLine];
    const quoted = shown.length > 10 ? `${JSON.stringify(shown.slice(0, 10).join(''))}...` : JSON.stringify(firstLine);
    throw new CsvInputError(`${quoted} is not a delimiter line: Excel's first line names one character, such as sep=; or sep=,`, { line: 1 });
  }
}
