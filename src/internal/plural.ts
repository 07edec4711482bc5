import { numberFormat } from './numberFormat.js';

const whole = /* @__PURE__ */ numberFormat({ maximumFractionDigits: 0 });

/**
 * A count and its noun for messages people read: the count with thousands separators, the noun singular
 * for exactly 1 and plural otherwise (0 cases, 1 case, 2,000 cases). Below every layer, so the core's
 * messages and the CLI's count alike.
 *
 * @param count a whole number
 * @param noun the singular noun
 * @param pluralNoun the plural, when it is not `noun + 's'`
 * @param text how the count is written, when not as a whole number (`'4.4'` officers); the noun
 *   agrees with what is written (`plural(1, 'officer', 'officers', '1.00')` is `'1.00 officers'`)
 * @example
 * plural(1, 'case') // => '1 case'
 * plural(2000, 'ranged input') // => '2,000 ranged inputs'
 * plural(3, 'entry', 'entries') // => '3 entries'
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`, text = whole(count)): string {
  return `${text} ${text === '1' ? noun : pluralNoun}`;
}
