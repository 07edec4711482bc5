/**
 * A file saved as UTF-16 without its byte-order mark is valid UTF-8 (its NULs are characters): every
 * reader refuses it on the line of the first NUL, saying what it looks like (src/node/nulBytes.ts).
 */
import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CsvInputError, loadModel, readCaseCounts, type CsvParser } from '../../src/node/index.js';

const dir = mkdtempSync(join(tmpdir(), 'staffing-model-utf16-'));
const write = (name: string, bytes: Uint8Array) => {
  writeFileSync(join(dir, name), bytes);
  return join(dir, name);
};
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const failure = (promise: Promise<unknown>) => promise.then(() => expect.unreachable('expected an error'), (error: unknown) => error as CsvInputError);

describe('UTF-16 without a byte-order mark', () => {
  const cases = 'office,case_type\r\ndc,nd\r\nmontréal,nd\r\ndc,det\r\n';

  it.each<CsvParser>(['fast', 'csv-parse'])('readCaseCounts (%s parser): refused on line 1, and read as UTF-16LE when told', async (parser) => {
    const file = write(`cases-${parser}.csv`, utf16le(cases));
    const error = await failure(readCaseCounts(file, { parser }));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message).toBe(
      `${file}, line 1: the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8, or pass encoding 'utf-16le' (CLI: --encoding utf-16le)`,
    );
    const read = await readCaseCounts(file, { parser, encoding: 'utf-16le' });
    expect(JSON.parse(JSON.stringify(read.counts))).toEqual({ dc: { nd: 1, det: 1 }, 'montréal': { nd: 1 } });
  });

  it('readCaseCounts: UTF-8 lines, then NULs on line 3', async () => {
    // 24 bytes of UTF-8, then UTF-16LE (NULs in odd bytes).
    const file = write('late.csv', new Uint8Array([...Buffer.from('office,case_type\r\ndc,nd\n'), ...utf16le('x,nd\n')]));
    const error = await failure(readCaseCounts(file));
    expect([error.line, error.reason]).toEqual([3, "the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8, or pass encoding 'utf-16le' (CLI: --encoding utf-16le)"]);
  });

  it('loadModel: a JSON model, refused on the line of the first NUL (line 1), not of the first non-ASCII character', async () => {
    // The first non-ASCII character (é) is on line 6.
    const model = '{\r\n  "caseTypes": [\r\n    { "id": "nd", "docket": "d", "tasks": [{ "name": "t", "time": 1, "perYear": 1 }] }\r\n  ],\r\n' +
      '  "offices": [\r\n    { "id": "montréal", "cases": { "nd": 1 } }\r\n  ]\r\n}\r\n';
    const file = write('model.json', utf16le(model));
    const error = await failure(loadModel(file));
    expect(error.message).toBe(`${file}, line 1: the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8 (a text editor's "Save as" offers the encoding)`);
    // Big-endian too.
    const be = write('model-be.json', new Uint8Array(Buffer.from(model, 'utf16le').swap16()));
    expect((await failure(loadModel(be))).reason).toMatch(/^the file looks like UTF-16 \(big-endian\) without a byte-order mark/);
  });

  it("loadModel: a folder's table", async () => {
    const folder = join(dir, 'folder');
    cpSync(join(import.meta.dirname, '../../fixtures/oig-17-51/scenario-folder'), folder, { recursive: true });
    writeFileSync(join(folder, 'tasks.csv'), utf16le('case_type,task,time,per_year\r\nnd,check-in,20 min,4\r\n'));
    const error = await failure(loadModel(folder));
    expect([error.line, error.reason]).toEqual([1, `the file looks like UTF-16 (little-endian) without a byte-order mark: save it as UTF-8 (a text editor's "Save as" offers the encoding)`]);
    expect(error.file).toMatch(/tasks\.csv$/);
  });
});
