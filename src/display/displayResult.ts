import { resultBundle } from './resultBundle.js';
import { withDisplay } from './withDisplay.js';

/**
 * `result`, displayable in Jupyter's Deno kernel as HTML tables under `title` (see `withDisplay`):
 * what `assess`, `allocateOfficers`, `allocateHires`, `coverage` and the other calculations return.
 * The display is built only when a notebook asks for it.
 */
export function displayResult<T extends object>(title: string, result: T): T {
  return withDisplay(result, (value) => resultBundle(title, value));
}
