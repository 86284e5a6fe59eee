import type { ActivityEntry } from '../../../shared/activity.js';
import { kindInfo, shortQuote, verdictLabels } from './kinds.js';
import { isCheckStep, isVerdict } from '../../../shared/annotation.js';
import { stepLabel, type WorkflowStep } from '../../../shared/workflow/steps.js';

/** A layer's history, whether this reader may restore what was deleted, and how. */
export interface HistoryProps {
  activity: ActivityEntry[];
  canRestore: boolean;
  onRestore: (entry: ActivityEntry) => void;
  /** The document's workflow, to name the steps a claim moved to. */
  steps?: readonly WorkflowStep[];
}

/** A workflow change as a History line says it: "status → Checked", "approved", "assigned to Ben". */
function describeValues(values: Record<string, string>, steps: readonly WorkflowStep[]): string {
  const parts: string[] = [];
  const { checkStatus, assignee, approvedBy, verdict } = values;
  if (checkStatus !== undefined && isCheckStep(checkStatus)) parts.push(`status → ${stepLabel(steps, checkStatus)}`);
  if (verdict !== undefined && isVerdict(verdict)) parts.push(`verdict → ${verdictLabels[verdict]}`);
  if (approvedBy !== undefined) parts.push(approvedBy === '' ? 'approval withdrawn' : `approved by ${approvedBy}`);
  if (assignee !== undefined) parts.push(assignee === '' ? 'unassigned' : `assigned to ${assignee}`);
  return parts.join(', ');
}

const actionWords: Record<ActivityEntry['action'], string> = {
  created: 'marked',
  changed: 'changed',
  deleted: 'deleted',
  restored: 'restored',
};
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Who created, changed or deleted which annotation, when; a deleted one can be restored. */
export function HistoryView({ activity, canRestore, onRestore, present, steps = [] }: HistoryProps & { present: Set<string> }) {
  if (activity.length === 0) return <p className="empty">Nothing has happened in this layer yet.</p>;
  return (
    <ol className="history">
      {activity.map((entry, index) => (
        <li key={`${entry.at}-${entry.annotationId}-${index}`} className={`history-${entry.action}`}>
          <span className="history-line">
            <strong>{entry.by.name}</strong> {actionWords[entry.action]}{' '}
            <span className={`kind-badge kind-${entry.kind}`}>{kindInfo[entry.kind].label}</span> “{shortQuote(entry.quote, 50)}”
            {entry.values !== undefined ? (
              <span className="history-workflow">: {describeValues(entry.values, steps)}</span>
            ) : (
              entry.fields.length > 0 && <> ({entry.fields.join(', ')})</>
            )}
          </span>
          <time dateTime={entry.at}>{timeFormat.format(new Date(entry.at))}</time>
          {entry.action === 'deleted' && entry.snapshot !== null && canRestore && !present.has(entry.annotationId) && (
            <button type="button" className="link-button" onClick={() => onRestore(entry)}>
              Restore
            </button>
          )}
        </li>
      ))}
    </ol>
  );
}
