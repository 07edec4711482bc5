/**
 * The report's statements, derived from the fixture's data, and what the model says about them.
 * Figures: DHS OIG, OIG-17-51 "ICE Deportation Operations" (2017); ../shared/report/FIGURES.md.
 */
import { describe, expect, it } from 'vitest';
import figures from '../../fixtures/oig-17-51/figures.json' with { type: 'json' };
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { assess, caseWeight, officerYear } from '../../src/index.js';

type Cell = { value: number } | { oneOf: number[] };
const figure1 = figures.figure1;
const figure = (id: string) => figures.figures.find((f) => f.id === id)!;
const known = (cell: Cell) => ('value' in cell ? [cell.value] : []);
const percentGrowth = (from: number, to: number) => ((to - from) / from) * 100;

describe('Figure 1 (p. 4) as data', () => {
  it.each(['nonDetained', 'detained'] as const)('gives each %s value to exactly one office, unknown pairings as oneOf', (docket) => {
    const values = figure1.values[docket];
    const cells = figure1.offices.map((office) => office[docket] as Cell);
    const pinned = cells.flatMap(known);
    const open = values.filter((value) => !pinned.includes(value));
    for (const cell of cells) {
      // An unknown cell may be any value not pinned to another office, and nothing else.
      if ('oneOf' in cell) expect([...cell.oneOf].sort()).toEqual([...open].sort());
    }
    expect(pinned.length + open.length).toBe(values.length);
    expect(cells.filter((cell) => 'oneOf' in cell)).toHaveLength(open.length);
  });

  it('pins only what FIGURES.md says is known: DC 10,156 and 100, Atlanta 5,337', () => {
    const pinned = figure1.offices.map((o) => [o.office, known(o.nonDetained as Cell), known(o.detained as Cell)]);
    expect(pinned).toEqual([
      ['Washington, DC', [10156], [100]],
      ['Atlanta, GA', [5337], []],
      ['Seattle, WA', [], []],
      ['St. Paul, MN', [], []],
    ]);
  });

  it('matches the text: "about 1,700 to about 10,000" non-detained cases per officer', () => {
    const values = figure1.values.nonDetained;
    expect(Math.round(Math.min(...values) / 100) * 100).toBe(1700); // 1,720
    expect(Math.round(Math.max(...values) / 1000) * 1000).toBe(10000); // 10,156
  });

  it('matches the text\'s low end of "65 to 110" detained, but its high end is 104 in the figure', () => {
    const values = figure1.values.detained;
    expect(Math.min(...values)).toBe(65);
    // The figure's largest detained average is 104 (press paraphrase: "65 to 104"); the text's 110 is in no bar.
    expect(Math.max(...values)).toBe(104);
    expect(values).not.toContain(110);
  });

  it('shows non-detained caseloads 17 to 156 times the detained ones', () => {
    const nd = figure1.values.nonDetained;
    const det = figure1.values.detained;
    // Smallest ratio: 1,720 / 104 = 16.5; largest: 10,156 / 65 = 156.2 (whatever the pairing).
    expect(Math.min(...nd) / Math.max(...det)).toBeCloseTo(16.54, 2);
    expect(Math.max(...nd) / Math.min(...det)).toBeCloseTo(156.25, 2);
  });
});

