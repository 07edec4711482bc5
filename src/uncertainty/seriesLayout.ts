/**
 * Where each series of a simulation's draws is: series 0 .. rows - 1 are the rows' required officers;
 * then, for each kind, one series per group (the offices in model order, then the total): required
 * officers (the sum of its rows'), whole officers (its rows' rounded up and added, as
 * recommendedOfficers) and, with a vacancy rate, positions (each row's required / (1 - rate) rounded
 * up, added likewise). A kind's series of group g is `kind + g`; positions is -1 without a vacancy rate.
 */
export interface SeriesLayout {
  rows: number;
  groups: number;
  required: number;
  whole: number;
  positions: number;
  /** The number of series. */
  width: number;
}

export function seriesLayout(rows: number, offices: number, withPositions: boolean): SeriesLayout {
  const groups = offices + 1;
  const required = rows;
  const whole = required + groups;
  const positions = withPositions ? whole + groups : -1;
  return { rows, groups, required, whole, positions, width: whole + groups * (withPositions ? 2 : 1) };
}
