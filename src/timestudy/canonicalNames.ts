import { officeKey } from '../model/officeMatcher.js';
import type { Model } from '../model/types.js';
import type { StudyEntry } from './validateEntries.js';

/** Spellings by `officeKey`: the first one given wins. */
class Spellings {
  private readonly byKey = new Map<string, string>();
  add(name: string): void {
    const key = officeKey(name);
    if (!this.byKey.has(key)) this.byKey.set(key, name);
  }
  of(name: string): string {
    return this.byKey.get(officeKey(name)) ?? name;
  }
}

/**
 * The log with one spelling per case type, task and non-case activity: names match as `officeKey`
 * makes them (trimmed, white space collapsed, NFC, case-folded), and take the base model's spelling
 * (case type ids, task names, collateral duty names) where it has the name, else the first logged.
 * `Non-Detained` logged for the base's `non-detained` is `non-detained`. Returns new entries.
 */
export function canonicalNames(log: readonly StudyEntry[], base: Model | undefined): StudyEntry[] {
  const caseTypes = new Spellings();
  const tasks = new Map<string, Spellings>();
  const activities = new Spellings();
  const tasksOf = (caseType: string) => tasks.get(officeKey(caseType)) ?? tasks.set(officeKey(caseType), new Spellings()).get(officeKey(caseType))!;
  for (const ct of base?.caseTypes ?? []) {
    caseTypes.add(ct.id);
    for (const task of ct.tasks) tasksOf(ct.id).add(task.name);
  }
  for (const duty of base?.collateralDuties ?? []) activities.add(duty.name);
  for (const e of log) {
    if (e.caseType === undefined) activities.add(e.task);
    else {
      caseTypes.add(e.caseType);
      tasksOf(e.caseType).add(e.task);
    }
  }
  return log.map((e) => e.caseType === undefined
    ? { ...e, task: activities.of(e.task) }
    : { ...e, caseType: caseTypes.of(e.caseType), task: tasksOf(e.caseType).of(e.task) });
}
