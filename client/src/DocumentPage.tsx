import type { EditorView } from 'prosemirror-view';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type * as Y from 'yjs';
import {
  annotationKinds,
  deleteAnnotation,
  deleteDamagedEntry,
  restoreAnnotation,
  updateAnnotation,
  type Annotation,
  type AnnotationKind,
  type AnnotationPatch,
  type DamagedEntry,
} from '../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../shared/anchor/resolveAnnotations.js';
import { listActivity, type ActivityEntry } from '../../shared/activity.js';
import { articleFragmentName, articleRoomName, documentTrashedReason, layerRoomName, teamLayerId } from '../../shared/document.js';
import { AnnotatedEditor } from './AnnotatedEditor.js';
import { AnnotationDetails } from './annotations/AnnotationDetails.js';
import { AnnotationSidebar } from './annotations/AnnotationSidebar.js';
import { AnnotationToolbar } from './annotations/AnnotationToolbar.js';
import { displayShortcut, kindInfo, shortQuote, verdictLabels } from './annotations/kinds.js';
import type { Api, DocumentView, SessionInfo } from './api.js';
import { DamageBadge } from './DamageBadge.js';
import { AnswerKeyPicker } from './AnswerKeyPicker.js';
import { ClassResults } from './ClassResults.js';
import { ComparePane } from './ComparePane.js';
import { DisagreementToggle } from './DisagreementToggle.js';
import { SharePanel } from './SharePanel.js';
import { PublicationForm } from './PublicationForm.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { ExportMenu } from './ExportMenu.js';
import { FindBar } from './FindBar.js';
import { compareHref } from './route.js';
import { selectAnnotation, type AnnotationPluginState } from './editor/annotationPlugin.js';
import { localAnnotationOrigin, markSelection, spanFromSelection } from './editor/markSelection.js';
import { editingShortcuts } from './editor/plugins.js';
import { markNavigationShortcuts } from './editor/markNavigation.js';
import { suggestionShortcuts, type SuggestionPluginState } from './editor/suggestionPlugin.js';
import { SuggestionBar } from './suggestions/SuggestionBar.js';
import { revealText } from './editor/revealText.js';
import type { Identity } from './identity.js';
import { combineConnections, useRoom } from './useRoom.js';

const annotationShortcuts = [
  ...(['claim', 'denial', 'attribution'] as const).map((kind) => ({
    keys: kindInfo[kind].shortcut,
    action: `Mark the selection as ${kindInfo[kind].label.toLowerCase()}`,
  })),
  ...markNavigationShortcuts,
  { keys: 'Mod-f', action: 'Find in the text and marks (Enter: next, Shift-Enter: previous, Esc: back to the text)' },
  { keys: 'Esc', action: 'Close the details of an annotation, back to the text where you were' },
  { keys: '?', action: 'Show or hide this sheet' },
];

/** Scrolls an annotation's span into view and flashes it. */
function revealSpan(id: string): void {
  const spans = document.querySelectorAll<HTMLElement>(`.ProseMirror [data-annotation-id="${CSS.escape(id)}"]`);
  spans[0]?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  for (const span of Array.from(spans)) {
    span.classList.remove('flash');
    // Restart the animation on a span that is already flashing.
    void span.offsetWidth;
    span.classList.add('flash');
    window.setTimeout(() => span.classList.remove('flash'), 1500);
  }
}

