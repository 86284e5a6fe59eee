import { memo, useDeferredValue, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { annotationKinds, verdicts, type Annotation, type AnnotationKind, type Verdict } from '../../../shared/annotation.js';
import type { ActivityEntry } from '../../../shared/activity.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { whoSaidWhat } from '../../../shared/whoSaidWhat.js';
import { DamagedEntries, type DamagedEntriesProps } from './DamagedEntries.js';
import { plural } from '../plural.js';
import { kindInfo, shortQuote, sourceTypeLabels, verdictLabels } from './kinds.js';

interface SidebarProps {
  resolved: ResolvedAnnotation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

/** The kinds the list shows (the others fade in the text too), and how to show or hide one. */
interface KindFilterProps {
  kinds: ReadonlySet<AnnotationKind>;
  onToggleKind: (kind: AnnotationKind) => void;
}

interface HistoryProps {
  activity: ActivityEntry[];
  canRestore: boolean;
  onRestore: (entry: ActivityEntry) => void;
}

interface Filters {
  author: string;
  verdict: Verdict | '';
  orphanedOnly: boolean;
}

/** Every annotation in text order with filters and counts, and the Who said what view. */
export const AnnotationSidebar = memo(function AnnotationSidebar({
  resolved,
  selectedId,
  onSelect,
  activity,
  canRestore,
  onRestore,
  damaged,
  canDelete,
  onDelete,
  kinds,
  onToggleKind,
}: SidebarProps & HistoryProps & DamagedEntriesProps & KindFilterProps) {
  const [tab, setTab] = useState<Tab>('list');
  // Marks in the article come first: the lists follow in a render React can
  // interrupt, so ten thousand annotations never hold up typing or a click.
  const shown = useDeferredValue(resolved);
  const tabList = useRef<HTMLDivElement>(null);
  const names: Record<Tab, string> = { list: `Annotations (${shown.length})`, who: 'Who said what', history: 'History' };
  // The WAI-ARIA tabs pattern: one tab in the Tab order, arrows move between them and show each.
  const onTabKey = (event: KeyboardEvent) => {
    const index = tabs.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index + tabs.length - 1) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    setTab(next);
    tabList.current?.querySelector<HTMLElement>(`#sidebar-tab-${next}`)?.focus();
  };
  return (
    <aside className="sidebar" aria-label="Annotations">
      <div className="tabs" role="tablist" aria-label="Annotation views" ref={tabList} onKeyDown={onTabKey}>
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`sidebar-tab-${name}`}
            aria-controls={`sidebar-panel-${name}`}
            aria-selected={tab === name}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
          >
            {names[name]}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`sidebar-panel-${tab}`} aria-labelledby={`sidebar-tab-${tab}`}>
        {tab === 'list' && <DamagedEntries damaged={damaged} canDelete={canDelete} onDelete={onDelete} />}
        {tab === 'list' && (
          <AnnotationList resolved={shown} selectedId={selectedId} onSelect={onSelect} kinds={kinds} onToggleKind={onToggleKind} />
        )}
        {tab === 'who' && <WhoSaidWhatView resolved={shown} onSelect={onSelect} />}
        {tab === 'history' && (
          <HistoryView
            activity={activity}
            canRestore={canRestore}
            onRestore={onRestore}
            present={new Set(shown.map((item) => item.annotation.id))}
          />
        )}
      </div>
    </aside>
  );
});

type Tab = 'list' | 'who' | 'history';
const tabs: readonly Tab[] = ['list', 'who', 'history'];

