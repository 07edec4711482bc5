import { PALETTE } from './svg/palette.js';
import { CHART_FONTS } from './svg/rowChart.js';

/**
 * The page's only style sheet, inline. Text is near-black on white (contrast above 15:1), secondary
 * text #595959 (7:1); wide tables scroll inside their box on screen instead of widening the page, and
 * print in a smaller type; figures are not split across printed pages. (A function, not a constant: a
 * bundle that draws no report drops it.)
 */
export function reportCss(): string {
  return `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1000px; padding: 16px 20px 40px; font-family: ${CHART_FONTS};
  font-size: 15px; line-height: 1.45; color: ${PALETTE.ink}; background: #ffffff; }
h1 { font-size: 26px; margin: 8px 0 4px; } h2 { font-size: 21px; margin: 32px 0 8px; border-bottom: 2px solid ${PALETTE.grid}; }
h3 { font-size: 17px; margin: 24px 0 8px; } h4 { font-size: 15px; margin: 18px 0 6px; }
p, li { max-width: 75ch; overflow-wrap: anywhere; }
.muted, .source { color: ${PALETTE.muted}; } .source { font-size: 13px; }
code { font-size: 13px; background: #f3f3f3; padding: 0 3px; overflow-wrap: anywhere; }
.table-wrap { max-width: 100%; overflow-x: auto; margin: 8px 0 16px; }
table { border-collapse: collapse; font-size: 13px; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; padding: 4px 0; caption-side: top; }
th, td { padding: 3px 6px; border-bottom: 1px solid ${PALETTE.grid}; text-align: left; vertical-align: top; }
thead th, thead th.num { border-bottom: 2px solid ${PALETTE.muted}; vertical-align: bottom; white-space: normal; }
tbody th { font-weight: normal; white-space: nowrap; }
tr.group th { white-space: normal; overflow-wrap: anywhere; font-weight: bold; padding-top: 10px; border-bottom: 1px solid ${PALETTE.muted}; }
.num { text-align: right; white-space: nowrap; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid ${PALETTE.muted}; }
table.with-source td:nth-child(2) { white-space: nowrap; }
table.with-source td:last-child { color: ${PALETTE.muted}; font-size: 12px; min-width: 16em; max-width: 40em; }
figure.chart-figure { margin: 12px 0 24px; }
figure svg { display: block; max-width: 100%; height: auto; }
figcaption { max-width: 720px; font-size: 14px; margin-top: 4px; }
details summary { cursor: pointer; color: ${PALETTE.blue}; font-size: 14px; margin-top: 4px; }
ul.unsourced { columns: 2 22em; }
footer { margin-top: 40px; font-size: 13px; color: ${PALETTE.muted}; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  * { print-color-adjust: exact; -webkit-print-color-adjust: exact; }
  .table-wrap { overflow: visible; }
  table { font-size: 8pt; } th, td { padding: 1px 4px; }
  figure, table, h2, h3, h4 { break-inside: avoid; } h2, h3, h4 { break-after: avoid; }
  details summary { display: none; }
}
`;
}
