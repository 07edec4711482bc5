// npm run bench: every benchmark, each reported against a baseline measured in the same run.
// `npm run bench -- --quick` skips the 10-million-row ingest.
import { assessBench } from './assess.mjs';
import { bundleBench } from './bundle.mjs';
import { erlangCBench } from './erlangC.mjs';
import { ingestBench } from './ingest.mjs';

const quick = process.argv.includes('--quick');
await bundleBench();
console.log();
assessBench();
console.log();
erlangCBench();
console.log();
await ingestBench({ sizes: quick ? [2_200_000] : [2_200_000, 10_000_000] });
