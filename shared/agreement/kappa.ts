import { overlapLength, spanKinds, type PerKind, type Span } from './span.js';
import type { Token } from './tokens.js';

/**
 * Cohen's kappa of two label sequences of equal length:
 * κ = (pₒ − pₑ) / (1 − pₑ), where pₒ is the share of positions with equal
 * labels and pₑ = Σ_c p_a(c)·p_b(c) the share expected by chance from each
 * coder's own label frequencies. When pₑ = 1 both coders gave every position
 * the same single label, so they agree completely: κ = 1 (also for no
 * positions at all).
 */
export function cohensKappa(a: readonly string[], b: readonly string[]): number {
  if (a.length !== b.length) throw new RangeError(`Kappa needs two labellings of equal length, not ${a.length} and ${b.length}.`);
  const n = a.length;
  if (n === 0) return 1;
  const countsA = new Map<string, number>();
  const countsB = new Map<string, number>();
  let agreed = 0;
  for (let index = 0; index < n; index++) {
    const x = a[index] ?? '';
    const y = b[index] ?? '';
    if (x === y) agreed++;
    countsA.set(x, (countsA.get(x) ?? 0) + 1);
    countsB.set(y, (countsB.get(y) ?? 0) + 1);
  }
  const observed = agreed / n;
  let expected = 0;
  for (const [label, count] of countsA) expected += (count / n) * ((countsB.get(label) ?? 0) / n);
  if (expected >= 1) return 1;
  return (observed - expected) / (1 - expected);
}

/** The kinds covering each token (any shared character counts), as a sorted list per token. */
function kindsPerToken(tokens: readonly Token[], spans: readonly Span[]): string[][] {
  const sorted = [...spans].sort((x, y) => x.start - y.start);
  return tokens.map((token) => {
    const kinds = new Set<string>();
    for (const span of sorted) {
      if (span.start >= token.end) break;
      if (overlapLength(span, token) > 0) kinds.add(span.kind);
    }
    return spanKinds.filter((kind) => kinds.has(kind));
  });
}

/**
 * Cohen's kappa over the words of the text between two layers. Each word is
 * labelled by the kinds of the spans covering it (a word partly covered
 * counts as covered). Since spans may overlap, a word can carry several
 * kinds, so:
 * - per kind, a binary kappa: is the word covered by that kind or not;
 * - "all", one kappa over combined labels: the set of kinds covering the word
 *   ("none", "claim", "claim+attribution", …), so two layers agree on a word
 *   only when the same kinds cover it.
 */
export function tokenKappa(tokens: readonly Token[], a: readonly Span[], b: readonly Span[]): PerKind<number> {
  const kindsA = kindsPerToken(tokens, a);
  const kindsB = kindsPerToken(tokens, b);
  const combined = (kinds: string[]) => (kinds.length === 0 ? 'none' : kinds.join('+'));
  const result = { all: cohensKappa(kindsA.map(combined), kindsB.map(combined)) } as PerKind<number>;
  for (const kind of spanKinds) {
    const binary = (kinds: string[]) => (kinds.includes(kind) ? kind : 'none');
    result[kind] = cohensKappa(kindsA.map(binary), kindsB.map(binary));
  }
  return result;
}
