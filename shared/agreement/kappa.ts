import { spanKinds, type PerKind, type Span } from './span.js';
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

/**
 * For each word of a text, the kinds of one layer's spans that cover it, as
 * bits: 1 << the kind's index in {@link spanKinds}.
 */
export type TokenLabels = Uint8Array;

/** κ from a table of how often coder A gave label x and coder B label y (`table[x * size + y]`). */
function kappaOfTable(table: readonly number[], size: number, n: number): number {
  if (n === 0) return 1;
  let agreed = 0;
  let expected = 0;
  for (let x = 0; x < size; x++) {
    agreed += table[x * size + x] ?? 0;
    let rowA = 0;
    let columnB = 0;
    for (let y = 0; y < size; y++) {
      rowA += table[x * size + y] ?? 0;
      columnB += table[y * size + x] ?? 0;
    }
    expected += (rowA / n) * (columnB / n);
  }
  if (expected >= 1) return 1;
  return (agreed / n - expected) / (1 - expected);
}

/**
 * Labels each word with the kinds of the spans covering it (any shared
 * character counts). Words are in text order, so each span finds its first
 * word by binary search and walks only the words it covers.
 */
export function labelTokens(tokens: readonly Token[], spans: readonly Span[]): TokenLabels {
  const labels = new Uint8Array(tokens.length);
  for (const span of spans) {
    const bit = 1 << spanKinds.indexOf(span.kind);
    let low = 0;
    let high = tokens.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((tokens[middle]?.end ?? 0) <= span.start) low = middle + 1;
      else high = middle;
    }
    for (let index = low; index < tokens.length && (tokens[index]?.start ?? 0) < span.end; index++)
      labels[index] = (labels[index] ?? 0) | bit;
  }
  return labels;
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
  return labelKappa(labelTokens(tokens, a), labelTokens(tokens, b));
}

/** {@link tokenKappa} of two layers whose words are already labelled (to label each layer once when comparing many). */
export function labelKappa(a: TokenLabels, b: TokenLabels): PerKind<number> {
  if (a.length !== b.length) throw new RangeError(`Kappa needs two labellings of equal length, not ${a.length} and ${b.length}.`);
  const sets = 1 << spanKinds.length;
  const combined = new Array<number>(sets * sets).fill(0);
  for (let index = 0; index < a.length; index++) {
    const x = a[index] ?? 0;
    const y = b[index] ?? 0;
    combined[x * sets + y] = (combined[x * sets + y] ?? 0) + 1;
  }
  const result = { all: kappaOfTable(combined, sets, a.length) } as PerKind<number>;
  spanKinds.forEach((kind, bit) => {
    // Fold the table of kind sets into covered-or-not by this kind.
    const binary = [0, 0, 0, 0];
    for (let x = 0; x < sets; x++) {
      for (let y = 0; y < sets; y++) {
        const cell = ((x >> bit) & 1) * 2 + ((y >> bit) & 1);
        binary[cell] = (binary[cell] ?? 0) + (combined[x * sets + y] ?? 0);
      }
    }
    result[kind] = kappaOfTable(binary, 2, a.length);
  });
  return result;
}
