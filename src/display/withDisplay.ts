/**
 * Rich display in notebooks. Jupyter's Deno kernel shows a cell's value through the method at
 * `Symbol.for("Jupyter.display")`, which returns a MIME bundle (`{ "text/html": ..., "text/plain": ... }`).
 * The method is defined non-enumerable, so `JSON.stringify`, `console.log`, spreading and
 * `Object.keys` see only the result's own data.
 */

/** The key Jupyter's Deno kernel looks for (the same symbol as `Deno.jupyter.$display`). */
export const JUPYTER_DISPLAY: unique symbol = Symbol.for('Jupyter.display');

/** The representations of a value, by MIME type; every bundle has plain text. */
export interface MediaBundle {
  'text/plain': string;
  'text/html'?: string;
  'image/svg+xml'?: string;
}

/** `value`, with a non-enumerable display method that renders it with `render` when called. */
export function withDisplay<T extends object>(value: T, render: (value: T) => MediaBundle): T {
  Object.defineProperty(value, JUPYTER_DISPLAY, {
    value: () => render(value),
    enumerable: false,
    writable: true,
    configurable: true,
  });
  return value;
}
