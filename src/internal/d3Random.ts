/**
 * d3-random, as the uncertainty module imports it. The build bundles it into a file of its own
 * (dist/d3-random.js, see tsup.config.ts) and points every `d3-random` import at that file: its
 * samplers are built by calls when the module loads, so a bundle keeps them wherever the package is
 * imported; behind a file of ours ("sideEffects": false) they are dropped with the file when unused.
 * It ships ESM only; bundled, the CommonJS build does not have to load an ES module.
 */
export * from 'd3-random';
