import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assess, ModelError } from '../../src/index.js';
import { CsvInputError, loadModel } from '../../src/node/index.js';

const fixtures = join(import.meta.dirname, '../../fixtures/oig-17-51');

/** A copy of the scenario folder with one file replaced. */
function folderWith(file: string, content: string): string {
  const folder = join(mkdtempSync(join(tmpdir(), 'staffing-model-')), 'model');
  cpSync(join(fixtures, 'scenario-folder'), folder, { recursive: true });
  writeFileSync(join(folder, file), content);
  return folder;
}

async function failure(promise: Promise<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('loadModel', () => {
  it('loads a JSON model file', async () => {
    const model = await loadModel(join(fixtures, 'scenario.json'));
    expect(model.offices.map((office) => office.id)).toEqual(['seattle-wa', 'washington-dc', 'st-paul-mn', 'atlanta-ga']);
  });

  it('gives the same assessment from the spreadsheet folder as from the JSON model it mirrors', async () => {
    // fixtures/oig-17-51/scenario-folder holds scenario.json as model.json + four CSV tables.
    const fromFolder = assess(await loadModel(join(fixtures, 'scenario-folder')));
    const fromJson = assess(await loadModel(join(fixtures, 'scenario.json')));
    const { name: _a, ...folderResult } = fromFolder;
    const { name: _b, ...jsonResult } = fromJson;
    expect(folderResult).toEqual(jsonResult);
    expect(fromFolder.unsourced).toEqual([]);
  });

  it('names the file, line and column of a cell that is not a number', async () => {
    const folder = folderWith('tasks.csv', 'case_type,task,time,per_year\nnon-detained,check-in,20 min,four\n');
    const error = await failure(loadModel(folder));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message).toBe('tasks.csv, line 2, column "per_year": expected a number, got "four"');
  });

  it('names the file and line of a row the model refuses', async () => {
    const folder = folderWith('tasks.csv', 'case_type,task,time,per_year\nnon-detained,check-in,20 min,4\ndetained,escort,3 days,1\n');
    const error = await failure(loadModel(folder));
    expect(error).toBeInstanceOf(ModelError);
    expect((error as ModelError).issues).toEqual([
      {
        path: ['caseTypes', 1, 'tasks', 0, 'time'],
        message: 'tasks.csv line 3, column "time": "3 days" is a calendar unit; write officer time in workday or workweek (an escort trip of 3 days costs an officer 3 workdays, not 72 hours)',
      },
    ]);
  });

  it.each<[string, string, string, string]>([
    ['an unknown column', 'offices.csv', 'office,docket,oficers\n', 'offices.csv, line 1, column "oficers": unknown column (columns: office, docket, officers, name, source)'],
    ['a missing column', 'offices.csv', 'office,officers\n', 'offices.csv, line 1: the header has no column "docket" (columns: office, officers)'],
    ['a row of the wrong width', 'offices.csv', 'office,docket,officers\na,detained\n', 'offices.csv, line 2: expected 3 fields, found 2'],
    ['a task of an unknown case type', 'tasks.csv', 'case_type,task,time\nnon-detaned,x,1\n', 'tasks.csv, line 2, column "case_type": unknown case type "non-detaned" (case types: "non-detained", "detained")'],
    ['officers given twice', 'offices.csv', 'office,docket,officers\na,detained,1\na,detained,2\n', 'offices.csv, line 3: officers for office "a" on docket "detained" are given twice'],
    ['model.json that is not JSON', 'model.json', '{', 'model.json: not valid JSON: '],
  ])('refuses %s', async (_, file, content, message) => {
    const error = await failure(loadModel(folderWith(file, content)));
    expect(error).toBeInstanceOf(CsvInputError);
    expect(error.message.startsWith(message)).toBe(true);
  });

  it('refuses a path that does not exist', async () => {
    expect((await failure(loadModel('/nonexistent/model'))).message).toBe('/nonexistent/model: cannot read the model (ENOENT)');
  });
});
