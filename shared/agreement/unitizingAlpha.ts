import { spanKinds, type PerKind, type Span } from './span.js';

/**
 * A stretch of the continuum as one coder divides it for one kind: a unit
 * (`unit` true: marked with that kind) or a gap between units. `begin` and
 * `length` in characters.
 */
interface Section {
  begin: number;
  length: number;
  unit: boolean;
}

/**
 * One coder's sections for one kind, covering [0, length) without gaps.
 * Units of one kind by one coder must not overlap in uα, so overlapping
 * spans of a kind are first merged into their union (spans that only touch
 * stay two units).
 */
function sectionsOf(spans: readonly Span[], kind: string, length: number): Section[] {
  const sorted = spans.filter((span) => span.kind === kind).sort((a, b) => a.start - b.start || a.end - b.end);
  const units: { start: number; end: number }[] = [];
  for (const span of sorted) {
    const last = units[units.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else units.push({ start: span.start, end: span.end });
  }
  const sections: Section[] = [];
  let position = 0;
  for (const { start, end } of units) {
    if (start > position) sections.push({ begin: position, length: start - position, unit: false });
    sections.push({ begin: start, length: end - start, unit: true });
    position = end;
  }
  if (position < length) sections.push({ begin: position, length: length - position, unit: false });
  return sections;
}

/**
 * The squared distance δ² between section g of one coder and section h of
 * another (Krippendorff 1995, 2004):
 * - both units that overlap: (b_g − b_h)² + (e_g − e_h)², the squared
 *   differences of their beginnings and of their ends;
 * - a unit lying wholly inside the other coder's gap: its length squared,
 *   l_g² (or l_h²), as the other coder did not see it at all;
 * - anything else (two gaps, sections apart, a unit partly in a gap — that
 *   part is already counted by the unit it overlaps): 0.
 */
function distance(g: Section, h: Section): number {
  const gEnd = g.begin + g.length;
  const hEnd = h.begin + h.length;
  if (g.unit && h.unit) {
    if (g.begin < hEnd && h.begin < gEnd) return (g.begin - h.begin) ** 2 + (gEnd - hEnd) ** 2;
    return 0;
  }
  if (g.unit && !h.unit && h.begin <= g.begin && gEnd <= hEnd) return g.length ** 2;
  if (!g.unit && h.unit && g.begin <= h.begin && hEnd <= gEnd) return h.length ** 2;
  return 0;
}

/**
 * Σ_g Σ_h δ²(g, h) over the sections of two coders. δ² is 0 for sections
 * that do not overlap, and each coder's sections tile the continuum in
 * order, so a walk visits only the overlapping pairs.
 */
function observedBetween(mine: readonly Section[], theirs: readonly Section[]): number {
  let sum = 0;
  let first = 0;
  for (const g of mine) {
    const gEnd = g.begin + g.length;
    while (first < theirs.length && (theirs[first]?.begin ?? 0) + (theirs[first]?.length ?? 0) <= g.begin) first++;
    for (let index = first; index < theirs.length && (theirs[index]?.begin ?? 0) < gEnd; index++) {
      sum += distance(g, theirs[index] as Section);
    }
  }
  return sum;
}

/** Observed and expected disagreement for one kind, before they are divided. */
interface Disagreement {
  observed: number;
  expected: number;
}

/**
 * For one kind, with m coders on a continuum of L characters (uα, Krippendorff
 * 1995 "On the reliability of unitizing continuous data"; 2004 "Content
 * Analysis", 2nd ed., §11.6):
 *
 *   uDo = Σ_i Σ_{j≠i} Σ_g Σ_h δ²(ig, jh) / (m(m−1)L²)
 *
 *   uDe = (2/L) Σ_i Σ_g v_ig [ (N−1)/3 · (2l_ig³ − 3l_ig² + l_ig)
 *                              + l_ig² Σ_j Σ_h (1−v_jh)(l_jh − l_ig + 1)·[l_jh ≥ l_ig] ]
 *         / ( mL(mL−1) − Σ_i Σ_g v_ig l_ig(l_ig − 1) )
 *
 * where g, h run over each coder's sections, v = 1 for a unit and 0 for a
 * gap, l is a section's length and N the number of units of that kind over
 * all coders. uDe is the disagreement expected if every coder's units and
 * gaps were shuffled at random along the continuum.
 */
function disagreementOf(coders: readonly Span[][], kind: string, length: number): Disagreement {
  const m = coders.length;
  const sections = coders.map((spans) => sectionsOf(spans, kind, length));
  let observed = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < m; j++) {
      if (i !== j) observed += observedBetween(sections[i] ?? [], sections[j] ?? []);
    }
  }
  const units = sections.flat().filter((section) => section.unit);
  const gaps = sections.flat().filter((section) => !section.unit);
  const n = units.length;
  let expectedSum = 0;
  let unitPairs = 0;
  for (const { length: l } of units) {
    let fits = 0;
    for (const gap of gaps) if (gap.length >= l) fits += gap.length - l + 1;
    expectedSum += ((n - 1) / 3) * (2 * l ** 3 - 3 * l ** 2 + l) + l ** 2 * fits;
    unitPairs += l * (l - 1);
  }
  const denominator = m * length * (m * length - 1) - unitPairs;
  return {
    observed: observed / (m * (m - 1) * length ** 2),
    expected: denominator <= 0 ? 0 : ((2 / length) * expectedSum) / denominator,
  };
}

/** 1 − observed/expected; when nothing was expected to differ, 1 if nothing did (no one marked that kind), else 0. */
function alphaOf({ observed, expected }: Disagreement): number {
  if (expected <= 0) return observed <= 0 ? 1 : 0;
  return 1 - observed / expected;
}

/**
 * Krippendorff's alpha for unitizing (uα) of two or more coders who marked
 * spans of one text of `length` characters, the positions being characters.
 * 1 is perfect agreement, 0 what chance would give, below 0 worse than
 * chance. One uα per kind (a coder's units of the other kinds count as gaps),
 * and "all" = 1 − Σ_k uDo_k / Σ_k uDe_k, pooling the kinds' disagreements.
 * A kind no coder used has uα = 1.
 */
export function unitizingAlpha(length: number, coders: readonly Span[][]): PerKind<number> {
  if (coders.length < 2) throw new RangeError(`Alpha compares two or more coders, not ${coders.length}.`);
  if (!Number.isInteger(length) || length < 0) throw new RangeError(`The text length ${length} is not a whole number of characters.`);
  const result = {} as PerKind<number>;
  if (length === 0) {
    for (const kind of [...spanKinds, 'all' as const]) result[kind] = 1;
    return result;
  }
  const total: Disagreement = { observed: 0, expected: 0 };
  for (const kind of spanKinds) {
    const disagreement = disagreementOf(coders, kind, length);
    result[kind] = alphaOf(disagreement);
    total.observed += disagreement.observed;
    total.expected += disagreement.expected;
  }
  result.all = alphaOf(total);
  return result;
}
