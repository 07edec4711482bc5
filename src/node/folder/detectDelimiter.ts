/** The delimiters a table may use, in the order that decides a tie. */
const CANDIDATES = [',', ';', '\t'] as const;

export type TableDelimiter = (typeof CANDIDATES)[number];

/** The header line: the first line with more than spaces and delimiters (blank rows come before it in some exports). */
function headerLine(text: string): string {
  for (const line of text.split('\n')) if (!/^[\s,;]*$/.test(line)) return line;
  return '';
}

/**
 * The delimiter of a table, read from its header line: whichever of comma, semicolon and tab occurs
 * there most often outside quotes (a spreadsheet saved as CSV in a locale whose decimal mark is a
 * comma separates with semicolons; "Text (tab delimited)" with tabs). A tie, or none, is a comma.
 * `text` has LF line ends.
 *
 * @example
 * detectDelimiter('office;docket;officers\nseattle-wa;detained;1\n') // => ';'
 */
export function detectDelimiter(text: string): TableDelimiter {
  const line = headerLine(text);
  const counts = new Map<string, number>(CANDIDATES.map((candidate) => [candidate, 0]));
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && counts.has(char)) counts.set(char, counts.get(char)! + 1);
  }
  let best: TableDelimiter = ',';
  for (const candidate of CANDIDATES) if (counts.get(candidate)! > counts.get(best)!) best = candidate;
  return best;
}

/** How a warning names a delimiter. */
export const DELIMITER_NAMES: Record<TableDelimiter, string> = { ',': 'commas', ';': 'semicolons (";")', '\t': 'tabs' };
