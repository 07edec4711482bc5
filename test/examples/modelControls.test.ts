import { describe, expect, it } from 'vitest';
import scenario from '../../fixtures/oig-17-51/scenario.json' with { type: 'json' };
import { assess, type ModelInput } from '../../src/index.js';
import { applyControls, modelControls } from '../../examples/planner/src/modelControls.js';

const model = scenario as ModelInput;

describe("the planner's controls (examples/planner)", () => {
  const controls = modelControls(model);

  it('reads task minutes, duty hours and officers on board from the model', () => {
    const task = controls.filter((control) => control.kind === 'task');
    expect(task.slice(0, 5).map((control) => [control.label, control.value])).toEqual([
      ['check-in', 20],
      ['criminal background check', 10],
      ['attorney inquiry', 15],
      ['file review', 30],
      ['travel document', 360],
    ]);
    // Duties in hours: 3 workdays of 8 h, 1 workday, 4 h, 32 workdays.
    expect(controls.filter((control) => control.kind === 'duty').map((control) => control.value)).toEqual([24, 8, 4, 256]);
    expect(controls.filter((control) => control.kind === 'officers').map((control) => `${control.group}/${control.label}=${control.value}`)).toEqual([
      'Seattle, WA/non-detained=1', 'Seattle, WA/detained=1', 'Washington, DC/non-detained=1', 'Washington, DC/detained=1',
      'St. Paul, MN/non-detained=1', 'St. Paul, MN/detained=1', 'Atlanta, GA/non-detained=1', 'Atlanta, GA/detained=1',
    ]);
  });

  it('unchanged controls give the same assessment', () => {
    expect(assess(applyControls(model, controls))).toEqual(assess(model));
  });

  it('a 30-minute check-in and 5 officers in Washington change what they should, and not the input', () => {
    const before = structuredClone(model);
    const changed = controls.map((control) => ({ ...control }));
    changed.find((control) => control.kind === 'task' && control.label === 'check-in')!.value = 30;
    changed.find((control) => control.kind === 'officers' && control.group === 'Washington, DC' && control.label === 'non-detained')!.value = 5;
    const row = assess(applyControls(model, changed)).rows[2]!;
    // 10,156 cases x (3.2541667 + 10 min x 365.25 / 90) h / 1,324.64 h = 30.14 officers; 5 on board.
    expect(row.requiredOfficers).toBeCloseTo((10156 * (0.5 * (365.25 / 90) + 0.125 + 0.5 + 0.6 + (1 / 6) * (365.25 / 90))) / 1324.64, 10);
    expect(row.officers).toBe(5);
    expect(model).toEqual(before);
  });
});
