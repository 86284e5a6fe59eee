import type { EditorState } from 'prosemirror-state';
import type * as Y from 'yjs';
import { createAnnotation, type AnnotationKind, type Person } from '../../../shared/annotation.js';
import { quoteSelectorOf } from '../../../shared/anchor/matchQuote.js';
import { encodeAnchors } from '../../../shared/anchor/relativeRange.js';
import { TextMap } from '../../../shared/anchor/textMap.js';
import { snapToWords } from '../../../shared/wordBoundaries.js';

/** The origin of this browser's own layer changes, which its undo tracks. */
export const localAnnotationOrigin = { name: 'local annotation' };

/** The selection widened to whole words, as text offsets and positions, or null if nothing is selected. */
export function selectedSpan(state: EditorState): { from: number; to: number; start: number; end: number; map: TextMap } | null {
  const { from, to, empty } = state.selection;
  if (empty) return null;
  const map = TextMap.of(state.doc);
  const snapped = snapToWords(map.text, map.offsetAt(from), map.offsetAt(to));
  if (snapped.start >= snapped.end || map.text.slice(snapped.start, snapped.end).trim() === '') return null;
  return { from: map.posAt(snapped.start, 1), to: map.posAt(snapped.end, -1), start: snapped.start, end: snapped.end, map };
}

/**
 * Marks the selected words as an annotation of `kind` in the layer. Returns
 * the new annotation's id, or null when nothing is selected.
 */
export function markSelection(
  state: EditorState,
  layer: Y.Doc,
  article: Y.XmlFragment,
  kind: AnnotationKind,
  author: Person,
): string | null {
  const span = selectedSpan(state);
  if (span === null || span.from >= span.to) return null;
  return createAnnotation(
    layer,
    { kind, author, ...encodeAnchors(article, state.doc, span.from, span.to), ...quoteSelectorOf(span.map.text, span.start, span.end) },
    localAnnotationOrigin,
  );
}

/** New anchors and quote for an existing annotation, from the current selection: resizing it. */
export function spanFromSelection(state: EditorState, article: Y.XmlFragment) {
  const span = selectedSpan(state);
  if (span === null || span.from >= span.to) return null;
  return { ...encodeAnchors(article, state.doc, span.from, span.to), ...quoteSelectorOf(span.map.text, span.start, span.end) };
}
