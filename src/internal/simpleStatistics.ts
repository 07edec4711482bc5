/**
 * What the core uses of simple-statistics. The build points `simple-statistics` imports at this file
 * (dist/simple-statistics.js): the package runs code on load and does not say it is free of side
 * effects, so a bundle keeps it wherever it is imported; from a file of ours ("sideEffects": false) it
 * is dropped with the file when unused.
 */
export { sum } from 'simple-statistics';
