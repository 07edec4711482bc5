/**
 * The two parser paths agree on generated nasty inputs: every record (fields, first and last line),
 * every problem (reason, lines) and every error, whatever the line ends (LF, CRLF, CR), quotes
 * (in unquoted fields, unclosed, spanning lines, doubled), byte-order marks, bytes that are not
 * UTF-8, records over the size limit, and wherever the input is cut into chunks. Quote-free input
 * is checked against an independent reading as well: lines split at /\r\n|\r|\n/, fields at the delimiter.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCsv, type CsvParser } from '../../../src/node/csv/readCsv.js';
import { readCaseCounts } from '../../../src/node/index.js';

const PIECES = ['a', 'b', 'é', '日', '😀', ' ', ',', ';', '"', '""', '\n', '\r', '\r\n', 'x"y', '"q"', '"two\nlines"', '"cr\rin"', '"crlf\r\nin"', '"unclosed', 'z"', '\uFEFF', '"a""b"', '"q"x'];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

/** The input as chunks of bytes cut at `cuts` (a cut may fall inside a character or a CRLF). */
function chunks(bytes: Uint8Array, cuts: number[]): Uint8Array[] {
  const at = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  return [0, ...at].map((from, i) => bytes.subarray(from, [...at, bytes.length][i]));
}

async function records(input: Uint8Array[], parser: CsvParser, delimiter: string, maxRecordBytes?: number): Promise<string[]> {
  const seen: string[] = [];
  try {
    await readCsv(input, { delimiter, parser, encoding: 'utf-8', maxRecordBytes }, {
      row: (row) => void seen.push(`${row.line}-${row.endLine} ${JSON.stringify(row.toArray())}`),
      problem: (reason, line, endLine) => void seen.push(`${line}-${endLine} problem: ${reason}`),
    });
  } catch (error) {
    seen.push(`error: ${(error as Error).message}`);
  }
  return seen;
}

const input = fc.record({
  body: text,
  bom: fc.boolean(),
  cuts: fc.array(fc.nat(), { maxLength: 6 }),
  // A byte that is not UTF-8 (a lone continuation byte, a cp1252 é), put somewhere, sometimes.
  badByte: fc.option(fc.record({ at: fc.nat(), byte: fc.constantFrom(0x80, 0xe9, 0xff) }), { freq: 4 }),
  delimiter: fc.constantFrom(',', ';'),
  // Excel's first line stating the delimiter: agreeing with the one given or not, cut by chunks anywhere, or not a sep line.
  sepLine: fc.constantFrom('', '', 'sep=;\n', 'sep=,\r\n', 'SEP=;\r', 'sep=;;\n', 'sep=,'),
  maxRecordBytes: fc.option(fc.integer({ min: 1, max: 24 }), { freq: 3 }),
});

function bytesOf({ body, bom, badByte, sepLine }: { body: string; bom: boolean; badByte: { at: number; byte: number } | null; sepLine: string }): Uint8Array {
  const bytes = Buffer.from(`${bom ? '\uFEFF' : ''}${sepLine}${body}`, 'utf8');
  if (!badByte) return bytes;
  const at = badByte.at % (bytes.length + 1);
  return Buffer.concat([bytes.subarray(0, at), Uint8Array.of(badByte.byte), bytes.subarray(at)]);
}

describe('the fast scanner and csv-parse', () => {
  it('read the same records, problems and errors from any input', async () => {
    await fc.assert(
      fc.asyncProperty(input, async (generated) => {
        const bytes = bytesOf(generated);
        const { delimiter, maxRecordBytes } = generated;
        const fast = await records(chunks(bytes, generated.cuts), 'fast', delimiter, maxRecordBytes ?? undefined);
        const reference = await records([bytes], 'csv-parse', delimiter, maxRecordBytes ?? undefined);
        expect(fast).toEqual(reference);
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('count the same cases, skips, lines and warnings', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.nat(), { maxLength: 4 }), async (body, cuts) => {
        const bytes = Buffer.from(`office,case_type\n${body}`, 'utf8');
        const [fast, reference] = await Promise.all(
          (['fast', 'csv-parse'] as const).map((parser) =>
            readCaseCounts(parser === 'fast' ? chunks(bytes, cuts) : [bytes], { parser, onInvalid: 'skip' }).then(
              (result) => JSON.stringify(result),
              (error: Error) => error.message,
            ),
          ),
        );
        expect(fast).toEqual(reference);
      }),
      { numRuns: 300 },
    );
  }, 120_000);

  it.each(['fast', 'csv-parse'] as const)('%s: reads quote-free input as lines split at LF, CRLF or CR', async (parser) => {
    const unquoted = fc.array(fc.constantFrom('a', 'é', ',', ' ', '\n', '\r', '\r\n', '\r\r\n'), { maxLength: 30 }).map((parts) => parts.join(''));
    // With a first line "sep=," (and a line break), that line is not a record and the others keep their numbers.
    await fc.assert(
      fc.asyncProperty(unquoted, fc.constantFrom('', 'sep=,\n', 'sep=,\r\n', 'sep=,\r'), async (text, sepLine) => {
        const body = sepLine + text;
        const expected = body
          .split(/\r\n|\r|\n/)
          .map((line, index) => ({ line: index + 1, fields: line.split(',') }))
          .filter(({ line }) => !(sepLine && line === 1))
          .filter(({ fields }) => fields.some((field) => field !== ''))
          .map(({ line, fields }) => `${line}-${line} ${JSON.stringify(fields)}`);
        expect(await records([Buffer.from(body)], parser, ',')).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  }, 120_000);
});
