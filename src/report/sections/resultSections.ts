import { formatWhole } from '../../output/numbers.js';
import { spreadChart } from '../charts/spreadChart.js';
import { tornadoChart } from '../charts/tornadoChart.js';
import { html, type Html } from '../html.js';
import type { ReportData } from '../reportData.js';
import type { RenderReportOptions } from '../types.js';
import { figureHtml } from './figureHtml.js';
import { planSection } from './planSection.js';

/** The sections of the optional results given: simulation, sensitivity, hiring plan, in that order. */
export function resultSections(data: ReportData, options: RenderReportOptions): Html {
  const { simulation, sensitivity, plan } = options;
  return html`${
    simulation
      ? html`<section id="simulation"><h2>Uncertainty</h2><p>${formatWhole(simulation.iterations)} draws of the ranged inputs, each drawn once per draw for every office.</p>${figureHtml(spreadChart(data, simulation), true)}</section>`
      : null
  }${
    sensitivity
      ? html`<section id="sensitivity"><h2>Sensitivity</h2><p>The estimates whose range moves the total most are the first to measure.</p>${figureHtml(tornadoChart(data, sensitivity))}</section>`
      : null
  }${plan ? planSection(data, plan) : null}`;
}
