import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import rangedModel from '../../fixtures/uncertainty/ranged.json' with { type: 'json' };
import { allocateHires, allocateOfficers, assess, coverage, hiringPlan, sensitivity, simulate, summarizeTimeStudy, type ModelInput } from '../../src/index.js';
import { formatValue } from '../../src/display/formatValue.js';
import { resultTables } from '../../src/display/resultTables.js';
import { smallModel } from '../helpers.js';
import { find, parseSvg as parseFragment, text } from '../report/dom.js';

const DISPLAY = Symbol.for('Jupyter.display');
type Bundle = { 'text/html': string; 'text/plain': string };
const show = (result: object): Bundle => (result as Record<symbol, () => Bundle>)[DISPLAY]!();
const model = scenario as ModelInput;

describe('results display in Jupyter (Symbol.for("Jupyter.display"))', () => {
  const assessment = assess(model);

  it('every result of the calculations has the display method', () => {
    const plan = hiringPlan(model, { years: 2, docketGrowth: 0.05, attritionRate: 0.1, trainingMonths: 6 });
    const ranged = rangedModel as ModelInput;
    const study = summarizeTimeStudy([{ officer: 'a', date: '2024-03-04', caseType: 'nd', task: 'check-in', minutes: 20 }], { studyWorkdays: 20, caseloads: { nd: 100 } });
    const results = [assessment, allocateOfficers(model, 55), allocateHires(model, 10), coverage(model), plan, simulate(ranged, { seed: 1, iterations: 100 }), sensitivity(ranged), study];
    for (const result of results) {
      expect(typeof (result as unknown as Record<symbol, unknown>)[DISPLAY]).toBe('function');
    }
  });

  it('the method is not enumerable: keys, JSON, spreading and inspect see only the data', () => {
    expect(Object.keys(assessment)).toEqual(['name', 'caseHours', 'weights', 'rows', 'offices', 'total', 'unsourced']);
    expect(Object.getOwnPropertyDescriptor(assessment, DISPLAY)!.enumerable).toBe(false);
    expect(JSON.stringify(assessment)).not.toContain('Jupyter');
    expect(DISPLAY in { ...assessment }).toBe(false);
    expect(inspect(assessment, { depth: 0 })).not.toContain('Jupyter');
    expect(structuredClone(assessment)).toEqual({ ...assessment });
  });

  it('the assessment as HTML: its summary, then a table per list and record (rows, offices, total, weights)', () => {
    const doc = parseFragment(show(assessment)['text/html']);
    const tables = find(doc, 'table');
    expect(tables.map((table) => text(find(table, 'caption')[0]!))).toEqual(['weights', 'rows', 'offices', 'total']);
    const rows = find(tables[1]!, 'tbody')[0]!.childNodes!.filter((node) => node.tagName === 'tr');
    expect(rows).toHaveLength(8);
    const headers = find(tables[1]!, 'th').map(text);
    expect(headers.slice(0, 5)).toEqual(['office', 'docket', 'caseHours', 'cases', 'workloadHours']);
    // Washington's non-detained row: 10,156 cases, 24.95 officers required (docs/report.md).
    const washington = find(rows[2]!, 'td').map(text);
    expect(washington[0]).toBe('washington-dc');
    expect(washington[headers.indexOf('requiredOfficers')]).toBe('24.95');
    expect(washington[headers.indexOf('cases')]).toBe('10,156');
  });

  it('the assessment as plain text: title, summary lines, aligned tables', () => {
    const plain = show(assessment)['text/plain'];
    expect(plain.split('\n').slice(0, 4)).toEqual(['Staffing assessment', `name: ${scenario.name}`, 'caseHours: 1,324.64', 'unsourced: none']);
    expect(plain).toContain('\nrows:\noffice         docket        caseHours   cases  workloadHours');
  });

  it('shows 100 rows of a long table and counts the rest', () => {
    const input = smallModel();
    const offices = Array.from({ length: 150 }, (_, i) => ({ id: `o${i}`, officers: { 'non-detained': 1 }, cases: { nd: 100 } }));
    const bundle = show(assess({ ...input, offices }));
    expect(bundle['text/html']).toContain('<p>50 more rows not shown (150 in all)</p>');
    expect(bundle['text/plain']).toContain('50 more rows not shown (150 in all)');
  });

  it('escapes ids and names in the HTML', () => {
    const input = smallModel();
    const bundle = show(assess({ ...input, offices: [{ ...input.offices[0]!, id: '<img src=x onerror=alert(1)>' }] }));
    expect(find(parseFragment(bundle['text/html']), 'img')).toHaveLength(0);
    expect(bundle['text/html']).toContain('&#60;img src=x onerror=alert(1)&#62;');
  });
});

describe('resultTables and formatValue', () => {
  it('lays any result out by shape: scalars as the summary, lists of records and records as tables', () => {
    expect(resultTables({ iterations: 2, seeds: [1, 2], rows: [{ office: 'a', r: { p5: 1 } }, { office: 'b', extra: true }], total: { cases: 3 } })).toEqual({
      summary: [['iterations', 2], ['seeds', [1, 2]]],
      tables: [
        { name: 'rows', columns: ['office', 'r.p5', 'extra'], rows: [['a', 1, undefined], ['b', undefined, true]] },
        { name: 'total', columns: ['cases'], rows: [[3]] },
      ],
    });
  });

  it('formats for people and keeps nothing hidden: null as -, pairs as ranges', () => {
    expect([formatValue(10156), formatValue(24.9497), formatValue(0.001234), formatValue(null), formatValue([1.5, 2.25]), formatValue(false)]).toEqual([
      '10,156',
      '24.95',
      '0.00123',
      '-',
      '1.5 to 2.25',
      'no',
    ]);
  });
});
