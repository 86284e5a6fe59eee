import { z } from 'zod';
import type { Role } from '../access.js';
import { lenientReader } from '../annotation/reader.js';
import { detailShape, makingShape, type Annotation, type CheckStep, type Person } from '../annotation/schema.js';
import { isAnnotatorStep, isCheckedStep } from './steps.js';

/** What the workflow rules read of a claim. */
export type WorkflowFields = Pick<Annotation, 'kind' | 'verdict' | 'checkStatus' | 'assignee' | 'verdictBy' | 'approvedBy'> & {
  /** Who made the mark: an annotator moves their own claims only. */
  authorId: string;
};

/** The fields the rules look at, as a layer entry stores them (the making is one value). */
export const workflowKeys = ['made', 'verdict', 'checkStatus', 'assignee', 'verdictBy', 'approvedBy'] as const;

/** Who writes: the connection's person (a token's id) and role. */
export interface WorkflowWriter {
  id: string;
  role: Role;
}

const readDetails = lenientReader(
  z.object({
    verdict: detailShape.verdict,
    checkStatus: detailShape.checkStatus,
    assignee: detailShape.assignee,
    verdictBy: detailShape.verdictBy,
    approvedBy: detailShape.approvedBy,
  }),
);
const readMaking = lenientReader(z.object({ kind: makingShape.kind, author: makingShape.author }));

/** The workflow fields of an entry as stored (a plain copy of its keys), unreadable ones as their defaults. Never throws. */
export function storedWorkflowFields(stored: Readonly<Record<string, unknown>>): WorkflowFields {
  const made = typeof stored.made === 'object' && stored.made !== null ? (stored.made as Record<string, unknown>) : {};
  const making = readMaking({ kind: made.kind, author: made.author });
  const details = readDetails({ ...stored }) ?? {
    verdict: 'unverified' as const,
    checkStatus: 'to-check' as const,
    assignee: null,
    verdictBy: null,
    approvedBy: null,
  };
  return { kind: making?.kind ?? 'claim', authorId: making?.author.id ?? '', ...details };
}

/** The workflow fields of a readable annotation. */
export function workflowFields(annotation: Annotation): WorkflowFields {
  const { kind, verdict, checkStatus, assignee, verdictBy, approvedBy } = annotation;
  return { kind, authorId: annotation.author.id, verdict, checkStatus, assignee, verdictBy, approvedBy };
}

function samePerson(a: Person | null, b: Person | null): boolean {
  return (a?.id ?? null) === (b?.id ?? null);
}

function isEditor(role: Role): boolean {
  return role === 'owner' || role === 'editor';
}

/**
 * Why the claim may not be approved by this person now, in words for a
 * disabled button's reason; null when they may. Owners and editors approve a
 * verdict someone else set (the four-eyes rule).
 */
export function approvalProblem(fields: WorkflowFields, writer: WorkflowWriter): string | null {
  if (!isEditor(writer.role)) return 'Only owners and editors approve';
  if (fields.verdictBy === null) return 'Set a verdict first';
  if (fields.verdictBy.id === writer.id) return 'You set the verdict: someone else approves it';
  if (isCheckedStep(fields.checkStatus)) return 'Already approved';
  return null;
}

/**
 * Why a change of a claim's workflow by a writer breaks the desk's rules,
 * or null when it keeps them; `before` is null for an entry the change
 * creates (then compared with the defaults). Each rule, in order:
 * - `verdictBy` may only become the writer, and whoever changes a verdict
 *   that has a setter becomes it (a verdict with none cannot be approved);
 * - an approval is the writer's own, by an owner or editor;
 * - statuses are set by owners and editors; an annotator moves their own
 *   claims between the steps up to the second check;
 * - only owners and editors assign;
 * - a checked claim was approved by someone other than who set its verdict
 *   (the four-eyes rule), and its verdict does not change while it is checked.
 * `restored` says whether the entry's approval and verdict are those of a
 * deleted copy kept in the layer's history (restoring it is not a forgery).
 */
