import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import * as Y from 'yjs';
import { annotationsMap, listAnnotations, readAnnotation, type Annotation } from '../../../shared/annotation.js';
import { compareResolved, resolveAnnotations, type ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { isRemoteChange, remoteChangeRange } from './remoteChange.js';

/** What the annotation plugin knows: every annotation placed in the document, and its decorations. */
export interface AnnotationPluginState {
  /** In text order as of the last time they were placed; local edits since then only move the decorations. */
  resolved: ResolvedAnnotation[];
  decorations: DecorationSet;
  selectedId: string | null;
  /** True when local edits were mapped since annotations were last placed from Yjs. */
  stale: boolean;
  /** The part of the document local edits touched since then. */
  dirty: { from: number; to: number } | null;
}

type Meta = { refresh: true } | { settle: true } | { changed: string[] } | { select: string | null };

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
}

function describe(annotation: Annotation): string {
  const { kind, author, note, verdict } = annotation;
  const parts = [`${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)} · ${author.name}`];
  if (kind === 'claim' && verdict !== 'unverified') parts.push(`Verdict: ${verdict}`);
  if (note !== '') parts.push(note);
  return parts.join('\n');
}

function decorationFor(item: Extract<ResolvedAnnotation, { status: 'anchored' }>, depth: number, selected: boolean): Decoration {
  return Decoration.inline(
    item.from,
    item.to,
    {
      class: `annotation annotation-${item.annotation.kind} depth-${Math.min(depth, 3)}${selected ? ' annotation-selected' : ''}`,
      'data-annotation-id': item.annotation.id,
      title: describe(item.annotation),
    },
    { id: item.annotation.id, inclusiveStart: false, inclusiveEnd: false },
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
  for (const id of ids) {
    const entry = map.get(id);
    const annotation = entry instanceof Y.Map ? readAnnotation(id, entry) : null;
    if (annotation !== null) annotations.push(annotation);
  }
  const fresh = resolveAnnotations(annotations, { ydoc: options.article, fragment: options.fragment, doc });
  let decorations = state.decorations.remove(
    state.decorations.find(undefined, undefined, (spec: { id?: string }) => spec.id !== undefined && ids.has(spec.id)),
  );
  const added: Decoration[] = [];
  for (const item of fresh) {
    if (item.status !== 'anchored') continue;
    const depth = decorations.find(item.from, item.to).filter((other) => other.from <= item.from && other.to >= item.to).length;
    added.push(decorationFor(item, depth, item.annotation.id === state.selectedId));
  }
  decorations = decorations.add(doc, added);
  const resolved = [...state.resolved.filter((item) => !ids.has(item.annotation.id)), ...fresh].sort(compareResolved);
  return { ...state, resolved, decorations };
}

/** The ids of annotations whose decorations meet a range, plus every one not placed: those a change there may move. */
function idsAround(state: AnnotationPluginState, from: number, to: number): Set<string> {
  const ids = new Set<string>();
  for (const decoration of state.decorations.find(Math.max(0, from - 1), to + 1)) ids.add((decoration.spec as { id: string }).id);
  for (const item of state.resolved) if (item.status !== 'anchored') ids.add(item.annotation.id);
  return ids;
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
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => {
        const resolved = resolveAnnotations(listAnnotations(options.layer), {
          ydoc: options.article,
          fragment: options.fragment,
          doc: state.doc,
        });
        return { resolved, selectedId: null, decorations: buildDecorations(state.doc, resolved, null), stale: false, dirty: null };
      },
      apply: (tr, value, oldState, newState) => {
        const meta = tr.getMeta(annotationPluginKey) as Meta | undefined;
        let state = value;
        if (isRemoteChange(tr)) {
          const change = remoteChangeRange(oldState.doc, newState.doc);
          if (change !== null) {
            const ids = idsAround(state, change.from, change.to);
            state = { ...state, decorations: state.decorations.map(change.mapping, newState.doc) };
            state = replaceAnnotations(state, ids, options, newState.doc);
          }
        } else if (tr.docChanged) {
          const start = tr.before.content.findDiffStart(tr.doc.content) ?? 0;
          const end = tr.before.content.findDiffEnd(tr.doc.content)?.b ?? start;
          const previous =
            state.dirty === null ? null : { from: tr.mapping.map(state.dirty.from, -1), to: tr.mapping.map(state.dirty.to, 1) };
          const dirty = { from: Math.min(start, end, previous?.from ?? Infinity), to: Math.max(start, end, previous?.to ?? -Infinity) };
          return { ...state, decorations: state.decorations.map(tr.mapping, tr.doc), stale: true, dirty };
        }
        if (meta === undefined) return state;
        if ('refresh' in meta) {
          const resolved = resolveAnnotations(listAnnotations(options.layer), {
            ydoc: options.article,
            fragment: options.fragment,
            doc: newState.doc,
          });
          return { ...state, resolved, decorations: buildDecorations(newState.doc, resolved, state.selectedId), stale: false, dirty: null };
        }
        if ('settle' in meta) {
          const ids = state.dirty === null ? new Set<string>() : idsAround(state, state.dirty.from, state.dirty.to);
          return { ...replaceAnnotations(state, ids, options, newState.doc), stale: false, dirty: null };
        }
        if ('changed' in meta) return replaceAnnotations(state, new Set(meta.changed), options, newState.doc);
        const previous = state.selectedId;
        state = { ...state, selectedId: meta.select };
        return replaceAnnotations(state, new Set([previous, meta.select].filter((id): id is string => id !== null)), options, newState.doc);
      },
    },
    props: {
      decorations: (state) => annotationPluginKey.getState(state)?.decorations ?? DecorationSet.empty,
      handleClick: (view, pos) => {
        const ids = annotationsAt(view.state, pos);
        if (ids.length === 0) return false;
        options.onClickAnnotations(ids);
        return false;
      },
    },
    view: (view) => {
      const dispatch = (meta: Meta) => {
        if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(annotationPluginKey, meta));
      };
      // Layer changes arrive in batches: the ids they touched are placed again together,
      // deferred so that a mark made inside a command sees the article in step with Yjs.
      let changed: Set<string> | null = null;
      const onLayerChange = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        const ids = changed ?? new Set<string>();
        for (const event of events) {
          if (event.path.length === 0) for (const key of event.changes.keys.keys()) ids.add(key);
          else ids.add(String(event.path[0]));
        }
        if (changed === null) {
          changed = ids;
          queueMicrotask(() => {
            const batch = changed;
            changed = null;
            if (batch !== null) dispatch({ changed: Array.from(batch) });
          });
        }
      };
      const annotations = annotationsMap(options.layer);
      annotations.observeDeep(onLayerChange);
      let last = annotationPluginKey.getState(view.state);
      if (last !== undefined) options.onChange(last);
      // Once typing pauses, the annotations near local edits are placed from
      // Yjs again, so this view agrees with every replica (a split inside a
      // span, or an anchor that only Yjs knows was deleted).
      let settle: ReturnType<typeof setTimeout> | null = null;
      return {
        update: (updated: EditorView) => {
          const current = annotationPluginKey.getState(updated.state);
          if (current === undefined) return;
          if (last === undefined || current.resolved !== last.resolved || current.selectedId !== last.selectedId) options.onChange(current);
          last = current;
          if (current.stale) {
            if (settle !== null) clearTimeout(settle);
            settle = setTimeout(() => {
              settle = null;
              dispatch({ settle: true });
            }, 400);
          }
        },
        destroy: () => {
          if (settle !== null) clearTimeout(settle);
          annotations.unobserveDeep(onLayerChange);
        },
      };
    },
  });
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
