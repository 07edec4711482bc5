/**
 * A CSV table read by the names in its header (the first line that is not blank): names match
 * trimmed and ignoring case, a required column missing or a column given twice is an error, and a
 * column that is not read is a warning (nothing is dropped unsaid). Each row's trimmed cells go to
 * `take`; a RowProblem it throws makes the row a bad row: an error with its line and column, or with
 * `skip` a row listed and counted.
 */
import { plural } from '../../internal/plural.js';
import { CsvInputError } from '../CsvInputError.js';
import { nearest } from '../../model/nearest.js';
import { quotedList } from '../../internal/quotedList.js';
import type { CsvHandler, CsvRow } from './CsvRow.js';
import { headerKey } from './headerColumns.js';
import type { RowRules } from './tableRules.js';

/** What is wrong with a row: the reason, and the column (its name as the reader knows it). */
export class RowProblem {
  constructor(readonly reason: string, readonly column?: string) {}
}

/** A row's cell in a column, trimmed; undefined for an optional column the header does not have. */
export type Cells<C extends string> = (column: C) => string | undefined;

/** How many records spanning several lines are listed by place. */
const MULTILINE_LISTED = 5;

export class NamedColumnRows<C extends string> implements CsvHandler {
  rows = 0;
  skippedCount = 0;
  skippedLines = 0;
  readonly skipped: { line: number; endLine: number; reason: string }[] = [];
  readonly warnings: string[] = [];
  readonly multiline = { count: 0, first: [] as { line: number; endLine: number }[] };
  private width = 0;
  private readonly at = new Map<C, number>();
  private readonly cells: Cells<C>;
  private current: CsvRow | undefined;

  constructor(
    private readonly columns: { required: readonly C[]; optional: readonly C[]; what: string },
    private readonly rules: RowRules,
    private readonly take: (cells: Cells<C>, line: number, endLine: number) => void,
  ) {
    this.cells = (column) => {
      const index = this.at.get(column);
      return index === undefined ? undefined : this.current!.field(index).trim();
    };
  }

  /** The header has been read (the input was not empty). */
  get headerRead(): boolean {
    return this.width > 0;
  }

  row(row: CsvRow): void {
    if (this.width === 0) return this.header(row.toArray(), row.line, row.endLine);
    if (row.endLine !== row.line && this.multiline.count++ < MULTILINE_LISTED) this.multiline.first.push({ line: row.line, endLine: row.endLine });
    if (row.size !== this.width) return this.bad(row.line, row.endLine, `expected ${this.width} fields, found ${row.size}`);
    this.current = row;
    try {
      this.take(this.cells, row.line, row.endLine);
    } catch (error) {
      if (!(error instanceof RowProblem)) throw error;
      return this.bad(row.line, row.endLine, error.reason, error.column);
    } finally {
      this.current = undefined;
    }
    this.rows++;
  }

  problem(reason: string, line: number, endLine: number): void {
    if (this.width === 0) throw new CsvInputError(reason, { file: this.rules.file, line, endLine });
    this.bad(line, endLine, reason);
  }

  /** The warning for records that span several lines, when there are any. */
  multilineWarning(): string | undefined {
    const { count, first } = this.multiline;
    if (count === 0) return undefined;
    const places = first.map(({ line, endLine }) => `${line}-${endLine}`).join(', ');
    return `${plural(count, 'record')} ${count === 1 ? 'spans' : 'span'} several lines (lines ${places}${count > MULTILINE_LISTED ? ', ...' : ''}): a line break inside quotes is legal CSV, but a stray quote is the likelier cause`;
  }

  private bad(line: number, endLine: number, reason: string, column?: string): void {
    if (!this.rules.skip) throw new CsvInputError(reason, { file: this.rules.file, line, endLine, column });
    this.skippedCount++;
    this.skippedLines += endLine - line + 1;
    if (this.skipped.length < this.rules.maxSkippedListed) this.skipped.push({ line, endLine, reason: column === undefined ? reason : `column "${column}": ${reason}` });
  }

  private header(names: string[], line: number, endLine: number): void {
    const place = { file: this.rules.file, line, endLine };
    const keys = names.map(headerKey);
    const { required, optional, what } = this.columns;
    const known = [...required, ...optional];
    for (const column of known) {
      const found = keys.flatMap((key, index) => (key === column ? [index + 1] : []));
      if (found.length > 1) throw new CsvInputError(`the header has ${found.length} columns "${column}" (columns ${found.join(' and ')})`, place);
      if (found.length === 1) this.at.set(column, found[0]! - 1);
    }
    const unread = names.filter((_, index) => keys[index] !== '' && !(known as string[]).includes(keys[index]!));
    const missing = required.filter((column) => !this.at.has(column));
    if (missing.length > 0) {
      const hints = missing.flatMap((column) => {
        const near = nearest(column, unread);
        return near === undefined ? [] : [`did you mean "${near}" for "${column}"?`];
      });
      throw new CsvInputError(
        `the header has no column ${quotedList(missing).replaceAll('", "', '" or "')} (columns: ${quotedList(names)}; ${what} needs ${quotedList(required)})${hints.length > 0 ? `; ${hints.join(' ')}` : ''}`,
        place,
      );
    }
    for (const name of unread) {
      const near = nearest(headerKey(name), known.filter((column) => !this.at.has(column)));
      this.warnings.push(`the column "${name}" is not read${near === undefined ? '' : ` (did you mean "${near}"?)`}; ${what} reads ${quotedList(known)}`);
    }
    const unnamed = keys.flatMap((key, index) => (key === '' ? [index + 1] : []));
    if (unnamed.length > 0) this.warnings.push(`${unnamed.length === 1 ? 'column' : 'columns'} ${unnamed.join(', ')} ${unnamed.length === 1 ? 'has' : 'have'} no name in the header and ${unnamed.length === 1 ? 'is' : 'are'} not read`);
    this.width = names.length;
  }
}
