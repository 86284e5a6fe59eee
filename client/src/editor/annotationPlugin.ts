import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, TextSelection, type EditorState, type Transaction } from 'prosemirror-state';
import type { Mappable } from 'prosemirror-transform';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import * as Y from 'yjs';
import {
  annotationsMap,
  isDamaged,
  readAnnotation,
  readEntry,
  readLayer,
  reanchorAnnotation,
  type Annotation,
  type DamagedEntry,
} from '../../../shared/annotation.js';
import { FragmentIndex } from '../../../shared/anchor/fragmentIndex.js';
import { quoteSelectorOf, wellFormed } from '../../../shared/anchor/matchQuote.js';
import { decodeAnchor, encodeAnchors } from '../../../shared/anchor/relativeRange.js';
import { compareResolved, resolveAnnotations, type ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { TextMap, wordsBetween } from '../../../shared/anchor/textMap.js';
import { afterOpen, holdOpen } from '../afterOpen.js';
import { verdictLabels } from '../annotations/kinds.js';
import { AnchorIndex } from './anchorIndex.js';
import { ambiguousRange, isRemoteChange, remoteChangeRange } from './remoteChange.js';

/** What the annotation plugin knows: every annotation placed in the document, and its decorations. */
export interface AnnotationPluginState {
  /** In text order as of the last time they were placed; local edits since then only move the decorations. */
  resolved: ResolvedAnnotation[];
  /** Entries of the layer that cannot be read as annotations: not drawn, listed apart so they can be removed. */
  damaged: DamagedEntry[];
  decorations: DecorationSet;
  selectedId: string | null;
  /** True when local edits were mapped since annotations were last placed from Yjs. */
  stale: boolean;
  /** The part of the document local edits touched since then. */
  dirty: { from: number; to: number } | null;
  /**
   * Annotations whose decorations local edits mapped away (their text was
   * deleted here) since then: Yjs may still place them, as when
   * y-prosemirror took the deletion from the same words elsewhere.
   */
  dropped: ReadonlySet<string>;
  /**
   * Of the annotations placed last, those whose stored span should be written
   * again: their anchors, where they were placed, or their quote, when the
   * words inside were edited.
   */
  spansStale: readonly string[];
  /**
   * The part of the document whose decorations are in the page, or 'all'.
   * A layer placed at once with thousands of annotations is drawn where the
   * reader is first and the rest in slices while the page is idle, so it
   * shows without a long wait and typing is never held up.
   */
  drawn: Range | 'all';
  /**
   * The decorations in the page: those of `decorations` that touch `drawn`.
   * A slice adds to it, so what is already drawn stays the same objects and
   * ProseMirror passes over it without comparing it again.
   */
  shown: DecorationSet;
}

interface Range {
  from: number;
  to: number;
}

type Meta = { settle: true } | { changed: string[] } | { select: string | null } | { draw: Range | 'all' } | { wordsAsQuotes: string[] };

/** Above this many annotations placed at once, they are drawn in slices, those in view first. */
export const drawInStepsAbove = 1000;
/**
 * How long one slice of drawing may take, in ms: as long as the idle time
 * the browser gives it, within these bounds (with the browser's own work
 * after it, well within a frame).
 */
const sliceMs = { least: 3, most: 8 };
/** How many marks' words are checked against their quotes at a time after an open (see `checkQuotes`). */
const quoteCheckBatch = 200;
/** How many annotations the first slice draws, before slices are sized by how long the last one took. */
const firstSliceMarks = 150;
/** How long typing pauses before the annotations near local edits are placed from Yjs again. */
export const settleAfterMs = 400;

export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

/** Everything the plugin needs from outside the editor. */
export interface AnnotationPluginOptions {
  layer: Y.Doc;
  article: Y.Doc;
  fragment: Y.XmlFragment;
  /** Called when the placed annotations or the selected one change (not on every keystroke). */
  onChange: (state: AnnotationPluginState) => void;
  /** Called when a reviewer clicks text covered by annotations, innermost first. */
  onClickAnnotations: (ids: string[]) => void;
  /** Whether this reader may write to the layer: then it writes back where marks were found again. */
  canWriteLayer?: () => boolean;
}

/** The origin of anchors written back to the layer: no reviewer's change, so no undo step. */
export const reanchorOrigin = Symbol('reanchor');

function readAnnotations(layer: Y.Doc, ids: Iterable<string>): Annotation[] {
  const map = annotationsMap(layer);
  const annotations: Annotation[] = [];
  for (const id of ids) {
    const entry = map.get(id);
    const annotation = entry instanceof Y.Map ? readAnnotation(id, entry) : null;
    if (annotation !== null) annotations.push(annotation);
  }
  return annotations;
}

/**
 * Writes the spans of the annotations (of `ids`) again where they are placed:
 * new anchors for those placed where an edge's character no longer is (found
 * again by quote after a paragraph was joined or split, or shrunk to what is
 * left of their words), and the quote for those whose words were edited. The
 * span is written once, by whichever reader finds it first, so every page,
 * every page opened later and every export agree on it from then on,
 * whatever is edited nearby. `doc` must be the document the article's
 * fragment holds now.
 */
function writeSpansBack(options: AnnotationPluginOptions, doc: Node, ids: Set<string>): void {
  const article = { ydoc: options.article, fragment: options.fragment, doc };
  const placed = resolveAnnotations(readAnnotations(options.layer, ids), article).filter((item) => item.status === 'anchored');
  if (placed.length === 0) return;
  const text = TextMap.of(doc);
  const index = new FragmentIndex(options.fragment, doc.type.schema);
  options.layer.transact(() => {
    for (const item of placed) {
      if (item.status !== 'anchored') continue;
      const start = text.offsetAt(item.from);
      const end = text.offsetAt(item.to);
      if (start >= end) continue;
      if (!item.anchorsStale) {
        // Its anchors hold: only the words between them may have changed.
        const words = quoteSelectorOf(text.text, start, end);
        const { start: startAnchor, end: endAnchor } = item.annotation;
        if (words.quote !== item.annotation.quote)
          reanchorAnnotation(options.layer, item.annotation.id, { start: startAnchor, end: endAnchor, ...words }, reanchorOrigin);
        continue;
      }
      let anchors: { start: Uint8Array; end: Uint8Array };
      try {
        anchors = encodeAnchors(options.fragment, doc, item.from, item.to);
      } catch {
        continue; // the fragment is between two states: the next placing writes it
      }
      // Only anchors that lead back to the same place, on live characters, are worth writing.
      const from = decodeAnchor(anchors.start, options.article, index);
      const to = decodeAnchor(anchors.end, options.article, index);
      if (from.position !== item.from || to.position !== item.to || from.deleted || to.deleted) continue;
      reanchorAnnotation(options.layer, item.annotation.id, { ...anchors, ...quoteSelectorOf(text.text, start, end) }, reanchorOrigin);
    }
  }, reanchorOrigin);
}

function describe(annotation: Annotation): string {
  const { kind, author, note, verdict } = annotation;
  const parts = [`${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)} · ${author.name}`];
  if (kind === 'claim' && verdict !== 'unverified') parts.push(`Verdict: ${verdict}`);
  if (note !== '') parts.push(note);
  return parts.join('\n');
}

/** What a screen reader says a mark is, as it reads into it: its kind, and a claim's verdict. */
function roleDescription(annotation: Annotation): string {
  return annotation.kind === 'claim' ? `claim, ${verdictLabels[annotation.verdict].toLowerCase()}` : annotation.kind;
}

function decorationFor(item: Extract<ResolvedAnnotation, { status: 'anchored' }>, depth: number, selected: boolean): Decoration {
  return Decoration.inline(
    item.from,
    item.to,
    {
      // A <mark>, so assistive technology knows the words are marked, and says as what.
      nodeName: 'mark',
      'aria-roledescription': roleDescription(item.annotation),
      // Every mark gets elements of its own (a decoration with a nodeName is never merged with another), so its
      // id needs no class: ProseMirror sets each class and attribute one call at a time, on every piece of text a
      // mark covers, hundreds of thousands of calls as a big layer is drawn. So no id class and no depth-0.
      class: `annotation annotation-${item.annotation.kind}${depth > 0 ? ` depth-${Math.min(depth, 3)}` : ''}${selected ? ' annotation-selected' : ''}`,
      'data-annotation-id': item.annotation.id,
      title: describe(item.annotation),
    },
    { id: item.annotation.id, kind: item.annotation.kind, inclusiveStart: false, inclusiveEnd: false },
  );
}

/** Draws every anchored annotation; nested ones get a deeper underline. `resolved` is in text order. */
function buildDecorations(doc: Node, resolved: ResolvedAnnotation[], selectedId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  const open: number[] = [];
  for (const item of resolved) {
    if (item.status !== 'anchored') continue;
    while (open.length > 0 && (open[open.length - 1] ?? 0) <= item.from) open.pop();
    decorations.push(decorationFor(item, open.length, item.annotation.id === selectedId));
    open.push(item.to);
    open.sort((a, b) => b - a);
  }
  return DecorationSet.create(doc, decorations);
}

/** The ids of placed annotations whose anchors are stale. */
function staleIds(resolved: readonly ResolvedAnnotation[]): string[] {
  return resolved.filter((item) => item.status === 'anchored' && item.anchorsStale).map((item) => item.annotation.id);
}

/**
 * The ids of placed annotations whose span should be written again: anchors
 * stale, or words no longer the quote stored with them (typed into or cut,
 * here or by another reader). Their quote is written again, so the list, the
 * details, search and the claims already checked show the words the article
 * now has, and a later search by quote (a paragraph split) looks for those.
 */
function staleSpanIds(resolved: readonly ResolvedAnnotation[], doc: Node): string[] {
  return resolved
    .filter(
      (item) =>
        item.status === 'anchored' && (item.anchorsStale || wellFormed(wordsBetween(doc, item.from, item.to)) !== item.annotation.quote),
    )
    .map((item) => item.annotation.id);
}

/**
 * The state with the marks of `ids` quoting the words they now cover, for a
 * reader who may not write the layer: the list and the details show what the
 * article says, though the layer keeps the old quote until a reader who may
 * write it opens the document. Anchors, and what is stored, are left alone.
 */
function withWordsAsQuotes(state: AnnotationPluginState, ids: ReadonlySet<string>, doc: Node): AnnotationPluginState {
  let changed = false;
  const resolved = state.resolved.map((item) => {
    if (item.status !== 'anchored' || !ids.has(item.annotation.id)) return item;
    const words = wellFormed(wordsBetween(doc, item.from, item.to));
    if (words === item.annotation.quote) return item;
    changed = true;
    return { ...item, annotation: { ...item.annotation, quote: words } };
  });
  return changed ? { ...state, resolved, spansStale: state.spansStale.filter((id) => !ids.has(id)) } : state;
}

/** The drawn range through a change; one the change replaced shrinks to where it was, to grow again in steps. */
function mapDrawn(drawn: Range | 'all', mapping: Mappable): Range | 'all' {
  return drawn === 'all' ? 'all' : { from: mapping.map(drawn.from, -1), to: mapping.map(drawn.to, -1) };
}

/**
 * The state with more of its decorations drawn, up to `range` (or all): those
 * not drawn yet are added to the ones in the page, which stay as they are.
 * Once all are drawn, the set in the page is the state's set.
 */
function drawUpTo(state: AnnotationPluginState, range: Range | 'all', doc: Node): AnnotationPluginState {
  if (state.drawn === 'all') return state;
  const size = doc.content.size;
  const old = state.drawn;
  const from = range === 'all' ? 0 : Math.max(0, Math.min(range.from, old.from));
  const to = range === 'all' ? size : Math.min(size, Math.max(range.to, old.to));
  // `shown` holds every decoration touching the old range: add those touching only the new part.
  const added = [
    ...(from < old.from ? state.decorations.find(from, old.from).filter((decoration) => decoration.to < old.from) : []),
    ...(to > old.to ? state.decorations.find(old.to, to).filter((decoration) => decoration.from > old.to) : []),
  ];
  const shown = added.length === 0 ? state.shown : state.shown.add(doc, added);
  if (from === 0 && to === size) return { ...state, drawn: 'all', shown, decorations: shown };
  return { ...state, drawn: { from, to }, shown };
}

/** The state with `shown` brought up to date with its decorations and drawn range. */
function withShown(state: AnnotationPluginState, doc: Node): AnnotationPluginState {
  if (state.drawn === 'all') return state.shown === state.decorations ? state : { ...state, shown: state.decorations };
  return { ...state, shown: DecorationSet.create(doc, state.decorations.find(state.drawn.from, state.drawn.to)) };
}

/**
 * Places every annotation of the layer from Yjs. Many at once are drawn
 * first within `inView` (the start of the document when it is not known).
 */
function placeAll(
  state: AnnotationPluginState | null,
  options: AnnotationPluginOptions,
  doc: Node,
  inView: Range | null,
): AnnotationPluginState {
  const { annotations, damaged } = readLayer(options.layer);
  const resolved = resolveAnnotations(annotations, { ydoc: options.article, fragment: options.fragment, doc });
  const selectedId = state?.selectedId ?? null;
  const decorations = buildDecorations(doc, resolved, selectedId);
  // A big layer already drawn whole stays so; one arriving is drawn in steps.
  const drawnWhole = state !== null && state.drawn === 'all' && state.resolved.length > drawInStepsAbove;
  const drawn = resolved.length <= drawInStepsAbove || drawnWhole ? 'all' : (inView ?? { from: 0, to: Math.min(doc.content.size, 4000) });
  return withShown(
    {
      resolved,
      damaged,
      selectedId,
      decorations,
      stale: false,
      dirty: null,
      dropped: new Set(),
      spansStale: staleIds(resolved),
      drawn,
      shown: decorations,
    },
    doc,
  );
}

/**
 * Places some annotations again from Yjs (the ones that changed, or whose
 * text did) and swaps their decorations, leaving the thousands of others
 * as they are.
 */
function replaceAnnotations(
  state: AnnotationPluginState,
  ids: Set<string>,
  options: AnnotationPluginOptions,
  doc: Node,
): AnnotationPluginState {
  if (ids.size === 0) return state;
  const map = annotationsMap(options.layer);
  const annotations: Annotation[] = [];
  const damaged: DamagedEntry[] = [];
  for (const id of ids) {
    if (!map.has(id)) continue;
    const reading = readEntry(id, map.get(id));
    if (isDamaged(reading)) damaged.push(reading);
    else annotations.push(reading);
  }
  const fresh = resolveAnnotations(annotations, { ydoc: options.article, fragment: options.fragment, doc });
  // Only an annotation anchored when last placed has decorations to take away: a new one
  // (a mark just made, here or by another reader) spares a search through all of them.
  const kept: ResolvedAnnotation[] = [];
  let drawnBefore = false;
  for (const item of state.resolved) {
    if (!ids.has(item.annotation.id)) kept.push(item);
    else if (item.status === 'anchored') drawnBefore = true;
  }
  let decorations = drawnBefore
    ? state.decorations.remove(
        state.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id !== undefined && ids.has(spec.id)),
      )
    : state.decorations;
  const added: Decoration[] = [];
  for (const item of fresh) {
    if (item.status !== 'anchored') continue;
    const depth = decorations.find(item.from, item.to).filter((other) => other.from <= item.from && other.to >= item.to).length;
    added.push(decorationFor(item, depth, item.annotation.id === state.selectedId));
  }
  decorations = decorations.add(doc, added);
  const resolved = insertSorted(kept, fresh);
  // The damaged list changes only when one of these ids was or is damaged.
  const wasDamaged = state.damaged.some((entry) => ids.has(entry.id));
  const damagedNow =
    damaged.length === 0 && !wasDamaged ? state.damaged : [...state.damaged.filter((entry) => !ids.has(entry.id)), ...damaged];
  return { ...state, resolved, damaged: damagedNow, decorations, spansStale: staleSpanIds(fresh, doc) };
}