function AnnotationList({ resolved, selectedId, onSelect, kinds, onToggleKind }: SidebarProps & KindFilterProps) {
  const [filters, setFilters] = useState<Filters>({ author: '', verdict: '', orphanedOnly: false });
  const authors = useMemo(() => Array.from(new Set(resolved.map((item) => item.annotation.author.name))).sort(), [resolved]);
  const counts = useMemo(() => {
    const byKind = { claim: 0, denial: 0, attribution: 0 } as Record<AnnotationKind, number>;
    let orphaned = 0;
    for (const item of resolved) {
      byKind[item.annotation.kind]++;
      if (item.status === 'orphaned') orphaned++;
    }
    return { byKind, orphaned };
  }, [resolved]);
  const shown = resolved.filter(
    (item) =>
      kinds.has(item.annotation.kind) &&
      (filters.author === '' || item.annotation.author.name === filters.author) &&
      (filters.verdict === '' || (item.annotation.kind === 'claim' && item.annotation.verdict === filters.verdict)) &&
      (!filters.orphanedOnly || item.status === 'orphaned'),
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
          <label>
            <input
              type="checkbox"
              checked={filters.orphanedOnly}
              onChange={(event) => setFilters({ ...filters, orphanedOnly: event.target.checked })}
            />
            Orphaned <span className="count">{counts.orphaned}</span>
          </label>
        </div>
      </fieldset>
      <p className="shown-count" aria-live="polite">
        {shown.length === resolved.length
          ? plural(resolved.length, 'annotation')
          : `${shown.length} of ${plural(resolved.length, 'annotation')}`}
      </p>
      <VirtualList items={shown} selectedId={selectedId} onSelect={onSelect} />
    </div>
  );
}

/** The height of one row of the list, in pixels: fixed, so only the rows in view need to exist. */
const rowHeight = 72;

/**
 * The annotation list, drawing only the rows in view: a layer with ten
 * thousand annotations scrolls as smoothly as one with ten.
 */
function VirtualList({
  items,
  selectedId,
  onSelect,
}: {
  items: ResolvedAnnotation[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}) {
  const [scrollTop, setScrollTop] = useState(0);
  const [height, setHeight] = useState(600);
  // Roving focus: one row is in the Tab order; the arrows, Home and End move the focus between rows.
  const [activeId, setActiveId] = useState<string | null>(null);
  const focusActive = useRef(false);
  const scroller = useRef<HTMLDivElement | null>(null);
  const activeIndex = Math.max(
    0,
    items.findIndex((item) => item.annotation.id === (activeId ?? selectedId)),
  );
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - 5);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + 5);
  const focusRow = () => scroller.current?.querySelector<HTMLElement>('.annotation-row button[tabindex="0"]')?.focus();
  useEffect(() => {
    if (!focusActive.current) return;
    focusActive.current = false;
    focusRow();
  });
  const onKey = (event: KeyboardEvent) => {
    const pageRows = Math.max(1, Math.floor(height / rowHeight) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeIndex + 1,
      ArrowUp: activeIndex - 1,
      PageDown: activeIndex + pageRows,
      PageUp: activeIndex - pageRows,
      Home: 0,
      End: items.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || items.length === 0) return;
    event.preventDefault();
    const index = Math.min(items.length - 1, Math.max(0, target));
    const element = scroller.current;
    // The row may not be drawn yet: scroll it into view first, then focus it once drawn.
    if (element !== null) {
      const top = index * rowHeight;
      if (top < element.scrollTop) element.scrollTop = top;
      else if (top + rowHeight > element.scrollTop + element.clientHeight) element.scrollTop = top + rowHeight - element.clientHeight;
      setScrollTop(element.scrollTop);
    }
    if (index === activeIndex) {
      focusRow();
      return;
    }
    setActiveId(items[index]?.annotation.id ?? null);
    focusActive.current = true;
  };
  return (
    <div
      className="annotation-scroller"
      ref={(element) => {
        scroller.current = element;
        if (element !== null && element.clientHeight !== height && element.clientHeight > 0) setHeight(element.clientHeight);
      }}
      onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
      onKeyDown={onKey}
    >
      <ol className="annotations" style={{ height: items.length * rowHeight, position: 'relative' }}>
        {items.slice(first, last).map((item, index) => (
          <AnnotationRow
            key={item.annotation.id}
            item={item}
            selected={item.annotation.id === selectedId}
            active={first + index === activeIndex}
            onSelect={(id) => {
              setActiveId(id);
              onSelect(id);
            }}
            top={(first + index) * rowHeight}
          />
        ))}
      </ol>
    </div>
  );
}

