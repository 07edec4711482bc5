import { describeInput } from '../charts/describeInput.js';
import { html, type Html } from '../html.js';
import type { ReportData } from '../reportData.js';

/** The inputs whose numbers have no source, own or inherited: what is still a guess. */
export function unsourcedSection(data: ReportData): Html {
  const paths = data.assessment.unsourced;
  const body =
    paths.length === 0
      ? html`<p>Every input has a source.</p>`
      : html`<p>${paths.length} input${paths.length === 1 ? ' has' : 's have'} no source, own or inherited: the figures that depend on them are guesses until they get one.</p><ul class="unsourced">${paths.map((path) => html`<li>${describeInput(data.model, path)} <code>${path}</code></li>`)}</ul>`;
  return html`<section id="unsourced"><h3>Inputs without a source</h3>${body}</section>`;
}
