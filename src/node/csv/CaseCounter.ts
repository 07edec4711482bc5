/**
 * The counting behind readCaseCounts: the header, then per row one lookup of its (office, case type)
 * pair in a PairTable. Whatever a pair needs (the case-type map, the known case types, emptiness) is
 * judged once, when the pair is first seen, and remembered with it.
 */
import { CsvInputError } from '../CsvInputError.js';
import type { CsvHandler, CsvRow } from './CsvRow.js';
import { headerColumns } from './headerColumns.js';
import type { CountRules } from './countRules.js';
import { PairTable } from './PairTable.js';
import { wholeCount } from './wholeCount.js';
import { quotedList } from '../../internal/quotedList.js';
import { plural } from '../../internal/plural.js';
import { matchKey } from '../../model/matchKey.js';
import { suggestions } from '../../model/nearest.js';
import { newBytes, writeUtf8 } from './bytes.js';

/** How many records spanning several lines are listed by place. */
export const MULTILINE_LISTED = 5;

export class CaseCounter implements CsvHandler {
  rows = 0;
  skippedCount = 0;
  skippedLines = 0;
  readonly skipped: { line: number; endLine: number; reason: string }[] = [];
  readonly warnings: string[] = [];
  readonly multiline = { count: 0, first: [] as { line: number; endLine: number }[] };
  /** Cases and rows counted per (office, case type) target, in the order first seen. */
  readonly totals: number[] = [];
  readonly rowsOf: number[] = [];
  readonly targets: { office: string; caseType: string }[] = [];
  private width = 0;
  private officeAt = -1;
  private caseTypeAt = -1;
  private countAt = -1;
  private readonly pairs = new PairTable();
  /** Per pair id: the target it counts to, or -1 with the reason and column it is a bad row. */
  private readonly pairTarget: number[] = [];
  private readonly pairProblem: { reason: string; column: string }[] = [];
  private readonly targetIds = new Map<string, number>();
  private scratch = newBytes(256);

  constructor(private readonly rules: CountRules) {}

  /** The header has been read (the input was not empty). */
  get headerRead(): boolean {
    return this.width > 0;
  }

  row(row: CsvRow): void {
    if (this.width === 0) return this.header(row);
    if (row.endLine !== row.line && this.multiline.count++ < MULTILINE_LISTED) this.multiline.first.push({ line: row.line, endLine: row.endLine });
    if (row.size !== this.width) return this.bad(row.line, row.endLine, `expected ${plural(this.width, 'field')}, found ${row.size}`);
    const { officeAt, caseTypeAt } = this;
    let id: number;
    if (row.isPlainBytes(officeAt) && row.isPlainBytes(caseTypeAt)) {
      const bytes = row.bytes!;
      const bounds = row.bounds;
      id = this.pairs.find(bytes, bounds[2 * officeAt]!, bounds[2 * officeAt + 1]!, bounds[2 * caseTypeAt]!, bounds[2 * caseTypeAt + 1]!);
      if (id < 0) id = this.addPair(id, bytes, bounds[2 * officeAt]!, bounds[2 * officeAt + 1]!, bounds[2 * caseTypeAt]!, bounds[2 * caseTypeAt + 1]!, row);
    } else {
      id = this.findStrings(row.field(officeAt), row.field(caseTypeAt), row);
    }
    const target = this.pairTarget[id]!;
    if (target === -1) return this.bad(row.line, row.endLine, this.pairProblem[id]!.reason, this.pairProblem[id]!.column);
    let cases = 1;
    if (this.countAt !== -1) {
      const text = row.field(this.countAt);
      cases = wholeCount(text);
      if (cases === -1) {
        return this.bad(row.line, row.endLine, `expected a whole number of cases >= 0, such as 10156 or 10,156, got "${text}"`, this.rules.countColumn);
      }
    }
    this.totals[target]! += cases;
    this.rowsOf[target]!++;
    this.rows++;
  }

