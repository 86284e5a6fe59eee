import { maximumWeightAssignment } from './assignment.js';
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
 * only within a kind. Exact: equal offsets. Overlap: spans that share a
 * character may pair, and the pairing is a maximum matching: as many pairs
 * as can be made, and among those the most characters shared (a greedy
 * pairing, largest overlap first, can leave two spans unpaired that an
 * optimal one pairs). Solved exactly, one cluster of overlapping spans at a
 * time, so a long layer costs little more than its parts.
 */
export function matchSpans(reference: readonly Span[], candidate: readonly Span[], mode: MatchMode): SpanMatching {
  const edges: { reference: number; candidate: number; shared: number }[] = [];
  reference.forEach((a, i) => {
    candidate.forEach((b, j) => {
      if (a.kind !== b.kind) return;
      if (mode === 'exact' ? a.start === b.start && a.end === b.end : overlapLength(a, b) > 0) {
        edges.push({ reference: i, candidate: j, shared: overlapLength(a, b) });
      }
    });
  });
  const pairs: [number, number][] = [];
  for (const cluster of clustersOf(edges, reference.length)) pairs.push(...bestPairs(cluster));
  pairs.sort((x, y) => x[0] - y[0]);
  const usedReference = new Set(pairs.map(([i]) => i));
  const usedCandidate = new Set(pairs.map(([, j]) => j));
  return {
    pairs,
    missed: reference.map((_, i) => i).filter((i) => !usedReference.has(i)),
    extra: candidate.map((_, j) => j).filter((j) => !usedCandidate.has(j)),
  };
}

type Edge = { reference: number; candidate: number; shared: number };

/** The edges grouped by connected cluster of spans (reference and candidate spans linked by overlap). */
function clustersOf(edges: readonly Edge[], referenceCount: number): Edge[][] {
  // Union-find over reference spans 0…r-1 and candidate spans r…
  const parent = new Map<number, number>();
  const find = (node: number): number => {
    let root = node;
    while ((parent.get(root) ?? root) !== root) root = parent.get(root) ?? root;
    parent.set(node, root);
    return root;
  };
  for (const edge of edges) parent.set(find(edge.reference), find(referenceCount + edge.candidate));
  const clusters = new Map<number, Edge[]>();
  for (const edge of edges) {
    const root = find(edge.reference);
    const cluster = clusters.get(root);
    if (cluster === undefined) clusters.set(root, [edge]);
    else cluster.push(edge);
  }
  return [...clusters.values()];
}

/** The best pairs of one cluster: most pairs first, then most characters shared. */
function bestPairs(edges: readonly Edge[]): [number, number][] {
  if (edges.length === 1) {
    const [edge] = edges;
    return edge === undefined ? [] : [[edge.reference, edge.candidate]];
  }
  const rows = [...new Set(edges.map((edge) => edge.reference))];
  const columns = [...new Set(edges.map((edge) => edge.candidate))];
  // Every pair is worth more than all shared characters together, so the
  // number of pairs comes first and shared characters only break ties.
  const pairWorth = edges.reduce((sum, edge) => sum + edge.shared, 0) + 1;
  const weights = rows.map(() => new Array<number>(columns.length).fill(0));
  for (const edge of edges) {
    const row = weights[rows.indexOf(edge.reference)];
    if (row !== undefined) row[columns.indexOf(edge.candidate)] = pairWorth + edge.shared;
  }
  return maximumWeightAssignment(weights).map(([row, column]): [number, number] => [rows[row] ?? -1, columns[column] ?? -1]);
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
