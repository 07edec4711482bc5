/**
 * HTML and SVG built by a tagged template that escapes every interpolated value, so text a user gave
 * (office names, task names, sources) can never become markup. Only `Html` values, made by this tag
 * (or by `rawHtml` for the fixed strings of this module's own code), are inserted as they are.
 */

/** Markup that is already safe: made by `html`, never from user text. */
export class Html {
  constructor(readonly text: string) {}
  toString(): string {
    return this.text;
  }
}

/** What may be interpolated: text (escaped), numbers, markup, lists of these; null, undefined and false add nothing. */
export type HtmlValue = Html | string | number | boolean | null | undefined | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text as HTML text or attribute content: `&`, `<`, `>`, `"` and `'` as entities.
 *
 * @example
 * escapeHtml('<b title="x">A & B</b>') // => '&lt;b title=&quot;x&quot;&gt;A &amp; B&lt;/b&gt;'
 */
export function escapeHtml(text: string): string {
  return SPECIAL.test(text) ? text.replace(/[&<>"']/g, (char) => ENTITIES[char]!) : text;
}

const SPECIAL = /[&<>"']/;

function part(value: HtmlValue): string {
  if (typeof value === 'number') return String(value);
  if (value instanceof Html) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(String(value));
}

/** Builds markup; every interpolated value is escaped unless it is `Html`. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): Html {
  let text = strings[0]!;
  values.forEach((value, i) => {
    text += part(value) + strings[i + 1]!;
  });
  return new Html(text);
}

/** A fixed string of this module's own markup (CSS, a constant): never pass user text. */
export const rawHtml = (text: string): Html => new Html(text);
