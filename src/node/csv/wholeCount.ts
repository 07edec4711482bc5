/** A count of cases: digits, with commas between groups of three allowed (`10,156`); -1 if it is not one. */
export function wholeCount(text: string): number {
  const trimmed = text.trim();
  if (!/^(?:\d+|\d{1,3}(?:,\d{3})+)$/.test(trimmed)) return -1;
  const value = Number(trimmed.replaceAll(',', ''));
  return Number.isSafeInteger(value) ? value : -1;
}
