import { memo, useDeferredValue, useRef, useState, type KeyboardEvent } from 'react';
import { AnnotationList, type KindFilterProps, type SidebarProps, type ThreadCountProps } from './AnnotationList.js';
import { DamagedEntries, type DamagedEntriesProps } from './DamagedEntries.js';
import { HistoryView, type HistoryProps } from './HistoryView.js';
import { WhoSaidWhatView } from './WhoSaidWhatView.js';

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
  threads,
  workflow,
  loading,
}: SidebarProps & HistoryProps & DamagedEntriesProps & KindFilterProps & ThreadCountProps & { loading: boolean }) {
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
    <aside className="sidebar" aria-label="Annotations" aria-busy={loading}>
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
          <AnnotationList
            resolved={shown}
            selectedId={selectedId}
            onSelect={onSelect}
            kinds={kinds}
            onToggleKind={onToggleKind}
            threads={threads}
            {...(workflow === undefined ? {} : { workflow })}
          />
        )}
        {tab === 'who' && <WhoSaidWhatView resolved={shown} onSelect={onSelect} />}
        {tab === 'history' && (
          <HistoryView
            activity={activity}
            canRestore={canRestore}
            onRestore={onRestore}
            present={new Set(shown.map((item) => item.annotation.id))}
            {...(workflow === undefined ? {} : { steps: workflow.steps })}
          />
        )}
      </div>
    </aside>
  );
});

type Tab = 'list' | 'who' | 'history';
const tabs: readonly Tab[] = ['list', 'who', 'history'];
