import { useState, type FormEvent } from 'react';
import type { DocumentRecord } from '../../../shared/document.js';
import { workflowOf, type WorkflowStep } from '../../../shared/workflow/steps.js';
import type { Api } from '../api.js';

/** Swaps a step with its neighbour before (-1) or after (+1). */
function moved(steps: WorkflowStep[], index: number, by: -1 | 1): WorkflowStep[] {
  const next = [...steps];
  const other = index + by;
  if (other < 0 || other >= next.length) return steps;
  [next[index], next[other]] = [next[other] as WorkflowStep, next[index] as WorkflowStep];
  return next;
}

/**
 * An owner names and orders the steps of the desk's check for this document.
 * Each step keeps its meaning (the server's rules, the exports' ids) whatever
 * it is called; the server checks the list.
 */
export function WorkflowForm({
  api,
  id,
  record,
  onRecord,
}: {
  api: Api;
  id: string;
  record: DocumentRecord;
  onRecord: (record: DocumentRecord) => void;
}) {
  const [steps, setSteps] = useState(() => workflowOf(record));
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const send = async (workflow: WorkflowStep[] | null) => {
    setMessage(null);
    try {
      const updated = await api.setWorkflow(id, workflow);
      // Back to the default: the answer has no workflow, which a merge would not clear.
      onRecord({ ...updated, workflow: updated.workflow });
      setSteps(workflowOf(updated));
      setMessage({ text: 'Saved.', error: false });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };
  const save = (event: FormEvent) => {
    event.preventDefault();
    void send(steps);
  };
  return (
    <form className="workflow-form" onSubmit={save}>
      <h3>Steps of a claim’s check</h3>
      <ol>
        {steps.map((step, index) => (
          <li key={step.id}>
            <input
              aria-label={`Name of the step “${step.id}”`}
              value={step.label}
              onChange={(event) => setSteps(steps.map((other) => (other.id === step.id ? { ...other, label: event.target.value } : other)))}
            />
            <button
              type="button"
              className="secondary"
              aria-label={`Move “${step.label}” up`}
              disabled={index === 0}
              onClick={() => setSteps(moved(steps, index, -1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="secondary"
              aria-label={`Move “${step.label}” down`}
              disabled={index === steps.length - 1}
              onClick={() => setSteps(moved(steps, index, 1))}
            >
              ↓
            </button>
          </li>
        ))}
      </ol>
      <button type="submit">Save steps</button>{' '}
      <button type="button" className="secondary" onClick={() => void send(null)}>
        Use the default steps
      </button>
      {message !== null && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
