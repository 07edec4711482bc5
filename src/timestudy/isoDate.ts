const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * What is wrong with a workday written as an ISO date `YYYY-MM-DD`, or undefined for a real date:
 * the form, then the month, then the day against the month's length (Gregorian calendar, leap years
 * by Date.UTC).
 *
 * @example
 * isoDateProblem('2026-03-02') // => undefined
 * isoDateProblem('2026-02-30') // => 'expected an ISO date such as "2026-03-02", got "2026-02-30" (February 2026 has 28 days)'
 * isoDateProblem('3/2/2026') // => 'expected an ISO date such as "2026-03-02", got "3/2/2026": write dates as YYYY-MM-DD (year, month, day); the order of day and month in "3/2/2026" is not guessed'
 */
export function isoDateProblem(text: string): string | undefined {
  const expected = `expected an ISO date such as "2026-03-02", got "${text}"`;
  const parts = ISO_DATE.exec(text);
  if (!parts) {
    return /^\d{1,4}[./-]\d{1,2}[./-]\d{1,4}$/.test(text)
      ? `${expected}: write dates as YYYY-MM-DD (year, month, day); the order of day and month in "${text}" is not guessed`
      : expected;
  }
  const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `${expected} (there is no month ${month})`;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > days) return `${expected} (${MONTHS[month - 1]} ${parts[1]} has ${days} days)`;
  return undefined;
}
