import { annotationKinds, type AnnotationKind } from '../annotation.js';

/** A marked stretch of the `text` export: its kind and its offsets (`start` < `end`). */
export interface Span {
  kind: AnnotationKind;
  start: number;
  end: number;
}

/** One figure per kind, and one for all kinds together. */
export type PerKind<T> = Record<AnnotationKind | 'all', T>;

/** The kinds, in the order every table shows them. */
export const spanKinds: readonly AnnotationKind[] = annotationKinds;

/**
 * The spans of a layer's annotations: the anchored ones only, since an
 * orphan covers no text. Accepts export annotations (offsets or null).
 */
export function spansOf(annotations: readonly { kind: AnnotationKind; start: number | null; end: number | null }[]): Span[] {
  const spans: Span[] = [];
  for (const { kind, start, end } of annotations) {
    if (start !== null && end !== null && start < end) spans.push({ kind, start, end });
  }
  return spans;
}

/** How many characters two spans share (0 when they only touch or are apart). */
export function overlapLength(a: Pick<Span, 'start' | 'end'>, b: Pick<Span, 'start' | 'end'>): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Throws a RangeError for a span that is empty, reversed or outside a text of `length` characters. */
export function checkSpans(spans: readonly Span[], length: number): void {
  for (const span of spans) {
    if (!Number.isInteger(span.start) || !Number.isInteger(span.end) || span.start < 0 || span.end > length || span.start >= span.end) {
      throw new RangeError(`The span ${span.kind} ${span.start}–${span.end} is not inside a text of ${length} characters.`);
    }
  }
}
