// npm run bench: every benchmark, each reported against a baseline measured in the same run.
import { assessBench } from './assess.mjs';
import { bundleBench } from './bundle.mjs';

await bundleBench();
console.log();
assessBench();