/** One document: its article and the team's annotations, edited live with everyone else. */
export function DocumentPage({ api, id, identity, session }: { api: Api; id: string; identity: Identity; session: SessionInfo }) {
  const [record, setRecord] = useState<DocumentView | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [chosenLayer, setChosenLayer] = useState<string | null>(null);
  const [compareLayer, setCompareLayer] = useState<string | null>(null);
  const [showShare, setShowShare] = useState(false);
  const [showResults, setShowResults] = useState(false);
  const [compared, setCompared] = useState<ResolvedAnnotation[]>(emptyList);
  // The layer shown: the one chosen, else the one this person works in.
  const layerId = chosenLayer ?? record?.workingLayer ?? null;
  const article = useRoom(api, articleRoomName(id));
  const layer = useRoom(api, layerRoomName(id, layerId ?? teamLayerId));
  const activity = useActivity(layer.room?.doc ?? null);
  const [view, setView] = useState<EditorView | null>(null);
  const [annotations, setAnnotations] = useState<AnnotationPluginState | null>(null);
  const [suggestions, setSuggestions] = useState<SuggestionPluginState | null>(null);
  const [alsoHere, setAlsoHere] = useState<string[]>([]);
  const [selectionEmpty, setSelectionEmpty] = useState(true);
  const [picking, setPicking] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [showHelp, setShowHelp] = useState(false);
  // The kinds the sidebar lists; marks of the others fade in the text.
  const [shownKinds, setShownKinds] = useState<ReadonlySet<AnnotationKind>>(() => new Set(annotationKinds));
  const toggleKind = useCallback(
    (kind: AnnotationKind) =>
      setShownKinds((current) => {
        const next = new Set(current);
        if (next.has(kind)) next.delete(kind);
        else next.add(kind);
        return next;
      }),
    [],
  );
  // Find in the document; the key remounts the bar (and focuses it) each time Ctrl/⌘-F is pressed.
  const [finding, setFinding] = useState<number | null>(null);
  // The mark whose details take the focus once they are drawn.
  const focusDetailsOf = useRef<string | null>(null);
  const side = useRef<HTMLDivElement>(null);
  const editable = session.role === 'owner' || session.role === 'editor';
  const layerAccess = record?.layers.find((candidate) => candidate.id === layerId)?.access ?? 'read';
  const canAnnotate = session.role !== 'viewer' && layerAccess === 'write';
  const isOwner = session.role === 'owner' && session.doc === '*';
  const author = useMemo(() => ({ id: identity.id, name: identity.name }), [identity]);

  const loadRecord = useCallback(() => {
    api.getDocument(id).then(setRecord, (failure: unknown) => setError((failure as Error).message));
  }, [api, id]);
  useEffect(loadRecord, [loadRecord]);

  useEffect(() => {
    const awareness = article.room?.provider.awareness;
    if (awareness === undefined) return;
    awareness.setLocalStateField('user', { name: identity.name, color: identity.color });
    // The server shows others the name it holds for this token: tell it, then send the presence again.
    api.setName(identity.name).then(
      () => awareness.setLocalStateField('user', { name: identity.name, color: identity.color }),
      () => undefined,
    );
  }, [api, article.room, identity]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const typing = event.target instanceof HTMLElement && event.target.closest('.ProseMirror, input, textarea, select') !== null;
      if (event.key === '?' && !typing) setShowHelp((shown) => !shown);
      if (event.key === 'Escape') {
        setShowHelp(false);
        setPicking(false);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const resolved = annotations?.resolved;
  useEffect(() => {
    // For bench/: the moment the article is drawn and can be edited.
    if (
      article.ready &&
      view !== null &&
      performance.getEntriesByName('factmark:article-ready').length === 0 &&
      view.state.doc.content.size > 2
    ) {
      window.requestAnimationFrame(() => performance.mark('factmark:article-ready'));
    }
  });
  const selectedId = annotations?.selectedId ?? null;
  const selected = useMemo(() => resolved?.find((item) => item.annotation.id === selectedId) ?? null, [resolved, selectedId]);
  const layerDoc = layer.room?.doc ?? null;

  const select = useCallback(
    (annotationId: string | null, others: string[] = []) => {
      if (view === null) return;
      selectAnnotation(view, annotationId);
      setAlsoHere(others);
      setPicking(false);
      if (annotationId !== null) window.requestAnimationFrame(() => revealSpan(annotationId));
    },
    [view],
  );

  const focusDetails = () => {
    side.current?.querySelector<HTMLElement>('.details :is(select, textarea, input, button):not([disabled])')?.focus();
  };
  useEffect(() => {
    if (focusDetailsOf.current === null || selectedId !== focusDetailsOf.current) return;
    focusDetailsOf.current = null;
    focusDetails();
  }, [selectedId]);

  /** Closes the details and puts the focus back in the text, where the caret was. */
  const closeDetails = () => {
    select(null);
    view?.focus();
  };

  const change = (patch: AnnotationPatch) => {
    if (layerDoc === null || selectedId === null) return;
    updateAnnotation(layerDoc, selectedId, patch, localAnnotationOrigin, new Date(), author);
  };

  const restore = (entry: ActivityEntry) => {
    if (layerDoc === null) return;
    try {
      restoreAnnotation(layerDoc, entry, localAnnotationOrigin, author);
      setMessage(null);
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  };

  // A damaged entry is removed by the owner, or by its author when it still names one.
  const canDeleteDamaged = (entry: DamagedEntry) =>
    canAnnotate && (session.role === 'owner' || (entry.author !== null && entry.author.id === identity.id));
  const deleteDamaged = (entry: DamagedEntry) => {
    if (layerDoc === null) return;
    try {
      // Not undoable: undoing would write the damaged entry back, which the server refuses.
      deleteDamagedEntry(layerDoc, entry.id, null, author);
      setMessage(null);
    } catch (failure) {
      setMessage((failure as Error).message);
    }
  };

  const mark = (kind: AnnotationKind) => {
    if (view === null || layerDoc === null || article.room === null || !canAnnotate) return;
    // A shortcut pressed right after Shift+arrows can arrive before ProseMirror
    // has read the new DOM selection: read it now.
    (view as unknown as { domObserver?: { flush(): void } }).domObserver?.flush();
    const created = markSelection(view.state, layerDoc, article.room.doc.getXmlFragment(articleFragmentName), kind, author);
    if (created === null) {
      setMessage('Select some words in the article first.');
      return;
    }
    setMessage(null);
    selectAnnotation(view, created);
    setAlsoHere([]);
  };

  const clickAnnotations = (ids: string[]) => {
    const [first, ...rest] = ids;
    if (first === undefined) return;
    if (picking && selected !== null && layerDoc !== null) {
      const target = resolved?.find((item) => item.annotation.id === first)?.annotation;
      if (target !== undefined && target.id !== selected.annotation.id) linkTo(selected.annotation, target);
      setPicking(false);
      return;
    }
    select(first, rest);
  };

  const linkTo = (from: Annotation, target: Annotation) => {
    if (from.kind === 'denial' && target.kind === 'claim') change({ links: [target.id] });
    else if (from.kind === 'attribution' && target.kind !== 'attribution' && !from.links.includes(target.id))
      change({ links: [...from.links, target.id] });
    else setMessage(from.kind === 'denial' ? 'A denial links to a claim.' : 'An attribution links to claims and denials.');
  };

  const resize = () => {
    if (view === null || article.room === null || selectedId === null) return;
    const span = spanFromSelection(view.state, article.room.doc.getXmlFragment(articleFragmentName));
    if (span === null) {
      setMessage('Select the words the annotation should cover, then press “Set span to selection”.');
      return;
    }
    change(span);
    setMessage(null);
  };

  if (error !== null) {
    return (
      <main className="notice">
        <h1>This document cannot be opened</h1>
        <p>{error}</p>
        <a href="#/">Back to the documents</a>
      </main>
    );
  }
  const connection = combineConnections(article.connection, layer.connection);
  const trashed = connection.status === 'refused' && connection.reason === documentTrashedReason;
  const labelOf = (layer: string | null) => record?.layers.find((candidate) => candidate.id === layer)?.label ?? layer ?? '';
  const alsoHereAnnotations = alsoHere
    .map((other) => resolved?.find((item) => item.annotation.id === other)?.annotation)
    .filter((item): item is Annotation => item !== undefined);
  return (
    <main className={`document-page${picking ? ' picking' : ''}`}>
      <div className="document-bar">
        <a href="#/" className="back">
          ← Documents
        </a>
        <h1 className="document-title">{record?.title}</h1>
        <DamageBadge damage={record?.damaged} />
        {record !== null && (record.layers.length > 1 || isOwner) && (
          <LayerPicker
            layers={record.layers.filter((candidate) => candidate.removed !== true)}
            value={layerId ?? ''}
            compare={compareLayer}
            onChange={(next) => {
              setChosenLayer(next);
              select(null);
            }}
            onCompare={setCompareLayer}
            onOpen={loadRecord}
          />
        )}
        {isOwner && (
          <button type="button" className="link-button" aria-expanded={showShare} onClick={() => setShowShare((shown) => !shown)}>
            Share…
          </button>
        )}
        {isOwner && (
          <button
            type="button"
            className="link-button"
            aria-expanded={showResults}
            onClick={() => {
              setShowResults((shown) => !shown);
              loadRecord();
            }}
          >
            Class results
          </button>
        )}
        <ExportMenu api={api} id={id} />
        <a className="link-button" href={compareHref(id)}>
          Compare with…
        </a>
        <ConnectionIndicator state={connection} />
        <button
          type="button"
          className="link-button"
          onClick={() => setShowHelp((shown) => !shown)}
          aria-expanded={showHelp}
          title="Keyboard shortcuts (?)"
        >
          Shortcuts
        </button>
      </div>
      {trashed && (
        <p className="status status-error" role="alert">
          {documentTrashedReason}. Your last changes may not have reached the server; an owner can restore it from the trash on the{' '}
          <a href="#/">documents page</a> for 30 days.
        </p>
      )}
      {showHelp && <HelpSheet />}
      {showShare && record !== null && (
        <SharePanel
          api={api}
          id={id}
          record={record}
          onRecord={(updated) =>
            setRecord({ ...record, ...updated, ...(updated.assignment === undefined ? { assignment: undefined } : {}) })
          }
        >
          <AnswerKeyPicker
            api={api}
            id={id}
            record={record}
            layers={record.layers.filter((candidate) => candidate.removed !== true)}
            onRecord={(updated) => setRecord({ ...record, ...updated })}
          />
        </SharePanel>
      )}
      {showShare && record !== null && (
        <PublicationForm api={api} id={id} record={record} onRecord={(updated) => setRecord({ ...record, ...updated })} />
      )}
      {showResults && record !== null && (
        <ClassResults
          api={api}
          id={id}
          record={record}
          onRecord={(updated) => setRecord({ ...record, ...updated })}
          onShowSpan={(start, end) => view !== null && revealText(view, start, end)}
          onLayersChanged={loadRecord}
        />
      )}
      {record?.assignment !== undefined && session.role === 'annotator' && (
        <p className="assignment-note">
          {record.assignment.revealed
            ? 'The layers are revealed: you can look at your classmates’ marks.'
            : 'This is an assignment: your marks are yours alone until your teacher reveals them.'}
        </p>
      )}
      {compareLayer !== null && (
        <DisagreementToggle
          view={view}
          mine={resolved ?? emptyList}
          theirs={compared}
          mineName={labelOf(layerId)}
          theirsName={labelOf(compareLayer)}
        />
      )}
      {canAnnotate && <AnnotationToolbar canMark={!selectionEmpty && view !== null} onMark={mark} />}
      {canAnnotate && <SuggestionBar view={view} state={suggestions} />}
      <p className="visually-hidden" role="status" aria-live="polite">
        {selected === null ? '' : describeForReader(selected.annotation)}
      </p>
      {message !== null && (
        <p className="status status-error" role="alert">
          {message}
        </p>
      )}
      {!editable && (
        <p className="read-only-note">
          {canAnnotate ? 'You can mark this article; your role cannot change its text.' : 'You can read this article and its annotations.'}
        </p>
      )}
      {finding !== null && <FindBar key={finding} view={view} onClose={() => setFinding(null)} />}
      <div className={`workspace${compareLayer !== null ? ' comparing' : ''}`}>
        <article
          className={['article', ...annotationKinds.filter((kind) => !shownKinds.has(kind)).map((kind) => `dim-${kind}`)].join(' ')}
          lang={record?.language ?? undefined}
        >
          {article.room !== null && layer.room !== null && (
            <AnnotatedEditor
              article={article.room.doc}
              layer={layer.room.doc}
              awareness={article.room.provider.awareness}
              editable={editable && article.ready}
              canAnnotate={canAnnotate && article.ready && layer.ready}
              onView={setView}
              onAnnotations={setAnnotations}
              onClickAnnotations={clickAnnotations}
              onSelectionChange={setSelectionEmpty}
              onMark={mark}
              onGoToAnnotation={(annotationId) => select(annotationId)}
              onFind={() => setFinding((count) => (count ?? 0) + 1)}
              markKinds={shownKinds}
              onOpenDetails={(annotationId) => {
                if (annotationId === selectedId) {
                  focusDetails();
                  return;
                }
                focusDetailsOf.current = annotationId;
                select(annotationId);
              }}
              author={author}
              onSuggestions={setSuggestions}
            />
          )}
        </article>
        {compareLayer !== null && article.room !== null && (
          <ComparePane
            api={api}
            docId={id}
            layerId={compareLayer}
            label={record?.layers.find((candidate) => candidate.id === compareLayer)?.label ?? compareLayer}
            article={article.room.doc}
            awareness={article.room.provider.awareness}
            onResolved={setCompared}
          />
        )}
        <div className="side" ref={side}>
          {selected !== null && resolved !== undefined && (
            <AnnotationDetails
              key={selected.annotation.id}
              item={selected}
              all={resolved}
              alsoHere={alsoHereAnnotations}
              canEdit={canAnnotate}
              picking={picking}
              onChange={change}
              onDelete={() => {
                if (layerDoc !== null) deleteAnnotation(layerDoc, selected.annotation.id, localAnnotationOrigin, author);
                select(null);
              }}
              onResize={resize}
              onSelect={(other) => select(other)}
              onPick={setPicking}
              onClose={closeDetails}
            />
          )}
          <AnnotationSidebar
            resolved={resolved ?? emptyList}
            selectedId={selectedId}
            onSelect={select}
            activity={activity}
            canRestore={canAnnotate}
            onRestore={restore}
            damaged={annotations?.damaged ?? noDamaged}
            canDelete={canDeleteDamaged}
            onDelete={deleteDamaged}
            kinds={shownKinds}
            onToggleKind={toggleKind}
          />
        </div>
      </div>
    </main>
  );
}

const emptyList: ResolvedAnnotation[] = [];
const noDamaged: DamagedEntry[] = [];

/** A mark as a screen reader announces it when the reader goes to it: kind, verdict, quote and author. */
function describeForReader(annotation: Annotation): string {
  const verdict = annotation.kind === 'claim' ? `, ${verdictLabels[annotation.verdict].toLowerCase()}` : '';
  return `${kindInfo[annotation.kind].label}${verdict}: “${shortQuote(annotation.quote, 80)}”, marked by ${annotation.author.name}.`;
}

/** A layer's history, newest first, kept up to date. */
function useActivity(layer: Y.Doc | null): ActivityEntry[] {
  const [entries, setEntries] = useState<ActivityEntry[]>([]);
  useEffect(() => {
    if (layer === null) return;
    const log = layer.getArray('activity');
    const read = () => setEntries(listActivity(layer));
    read();
    log.observe(read);
    return () => log.unobserve(read);
  }, [layer]);
  return entries;
}

interface LayerPickerProps {
  layers: DocumentView['layers'];
  value: string;
  compare: string | null;
  onChange: (layer: string) => void;
  onCompare: (layer: string | null) => void;
  /** Called when the picker is opened, to list layers made since. */
  onOpen: () => void;
}

/** Chooses the layer to work in, and another to show beside it. */
function LayerPicker({ layers, value, compare, onChange, onCompare, onOpen }: LayerPickerProps) {
  return (
    <span className="layer-picker" onFocus={onOpen}>
      <select aria-label="Layer" value={value} onChange={(event) => onChange(event.target.value)}>
        {layers.map((layer) => (
          <option key={layer.id} value={layer.id}>
            {layer.label}
            {layer.access === 'read' ? ' (read only)' : ''}
          </option>
        ))}
      </select>
      <select
        aria-label="Side by side with"
        value={compare ?? ''}
        onChange={(event) => onCompare(event.target.value === '' ? null : event.target.value)}
      >
        <option value="">No side-by-side</option>
        {layers
          .filter((layer) => layer.id !== value)
          .map((layer) => (
            <option key={layer.id} value={layer.id}>
              Beside: {layer.label}
            </option>
          ))}
      </select>
    </span>
  );
}

function HelpSheet() {
  return (
    <aside className="help-sheet" aria-label="Keyboard shortcuts">
      <h2>Keyboard shortcuts</h2>
      <dl>
        {[...annotationShortcuts, ...suggestionShortcuts, ...editingShortcuts].map(({ keys, action }) => (
          <div key={keys}>
            <dt>
              <kbd>{displayShortcut(keys)}</kbd>
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