/**
 * `items` with `added` in their places, both in the order of `compareResolved`:
 * the same as sorting them together, in a few comparisons for each added one.
 */
function insertSorted(items: ResolvedAnnotation[], added: readonly ResolvedAnnotation[]): ResolvedAnnotation[] {
  for (const item of added) {
    let low = 0;
    let high = items.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (compareResolved(items[middle] as ResolvedAnnotation, item) <= 0) low = middle + 1;
      else high = middle;
    }
    items.splice(low, 0, item);
  }
  return items;
}

/** The ids of annotations whose decorations meet a range, plus every one not placed: those a change there may move. */
function idsAround(state: AnnotationPluginState, from: number, to: number): Set<string> {
  const ids = new Set<string>();
  for (const decoration of state.decorations.find(Math.max(0, from - 1), to + 1)) ids.add((decoration.spec as { id: string }).id);
  for (const item of state.resolved) if (item.status !== 'anchored') ids.add(item.annotation.id);
  return ids;
}

/**
 * The blocks a range touches. Where a local change falls inside repeated text
 * ("the the") y-prosemirror guesses (a diff of the two texts), and its guess
 * may differ from where the change was by more than a character: once typing
 * pauses, the marks of the whole blocks are placed again from Yjs.
 */
function blocksOf(doc: Node, from: number, to: number): Range {
  const size = doc.content.size;
  const $from = doc.resolve(Math.max(0, Math.min(size, from)));
  const $to = doc.resolve(Math.max(0, Math.min(size, to)));
  return { from: $from.depth > 0 ? $from.start(1) : $from.pos, to: $to.depth > 0 ? $to.end(1) : $to.pos };
}