function AnnotationRow({
  item,
  selected,
  active,
  onSelect,
  top,
}: {
  item: ResolvedAnnotation;
  selected: boolean;
  /** The row in the Tab order. */
  active: boolean;
  onSelect: (id: string) => void;
  top: number;
}) {
  const { annotation } = item;
  return (
    <li
      style={{ position: 'absolute', top, left: 0, right: 0, height: rowHeight }}
      className={`annotation-row kind-${annotation.kind}${selected ? ' selected' : ''}${item.status !== 'anchored' ? ' unanchored' : ''}`}
    >
      <button type="button" tabIndex={active ? 0 : -1} onClick={() => onSelect(annotation.id)} aria-current={selected ? 'true' : undefined}>
        <span className="row-head">
          <span className={`kind-badge kind-${annotation.kind}`}>{kindInfo[annotation.kind].label}</span>
          {annotation.kind === 'claim' && (
            <span className={`verdict verdict-${annotation.verdict}`}>{verdictLabels[annotation.verdict]}</span>
          )}
          {item.status === 'orphaned' && <span className="orphan-badge">orphaned</span>}
          {item.status === 'pending' && <span className="pending-badge">loading</span>}
        </span>
        <span className="row-quote">“{shortQuote(annotation.quote, 90)}”</span>
        <span className="row-author">{annotation.author.name}</span>
      </button>
    </li>
  );
}

const actionWords: Record<ActivityEntry['action'], string> = {
  created: 'marked',
  changed: 'changed',
  deleted: 'deleted',
  restored: 'restored',
};
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** Who created, changed or deleted which annotation, when; a deleted one can be restored. */
function HistoryView({ activity, canRestore, onRestore, present }: HistoryProps & { present: Set<string> }) {
  if (activity.length === 0) return <p className="empty">Nothing has happened in this layer yet.</p>;
  return (
    <ol className="history">
      {activity.map((entry, index) => (
        <li key={`${entry.at}-${entry.annotationId}-${index}`} className={`history-${entry.action}`}>
          <span className="history-line">
            <strong>{entry.by.name}</strong> {actionWords[entry.action]}{' '}
            <span className={`kind-badge kind-${entry.kind}`}>{kindInfo[entry.kind].label}</span> “{shortQuote(entry.quote, 50)}”
            {entry.fields.length > 0 && <> ({entry.fields.join(', ')})</>}
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

function WhoSaidWhatView({ resolved, onSelect }: { resolved: ResolvedAnnotation[]; onSelect: (id: string) => void }) {
  const view = useMemo(() => whoSaidWhat(resolved.map((item) => item.annotation)), [resolved]);
  const statement = (annotation: Annotation) => (
    <li key={annotation.id}>
      <button type="button" className="link-button" onClick={() => onSelect(annotation.id)}>
        <span className={`kind-badge kind-${annotation.kind}`}>{kindInfo[annotation.kind].label}</span> “{shortQuote(annotation.quote, 70)}”
        {annotation.kind === 'claim' && annotation.verdict !== 'unverified' && (
          <span className={`verdict verdict-${annotation.verdict}`}> {verdictLabels[annotation.verdict]}</span>
        )}
      </button>
    </li>
  );
  if (view.speakers.length === 0 && view.unattributed.length === 0) {
    return <p className="empty">Mark attributions and link them to claims and denials to see who said what.</p>;
  }
  return (
    <div className="who-said-what">
      {view.speakers.map((speaker) => (
        <section key={speaker.name} className="speaker">
          <h3>{speaker.name}</h3>
          <p className="speaker-roles">
            {speaker.roles.length > 0 ? speaker.roles.map((role) => `“${role}”`).join(' · ') : 'No title given'} ·{' '}
            {speaker.sourceTypes.map((type) => sourceTypeLabels[type]).join(', ')}
          </p>
          {speaker.statements.length === 0 ? (
            <p className="empty">No claims or denials linked.</p>
          ) : (
            <ul>{speaker.statements.map(statement)}</ul>
          )}
        </section>
      ))}
      {view.unattributed.length > 0 && (
        <section className="speaker unattributed">
          <h3>Not attributed</h3>
          <ul>{view.unattributed.map(statement)}</ul>
        </section>
      )}
    </div>
  );
}