describe('the other figures', () => {
  const table35 = figures.official.borderPatrolApprehensions.byFiscalYear;

  it('has Border Patrol growth of "nearly 16 percent" on FY2013 and "about 34 percent" on FY2012 (p. 2) in the southwest sectors', () => {
    // DHS 2014 Yearbook, Table 35: (479,371 - 414,397) / 414,397 = 15.68%; (479,371 - 356,873) / 356,873 = 34.33%.
    const onFY2013 = percentGrowth(table35['2013'].southwestSectors, table35['2014'].southwestSectors);
    const onFY2012 = percentGrowth(table35['2012'].southwestSectors, table35['2014'].southwestSectors);
    expect(onFY2013).toBeCloseTo(15.68, 2);
    expect(onFY2012).toBeCloseTo(34.33, 2);
    expect(onFY2013).toBeLessThan(figure('apprehensionGrowthOnFY2013Percent').value as number); // "nearly" 16
    expect(Math.round(onFY2013)).toBe(figure('apprehensionGrowthOnFY2013Percent').value);
    expect(Math.round(onFY2012)).toBe(figure('apprehensionGrowthOnFY2012Percent').value);
    // All sectors give 15.65% and 33.41%: 33, not "about 34". The report's base is the southwest border.
    expect(Math.round(percentGrowth(table35['2012'].allSectors, table35['2014'].allSectors))).toBe(33);
  });

  it('has "nearly 500,000" apprehensions in FY2014', () => {
    expect(table35['2014'].southwestSectors).toBeLessThan(500_000);
    expect(table35['2014'].southwestSectors).toBeGreaterThan(475_000);
  });

  it('has a vacancy rate of 6/19 = 31.6% in one non-detained unit (p. 6)', () => {
    const vacant = figure('vacantPositions');
    expect((vacant.value as number) / (vacant.of as number)).toBeCloseTo(0.3158, 4);
  });

  it('has 59% convicted criminals among FY2015 removals and 17% on the non-detained docket (p. 3)', () => {
    // FIGURES.md: 235,413 removed or returned, 139,368 of them convicted criminals; 368,574 of about 2.2 million.
    expect([figure('removedFY2015').value, figure('removedConvictedFY2015').value]).toEqual([235_413, 139_368]);
    expect((figure('removedConvictedFY2015').value as number) / (figure('removedFY2015').value as number)).toBeCloseTo(0.592, 3);
    expect((figure('convictedCriminalsOnDocket').value as number) / (figure('nonDetainedDocket').value as number)).toBeCloseTo(0.1675, 4);
  });

  it('has 24 field offices and a docket that grew from 2.2 million (2016) to over 6 million (FY2023)', () => {
    expect(figure('fieldOffices').value).toBe(24);
    const later = figures.official.nonDetainedDocketLaterYears.byFiscalYear;
    expect(later['2023'] / (figure('nonDetainedDocket').value as number)).toBeGreaterThan(2.8);
  });
});

