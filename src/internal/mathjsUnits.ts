/**
 * The part of mathjs that src/model/units.ts uses. The build bundles it into a file of its own
 * (dist/mathjs-units.js) and points units.ts's `mathjs` import at that file (see tsup.config.ts).
 */
export { create, createUnitDependencies, unitDependencies } from 'mathjs';
