import type { Node } from 'prosemirror-model';
import { Plugin, PluginKey, type EditorState, type Transaction } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import { ySyncPluginKey } from 'y-prosemirror';
import type * as Y from 'yjs';
import { listAnnotations } from '../../../shared/annotation.js';
import { resolveAnnotations, type ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';

/** What the annotation plugin knows: every annotation placed in the current document, and its decorations. */
export interface AnnotationPluginState {
  resolved: ResolvedAnnotation[];
  decorations: DecorationSet;
  selectedId: string | null;
  /** True when local edits were mapped since the last resolve from Yjs. */
  stale: boolean;
}

type Meta = { refresh: true } | { select: string | null };

export const annotationPluginKey = new PluginKey<AnnotationPluginState>('annotations');

/** Everything the plugin needs from outside the editor. */
export interface AnnotationPluginOptions {
  layer: Y.Doc;
  article: Y.Doc;
  fragment: Y.XmlFragment;
  /** Called after every change of the placed annotations or the selection. */
  onChange: (state: AnnotationPluginState) => void;
  /** Called when a reviewer clicks text covered by annotations, innermost first. */
  onClickAnnotations: (ids: string[]) => void;
}

function describe(item: ResolvedAnnotation): string {
  const { kind, author, note, verdict } = item.annotation;
  const parts = [`${kind[0]?.toUpperCase() ?? ''}${kind.slice(1)} · ${author.name}`];
  if (kind === 'claim' && verdict !== 'unverified') parts.push(`Verdict: ${verdict}`);
  if (note !== '') parts.push(note);
  return parts.join('\n');
}

/** Draws each anchored annotation as an inline decoration; nested ones get a deeper underline. */
function buildDecorations(doc: Node, resolved: ResolvedAnnotation[], selectedId: string | null): DecorationSet {
  const decorations: Decoration[] = [];
  const open: number[] = [];
  for (const item of resolved) {
    if (item.status !== 'anchored') continue;
    // resolved is in text order: count the spans still open here for the depth.
    while (open.length > 0 && (open[open.length - 1] ?? 0) <= item.from) open.pop();
    const depth = Math.min(open.length, 3);
    open.push(item.to);
    open.sort((a, b) => b - a);
    decorations.push(
      Decoration.inline(
        item.from,
        item.to,
        {
          class: `annotation annotation-${item.annotation.kind} depth-${depth}${item.annotation.id === selectedId ? ' annotation-selected' : ''}`,
          'data-annotation-id': item.annotation.id,
          title: describe(item),
        },
        { id: item.annotation.id, inclusiveStart: false, inclusiveEnd: false },
      ),
    );
  }
  return DecorationSet.create(doc, decorations);
}

function resolve(options: AnnotationPluginOptions, doc: Node): ResolvedAnnotation[] {
  return resolveAnnotations(listAnnotations(options.layer), { ydoc: options.article, fragment: options.fragment, doc });
}

/** Moves placed annotations through a local edit, before it reaches Yjs. */
function mapResolved(resolved: ResolvedAnnotation[], tr: Transaction): ResolvedAnnotation[] {
  return resolved.map((item) => {
    if (item.status !== 'anchored') return item;
    const from = tr.mapping.map(item.from, 1);
    const to = tr.mapping.map(item.to, -1);
    return from < to ? { ...item, from, to } : { annotation: item.annotation, status: 'orphaned' };
  });
}

/**
 * Shows a layer's annotations in the editor. Remote article changes arrive
 * from y-prosemirror as a whole-document replacement that would drop mapped
 * decorations, so those (and layer changes) re-resolve every annotation from
 * its relative positions; local edits, which reach Yjs only after this
 * plugin's `apply`, map the decorations instead.
 */
export function annotationPlugin(options: AnnotationPluginOptions): Plugin<AnnotationPluginState> {
  return new Plugin<AnnotationPluginState>({
    key: annotationPluginKey,
    state: {
      init: (_config, state) => {
        const resolved = resolve(options, state.doc);
        return { resolved, selectedId: null, decorations: buildDecorations(state.doc, resolved, null), stale: false };
      },
      apply: (tr, value, _old, state) => {
        const meta = tr.getMeta(annotationPluginKey) as Meta | undefined;
        const remote = (tr.getMeta(ySyncPluginKey) as { isChangeOrigin?: boolean } | undefined)?.isChangeOrigin === true;
        let { resolved, selectedId, decorations, stale } = value;
        if (meta !== undefined && 'select' in meta) selectedId = meta.select;
        if (remote || (meta !== undefined && 'refresh' in meta)) {
          resolved = resolve(options, state.doc);
          stale = false;
        } else if (tr.docChanged) {
          resolved = mapResolved(resolved, tr);
          stale = true;
          if (selectedId === value.selectedId) return { resolved, selectedId, decorations: decorations.map(tr.mapping, tr.doc), stale };
        } else if (selectedId === value.selectedId) {
          return value;
        }
        decorations = buildDecorations(state.doc, resolved, selectedId);
        return { resolved, selectedId, decorations, stale };
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
      const refresh = () => {
        // Deferred: a local mark is made inside a command, and the article
        // must be back in step with Yjs before everything is resolved again.
        queueMicrotask(() => {
          if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(annotationPluginKey, { refresh: true } satisfies Meta));
        });
      };
      options.layer.on('update', refresh);
      let last = annotationPluginKey.getState(view.state);
      if (last !== undefined) options.onChange(last);
      // Mapping through local edits is right for the moment; once typing
      // pauses, resolve from Yjs again so this view agrees with every replica
      // (a split inside a span, or an anchor that only Yjs knows was deleted).
      let settle: ReturnType<typeof setTimeout> | null = null;
      return {
        update: (updated: EditorView) => {
          const current = annotationPluginKey.getState(updated.state);
          if (current !== undefined && current !== last) {
            last = current;
            options.onChange(current);
          }
          if (current?.stale === true) {
            if (settle !== null) clearTimeout(settle);
            settle = setTimeout(() => {
              settle = null;
              if (!view.isDestroyed) view.dispatch(view.state.tr.setMeta(annotationPluginKey, { refresh: true } satisfies Meta));
            }, 250);
          }
        },
        destroy: () => {
          if (settle !== null) clearTimeout(settle);
          options.layer.off('update', refresh);
        },
      };
    },
  });
}

/** The ids of the annotations covering a position, innermost (shortest) first. */
export function annotationsAt(state: EditorState, pos: number): string[] {
  const resolved = annotationPluginKey.getState(state)?.resolved ?? [];
  return resolved
    .filter(
      (item): item is Extract<ResolvedAnnotation, { status: 'anchored' }> =>
        item.status === 'anchored' && item.from <= pos && pos <= item.to,
    )
    .sort((a, b) => a.to - a.from - (b.to - b.from))
    .map((item) => item.annotation.id);
}

/** Selects an annotation (or none), so the editor highlights it. */
export function selectAnnotation(view: EditorView, id: string | null): void {
  view.dispatch(view.state.tr.setMeta(annotationPluginKey, { select: id } satisfies Meta));
}
