import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { assess, ModelError, parseModel, renderReport, type ModelInput } from '../../src/index.js';
import { smallModel } from '../helpers.js';
import { attr, byId, elements, find, parsePage, text, type Node } from './dom.js';

const model = scenario as ModelInput;
const page = renderReport({ model });
const doc = parsePage(page);
const svgs = find(doc, 'svg');
const chart = (id: string) => svgs.find((svg) => attr(svg, 'id') === id)!;
const num = (node: Node, name: string) => Number(attr(node, name));

/** The plot's left and right edge: the first and last tick of the value axis. */
function plotEdges(svg: Node): [number, number] {
  const ticks = find(svg, 'text', 'tick').map((tick) => num(tick, 'x'));
  return [Math.min(...ticks), Math.max(...ticks)];
}

describe('renderReport: the page', () => {
  it('is one HTML document with its title, no script and nothing loaded from elsewhere', () => {
    expect(page.startsWith('<!doctype html>')).toBe(true);
    expect(text(find(doc, 'title')[0]!)).toBe(scenario.name);
    expect(find(doc, 'script')).toHaveLength(0);
    expect(find(doc, 'link')).toHaveLength(0);
    for (const element of elements(doc)) {
      for (const name of ['src', 'href', 'xlink:href']) expect(attr(element, name)).toBeUndefined();
    }
    const css = text(find(doc, 'style')[0]!);
    expect(css).not.toMatch(/url\(|@import/);
  });

  it('ids are unique, and every chart is named and described by its own title and desc', () => {
    const ids = elements(doc).map((element) => attr(element, 'id')).filter(Boolean);
    expect(new Set(ids).size).toBe(ids.length);
    expect(svgs.map((svg) => attr(svg, 'id'))).toEqual(['chart-caseload-1', 'chart-caseload-2', 'chart-officers-1', 'chart-officers-2', 'chart-officer-year']);
    for (const svg of svgs) {
      expect(attr(svg, 'role')).toBe('img');
      const [titleId, descId] = attr(svg, 'aria-labelledby')!.split(' ');
      expect(byId(svg, titleId!)?.tagName).toBe('title');
      expect(byId(svg, descId!)?.tagName).toBe('desc');
      expect(text(byId(svg, descId!)!).length).toBeGreaterThan(40);
      expect(find(svg, 'text', 'axis-label')).toHaveLength(1);
    }
  });

  it('shows office names, not ids, in the table and the charts', () => {
    const names = ['Seattle, WA', 'Washington, DC', 'St. Paul, MN', 'Atlanta, GA'];
    const groups = find(doc, 'tr', 'group').map(text);
    expect(groups).toEqual([...names, 'All offices']);
    expect(find(chart('chart-caseload-1'), 'text', 'row-label').map(text)).toEqual(names);
    expect(page).not.toContain('washington-dc');
  });

  it('lists the assumptions: the officer year, each case type with its tasks, the duties', () => {
    const officerYear = byId(doc, 'officer-year')!;
    expect(find(officerYear, 'tr').map((row) => text(row))).toContain('case hours1,324.6(paid - holidays - leave - training - duties) x (1 - admin share)');
    const weights = text(byId(doc, 'case-weights')!);
    for (const task of ['check-in', 'criminal background check', 'detainee interview', 'travel document']) expect(weights).toContain(task);
    expect(weights).toContain('non-detained: 3.25 hours per case a year; one officer can carry 407.1 such cases');
    expect(text(byId(doc, 'unsourced')!)).toContain('Every input has a source.');
  });

  it('the same input gives the same page', () => {
    expect(renderReport({ model })).toBe(page);
  });
});

describe('renderReport: the charts draw the figures', () => {
  it('caseload per officer against the achievable caseload, on a log axis from 200 to 20,000 (non-detained)', () => {
    const svg = chart('chart-caseload-1');
    expect(find(svg, 'text', 'tick').map(text)).toEqual(['200', '1,000', '10,000', '20,000']);
    const bars = find(svg, 'rect', 'bar');
    expect(bars).toHaveLength(8); // 4 offices x (caseload, achievable)
    expect(find(svg, 'text', 'lane-text').map(text)).toEqual(['1,872', '407', '10,156', '407', '1,720', '407', '5,337', '407']);
    // Figure 1's 10,156 (Washington) on a log axis: (log 10156 - log 200) / (log 20000 - log 200) of the plot.
    const [left, right] = plotEdges(svg);
    const share = (Math.log10(10156) - Math.log10(200)) / (Math.log10(20000) - Math.log10(200));
    expect(num(bars[2]!, 'x')).toBeCloseTo(left, 1);
    expect(num(bars[2]!, 'width')).toBeCloseTo(share * (right - left), 0);
  });

  it('officers required against on board, on a linear axis (non-detained)', () => {
    const svg = chart('chart-officers-1');
    expect(find(svg, 'text', 'tick').map(text)).toEqual(['0', '5', '10', '15', '20', '25']);
    const bars = find(svg, 'rect', 'bar');
    expect(bars).toHaveLength(8);
    // Washington: 10,156 cases x 3.2541667 h (docs/report.md: 0.5 h x 365.25 / 90 + 0.125 + 0.5 + 0.6) / 1,324.64 h.
    const required = (10156 * (0.5 * (365.25 / 90) + 0.125 + 0.5 + 0.6)) / 1324.64;
    const [left, right] = plotEdges(svg);
    expect(num(bars[2]!, 'width')).toBeCloseTo((required / 25) * (right - left), 0);
    expect(num(bars[3]!, 'width')).toBeCloseTo((1 / 25) * (right - left), 0); // one officer on board
    expect(text(find(svg, 'text', 'lane-text')[2]!)).toBe('24.95 required');
  });

  it('nothing is drawn outside the SVG', () => {
    for (const svg of svgs) {
      const width = num(svg, 'width');
      const height = num(svg, 'height');
      for (const rect of find(svg, 'rect', 'bar')) {
        expect(num(rect, 'x')).toBeGreaterThanOrEqual(0);
        expect(num(rect, 'x') + num(rect, 'width')).toBeLessThanOrEqual(width);
        expect(num(rect, 'y') + num(rect, 'height')).toBeLessThanOrEqual(height);
      }
      for (const label of find(svg, 'text')) expect(num(label, 'y')).toBeLessThanOrEqual(height);
    }
  });
});

describe('renderReport: text from the model is escaped', () => {
  const hostile = '<script>alert(1)</script><img src=x onerror=alert(2)>" onmouseover="alert(3)';
  const input = smallModel();
  const evil = {
    name: `</title>${hostile}`,
    ...input,
    officerYear: { source: `<style>body{display:none}</style>${hostile}` },
    caseTypes: [{ ...input.caseTypes[0]!, label: hostile, docket: `d${hostile}`, tasks: input.caseTypes[0]!.tasks.map((task) => ({ ...task, name: `${task.name}${hostile}` })) }],
    offices: [{ ...input.offices[0]!, name: `]]><!--${hostile}`, officers: { [`d${hostile}`]: 2 } }],
  };
  const evilPage = renderReport({ model: evil });
  const evilDoc = parsePage(evilPage);

  it('the parsed page has no script, img or style element from the input, and no event attribute', () => {
    expect(find(evilDoc, 'script')).toHaveLength(0);
    expect(find(evilDoc, 'img')).toHaveLength(0);
    expect(find(evilDoc, 'style')).toHaveLength(1);
    for (const element of elements(evilDoc)) {
      for (const { name } of element.attrs ?? []) expect(name.startsWith('on')).toBe(false);
    }
  });

  it('the text reads as given', () => {
    expect(text(find(evilDoc, 'title')[0]!)).toBe(evil.name);
    expect(find(evilDoc, 'tr', 'group').map(text)[0]).toBe(evil.offices[0]!.name);
    const labels = find(evilDoc, 'text', 'row-label').map(text);
    expect(labels.some((label) => label.startsWith(']]><!--<script>'))).toBe(true);
  });
});

describe('renderReport: inputs', () => {
  it('lists inputs without a source, in words and by path', () => {
    const small = parsePage(renderReport({ model: smallModel() }));
    const items = find(byId(small, 'unsourced')!, 'li').map(text);
    expect(items).toEqual([
      'officer year officerYear',
      'nd: check-in caseTypes[0].tasks[0]',
      'nd: travel document caseTypes[0].tasks[1]',
      'office: a offices[0]',
    ]);
  });

  it('takes an assessment, and then uses it as it is (positions to fund appear)', () => {
    const withVacancy = renderReport({ model, assessment: assess(model, { vacancyRate: 6 / 19 }) });
    expect(withVacancy).toContain('positions to fund');
    expect(renderReport({ model }, { vacancyRate: 6 / 19 })).toBe(withVacancy);
  });

  it('refuses a vacancy rate beside an assessment, an assessment of another model, and no model', () => {
    expect(() => renderReport({ model, assessment: assess(model) }, { vacancyRate: 0.1 })).toThrow(
      'options.vacancyRate applies only when the report assesses the model; the assessment given already has its own',
    );
    expect(() => renderReport({ model, assessment: assess(smallModel()) })).toThrow(
      'result.assessment.rows[0].office: "a" is not an office of the model',
    );
    expect(() => renderReport(model as never)).toThrow('result.model is required: renderReport({ model, assessment? })');
    expect(() => renderReport({ model: { caseTypes: 3 } as never })).toThrow(ModelError);
  });

  it('does not mutate the model or the assessment', () => {
    const input = structuredClone(model);
    const assessment = assess(input);
    const before = structuredClone(assessment);
    renderReport({ model: input, assessment });
    expect(input).toEqual(model);
    expect(assessment).toEqual(before);
    expect(() => renderReport({ model: parseModel(model) })).not.toThrow(); // frozen, parsed
  });
});