/**
 * Shows a layer's annotations in the editor, fast enough for thousands of
 * them. y-prosemirror applies a remote change as one transaction replacing
 * the whole document, whose mapping would drop every decoration: the plugin
 * finds the part that really changed, maps the decorations around it, and
 * places again from Yjs only the annotations it touched. Local edits reach
 * Yjs after this plugin's `apply`, so they are mapped, and the annotations
 * near them placed from Yjs once typing pauses. A layer change places only
 * the annotations it changed.
 */
export function annotationPlugin(options: AnnotationPluginOptions): Plugin<AnnotationPluginState> {
  // Where the reader is, once the view exists: a big layer is drawn there first.
  let inView: () => Range | null = () => null;
  const applyToState = (
    tr: Transaction,
    value: AnnotationPluginState,
    oldState: EditorState,
    newState: EditorState,
  ): AnnotationPluginState => {
    const meta = tr.getMeta(annotationPluginKey) as Meta | undefined;
    let state = value;
    if (isRemoteChange(tr)) {
      const change = remoteChangeRange(oldState.doc, newState.doc);
      if (change !== null) {
        // Where the change could equally have been, in repeated text, is where Yjs may have put it.
        const around = ambiguousRange(oldState.doc, newState.doc, change.from, change.to, change.newTo);
        const ids = idsAround(state, around.from, around.to);
        state = {
          ...state,
          decorations: state.decorations.map(change.mapping, newState.doc, {
            // One that lay in the replaced range, though no longer drawn there, is placed again too.
            onRemove: (spec: { id?: string }) => {
              if (spec.id !== undefined) ids.add(spec.id);
            },
          }),
          drawn: mapDrawn(state.drawn, change.mapping),
        };
        // The article arriving after a big layer places it all: at once is faster than one by one.
        state =
          ids.size > drawInStepsAbove
            ? placeAll(state, options, newState.doc, inView())
            : replaceAnnotations(state, ids, options, newState.doc);
      }
    } else if (tr.docChanged) {
      const start = tr.before.content.findDiffStart(tr.doc.content) ?? 0;
      const end = tr.before.content.findDiffEnd(tr.doc.content)?.b ?? start;
      const previous = state.dirty === null ? null : { from: tr.mapping.map(state.dirty.from, -1), to: tr.mapping.map(state.dirty.to, 1) };
      const dirty = { from: Math.min(start, end, previous?.from ?? Infinity), to: Math.max(start, end, previous?.to ?? -Infinity) };
      let dropped = state.dropped;
      const onRemove = (spec: { id?: string }) => {
        if (spec.id === undefined) return;
        if (dropped === state.dropped) dropped = new Set(dropped);
        (dropped as Set<string>).add(spec.id);
      };
      return {
        ...state,
        decorations: state.decorations.map(tr.mapping, tr.doc, { onRemove }),
        stale: true,
        dirty,
        dropped,
        drawn: mapDrawn(state.drawn, tr.mapping),
      };
    }
    if (meta === undefined) return state;
    if ('draw' in meta) return drawUpTo(state, meta.draw, newState.doc);
    if ('wordsAsQuotes' in meta) return withWordsAsQuotes(state, new Set(meta.wordsAsQuotes), newState.doc);
    if ('settle' in meta) {
      const blocks = state.dirty === null ? null : blocksOf(newState.doc, state.dirty.from, state.dirty.to);
      const ids = blocks === null ? new Set<string>() : idsAround(state, blocks.from, blocks.to);
      for (const id of state.dropped) ids.add(id);
      return { ...replaceAnnotations(state, ids, options, newState.doc), stale: false, dirty: null, dropped: new Set() };
    }
    if ('changed' in meta) {
      // A layer arriving whole (the first sync) is placed in one go, not id by id.
      if (meta.changed.length > drawInStepsAbove) {
        return placeAll(state, options, newState.doc, inView());
      }
      return replaceAnnotations(state, new Set(meta.changed), options, newState.doc);
    }
    const previous = state.selectedId;
    // A chosen annotation is scrolled to: everything is drawn from now on.
    state = { ...state, selectedId: meta.select, drawn: 'all' };
    return replaceAnnotations(state, new Set([previous, meta.select].filter((id): id is string => id !== null)), options, newState.doc);
  };
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => placeAll(null, options, state.doc, null),
      apply: (tr, value, oldState, newState) => {
        const next = applyToState(tr, value, oldState, newState);
        // A slice of drawing brought `shown` up to date itself.
        if (next.shown !== value.shown) return next;
        if (next.drawn !== 'all' && next.drawn === value.drawn && next.decorations === value.decorations) return next;
        return withShown(next, newState.doc);
      },
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)?.shown ?? DecorationSet.empty,
      handleClick: (view, pos, event) => {
        const ids = annotationsAt(view.state, pos);
        if (ids.length === 0) return false;
        // Opening the details redraws the marks, and a redraw writes the editor's
        // selection back to the page: ProseMirror may not have read the caret the
        // click placed yet, so it is set here first, where the reader clicked.
        if (!event.shiftKey) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(pos))));
        options.onClickAnnotations(ids);
        return !event.shiftKey;
      },
    },
    view: (view) => {
      const dispatch = (meta: Meta) => {
        if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(annotationPluginKey, meta));
      };
      // Changes arrive in batches: the ids they touched are placed again together,
      // deferred so that a mark made inside a command sees the article in step with Yjs.
      let changed: Set<string> | null = null;
      const placeAgain = (ids: Iterable<string>) => {
        const batch = changed ?? new Set<string>();
        for (const id of ids) batch.add(id);
        if (changed !== null) return;
        changed = batch;
        queueMicrotask(() => {
          const due = changed;
          changed = null;
          if (due !== null && due.size > 0) dispatch({ changed: Array.from(due) });
        });
      };
      // Which annotations are anchored where, built at the first deletion in the article.
      let anchorIndex: AnchorIndex | null = null;
      const onLayerChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const ids = new Set<string>();
        for (const event of events) {
          if (event.path.length === 0) for (const key of event.changes.keys.keys()) ids.add(key);
          else ids.add(String(event.path[0]));
        }
        if (anchorIndex !== null) for (const id of ids) anchorIndex.update(options.layer, id);
        placeAgain(ids);
      };
      // Every annotation whose anchors a change deleted is placed again, wherever the change
      // was: found by its quote, shrunk to what is left of it, or orphaned when its words are gone.
      const onArticleTransaction = (transaction: Y.Transaction) => {
        if (transaction.deleteSet.clients.size === 0) return;
        anchorIndex ??= AnchorIndex.of(options.layer);
        const touched = anchorIndex.touchedBy(transaction.deleteSet);
        if (touched.size > 0) placeAgain(touched);
      };
      const annotations = annotationsMap(options.layer);
      annotations.observeDeep(onLayerChange);
      options.article.on('afterTransaction', onArticleTransaction);
      // Where marks were found again is written back to the layer, once the page is in step with Yjs.
      let toWrite: Set<string> | null = null;
      const writeBackLater = (stale: readonly string[]) => {
        if (stale.length === 0) return;
        if (toWrite !== null) {
          for (const id of stale) toWrite.add(id);
          return;
        }
        toWrite = new Set(stale);
        queueMicrotask(() => {
          const due = toWrite;
          toWrite = null;
          if (due === null || view.isDestroyed) return;
          if (options.canWriteLayer?.() === true) writeSpansBack(options, view.state.doc, due);
          // A reader who may not write the layer sees the words, in this page only.
          else dispatch({ wordsAsQuotes: [...due] });
        });
      };
      inView = () => visibleRange(view);
      // Drawing the rest of a big layer, a slice at a time while the page is
      // idle: mostly onwards from where the reader is, each slice sized by
      // how long the last one took per position, so none holds a frame up.
      // An idle period long enough (the browser expects no frame before its
      // deadline) takes several slices.
      let drawIdle: number | null = null;
      // How long drawing takes per position of the document, as last measured, and the last slice's span.
      let msPerPosition = 0;
      let span = 0;
      // The page's open lasts until every mark is drawn: work that can wait waits for it.
      let releaseOpen: (() => void) | null = null;
      const drawSlices = (deadline: IdleDeadline) => {
        drawIdle = null;
        let took = 0;
        do took = drawSlice(deadline);
        while (took > 0 && deadline.timeRemaining() > took + 2);
      };
      /** Draws one slice; returns how long it took, 0 when there was nothing left to draw. */
      const drawSlice = (deadline: IdleDeadline): number => {
        const current = annotationPluginKey.getState(view.state);
        if (view.isDestroyed || current === undefined || current.drawn === 'all') return 0;
        const size = view.state.doc.content.size;
        const budget = Math.min(sliceMs.most, Math.max(sliceMs.least, deadline.timeRemaining() - 1));
        // A slice at most four times the last: one measured too quick to time does not draw all at once.
        span =
          span === 0
            ? Math.max(100, Math.round((firstSliceMarks * size) / Math.max(1, current.resolved.length)))
            : Math.max(100, Math.min(span * 4, Math.round(budget / msPerPosition)));
        const to = Math.min(size, current.drawn.to + span);
        const from = Math.max(0, current.drawn.from - (to === size ? span : Math.round(span / 4)));
        const started = performance.now();
        dispatch({ draw: from === 0 && to === size ? 'all' : { from, to } });
        const took = performance.now() - started;
        // For bench/: how long each slice held the page's thread.
        performance.measure('factmark:draw-slice', { start: started, duration: took });
        const drawn = annotationPluginKey.getState(view.state)?.drawn;
        const grown = drawn === undefined || drawn === 'all' ? size : drawn.to - drawn.from - (current.drawn.to - current.drawn.from);
        // Slices of the same size vary (the collector, marks closer together): the estimate leans to the dearer.
        const measured = Math.max(1e-5, took / Math.max(1, grown));
        msPerPosition = msPerPosition === 0 ? measured : Math.max(measured, (msPerPosition + measured) / 2);
        return Math.max(took, 0.01);
      };
      // The bench's timing marks, each made after the frame that draws it (cancelled with the view).
      const markFrames = new Set<number>();
      const markAfterFrame = (name: string) => {
        const frame = window.requestAnimationFrame(() => {
          markFrames.delete(frame);
          performance.mark(name);
        });
        markFrames.add(frame);
      };
      let last = annotationPluginKey.getState(view.state);
      if (last !== undefined) {
        options.onChange(last);
        writeBackLater(last.spansStale);
        // A layer placed whole before the view was made may see no update after it.
        markTimings(last, undefined, markAfterFrame);
      }
      // Words edited while no reader that may write the layer was here (a
      // student's own layer, the teacher editing the article) are found once
      // the open is done: every placed mark's words against its quote, a few
      // hundred at a time while the page is idle.
      let checkIdle: number | null = null;
      let checked = 0;
      const checkQuotes = (deadline: IdleDeadline) => {
        checkIdle = null;
        const current = annotationPluginKey.getState(view.state);
        if (view.isDestroyed || current === undefined) return;
        // Typing that has not settled yet is written back when it does.
        if (!current.stale) {
          do {
            const batch = current.resolved.slice(checked, checked + quoteCheckBatch);
            checked += batch.length;
            writeBackLater(staleSpanIds(batch, view.state.doc));
          } while (checked < current.resolved.length && deadline.timeRemaining() > 2);
          if (checked >= current.resolved.length) return;
        }
        checkIdle = window.requestIdleCallback(checkQuotes, { timeout: 1000 });
      };
      const cancelQuoteCheck = afterOpen(() => {
        checkIdle = window.requestIdleCallback(checkQuotes, { timeout: 1000 });
      });
      // Once typing pauses, the annotations near local edits are placed from
      // Yjs again, so this view agrees with every replica (a split inside a
      // span, or an anchor that only Yjs knows was deleted).
      let settle: ReturnType<typeof setTimeout> | null = null;
      return {
        update: (updated: EditorView) => {
          const current = annotationPluginKey.getState(updated.state);
          if (current === undefined) return;
          if (
            last === undefined ||
            current.resolved !== last.resolved ||
            current.damaged !== last.damaged ||
            current.selectedId !== last.selectedId
          )
            options.onChange(current);
          if (current.spansStale !== last?.spansStale) writeBackLater(current.spansStale);
          if (current.drawn !== 'all' && drawIdle === null) drawIdle = window.requestIdleCallback(drawSlices, { timeout: 100 });
          if (current.drawn !== 'all') releaseOpen ??= holdOpen();
          else if (releaseOpen !== null) {
            releaseOpen();
            releaseOpen = null;
          }
          markTimings(current, last, markAfterFrame);
          last = current;
          if (current.stale) {
            if (settle !== null) clearTimeout(settle);
            settle = setTimeout(() => {
              settle = null;
              dispatch({ settle: true });
            }, settleAfterMs);
          }
        },
        destroy: () => {
          if (settle !== null) clearTimeout(settle);
          if (drawIdle !== null) window.cancelIdleCallback(drawIdle);
          if (checkIdle !== null) window.cancelIdleCallback(checkIdle);
          for (const frame of markFrames) window.cancelAnimationFrame(frame);
          cancelQuoteCheck();
          releaseOpen?.();
          annotations.unobserveDeep(onLayerChange);
          options.article.off('afterTransaction', onArticleTransaction);
        },
      };
    },
  });
}

