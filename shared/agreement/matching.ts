import { overlapLength, spanKinds, type PerKind, type Span } from './span.js';

/**
 * When a candidate span counts as the same as a reference span: `exact` when
 * kind, start and end are equal; `overlap` when the kinds are equal and they
 * share at least one character.
 */
export type MatchMode = 'exact' | 'overlap';

/** Which spans of two lists were paired, one to one, and which were left over. */
export interface SpanMatching {
  /** Pairs of indices `[reference, candidate]`. */
  pairs: [number, number][];
  /** Indices of reference spans no candidate matched. */
  missed: number[];
  /** Indices of candidate spans that matched no reference span. */
  extra: number[];
}

/**
 * Pairs the spans of a candidate with those of a reference, one to one and
 * only within a kind. Exact: equal offsets. Overlap: greedily, the pair
 * sharing the most characters first (ties: the earlier reference span, then
 * the earlier candidate span), so a long span is not used up by a small
 * neighbour when a better partner exists.
 */
export function matchSpans(reference: readonly Span[], candidate: readonly Span[], mode: MatchMode): SpanMatching {
  const options: { reference: number; candidate: number; shared: number }[] = [];
  reference.forEach((a, i) => {
    candidate.forEach((b, j) => {
      if (a.kind !== b.kind) return;
      if (mode === 'exact' ? a.start === b.start && a.end === b.end : overlapLength(a, b) > 0) {
        options.push({ reference: i, candidate: j, shared: overlapLength(a, b) });
      }
    });
  });
  options.sort(
    (x, y) =>
      y.shared - x.shared ||
      (reference[x.reference]?.start ?? 0) - (reference[y.reference]?.start ?? 0) ||
      x.reference - y.reference ||
      (candidate[x.candidate]?.start ?? 0) - (candidate[y.candidate]?.start ?? 0) ||
      x.candidate - y.candidate,
  );
  const usedReference = new Set<number>();
  const usedCandidate = new Set<number>();
  const pairs: [number, number][] = [];
  for (const option of options) {
    if (usedReference.has(option.reference) || usedCandidate.has(option.candidate)) continue;
    usedReference.add(option.reference);
    usedCandidate.add(option.candidate);
    pairs.push([option.reference, option.candidate]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  return {
    pairs,
    missed: reference.map((_, i) => i).filter((i) => !usedReference.has(i)),
    extra: candidate.map((_, j) => j).filter((j) => !usedCandidate.has(j)),
  };
}

/** Precision, recall and F1 of a candidate against a reference, with the counts they come from. */
export interface Prf {
  precision: number;
  recall: number;
  f1: number;
  /** Spans in the reference. */
  reference: number;
  /** Spans in the candidate. */
  candidate: number;
  /** Pairs matched. */
  matched: number;
}

/**
 * Precision = matched / candidate spans, recall = matched / reference spans,
 * F1 = their harmonic mean. Degenerate cases: a ratio over no spans is 1 (a
 * candidate with no spans claims nothing wrong; a reference with no spans
 * leaves nothing to miss), and F1 is 0 when precision and recall are both 0.
 * So both sides empty gives 1, 1, 1; one side empty gives F1 0.
 */
export function prf(matched: number, reference: number, candidate: number): Prf {
  const precision = candidate === 0 ? 1 : matched / candidate;
  const recall = reference === 0 ? 1 : matched / reference;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, reference, candidate, matched };
}

/**
 * Per-kind and overall precision, recall and F1 of a candidate against a
 * reference. "all" pools the counts of every kind (micro-average); since
 * spans only match within a kind, its matches are the kinds' matches summed.
 */
export function spanScores(reference: readonly Span[], candidate: readonly Span[], mode: MatchMode): PerKind<Prf> {
  const { pairs } = matchSpans(reference, candidate, mode);
  const count = (spans: readonly Span[], kind: string) => spans.filter((span) => span.kind === kind).length;
  const scores = {} as PerKind<Prf>;
  for (const kind of spanKinds) {
    const matched = pairs.filter(([i]) => reference[i]?.kind === kind).length;
    scores[kind] = prf(matched, count(reference, kind), count(candidate, kind));
  }
  scores.all = prf(pairs.length, reference.length, candidate.length);
  return scores;
}
