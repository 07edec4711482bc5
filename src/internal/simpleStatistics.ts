/**
 * The functions of simple-statistics the core uses; the core imports them from here. The build
 * bundles them, with only what they need of the package, into a file of their own
 * (dist/simple-statistics.js, see tsup.config.ts): the package is one 167 KB file that runs code when
 * it loads and does not declare itself free of side effects, so importing it whole cost about 10 ms
 * of CPU time on every import of staffing-model, and a bundle keeps it wherever it is imported;
 * behind a file of ours ("sideEffects": false) it is dropped with the file when unused. A function
 * not listed here is added here.
 */
export { linearRegression, linearRegressionLine, median, quantileSorted, quickselect, rSquared, sampleStandardDeviation } from 'simple-statistics';
