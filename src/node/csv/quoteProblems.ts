/**
 * Quotes out of place, the one kind of record the readers cannot read: what went wrong and where,
 * as both parsers report it. `checkRecord` finds them in a record's raw text (the csv-parse path,
 * which reads such records with `relax_quotes` and leaves the judging to us).
 */

export interface QuoteProblem {
  kind: 'none' | 'quote-in-unquoted-field' | 'after-closing-quote' | 'unclosed';
  /** Line breaks between the record's first line and the quote that opened the field. */
  openBreaks: number;
  /** ... and the quote that closed it (for `after-closing-quote`). */
  closeBreaks: number;
}

const HINT = ' (quote fields with "..." and double the quotes inside)';

/** The message for a problem in the record that starts on `line`. */
export function problemReason(problem: QuoteProblem, line: number): string {
  const opened = line + problem.openBreaks;
  switch (problem.kind) {
    case 'unclosed':
      return `a quoted field opened on line ${opened} is never closed`;
    case 'after-closing-quote':
      return problem.openBreaks === problem.closeBreaks
        ? `text after a closing quote${HINT}`
        : `a quoted field opened on line ${opened} closes on line ${line + problem.closeBreaks} with text after its closing quote${HINT}`;
    default:
      return `a quote inside an unquoted field${HINT}`;
  }
}

/** The message for a record longer than the reader keeps (`maxRecordBytes`). */
export function tooLong(maxRecordBytes: number): string {
  const size = maxRecordBytes % 2 ** 20 === 0 ? `${maxRecordBytes / 2 ** 20} MiB` : `${maxRecordBytes} bytes`;
  return `a record longer than ${size}: a stray quote, or not a CSV file`;
}

/**
 * The first quote problem in one record's raw text (from its first byte up to and including the
 * line break that ends it, or the end of the input), and the line breaks inside the record.
 */
export function checkRecord(raw: string, delimiter: string): { problem: QuoteProblem; breaks: number } {
  const problem: QuoteProblem = { kind: 'none', openBreaks: 0, closeBreaks: 0 };
  const note = (kind: QuoteProblem['kind'], openBreaks: number) => {
    if (problem.kind === 'none') Object.assign(problem, { kind, openBreaks, closeBreaks: breaks });
  };
  const isBreak = (at: number) => raw[at] === '\n' || raw[at] === '\r';
  const endsField = (at: number) => at >= raw.length || raw[at] === delimiter || isBreak(at);
  let breaks = 0;
  let i = 0;
  for (;;) {
    if (raw[i] === '"') {
      const openBreaks = breaks;
      for (i++; raw[i] !== '"' || raw[i + 1] === '"'; i++) {
        if (i >= raw.length) {
          Object.assign(problem, { kind: 'unclosed', openBreaks, closeBreaks: breaks });
          return { problem, breaks: breaks - (isBreak(raw.length - 1) ? 1 : 0) };
        }
        if (raw[i] === '"') i++; // a doubled quote
        else if (raw.startsWith('\r\n', i)) [breaks, i] = [breaks + 1, i + 1];
        else if (isBreak(i)) breaks++;
      }
      i++;
      if (!endsField(i)) note('after-closing-quote', openBreaks);
    }
    for (; !endsField(i); i++) if (raw[i] === '"') note('quote-in-unquoted-field', breaks);
    if (raw[i] !== delimiter) return { problem, breaks };
    i++;
  }
}