export function workflowProblem(
  before: WorkflowFields | null,
  after: WorkflowFields,
  writer: WorkflowWriter,
  restored: () => boolean = () => false,
): string | null {
  const was = before ?? { ...after, verdict: 'unverified', checkStatus: 'to-check', assignee: null, verdictBy: null, approvedBy: null };
  const setterChanged = !samePerson(was.verdictBy, after.verdictBy);
  const verdictChanged = was.verdict !== after.verdict || setterChanged;
  const approvalChanged = !samePerson(was.approvedBy, after.approvedBy);
  const statusChanged = was.checkStatus !== after.checkStatus;
  const assigneeChanged = !samePerson(was.assignee, after.assignee);
  if (!verdictChanged && !approvalChanged && !statusChanged && !assigneeChanged) return null;
  // A deleted claim brought back as it was: the history vouches for its verdict and approval.
  const vouched = before === null && restored();
  if (!vouched) {
    // A verdict nobody has put their name to may change freely (it cannot be approved); once named, whoever changes it names themselves.
    if (setterChanged && after.verdictBy?.id !== writer.id) return 'the verdict’s setter (verdictBy) can only become whoever writes';
    if (verdictChanged && after.verdictBy !== null && after.verdictBy.id !== writer.id)
      return 'whoever changes a verdict becomes its setter (verdictBy)';
    if (approvalChanged) {
      if (!isEditor(writer.role)) return 'only owners and editors approve a claim';
      if (after.approvedBy !== null && after.approvedBy.id !== writer.id) return 'an approval (approvedBy) must be the approver’s own';
    }
  }
  if (statusChanged && !isEditor(writer.role)) {
    if (writer.role !== 'annotator') return 'a viewer cannot change a claim’s status';
    if (after.authorId !== writer.id) return 'an annotator moves only their own claims';
    if (!isAnnotatorStep(was.checkStatus) || !isAnnotatorStep(after.checkStatus))
      return 'an annotator moves a claim only up to the second check';
  }
  if (assigneeChanged && !isEditor(writer.role)) return 'only owners and editors assign a claim';
  if (isCheckedStep(after.checkStatus)) {
    if (after.verdictBy === null) return 'a claim is checked only once a verdict is set';
    if (after.approvedBy === null) return 'a claim is checked only once it is approved';
    if (after.approvedBy.id === after.verdictBy.id)
      return 'a claim is checked only when someone other than its verdict’s setter approves it';
    if (verdictChanged && !vouched) return 'a checked claim’s verdict changes only once it is sent back before the check';
  }
  return null;
}

/** The part of a change the workflow rules read. */
export type WorkflowPatch = Partial<Pick<Annotation, 'verdict' | 'checkStatus' | 'assignee' | 'verdictBy' | 'approvedBy'>>;

/**
 * The change that moves a claim to a step, made by `me`: moving to checked
 * approves it in my name, moving back before the check drops the approval.
 */
export function statusPatch(fields: WorkflowFields, step: CheckStep, me: Person): WorkflowPatch {
  if (step === 'checked' && !isCheckedStep(fields.checkStatus)) return { checkStatus: step, approvedBy: me };
  if (!isCheckedStep(step) && fields.approvedBy !== null) return { checkStatus: step, approvedBy: null };
  return { checkStatus: step };
}

/**
 * The change that sets a claim's verdict, made by `me`: it names me as its
 * setter, and sends a checked claim back to the second check (its approval
 * was of the verdict before).
 */
export function verdictPatch(fields: WorkflowFields, verdict: Annotation['verdict'], me: Person): WorkflowPatch {
  const patch: WorkflowPatch = { verdict, verdictBy: me };
  return isCheckedStep(fields.checkStatus) ? { ...patch, checkStatus: 'second-check', approvedBy: null } : patch;
}

/** The fields after a change. */
export function patchedFields(fields: WorkflowFields, patch: WorkflowPatch): WorkflowFields {
  return { ...fields, ...patch };
}

/** Why this person may not make a change now, or null: what the door would say (for a disabled control's reason). */
export function changeProblem(fields: WorkflowFields, patch: WorkflowPatch, writer: WorkflowWriter): string | null {
  return workflowProblem(fields, patchedFields(fields, patch), writer);
}
