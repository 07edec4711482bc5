/**
 * Inputs larger than the reader's window (256 KiB) and its decoder's chunks: records cut by a window
 * boundary, a CR at the end of a window and its LF at the start of the next, a field that makes the
 * window grow, a record past the 4 MiB limit that is read on through and dropped. The counts are
 * known from how each input is built.
 */
import { describe, expect, it } from 'vitest';
import { readCaseCounts, type CsvParser } from '../../../src/node/index.js';

const OFFICES = ['atlanta', 'boston', 'chicago', 'denver', 'el-paso', 'fresno', 'gary'];
const LINE_ENDS = ['\n', '\r\n', '\r'];

/** `rows` rows; row i is office i % 7, case type ND or DET by i % 2, a line end by i % 3, and every 997th has notes over two lines. */
function build(rows: number): { text: string; counts: Record<string, Record<string, number>>; multiline: number } {
  const parts = ['office,case_type,notes\n'];
  const counts: Record<string, Record<string, number>> = {};
  let multiline = 0;
  for (let i = 0; i < rows; i++) {
    const office = OFFICES[i % 7]!;
    const caseType = i % 2 === 0 ? 'ND' : 'DET';
    const notes = i % 997 === 0 ? (multiline++, '"called,\r\nleft a message"') : `note ${i}`;
    parts.push(`${office},${caseType},${notes}${LINE_ENDS[i % 3]}`);
    (counts[office] ??= {})[caseType] = (counts[office]![caseType] ?? 0) + 1;
  }
  return { text: parts.join(''), counts, multiline };
}

describe.each<CsvParser>(['fast', 'csv-parse'])('large inputs (parser: %s)', (parser) => {
  const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

  it('counts 100,000 rows with mixed line ends cut at every window boundary', async () => {
    const { text, counts, multiline } = build(100_000);
    expect(text.length).toBeGreaterThan(4 * 2 ** 18);
    const result = await readCaseCounts([Buffer.from(text)], { parser });
    expect(plain(result.counts)).toEqual(counts);
    expect([result.rows, result.multilineRecords.count]).toEqual([100_000, multiline]);
  }, 60_000);

  it('reads UTF-16LE of the same rows the same way', async () => {
    const { text, counts } = build(30_000);
    const bytes = Buffer.concat([Uint8Array.of(0xff, 0xfe), Buffer.from(text, 'utf16le')]);
    expect(plain((await readCaseCounts([bytes], { parser })).counts)).toEqual(counts);
  }, 60_000);

  it('keeps a field of 1 MiB, and drops a record over 4 MiB with its lines, reading on after it', async () => {
    const big = 'x'.repeat(2 ** 20);
    const huge = `"${'y\n'.repeat(2 ** 21 + 10)}"`; // 2,097,162 line breaks inside quotes: over 4 MiB
    const text = `office,case_type,notes\natlanta,ND,${big}\nboston,ND,${huge}\nchicago,ND,ok\n`;
    const result = await readCaseCounts([Buffer.from(text)], { parser, onInvalid: 'skip' });
    expect(plain(result.counts)).toEqual({ atlanta: { ND: 1 }, chicago: { ND: 1 } });
    expect(result.skipped).toEqual([{ line: 3, endLine: 3 + 2 ** 21 + 10, reason: 'a record longer than 4 MiB: a stray quote, or not a CSV file' }]);
    expect(result.skippedLines).toBe(2 ** 21 + 11);
  }, 120_000);
});
