import { useMemo, useState } from 'react';
import { annotationKinds, verdicts, type AnnotationKind, type Verdict } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { isOpenThread, type Thread } from '../../../shared/thread/index.js';
import { plural } from '../plural.js';
import { kindInfo, verdictLabels } from './kinds.js';
import { VirtualList } from './VirtualList.js';
import type { ClaimWorkflow } from '../workflow/useClaimWorkflow.js';
import { useWorkflowFilter } from '../workflow/useWorkflowFilter.js';

/** The annotations a list shows, the one chosen, and how to choose one. */
export interface SidebarProps {
  resolved: ResolvedAnnotation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The kinds the list shows (the others fade in the text too), and how to show or hide one. */
export interface KindFilterProps {
  kinds: ReadonlySet<AnnotationKind>;
  onToggleKind: (kind: AnnotationKind) => void;
  /** The document's claim workflow, to filter claims by status and assignee. */
  workflow?: ClaimWorkflow;
}

/** The layer's threads by mark id: each row shows its reply count, and a filter shows marks with open threads. */
export interface ThreadCountProps {
  threads: ReadonlyMap<string, Thread>;
}

interface Filters {
  author: string;
  verdict: Verdict | '';
  orphanedOnly: boolean;
  openThreadsOnly: boolean;
}

/** Every annotation of the layer in text order, with counts and filters by kind, author, verdict, status, assignee, orphaned and open threads. */
export function AnnotationList({
  resolved,
  selectedId,
  onSelect,
  kinds,
  onToggleKind,
  workflow,
  threads,
}: SidebarProps & KindFilterProps & ThreadCountProps) {
  const byWorkflow = useWorkflowFilter(resolved, workflow);
  const [filters, setFilters] = useState<Filters>({ author: '', verdict: '', orphanedOnly: false, openThreadsOnly: false });
  const authors = useMemo(() => Array.from(new Set(resolved.map((item) => item.annotation.author.name))).sort(), [resolved]);
  const counts = useMemo(() => {
    const byKind = { claim: 0, denial: 0, attribution: 0 } as Record<AnnotationKind, number>;
    let orphaned = 0;
    let openThreads = 0;
    for (const item of resolved) {
      byKind[item.annotation.kind]++;
      if (item.status === 'orphaned') orphaned++;
      if (isOpenThread(threads.get(item.annotation.id))) openThreads++;
    }
    return { byKind, orphaned, openThreads };
  }, [resolved, threads]);
  const shown = resolved.filter(
    (item) =>
      kinds.has(item.annotation.kind) &&
      (filters.author === '' || item.annotation.author.name === filters.author) &&
      (filters.verdict === '' || (item.annotation.kind === 'claim' && item.annotation.verdict === filters.verdict)) &&
      (!filters.orphanedOnly || item.status === 'orphaned') &&
      (!filters.openThreadsOnly || isOpenThread(threads.get(item.annotation.id))) &&
      byWorkflow.matches(item.annotation),
  );
  return (
    <div className="annotation-list">
      <fieldset className="filters">
        <legend className="visually-hidden">Filters</legend>
        <div className="kind-filters">
          {annotationKinds.map((kind) => (
            <label key={kind} className={`kind-filter kind-${kind}`}>
              <input type="checkbox" checked={kinds.has(kind)} onChange={() => onToggleKind(kind)} />
              {kindInfo[kind].label} <span className="count">{counts.byKind[kind]}</span>
            </label>
          ))}
        </div>
        <div className="select-filters">
          <select
            aria-label="Filter by author"
            value={filters.author}
            onChange={(event) => setFilters({ ...filters, author: event.target.value })}
          >
            <option value="">All authors</option>
            {authors.map((author) => (
              <option key={author} value={author}>
                {author}
              </option>
            ))}
          </select>
          <select
            aria-label="Filter by verdict"
            value={filters.verdict}
            onChange={(event) => setFilters({ ...filters, verdict: event.target.value as Verdict | '' })}
          >
            <option value="">All verdicts</option>
            {verdicts.map((verdict) => (
              <option key={verdict} value={verdict}>
                {verdictLabels[verdict]}
              </option>
            ))}
          </select>
          {byWorkflow.controls}
          <label>
            <input
              type="checkbox"
              checked={filters.orphanedOnly}
              onChange={(event) => setFilters({ ...filters, orphanedOnly: event.target.checked })}
            />
            Orphaned <span className="count">{counts.orphaned}</span>
          </label>
          <label>
            <input
              type="checkbox"
              checked={filters.openThreadsOnly}
              onChange={(event) => setFilters({ ...filters, openThreadsOnly: event.target.checked })}
            />
            Open threads <span className="count">{counts.openThreads}</span>
          </label>
        </div>
      </fieldset>
      <p className="shown-count" aria-live="polite">
        {shown.length === resolved.length
          ? plural(resolved.length, 'annotation')
          : `${shown.length} of ${plural(resolved.length, 'annotation')}`}
      </p>
      <VirtualList items={shown} selectedId={selectedId} onSelect={onSelect} threads={threads} />
    </div>
  );
}
