// Runs the code cells of a Deno-kernel notebook (docs/notebook.ipynb) with Deno, as the kernel would:
// the cells in order in one scope, each cell's last expression displayed (through its
// Symbol.for("Jupyter.display") method when it has one, else as Deno.inspect text), and what the cell
// prints kept as its stream output.
//   node scripts/notebook.mjs           runs it and writes the outputs into the notebook (`npm run notebook`)
//   import { runNotebook } from ...     test/docs/notebook.test.ts runs it and compares
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const NOTEBOOK = join(root, 'docs', 'notebook.ipynb');
const MARK = '\u001e';

/** The deno binary of the npm package `deno` (a devDependency), or null where it is not installed. */
export function denoBinary() {
  const binary = join(root, 'node_modules', '.bin', process.platform === 'win32' ? 'deno.cmd' : 'deno');
  if (!existsSync(binary)) return null;
  const probe = spawnSync(binary, ['--version'], { encoding: 'utf8' });
  return probe.status === 0 ? binary : null;
}

const sourceOf = (cell) => (Array.isArray(cell.source) ? cell.source.join('') : cell.source);

/** One cell's code, with its last expression statement passed to __display(index, value). */
function instrument(code, index) {
  const file = ts.createSourceFile(`cell${index}.ts`, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const last = file.statements.at(-1);
  const body = last && ts.isExpressionStatement(last)
    ? `${code.slice(0, last.getStart(file))}__display(${index}, (${last.expression.getText(file)}));${code.slice(last.end)}`
    : code;
  return `__mark(${index});\n${body}\n`;
}

const PRELUDE = `
const __mark = (i: number) => console.log("${MARK}cell " + i);
const __display = async (i: number, value: unknown) => {
  const show = (value as Record<symbol, unknown>)?.[Symbol.for("Jupyter.display")];
  const bundle = typeof show === "function" ? await show.call(value) : value === undefined ? null : { "text/plain": Deno.inspect(value) };
  if (bundle) console.log("${MARK}display " + i + " " + JSON.stringify(bundle));
};
`;

/** The notebook's code cells as one Deno module. */
export function notebookScript(notebook) {
  const cells = notebook.cells.map((cell, i) => (cell.cell_type === 'code' ? instrument(sourceOf(cell), i) : '')).join('');
  return PRELUDE + cells;
}

/**
 * Runs the notebook's code with Deno from docs/ (relative imports as in the kernel) and returns, per
 * code cell index, { stream, bundle }; throws with the cell and Deno's error when a cell fails.
 */
export function runNotebook(deno, notebook = JSON.parse(readFileSync(NOTEBOOK, 'utf8'))) {
  const run = spawnSync(deno, ['run', '--allow-read', '--no-lock', '-'], {
    cwd: dirname(NOTEBOOK), input: notebookScript(notebook), encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' },
  });
  const outputs = new Map();
  let current = null;
  for (const line of run.stdout.split('\n')) {
    if (line.startsWith(`${MARK}cell `)) {
      current = Number(line.slice(6));
      outputs.set(current, { stream: '', bundle: null });
    } else if (line.startsWith(`${MARK}display `)) {
      const [, index, ...json] = line.slice(1).split(' ');
      outputs.get(Number(index)).bundle = JSON.parse(json.join(' '));
    } else if (current !== null) {
      outputs.get(current).stream += `${line}\n`;
    }
  }
  for (const output of outputs.values()) output.stream = output.stream.replace(/\n+$/, '\n').replace(/^\n$/, '');
  if (run.status !== 0) throw new Error(`the notebook failed in cell ${current}:\n${run.stderr}`);
  return outputs;
}

/** The notebook with these outputs stored, as Jupyter writes them. */
export function withOutputs(notebook, outputs) {
  let count = 0;
  const cells = notebook.cells.map((cell, i) => {
    if (cell.cell_type !== 'code') return cell;
    const output = outputs.get(i) ?? { stream: '', bundle: null };
    count += 1;
    const lines = (text) => text.split(/(?<=\n)/);
    const data = output.bundle && Object.fromEntries(Object.entries(output.bundle).map(([type, value]) => [type, lines(value)]));
    return {
      ...cell,
      execution_count: count,
      outputs: [
        ...(output.stream ? [{ name: 'stdout', output_type: 'stream', text: lines(output.stream) }] : []),
        ...(data ? [{ data, execution_count: count, metadata: {}, output_type: 'execute_result' }] : []),
      ],
    };
  });
  return { ...notebook, cells };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const deno = denoBinary();
  if (!deno) throw new Error('deno is not installed: npm ci installs it (the npm package "deno")');
  const notebook = JSON.parse(readFileSync(NOTEBOOK, 'utf8'));
  writeFileSync(NOTEBOOK, `${JSON.stringify(withOutputs(notebook, runNotebook(deno, notebook)), null, 1)}\n`);
  console.log(`wrote the outputs of ${NOTEBOOK}`);
}
