/**
 * simple-statistics, as the core imports it. The build points every `simple-statistics` import at
 * this file (dist/simple-statistics.js, see tsup.config.ts): the package runs code when it loads and
 * does not declare itself free of side effects, so a bundle keeps it wherever it is imported; behind a
 * file of ours ("sideEffects": false) it is dropped with the file when unused. Everything is passed on,
 * so any function of it can be imported as usual.
 */
export * from 'simple-statistics';
