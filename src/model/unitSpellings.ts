/**
 * The unit spellings a model may use, read in any case (`"20 MIN"`, `"2 Hours"`, `"1 Workday"`), and
 * the unit mathjs reads for each. Only these are case-folded: other units go to mathjs as written, where
 * case matters (`ms` is a millisecond, `Ms` a megasecond).
 */

/** Each unit, by its name in mathjs (or the package's own workday and workweek), with every spelling. */
const SPELLINGS = {
  s: ['s', 'sec', 'secs', 'second', 'seconds'],
  min: ['min', 'mins', 'minute', 'minutes'],
  h: ['h', 'hr', 'hrs', 'hour', 'hours'],
  day: ['day', 'days'],
  week: ['wk', 'wks', 'week', 'weeks'],
  month: ['mo', 'mos', 'month', 'months'],
  year: ['yr', 'yrs', 'year', 'years'],
  workday: ['workday', 'workdays'],
  workweek: ['workweek', 'workweeks'],
} as const satisfies Record<string, readonly string[]>;

type UnitName = keyof typeof SPELLINGS;

const BY_SPELLING: ReadonlyMap<string, UnitName> = new Map(
  (Object.entries(SPELLINGS) as [UnitName, readonly string[]][]).flatMap(([unit, spellings]) => spellings.map((spelling) => [spelling, unit] as const)),
);

/** A number, then a unit of letters: `20 MIN`, ` 1.5h `, `1e3 Seconds`. */
const QUANTITY = /^\s*([+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?)\s*([a-z]+)\s*$/i;

/**
 * The text with a unit of the table spelt as mathjs reads it (`"20 MIN"` -> `"20 min"`); any other
 * text as it was.
 *
 * @example
 * canonicalUnit(' 2 Hours ') // => '2 h'
 * canonicalUnit('500 ms') // => '500 ms'
 */
export function canonicalUnit(text: string): string {
  const match = QUANTITY.exec(text);
  const unit = match && BY_SPELLING.get(match[2]!.toLowerCase());
  return unit ? `${match[1]} ${unit}` : text.trim();
}

/**
 * The spellings of some units, grouped by unit, for a message: `s, sec(s), second(s); min(s), minute(s)`.
 *
 * @example
 * spellings(['workday', 'workweek']) // => 'workday(s); workweek(s)'
 */
export function spellings(units: readonly UnitName[]): string {
  return units.map((unit) => grouped(SPELLINGS[unit])).join('; ');
}

/** A unit's spellings with each plural folded into its singular: `s, sec(s), second(s)`. */
function grouped(spellings: readonly string[]): string {
  const isPlural = (spelling: string) => spelling.endsWith('s') && spellings.includes(spelling.slice(0, -1));
  return spellings
    .filter((spelling) => !isPlural(spelling))
    .map((spelling) => (spellings.includes(`${spelling}s`) ? `${spelling}(s)` : spelling))
    .join(', ');
}
