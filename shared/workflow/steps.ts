import { z } from 'zod';
import { InputError } from '../errors.js';
import { checkSteps, type CheckStep } from '../annotation/schema.js';

/** A step of a document's workflow as the desk names it: the step's meaning (its id) and its label. */
export interface WorkflowStep {
  id: CheckStep;
  label: string;
}

/** The labels of the steps when a document names none of its own, in their order. */
export const defaultStepLabels: Readonly<Record<CheckStep, string>> = {
  'to-check': 'To check',
  'in-progress': 'In progress',
  'second-check': 'Needs second check',
  checked: 'Checked',
  published: 'Published',
};

/** The default workflow: every step, in the order of its meaning, with its default label. */
export function defaultWorkflow(): WorkflowStep[] {
  return checkSteps.map((id) => ({ id, label: defaultStepLabels[id] }));
}

/** Longest label a step may have. */
export const maxStepLabel = 60;

/** A workflow as a request gives it: checked by {@link normalizeWorkflow}. */
export const workflowSchema = z.array(z.object({ id: z.enum(checkSteps), label: z.string() })).max(checkSteps.length);

/**
 * A workflow checked and tidied: every step exactly once, each label trimmed,
 * not empty, at most {@link maxStepLabel} characters. Throws an InputError
 * saying what is wrong otherwise.
 */
export function normalizeWorkflow(steps: readonly WorkflowStep[]): WorkflowStep[] {
  const seen = new Set<CheckStep>();
  const normalized = steps.map(({ id, label }) => {
    if (seen.has(id)) throw new InputError(`The step "${id}" is named twice.`, 'workflow');
    seen.add(id);
    const trimmed = label.replace(/\s+/g, ' ').trim();
    if (trimmed === '') throw new InputError(`The step "${id}" has no label.`, 'workflow');
    if (trimmed.length > maxStepLabel) throw new InputError(`The label of "${id}" is longer than ${maxStepLabel} characters.`, 'workflow');
    return { id, label: trimmed };
  });
  const missing = checkSteps.filter((id) => !seen.has(id));
  if (missing.length > 0) throw new InputError(`Every step must be named once; missing: ${missing.join(', ')}.`, 'workflow');
  return normalized;
}

/**
 * The steps a document shows, in its order: its own workflow when it is
 * readable and complete, else the default. Never throws.
 */
export function workflowOf(record: { workflow?: readonly WorkflowStep[] }): WorkflowStep[] {
  if (record.workflow === undefined) return defaultWorkflow();
  try {
    return normalizeWorkflow(record.workflow);
  } catch {
    return defaultWorkflow();
  }
}

/** The label of a step in a workflow. */
export function stepLabel(workflow: readonly WorkflowStep[], id: CheckStep): string {
  return workflow.find((step) => step.id === id)?.label ?? defaultStepLabels[id];
}

/** Whether a claim at this step counts as checked (approved by a second person). */
export function isCheckedStep(step: CheckStep): boolean {
  return step === 'checked' || step === 'published';
}

/** Whether an annotator may move their own claim to or from this step: up to the second check. */
export function isAnnotatorStep(step: CheckStep): boolean {
  return checkSteps.indexOf(step) <= checkSteps.indexOf('second-check');
}
