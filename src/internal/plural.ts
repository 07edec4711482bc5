const whole = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

/**
 * A count and its noun for messages people read: the count with thousands separators, the noun singular
 * for exactly 1 and plural otherwise (0 cases, 1 case, 2,000 cases). Below every layer, so the core's
 * messages and the CLI's count alike.
 *
 * @param count a whole number
 * @param noun the singular noun
 * @param pluralNoun the plural, when it is not `noun + 's'`
 * @example
 * plural(1, 'case') // => '1 case'
 * plural(2000, 'ranged input') // => '2,000 ranged inputs'
 * plural(3, 'entry', 'entries') // => '3 entries'
 */
export function plural(count: number, noun: string, pluralNoun = `${noun}s`): string {
  return `${whole.format(count)} ${count === 1 ? noun : pluralNoun}`;
}
