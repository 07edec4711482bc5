// Run as `node --expose-gc bench/modelMemory.mjs <offices> <caseTypes>`: prints the heap a model input
// holds and the heap the parsed model holds on its own (the input dropped), as JSON, in bytes.
import { parseModel } from '../dist/index.js';
import { generateModel } from './generate.mjs';

const heap = () => {
  globalThis.gc();
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

const [offices, caseTypes] = process.argv.slice(2).map(Number);
for (let i = 0; i < 3; i++) parseModel(generateModel({ offices: 50, caseTypes: 3, seed: i })); // warm the generator and parser first
const empty = heap();
let input = generateModel({ offices, caseTypes });
const inputBytes = heap() - empty;
const model = parseModel(input);
input = undefined;
const modelBytes = heap() - empty;
console.log(JSON.stringify({ inputBytes, modelBytes, offices: model.offices.length }));
