import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import type { Annotation } from '../annotation.js';
import { FragmentIndex } from './fragmentIndex.js';
import { matchQuote } from './matchQuote.js';
import { decodeAnchor, type AnchorPosition } from './relativeRange.js';
import { TextMap } from './textMap.js';

/** An annotation placed in the article, or why it is not. */
export type ResolvedAnnotation =
  | {
      annotation: Annotation;
      status: 'anchored';
      from: number;
      to: number;
      /** True when found again by its quote because its positions were lost. */
      reanchored: boolean;
      /**
       * True when an edge's character was deleted: the place is right, and
       * anchors written there again keep every reader on it, whatever is
       * edited around it later.
       */
      anchorsStale: boolean;
    }
  /** The article has not received the text it points at yet. */
  | { annotation: Annotation; status: 'pending' }
  /** Its text was deleted: kept, listed with its quote, never dropped. */
  | { annotation: Annotation; status: 'orphaned' };

export type AnchoredAnnotation = Extract<ResolvedAnnotation, { status: 'anchored' }>;

/** The article an annotation layer anchors into: its Y.Doc, its fragment, and the same content as ProseMirror. */
export interface ArticleState {
  ydoc: Y.Doc;
  fragment: Y.XmlFragment;
  doc: Node;
}

/**
 * Places annotations in the article: by their relative positions, else (when
 * those were lost, as when a paragraph is split) by their quote and context,
 * else as orphans. One walk of the fragment serves all of them. The result
 * is in text order, orphaned and pending ones last; the same inputs give the
 * same result on every replica.
 */
export function resolveAnnotations(annotations: readonly Annotation[], article: ArticleState): ResolvedAnnotation[] {
  const index = new FragmentIndex(article.fragment, article.doc.type.schema);
  let textMap: TextMap | null = null;
  const size = article.doc.content.size;
  const inDocument = (position: AnchorPosition): position is number => typeof position === 'number' && position >= 0 && position <= size;
  const resolved = annotations.map((annotation): ResolvedAnnotation => {
    const start = decodeAnchor(annotation.start, article.ydoc, index);
    const end = decodeAnchor(annotation.end, article.ydoc, index);
    const from = start.position;
    const to = end.position;
    const intact = inDocument(from) && inDocument(to) && from < to;
    // Both edges still on their characters: the span is where they are.
    if (intact && !start.deleted && !end.deleted)
      return { annotation, status: 'anchored', from, to, reanchored: false, anchorsStale: false };
    if (from === 'pending' || to === 'pending') return { annotation, status: 'pending' };
    // An edge's character was deleted, as when y-prosemirror re-inserts the
    // text of a split or joined paragraph: the quote says where the words went.
    textMap ??= TextMap.of(article.doc);
    const match = matchQuote(textMap.text, annotation);
    if (match !== null)
      return {
        annotation,
        status: 'anchored',
        from: textMap.posAt(match.start, 1),
        to: textMap.posAt(match.end, -1),
        reanchored: true,
        anchorsStale: true,
      };
    // Its words were edited, but some remain: the span is what is left of them.
    if (intact) return { annotation, status: 'anchored', from, to, reanchored: false, anchorsStale: true };
    // Its words are gone.
    return { annotation, status: 'orphaned' };
  });
  return resolved.sort(compareResolved);
}

/** Text order: anchored annotations by position (outer before inner), then orphans, then pending ones. */
export function compareResolved(a: ResolvedAnnotation, b: ResolvedAnnotation): number {
  const rank = (item: ResolvedAnnotation) => (item.status === 'anchored' ? 0 : item.status === 'orphaned' ? 1 : 2);
  if (rank(a) !== rank(b)) return rank(a) - rank(b);
  if (a.status === 'anchored' && b.status === 'anchored' && (a.from !== b.from || a.to !== b.to)) {
    return a.from - b.from || b.to - a.to;
  }
  return a.annotation.createdAt.localeCompare(b.annotation.createdAt) || a.annotation.id.localeCompare(b.annotation.id);
}