  problem(reason: string, line: number, endLine: number): void {
    if (this.width === 0) throw new CsvInputError(reason, { file: this.rules.file, line, endLine });
    this.bad(line, endLine, reason);
  }

  /** A row that is not counted: an error, or with `skip` listed and counted with its lines. */
  bad(line: number, endLine: number, reason: string, column?: string): void {
    if (!this.rules.skip) throw new CsvInputError(reason, { file: this.rules.file, line, endLine, column });
    this.skippedCount++;
    this.skippedLines += endLine - line + 1;
    if (this.skipped.length < this.rules.maxSkippedListed) this.skipped.push({ line, endLine, reason: column === undefined ? reason : `column "${column}": ${reason}` });
  }

  private header(row: CsvRow): void {
    const { rules } = this;
    const header = row.toArray();
    const place = { file: rules.file, line: row.line, endLine: row.endLine };
    const [officeAt, caseTypeAt, countAt] = headerColumns(header, [rules.officeColumn, rules.caseTypeColumn, rules.countColumn], place);
    [this.officeAt, this.caseTypeAt, this.countAt] = [officeAt!, caseTypeAt!, countAt!];
    this.width = header.length;
    if (rules.countColumn === undefined) {
      for (const name of header) {
        if (['cases', 'count', 'n'].includes(name.trim().toLowerCase())) {
          this.warnings.push(
            `the header has a column "${name}" but each row was counted as one case; if each row gives a number of cases, ` +
              `use the countColumn option (CLI: --count-column "${name}")`,
          );
        }
      }
    }
  }

  private findStrings(office: string, caseType: string, row: CsvRow): number {
    const room = 3 * (office.length + caseType.length); // at most 3 UTF-8 bytes a UTF-16 code unit
    if (room > this.scratch.length) this.scratch = newBytes(2 * room);
    const split = writeUtf8(office, this.scratch, 0);
    const end = split + writeUtf8(caseType, this.scratch, split);
    const id = this.pairs.find(this.scratch, 0, split, split, end);
    return id >= 0 ? id : this.addPair(id, this.scratch, 0, split, split, end, row);
  }

  /** A pair seen for the first time: judged, and given its target. */
  private addPair(missing: number, bytes: Uint8Array, aStart: number, aEnd: number, bStart: number, bEnd: number, row: CsvRow): number {
    const id = this.pairs.add(missing, bytes, aStart, aEnd, bStart, bEnd);
    const office = row.field(this.officeAt);
    let caseType = row.field(this.caseTypeAt);
    const { caseTypeMap, caseTypes, officeColumn, caseTypeColumn } = this.rules;
    const refuse = (reason: string, column: string) => {
      this.pairTarget[id] = -1;
      this.pairProblem[id] = { reason, column };
      return id;
    };
    if (office.trim() === '') return refuse('is empty', officeColumn);
    // Codes and case types match by matchKey, as offices do in withCaseCounts: " ND " is the map's "nd".
    if (caseTypeMap) {
      const mapped = caseTypeMap.get(matchKey(caseType));
      if (mapped === undefined) return refuse(`case type code "${caseType}" is not in the case-type map`, caseTypeColumn);
      caseType = mapped;
    } else if (caseType.trim() === '') {
      return refuse('is empty', caseTypeColumn);
    }
    if (caseTypes) {
      const found = caseTypes.index.find(caseType);
      if (found.length === 0) return refuse(`unknown case type "${caseType}"${suggestions(caseType, caseTypes.ids, 'case types')}`, caseTypeColumn);
      if (found.length > 1) return refuse(`"${caseType}" matches the case types ${quotedList(found)}, which differ only in case or spacing`, caseTypeColumn);
      caseType = found[0]!;
    }
    const key = `${office}\0${caseType}`;
    let target = this.targetIds.get(key);
    if (target === undefined) {
      target = this.targets.push({ office, caseType }) - 1;
      this.targetIds.set(key, target);
      this.totals.push(0);
      this.rowsOf.push(0);
    }
    this.pairTarget[id] = target;
    return id;
  }
}
