/**
 * The shipped hiring-plan example (fixtures/oig-17-51/hiring-plan.json on national.json): its figures are
 * the report's, on the pages it gives, and the plan's first year and trend can be checked by hand.
 */
import { describe, expect, it } from 'vitest';
import figures from '../../fixtures/oig-17-51/figures.json' with { type: 'json' };
import example from '../../fixtures/oig-17-51/hiring-plan.json' with { type: 'json' };
import { normalize, reportPages } from './reportText.js';
import national from '../../fixtures/oig-17-51/national.json' with { type: 'json' };
import { caseWeight, hiringPlan, officerYear, type HiringPlanOptions } from '../../src/index.js';

const options = example.options as HiringPlanOptions;
const figure = (id: string) => figures.figures.find((f) => f.id === id)!;

describe('hiring-plan.json quotes against ../shared/report/OIG-17-51.txt', () => {
  const byPage = reportPages();
  if (!byPage) return;
  it.each(example.sources.filter((source) => source.quote !== undefined))('$id is quoted from page $pages', (source) => {
    // A sentence may run over into the next page.
    const text = source.pages!.map((n) => `${byPage.get(n) ?? ''} ${byPage.get(n + 1) ?? ''}`).join(' ');
    expect(text).toContain(normalize(source.quote!));
  });
});

describe('the hiring-plan example', () => {
  it("takes the report's figures as figures.json records them", () => {
    expect(national.offices[0]!.cases['non-detained']).toBe(figure('nonDetainedDocket').value); // 2.2 million, p. 3
    expect(options.docketGrowth).toContainEqual({ year: 2016, cases: figure('nonDetainedDocket').value });
    expect(example.scenarios.conversionPace.hiresPerYear).toBe(figure('agentsMovedToDO').value); // 2,900, p. 8
    for (const [year, cases] of Object.entries(figures.official.nonDetainedDocketLaterYears.byFiscalYear)) {
      expect(options.docketGrowth).toContainEqual({ year: Number(year), cases });
    }
    // 461 officers: 2,200,000 / the mean of Figure 1's four non-detained averages (4,771.25).
    const mean = figures.figure1.values.nonDetained.reduce((total, value) => total + value, 0) / 4;
    expect(mean).toBe(4771.25);
    expect(national.offices[0]!.officers['non-detained']).toBe(Math.round(2_200_000 / mean));
  });

  const plan = hiringPlan(national, options);

  it('fits the docket history by least squares: 507,397 more cases a year, r^2 = 0.81', () => {
    // Years 2016, 2020-2023 (mean 2020.4), cases 2.2, 3.26, 3.6, 4.7, 6.2 million (mean 3.992 million):
    // Sxx = 4.4^2 + 0.4^2 + 0.6^2 + 1.6^2 + 2.6^2 = 29.2; Sxy = 14.816 million; slope = 14.816 / 29.2 million.
    expect(plan.docketTrend!.slope).toBeCloseTo(14_816_000 / 29.2, 4);
    expect(plan.docketTrend!.rSquared).toBeCloseTo(0.81, 2);
    // The plan grows the model's 2.2 million along the line's own growth: x trend(2023) / trend(2016) = 3.02.
    const trend = (year: number) => plan.docketTrend!.slope * year + plan.docketTrend!.intercept;
    expect(plan.rows[7]!.cases).toBe(Math.round(2_200_000 * (trend(2023) / trend(2016))));
  });

  it('needs 5,405 officers for 2016 against 461 on board', () => {
    // 3.2542 hours a non-detained case a year: 20 min x 365.25/90 + 10 min x 365.25/90 + 15 min x 2 x 0.25 + 30 min + 6 h x 0.1.
    const weight = 0.5 * (365.25 / 90) + 0.125 + 0.5 + 0.6;
    expect(caseWeight(national, 'non-detained')).toBeCloseTo(weight, 12);
    expect(officerYear(national).caseHours).toBeCloseTo(1324.64, 9); // docs/report.md
    expect(plan.rows[0]!.requiredOfficers).toBeCloseTo((2_200_000 * weight) / 1324.64, 6); // 5,404.6
  });

  it('closes the gap by 2023 with 2,570 hires a year, and not with 2,569', () => {
    expect(plan.hiresPerYear).toBe(2570);
    // 2016: 5% of 461 leave; 2,570 hires carry cases for the half year after 6 months' training.
    expect(plan.rows[0]!.separations).toBeCloseTo(23.05, 9);
    expect(plan.rows[0]!.officers).toBeCloseTo(461 * 0.95 + 2570 / 2, 9); // 1,722.95
    expect(plan.rows[0]!.inTraining).toBe(1285);
    expect(plan.rows[7]!.gap).toBeLessThanOrEqual(0);
    expect(plan.gapClosesIn).toBe(2023);
    expect(hiringPlan(national, { ...options, hiresPerYear: 2569 }).gapClosesIn).toBeNull();
  });

  it('closes it in 2020 at the pace of the 2015-16 conversion, 2,900 a year', () => {
    const pace = hiringPlan(national, { ...options, hiresPerYear: example.scenarios.conversionPace.hiresPerYear });
    expect(pace.gapClosesIn).toBe(2020);
    expect(pace.rows.map((row) => row.gap > 0)).toEqual([true, true, true, true, false, false, false, false]);
  });
});
