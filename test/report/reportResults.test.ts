import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import rangedModel from '../../fixtures/uncertainty/ranged.json' with { type: 'json' };
import { assess, hiringPlan, renderReport, reportCharts, sensitivity as sensitivityOf, simulate, type ModelInput, type SensitivityLike, type SimulationLike, type HiringPlanLike } from '../../src/index.js';
import { attr, find, parsePage, parseSvg, text, type Node } from './dom.js';

const model = scenario as ModelInput;
const assessment = assess(model);
const num = (node: Node, name: string) => Number(attr(node, name));

// Results in the shapes of simulate, sensitivity and hiringPlan, made by hand so the drawing can be checked.
const simulation: SimulationLike = {
  iterations: 1000,
  rows: assessment.rows.map((row) => ({
    office: row.office,
    docket: row.docket,
    officers: row.officers,
    requiredOfficers: { mean: row.requiredOfficers, p5: row.requiredOfficers * 0.8, p50: row.requiredOfficers, p95: row.requiredOfficers * 1.2 },
  })),
};
const sensitivity: SensitivityLike = {
  requiredOfficers: 50,
  rows: Array.from({ length: 20 }, (_, i) => ({
    path: `caseTypes[0].tasks[${i % 5}].time`,
    name: `input ${i}`,
    requiredAtLow: 50 - (20 - i) / 2,
    requiredAtHigh: 50 + (20 - i),
    swing: (20 - i) * 1.5,
  })),
};
const plan: HiringPlanLike = {
  rows: [
    { year: 2017, cases: 19438, requiredOfficers: 50.63, officers: 8, inTraining: 10, hires: 20, separations: 0.4, gap: 42.63 },
    { year: 2018, cases: 20410, requiredOfficers: 53.16, officers: 27.6, inTraining: 10, hires: 20, separations: 1.4, gap: 25.56 },
    { year: 2019, cases: 21430, requiredOfficers: 55.82, officers: 46.2, inTraining: 10, hires: 20, separations: 2.3, gap: 9.62 },
  ],
};

describe('renderReport with a simulation, a sensitivity analysis and a hiring plan', () => {
  const doc = parsePage(renderReport({ model }, { simulation, sensitivity, plan }));
  const svg = (id: string) => find(doc, 'svg').find((each) => attr(each, 'id') === id)!;

  it('adds their sections in order, after the assumptions', () => {
    const ids = find(doc, 'section').map((section) => attr(section, 'id'));
    expect(ids).toEqual(['assessment', 'assumptions', 'officer-year', 'case-weights', 'unsourced', 'simulation', 'sensitivity', 'hiring-plan']);
  });

  it('the spread: one p5-p95 bar per office and docket, a median and an on-board mark on each', () => {
    const chart = svg('chart-simulation');
    const bars = find(chart, 'rect', 'bar');
    expect(bars).toHaveLength(8);
    expect(find(chart, 'rect', 'mark')).toHaveLength(16);
    // Washington non-detained: 24.95 required; p5 = 0.8 x, p95 = 1.2 x on a 0..30 axis (29.94 / 5 steps = 5.99, so steps of 10).
    const ticks = find(chart, 'text', 'tick');
    expect(ticks.map(text)).toEqual(['0', '10', '20', '30']);
    const [left, right] = [num(ticks[0]!, 'x'), num(ticks[ticks.length - 1]!, 'x')];
    const required = assessment.rows[2]!.requiredOfficers;
    expect(num(bars[2]!, 'x')).toBeCloseTo(left + ((0.8 * required) / 30) * (right - left), 0);
    expect(num(bars[2]!, 'width')).toBeCloseTo(((0.4 * required) / 30) * (right - left), 0);
    expect(find(chart, 'text', 'row-label').map(text)[2]).toBe('Washington, DC · non-detained');
  });

  it('the tornado: the 15 largest swings drawn around the total at the means, every input in the table', () => {
    const chart = svg('chart-tornado');
    expect(find(chart, 'g', 'row')).toHaveLength(15);
    expect(find(chart, 'rect', 'bar')).toHaveLength(30);
    expect(find(chart, 'line', 'reference')).toHaveLength(1);
    expect(text(find(chart, 'desc')[0]!)).toContain('The 15 largest of 20 inputs are drawn; the table lists all.');
    const table = find(doc, 'section').find((section) => attr(section, 'id') === 'sensitivity')!;
    expect(find(table, 'tbody')[0]!.childNodes!.filter((node) => node.tagName === 'tr')).toHaveLength(20);
    // Inputs are named in words from their paths: caseTypes[0].tasks[0] is the scenario's check-in.
    expect(find(chart, 'text', 'row-label').map(text)[0]).toBe('non-detained: check-in, time');
  });

  it('the hiring plan: per year, officers required, and carrying cases with those in training stacked', () => {
    const chart = svg('chart-hiring-plan');
    expect(find(chart, 'text', 'row-label').map(text)).toEqual(['2017', '2018', '2019']);
    const bars = find(chart, 'rect', 'bar');
    expect(bars).toHaveLength(9);
    // 2017: carrying cases 8 from the axis, then 10 in training from where they end.
    expect(num(bars[2]!, 'x')).toBeCloseTo(num(bars[1]!, 'x') + num(bars[1]!, 'width'), 0);
    expect(num(bars[2]!, 'width') / num(bars[1]!, 'width')).toBeCloseTo(10 / 8, 1);
  });
});

