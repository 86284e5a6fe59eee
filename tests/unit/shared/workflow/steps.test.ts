import { describe, expect, it } from 'vitest';
import { InputError } from '../../../../shared/errors.js';
import { checkSteps } from '../../../../shared/index.js';
import { defaultWorkflow, normalizeWorkflow, stepLabel, workflowOf } from '../../../../shared/workflow/index.js';

describe('a document’s workflow', () => {
  it('keeps every step’s meaning while its label and order change', () => {
    const renamed = normalizeWorkflow([
      { id: 'in-progress', label: '  Being  checked ' },
      { id: 'to-check', label: 'Inbox' },
      { id: 'second-check', label: 'Needs a second look' },
      { id: 'checked', label: 'Done' },
      { id: 'published', label: 'Live' },
    ]);
    expect(renamed.map((step) => step.id)).toEqual(['in-progress', 'to-check', 'second-check', 'checked', 'published']);
    expect(stepLabel(renamed, 'in-progress')).toBe('Being checked');
  });

  it.each([
    ['a step missing', defaultWorkflow().slice(1), /missing: to-check/],
    ['a step twice', [...defaultWorkflow().slice(1), { id: 'checked' as const, label: 'Again' }], /named twice/],
    ['an empty label', defaultWorkflow().map((step) => ({ ...step, label: step.id === 'checked' ? ' ' : step.label })), /no label/],
  ])('refuses %s', (_name, steps, message) => {
    expect(() => normalizeWorkflow(steps)).toThrow(InputError);
    expect(() => normalizeWorkflow(steps)).toThrow(message);
  });

  it('reads a damaged stored workflow as the default', () => {
    expect(workflowOf({ workflow: [{ id: 'checked', label: 'Done' }] }).map((step) => step.id)).toEqual([...checkSteps]);
  });
});