/** For bench/: the moments the first annotations, and every one, are drawn in the page, marked by `mark` after the frame. */
function markTimings(current: AnnotationPluginState, last: AnnotationPluginState | undefined, mark: (name: string) => void): void {
  if (last?.resolved !== current.resolved && performance.getEntriesByName('factmark:ready').length === 0) {
    if (current.resolved.some((item) => item.status === 'anchored')) mark('factmark:ready');
  }
  // A small layer is drawn whole at once, so "every one drawn" is also when the first are.
  const drawnNow = current.drawn === 'all' && (last?.drawn !== 'all' || last.resolved !== current.resolved);
  if (
    drawnNow &&
    current.resolved.some((item) => item.status === 'anchored') &&
    performance.getEntriesByName('factmark:all-drawn').length === 0
  ) {
    mark('factmark:all-drawn');
  }
}

/** The part of the document on screen, with a screen's height more on either side. */
function visibleRange(view: EditorView): Range | null {
  const box = view.dom.getBoundingClientRect();
  const top = Math.max(box.top, 0) + 1;
  const bottom = Math.min(box.bottom, window.innerHeight) - 1;
  if (bottom <= top) return null;
  const left = box.left + Math.min(20, box.width / 2);
  const from = view.posAtCoords({ left, top })?.pos;
  const to = view.posAtCoords({ left, top: bottom })?.pos;
  if (from === undefined || to === undefined) return null;
  const margin = to - from;
  return { from: Math.max(0, from - margin), to: Math.min(view.state.doc.content.size, to + margin) };
}

/** The ids of the annotations drawn at a position, innermost (shortest) first. */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const decorations = annotationPluginKey.getState(state)?.decorations ?? DecorationSet.empty;
  return decorations
    .find(pos, pos)
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((decoration) => (decoration.spec as { id: string }).id);
}

/** Selects an annotation (or none), so the editor highlights it. */
export function selectAnnotation(view: EditorView, id: string | null): void {
  view.dispatch(view.state.tr.setMeta(annotationPluginKey, { select: id } satisfies Meta));
}
