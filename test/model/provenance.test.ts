import { describe, expect, it } from 'vitest';
import { ModelError, parseModel, unsourcedInputs } from '../../src/index.js';

const task = { name: 't', time: 1, perYear: 1 };

describe('unsourcedInputs', () => {
  it('lists every input that carries numbers without a source', () => {
    const model = parseModel({
      collateralDuties: [{ name: 'd', time: 1, perYear: 1 }, { name: 'e', time: 1, perYear: 1, source: 'policy' }],
      caseTypes: [{ id: 'a', docket: 'x', tasks: [task, { ...task, name: 'u', source: 'time study' }] }],
      offices: [{ id: 'o', officerYear: { leave: 10 }, collateralDuties: [{ name: 'f', time: 1, perYear: 1 }] }],
    });
    expect(unsourcedInputs(model)).toEqual([
      'officerYear', 'collateralDuties[0]', 'caseTypes[0].tasks[0]', 'offices[0]', 'offices[0].officerYear', 'offices[0].collateralDuties[0]',
    ]);
  });

  it("counts an enclosing object's source for what it contains", () => {
    const model = parseModel({
      officerYear: { source: 'OPM' },
      caseTypes: [{ id: 'a', docket: 'x', tasks: [task], source: 'expert panel' }],
      offices: [{ id: 'o', officerYear: { leave: 10 }, collateralDuties: [{ name: 'f', time: 1, perYear: 1 }], source: 'field office' }],
    });
    expect(unsourcedInputs(model)).toEqual([]);
  });

  it('takes a model input like every other function, and refuses one that does not parse', () => {
    const input = { caseTypes: [{ id: 'a', docket: 'x', tasks: [task] }], offices: [{ id: 'o', source: 'field office' }] };
    expect(unsourcedInputs(input)).toEqual(['officerYear', 'caseTypes[0].tasks[0]']);
    expect(unsourcedInputs(input)).toEqual(unsourcedInputs(parseModel(input)));
    expect(() => unsourcedInputs({ ofices: [] } as never)).toThrow(ModelError);
  });
});
