import type { Control } from './modelControls.js';

/**
 * One labelled number input per control, grouped in fieldsets (a case type's tasks, the duties, an
 * office's dockets). An input that is not a number >= 0 is marked and left out of the model until
 * it is one.
 */
export function renderControls(container: HTMLElement, controls: Control[], changed: () => void): void {
  const groups = new Map<string, HTMLFieldSetElement>();
  controls.forEach((control, i) => {
    const key = `${control.kind === 'task' ? 'Task minutes: ' : control.kind === 'officers' ? 'Officers on board: ' : ''}${control.group}`;
    let fieldset = groups.get(key);
    if (!fieldset) {
      fieldset = document.createElement('fieldset');
      fieldset.append(Object.assign(document.createElement('legend'), { textContent: key }));
      groups.set(key, fieldset);
    }
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'number', min: '0', step: 'any', value: String(control.value), id: `control-${i}` });
    input.dataset.kind = control.kind;
    label.append(Object.assign(document.createElement('span'), { textContent: control.label }), input);
    input.addEventListener('input', () => {
      const value = input.valueAsNumber;
      const valid = Number.isFinite(value) && value >= 0;
      input.setAttribute('aria-invalid', String(!valid));
      if (!valid) return;
      control.value = value;
      changed();
    });
    fieldset.append(label);
  });
  container.replaceChildren(...groups.values());
}
