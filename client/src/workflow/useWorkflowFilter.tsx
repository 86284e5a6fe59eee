import { useMemo, useState, type ReactNode } from 'react';
import type { Annotation, CheckStep } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import type { ClaimWorkflow } from './useClaimWorkflow.js';

/** The filter value that picks claims assigned to nobody. */
const nobody = '\u0000nobody';

/** The sidebar's filters by a claim's status and assignee, with counts: whether an annotation passes, and the controls. */
export function useWorkflowFilter(
  resolved: readonly ResolvedAnnotation[],
  workflow: ClaimWorkflow | undefined,
): { matches: (annotation: Annotation) => boolean; controls: ReactNode } {
  const [status, setStatus] = useState<CheckStep | ''>('');
  const [assignee, setAssignee] = useState('');
  const counts = useMemo(() => {
    const byStatus = new Map<CheckStep, number>();
    const byAssignee = new Map<string, { name: string; count: number }>();
    for (const { annotation } of resolved) {
      if (annotation.kind !== 'claim') continue;
      byStatus.set(annotation.checkStatus, (byStatus.get(annotation.checkStatus) ?? 0) + 1);
      const key = annotation.assignee?.id ?? nobody;
      const entry = byAssignee.get(key) ?? { name: annotation.assignee?.name ?? 'Nobody', count: 0 };
      byAssignee.set(key, { ...entry, count: entry.count + 1 });
    }
    return { byStatus, byAssignee };
  }, [resolved]);
  if (workflow === undefined) return { matches: () => true, controls: null };
  const matches = (annotation: Annotation) =>
    (status === '' || (annotation.kind === 'claim' && annotation.checkStatus === status)) &&
    (assignee === '' || (annotation.kind === 'claim' && (annotation.assignee?.id ?? nobody) === assignee));
  const controls = (
    <>
      <select aria-label="Filter by status" value={status} onChange={(event) => setStatus(event.target.value as CheckStep | '')}>
        <option value="">All statuses</option>
        {workflow.steps.map((step) => (
          <option key={step.id} value={step.id}>
            {step.label} ({counts.byStatus.get(step.id) ?? 0})
          </option>
        ))}
      </select>
      <select aria-label="Filter by assignee" value={assignee} onChange={(event) => setAssignee(event.target.value)}>
        <option value="">All assignees</option>
        {[...counts.byAssignee.entries()]
          .sort(([, a], [, b]) => a.name.localeCompare(b.name))
          .map(([id, { name, count }]) => (
            <option key={id} value={id}>
              {id === workflow.me.id ? `${name} (me)` : name} ({count})
            </option>
          ))}
      </select>
    </>
  );
  return { matches, controls };
}
