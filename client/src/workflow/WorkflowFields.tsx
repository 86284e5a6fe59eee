import type { Annotation, AnnotationPatch, Person } from '../../../shared/annotation.js';
import { approvalProblem, changeProblem, statusPatch, workflowFields } from '../../../shared/workflow/rules.js';
import type { ClaimWorkflow } from './useClaimWorkflow.js';

interface WorkflowFieldsProps {
  annotation: Annotation;
  workflow: ClaimWorkflow;
  canEdit: boolean;
  onChange: (patch: AnnotationPatch) => void;
}

/** The people a claim may be assigned to: those with access who may write, me, and whoever is assigned now. */
function assignable(workflow: ClaimWorkflow, assignee: Person | null): Person[] {
  const people = new Map<string, Person>();
  for (const person of workflow.people) if (person.role !== 'viewer') people.set(person.id, { id: person.id, name: person.name });
  people.set(workflow.me.id, workflow.me);
  if (assignee !== null && !people.has(assignee.id)) people.set(assignee.id, assignee);
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** A claim's place in the desk's check: its status, who is assigned, and the approval (the four-eyes rule). */
export function WorkflowFields({ annotation, workflow, canEdit, onChange }: WorkflowFieldsProps) {
  const fields = workflowFields(annotation);
  const { writer, me, steps } = workflow;
  const approval = canEdit ? approvalProblem(fields, writer) : 'You cannot change this layer';
  const assignProblem = canEdit
    ? changeProblem(fields, { assignee: fields.assignee?.id === me.id ? null : me }, writer)
    : 'You cannot change this layer';
  const people = assignable(workflow, annotation.assignee);
  const reasonId = `approve-reason-${annotation.id}`;
  return (
    <fieldset className="workflow-fields">
      <legend>Check</legend>
      <label className="field">
        Status
        <select
          aria-label="Status"
          value={annotation.checkStatus}
          disabled={!canEdit}
          onChange={(event) => onChange(statusPatch(fields, event.target.value as Annotation['checkStatus'], me))}
        >
          {steps.map((step) => {
            const problem = step.id === annotation.checkStatus ? null : changeProblem(fields, statusPatch(fields, step.id, me), writer);
            return (
              <option key={step.id} value={step.id} disabled={problem !== null} title={problem ?? undefined}>
                {step.label}
              </option>
            );
          })}
        </select>
      </label>
      <label className="field">
        Assignee
        <select
          aria-label="Assignee"
          value={annotation.assignee?.id ?? ''}
          disabled={assignProblem !== null}
          title={assignProblem ?? undefined}
          onChange={(event) => onChange({ assignee: people.find((person) => person.id === event.target.value) ?? null })}
        >
          <option value="">Nobody</option>
          {people.map((person) => (
            <option key={person.id} value={person.id}>
              {person.id === me.id ? `${person.name} (me)` : person.name}
            </option>
          ))}
        </select>
      </label>
      <p className="workflow-people">
        {annotation.verdictBy !== null && <>Verdict by {annotation.verdictBy.name}. </>}
        {annotation.approvedBy !== null && <>Approved by {annotation.approvedBy.name}. </>}
      </p>
      {!['checked', 'published'].includes(annotation.checkStatus) && (
        <div className="workflow-approve">
          <button
            type="button"
            disabled={approval !== null}
            aria-describedby={approval === null ? undefined : reasonId}
            onClick={() => onChange(statusPatch(fields, 'checked', me))}
          >
            Approve
          </button>
          {approval !== null && (
            <span id={reasonId} className="hint">
              {approval}
            </span>
          )}
        </div>
      )}
    </fieldset>
  );
}
