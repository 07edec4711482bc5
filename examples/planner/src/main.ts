/**
 * A planning page: the staffing assessment of a model, recomputed as a planner changes task times,
 * collateral duties and officers on board, or loads a model or a case export. Everything runs in the
 * page; nothing is sent anywhere.
 */
import { assess, ModelError, parseModel, type ModelInput } from 'staffing-model';
import scenario from '../../../fixtures/oig-17-51/scenario.json';
import { loadCaseExport } from './loadCaseExport.js';
import { applyControls, modelControls, type Control } from './modelControls.js';
import { planningCharts, renderCharts, renderTable } from './renderResults.js';
import { $, onFilePicked } from './page.js';
import { renderControls } from './renderControls.js';

let base = scenario as ModelInput;
let controls: Control[] = [];
let pending = 0;

/** Assesses the model with the controls' values and redraws; says how long it took. */
function recompute(): void {
  pending = 0;
  const started = performance.now();
  let computed = started;
  try {
    const model = parseModel(applyControls(base, controls));
    const assessment = assess(model);
    const charts = planningCharts(model, assessment);
    computed = performance.now();
    const names = new Map(model.offices.map((office) => [office.id, office.name ?? office.id]));
    renderTable($('assessment'), assessment, (id) => names.get(id) ?? id);
    renderCharts($('charts'), charts);
    const { total } = assessment;
    $('summary').textContent = `${total.requiredOfficers.toFixed(2)} officers required (${total.recommendedOfficers} whole, by office and docket) against ${total.officers} on board.`;
    $('problem').textContent = '';
  } catch (error) {
    $('problem').textContent = error instanceof ModelError ? error.message : String(error);
  }
  const drawn = performance.now();
  const timing = $('timing');
  timing.textContent = `Assessed and charted in ${(computed - started).toFixed(1)} ms, put on the page in ${(drawn - computed).toFixed(1)} ms.`;
  timing.dataset.computeMs = String(computed - started);
  timing.dataset.drawMs = String(drawn - computed);
}

/** Recomputes once per frame however fast the planner types. */
const schedule = () => {
  if (pending === 0) pending = requestAnimationFrame(recompute);
};

/** Starts over from a model: its controls, then its assessment. */
export function load(model: ModelInput, name: string): void {
  base = model;
  controls = modelControls(model);
  renderControls($('controls'), controls, schedule);
  $('model-name').textContent = name;
  recompute();
}

onFilePicked('model-file', async (file) => {
  const model = JSON.parse(await file.text()) as ModelInput;
  load(model, model.name ?? file.name);
});

onFilePicked('cases-file', async (file) => {
  const mapText = $<HTMLInputElement>('case-type-map').value.trim();
  const map = mapText === '' ? undefined : (JSON.parse(mapText) as Record<string, string>);
  const { input, status } = await loadCaseExport(applyControls(base, controls), file, map);
  base = input;
  $('cases-status').textContent = status;
  recompute();
});

load(base, scenario.name);