describe('what the model says about the report scenario (every assumption labelled in scenario.json)', () => {
  // Hand calculation of the scenario's officer year:
  //   holidays 10 workdays = 80 h, leave 25 workdays = 200 h, training 40 h
  //   collateral: escorts 24 h x 4 x 0.5 = 48; window 8 h x 260/20 = 104; court 4 h x 12 x 0.5 = 24;
  //               border 32 workdays = 256 h x 1 x 0.1 = 25.6; total 201.6 h
  //   remaining 2080 - 80 - 200 - 40 - 201.6 = 1558.4 h; case hours 1558.4 x 0.85 = 1324.64 h
  const CASE_HOURS = 1324.64;
  // Non-detained weight: check-in 1/3 h x 365.25/90 + background check 1/6 h x 365.25/90
  //   + attorney 0.25 h x 2 x 0.25 + file review 0.5 h + travel document 6 h x 0.1 = 3.2541667 h
  const ND_WEIGHT = 0.5 * (365.25 / 90) + 0.125 + 0.5 + 0.6;
  // Detained weight: 0.5 h x 12 + 0.25 h x 2 + 0.25 h x 6 x 0.5 + 0.5 h x 4 + 6 h x 0.8 = 14.05 h
  const DET_WEIGHT = 14.05;

  it('has every input sourced or labelled as an assumption', () => {
    expect(assess(scenario).unsourced).toEqual([]);
    const offices = scenario.offices.filter((office) => office.id === 'seattle-wa' || office.id === 'st-paul-mn');
    for (const office of offices) expect(office.source).toMatch(/^assumption: /);
  });

  it('gives the officer year and case weights computed by hand', () => {
    const year = officerYear(scenario);
    expect(year.collateralHours).toBeCloseTo(201.6, 9);
    expect(year.caseHours).toBeCloseTo(CASE_HOURS, 9);
    expect(caseWeight(scenario, 'non-detained')).toBeCloseTo(ND_WEIGHT, 12);
    expect(caseWeight(scenario, 'detained')).toBeCloseTo(DET_WEIGHT, 12);
  });

  it("gives each non-detained case minutes a year at Figure 1's caseloads, against hours needed", () => {
    const rows = assess(scenario).rows.filter((row) => row.docket === 'non-detained');
    for (const row of rows) expect(row.hoursPerCase).toBeCloseTo(CASE_HOURS / row.cases, 12);
    const minutes = rows.map((row) => (row.hoursPerCase ?? 0) * 60);
    // Washington, DC: 1324.64 h / 10,156 cases = 0.1304 h = 7.8 minutes a case a year, against 3.25 h needed.
    expect(Math.min(...minutes)).toBeCloseTo((CASE_HOURS / 10156) * 60, 9);
    expect(Math.min(...minutes)).toBeCloseTo(7.83, 2);
    // The lightest, 1,720: 46.2 minutes.
    expect(Math.max(...minutes)).toBeCloseTo(46.21, 2);
  });

  it('needs 4.2 to 25 officers for each non-detained officer on board, and about one per detained officer', () => {
    const rows = assess(scenario).rows;
    const needed = (docket: string) => rows.filter((row) => row.docket === docket).map((row) => row.requiredOfficers);
    // 1,720 x 3.2541667 / 1324.64 = 4.23; 10,156 x 3.2541667 / 1324.64 = 24.95
    expect(Math.min(...needed('non-detained'))).toBeCloseTo((1720 * ND_WEIGHT) / CASE_HOURS, 9);
    expect(Math.max(...needed('non-detained'))).toBeCloseTo((10156 * ND_WEIGHT) / CASE_HOURS, 9);
    expect(Math.max(...needed('non-detained'))).toBeCloseTo(24.95, 2);
    // Detained: 65 x 14.05 / 1324.64 = 0.69 to 104 x 14.05 / 1324.64 = 1.10.
    expect(Math.min(...needed('detained'))).toBeCloseTo((65 * DET_WEIGHT) / CASE_HOURS, 9);
    expect(Math.max(...needed('detained'))).toBeCloseTo((104 * DET_WEIGHT) / CASE_HOURS, 9);
  });

  it('puts the achievable caseload at 407 non-detained and 94 detained cases per officer', () => {
    const rows = assess(scenario).rows;
    // 1324.64 / 3.2541667 = 407.06; 1324.64 / 14.05 = 94.28
    expect(rows.find((row) => row.docket === 'non-detained')!.achievableCaseload).toBeCloseTo(CASE_HOURS / ND_WEIGHT, 9);
    expect(rows.find((row) => row.docket === 'detained')!.achievableCaseload).toBeCloseTo(CASE_HOURS / DET_WEIGHT, 9);
  });

  it('gives the same rows, labels aside, under every pairing Figure 1 leaves open', () => {
    // Seattle and St. Paul share {1,872; 1,720} (2 ways); Atlanta, Seattle and St. Paul share {104; 84; 65} (6 ways).
    const outcomes = (model: typeof scenario) =>
      assess(model).rows.map(({ office: _office, ...rest }) => JSON.stringify(rest)).sort();
    const total = (model: typeof scenario) => assess(model).total;
    const base = { outcomes: outcomes(scenario), total: total(scenario) };
    const nd = [[1872, 1720], [1720, 1872]];
    const det = [[104, 84, 65], [104, 65, 84], [84, 104, 65], [84, 65, 104], [65, 104, 84], [65, 84, 104]];
    let pairings = 0;
    for (const [seattleNd, stPaulNd] of nd) {
      for (const [seattleDet, stPaulDet, atlantaDet] of det) {
        const cases: Record<string, [number, number]> = {
          'seattle-wa': [seattleNd!, seattleDet!],
          'st-paul-mn': [stPaulNd!, stPaulDet!],
          'atlanta-ga': [5337, atlantaDet!],
          'washington-dc': [10156, 100],
        };
        const model = {
          ...scenario,
          offices: scenario.offices.map((office) => ({
            ...office,
            cases: { 'non-detained': cases[office.id]![0], detained: cases[office.id]![1] },
          })),
        };
        expect(outcomes(model)).toEqual(base.outcomes);
        const t = total(model);
        expect(t.workloadHours).toBeCloseTo(base.total.workloadHours, 6);
        expect(t.recommendedOfficers).toBe(base.total.recommendedOfficers);
        pairings++;
      }
    }
    expect(pairings).toBe(12);
  });
});