describe('options are checked at the edge', () => {
  it('a wrong shape names its field', () => {
    const broken = { ...simulation, rows: [{ ...simulation.rows[0]!, requiredOfficers: { mean: 1, p5: 1, p50: 1, p95: Number.NaN } }] };
    expect(() => renderReport({ model }, { simulation: broken })).toThrow('options.simulation.rows[0].requiredOfficers.p95: must be a finite number');
    expect(() => renderReport({ model }, { plan: {} as never })).toThrow(/^options\.plan\.rows: /);
  });
});

describe('reportCharts', () => {
  const charts = reportCharts({ model }, { plan });

  it('gives the report charts in the report order, each a standalone SVG', () => {
    expect(charts.map((chart) => chart.id)).toEqual(['chart-caseload-1', 'chart-caseload-2', 'chart-officers-1', 'chart-officers-2', 'chart-officer-year', 'chart-hiring-plan']);
    for (const chart of charts) {
      const svg = find(parseSvg(chart.svg), 'svg')[0]!;
      expect(attr(svg, 'xmlns')).toBe('http://www.w3.org/2000/svg');
      expect(text(find(svg, 'title')[0]!)).toBe(chart.title);
      expect(text(find(svg, 'desc')[0]!)).toBe(chart.description);
      expect(chart.data.rows.length).toBeGreaterThan(0);
    }
  });

  it('the officer year as a waterfall: paid hours, each deduction, the case hours left', () => {
    const chart = charts.find((each) => each.id === 'chart-officer-year')!;
    expect(chart.data.rows).toEqual([
      ['paid hours', '2,080.0'],
      ['holidays', '80.0'],
      ['leave', '200.0'],
      ['training', '40.0'],
      // docs/report.md: 48 + 104 + 24 + 25.6 = 201.6 hours of duties; admin 15% of 1,558.4 = 233.76.
      ['collateral duties', '201.6'],
      ['administration (15% of the rest)', '233.8'],
      ['case hours', '1,324.6'],
    ]);
  });

  it('each chart shows itself in Jupyter (a non-enumerable display method) and stays plain data otherwise', () => {
    const [chart] = charts;
    const display = (chart as unknown as Record<symbol, () => Record<string, string>>)[Symbol.for('Jupyter.display')]!;
    const bundle = display();
    expect(bundle['image/svg+xml']).toBe(chart!.svg);
    expect(bundle['text/html']).toContain(chart!.svg);
    expect(bundle['text/plain']).toBe(`${chart!.title}\n${chart!.description}`);
    expect(Object.keys(chart!)).toEqual(['id', 'title', 'description', 'svg', 'data']);
    expect(JSON.parse(JSON.stringify(chart))).toEqual({ ...chart });
  });
});

describe('renderReport with a plan from hiringPlan', () => {
  // docs/hiring-plan.md's example, worked by hand there: 35 hires a year; the gap closes in 2019.
  const planModel: ModelInput = {
    caseTypes: [{ id: 'nd', docket: 'nd', tasks: [{ name: 'work', time: 1, perYear: 1 }] }],
    offices: [{ id: 'a', name: 'Office A', officers: { nd: 100 }, cases: { nd: 208000 } }],
  };
  const real = hiringPlan(planModel, { years: 3, startYear: 2017, docketGrowth: 0.1, attritionRate: 0.1, trainingMonths: 18 });
  const doc = parsePage(renderReport({ model: planModel }, { plan: real }));
  const section = find(doc, 'section').find((each) => attr(each, 'id') === 'hiring-plan')!;

  it('says what the plan comes to and draws each year', () => {
    expect(text(find(section, 'p')[0]!)).toBe('35 hires a year. The gap closes in 2019 and stays closed.');
    const svg = find(section, 'svg')[0]!;
    expect(find(svg, 'text', 'row-label').map(text)).toEqual(['2017', '2018', '2019']);
    expect(find(svg, 'text', 'lane-text').map(text)).toEqual([
      '100.00 required', '90.00 + 35.00 in training',
      '110.00 required', '98.50 + 52.50 in training',
      '121.00 required', '121.90 + 52.50 in training',
    ]);
  });

  it("lists where each year's hires go, offices by name", () => {
    const placement = find(section, 'table').find((table) => text(find(table, 'caption')[0] ?? { nodeName: 'x' }) === "Where each year's hires go")!;
    expect(find(placement, 'tr').slice(1).map((row) => find(row, 'td').map(text).join('|'))).toEqual(['Office A|nd|35', 'Office A|nd|35', 'Office A|nd|35']);
  });
});

describe('renderReport with simulate and sensitivity of a model with ranged estimates', () => {
  const ranged = rangedModel as ModelInput;
  // The library's results fit the shapes the report reads.
  const simulation: SimulationLike = simulate(ranged, { seed: 7, iterations: 500 });
  const tornado: SensitivityLike = sensitivityOf(ranged);
  const doc = parsePage(renderReport({ model: ranged }, { simulation, sensitivity: tornado }));
  const svg = (id: string) => find(doc, 'svg').find((each) => attr(each, 'id') === id)!;

  it('a spread bar per office and docket, a tornado bar pair per ranged input', () => {
    expect(find(svg('chart-simulation'), 'rect', 'bar')).toHaveLength(assess(ranged).rows.length);
    expect(find(svg('chart-tornado'), 'g', 'row')).toHaveLength(tornado.rows.length);
    expect(tornado.rows.length).toBeGreaterThan(0);
  });

  it('the assumptions show each range with its distribution', () => {
    // fixtures/uncertainty/ranged.json: check-in { low: 10 min, mode: 20 min, high: 45 min }, PERT mean (10 + 80 + 45) / 6 = 22.5 min.
    const weights = text(find(doc, 'section').find((section) => attr(section, 'id') === 'case-weights')!);
    expect(weights).toContain('check-in22.5 min (10 to 45, pert)');
  });
});
