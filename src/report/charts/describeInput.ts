import type { Model } from '../../model/types.js';

const STEP = /([A-Za-z_$][\w$]*)|\[(\d+)\]/g;
const FIELDS: Record<string, string> = { time: 'time', perYear: 'times a year', every: 'interval', share: 'share' };

/**
 * An input's path in words, for people: `caseTypes[0].tasks[1].time` is
 * `non-detained: criminal background check, time`; `offices[2]` is the office's name. A path this
 * does not know is returned as it is.
 *
 * @example
 * describeInput(parseModel(scenario), 'collateralDuties[1]') // => 'collateral duty: window duty'
 */
export function describeInput(model: Model, path: string, name?: string): string {
  const steps = [...path.matchAll(STEP)].map((match) => match[1] ?? Number(match[2]));
  const field = typeof steps[steps.length - 1] === 'string' && steps.length > 1 ? FIELDS[steps[steps.length - 1] as string] : undefined;
  const head = field ? steps.slice(0, -1) : steps;
  const suffix = field ? `, ${field}` : '';
  const [a, i, b, j] = head;
  const office = typeof i === 'number' ? model.offices[i] : undefined;
  const officeName = office ? office.name ?? office.id : undefined;
  let text: string | undefined;
  if (a === 'officerYear' && head.length === 1) text = 'officer year';
  else if (a === 'collateralDuties' && typeof i === 'number') text = `collateral duty: ${model.collateralDuties[i]?.name ?? name ?? path}`;
  else if (a === 'caseTypes' && typeof i === 'number' && b === 'tasks' && typeof j === 'number') {
    const caseType = model.caseTypes[i];
    text = caseType ? `${caseType.id}: ${caseType.tasks[j]?.name ?? name ?? path}` : undefined;
  } else if (a === 'offices' && officeName !== undefined) {
    if (head.length === 2) text = `office: ${officeName}`;
    else if (b === 'officerYear' && head.length === 3) text = `officer year of ${officeName}`;
    else if (b === 'collateralDuties' && typeof j === 'number') text = `collateral duty of ${officeName}: ${office!.collateralDuties[j]?.name ?? name ?? path}`;
  }
  return text === undefined ? path : `${text}${suffix}`;
}
