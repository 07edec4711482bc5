/** The did-you-mean helpers live in the core (src/model/nearest.ts), where the time study uses them too. */
export { nearest, suggestions } from '../../model/nearest.js';
