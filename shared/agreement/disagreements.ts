import { matchSpans } from './matching.js';
import { overlapLength, type Span } from './span.js';

/**
 * Where two layers differ, as a span of one of them:
 * - `only`: no span of the other layer overlaps it at all;
 * - `kind`: the other layer marked (some of) the same words as another kind;
 * - `boundary`: the other layer has an overlapping span of the same kind, but
 *   it starts or ends elsewhere.
 */
export interface Disagreement extends Span {
  /** Which layer the span is in. */
  side: 'a' | 'b';
  type: 'only' | 'kind' | 'boundary';
}

/**
 * The disagreements between two layers, in text order: the spans the
 * overlap matching (one to one, within a kind) leaves unpaired, and the
 * paired spans whose ends differ. Identical layers give none.
 */
export function disagreements(a: readonly Span[], b: readonly Span[]): Disagreement[] {
  const { pairs, missed, extra } = matchSpans(a, b, 'overlap');
  const result: Disagreement[] = [];
  const unpaired = (span: Span, side: 'a' | 'b', others: readonly Span[]) => {
    const kindClash = others.some((other) => other.kind !== span.kind && overlapLength(other, span) > 0);
    result.push({ ...span, side, type: kindClash ? 'kind' : 'only' });
  };
  for (const index of missed) unpaired(a[index] as Span, 'a', b);
  for (const index of extra) unpaired(b[index] as Span, 'b', a);
  for (const [i, j] of pairs) {
    const x = a[i] as Span;
    const y = b[j] as Span;
    if (x.start !== y.start || x.end !== y.end) {
      result.push({ ...x, side: 'a', type: 'boundary' }, { ...y, side: 'b', type: 'boundary' });
    }
  }
  return result.sort((x, y) => x.start - y.start || x.end - y.end || x.side.localeCompare(y.side));
}
