import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchSpans, prf, spanScores, spansOf, type Span } from '../../../../shared/agreement/index.js';

const text = 'Mayor Ana said taxes fell. Critics disagreed.';
/** The span of some words of the text. */
const at = (kind: Span['kind'], words: string): Span => {
  const start = text.indexOf(words);
  if (start === -1) throw new RangeError(`"${words}" is not in the text.`);
  return { kind, start, end: start + words.length };
};

// Layer A: attribution "Mayor Ana said", claim "taxes fell".
// Layer B: claim "Ana said taxes fell", denial "Critics disagreed".
const a = [at('attribution', 'Mayor Ana said'), at('claim', 'taxes fell')];
const b = [at('claim', 'Ana said taxes fell'), at('denial', 'Critics disagreed')];

describe('span matching and precision, recall, F1', () => {
  it('scores exact spans per kind, with the degenerate cases as documented', () => {
    const scores = spanScores(a, b, 'exact');
    // No span of B has the same offsets as one of A.
    // claim: 1 reference, 1 candidate, 0 matched → P 0, R 0, F1 0.
    expect(scores.claim).toEqual({ precision: 0, recall: 0, f1: 0, reference: 1, candidate: 1, matched: 0 });
    // attribution: 1 reference, no candidate → P 1 (nothing claimed wrongly), R 0, F1 0.
    expect(scores.attribution).toEqual({ precision: 1, recall: 0, f1: 0, reference: 1, candidate: 0, matched: 0 });
    // denial: no reference, 1 candidate → P 0, R 1 (nothing to miss), F1 0.
    expect(scores.denial).toEqual({ precision: 0, recall: 1, f1: 0, reference: 0, candidate: 1, matched: 0 });
    // all: 0 of 2 and 0 of 2.
    expect(scores.all.f1).toBe(0);
  });

  it('scores overlapping spans: the claims share "taxes fell"', () => {
    const scores = spanScores(a, b, 'overlap');
    // claim: 1 of 1 both ways → 1, 1, 1.
    expect(scores.claim).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    // all: 1 matched of 2 reference and 2 candidate spans → P ½, R ½, F1 ½.
    expect(scores.all).toEqual({ precision: 0.5, recall: 0.5, f1: 0.5, reference: 2, candidate: 2, matched: 1 });
  });

  it('gives 1, 1, 1 when neither side has spans', () => {
    expect(prf(0, 0, 0)).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(spanScores([], [], 'overlap').all.f1).toBe(1);
  });

  it('computes F1 as the harmonic mean: 2 of 3 reference and 2 of 4 candidate spans', () => {
    // P = 2/4 = 0.5, R = 2/3, F1 = 2·0.5·(2/3)/(0.5 + 2/3) = (2/3)/(7/6) = 4/7.
    expect(prf(2, 3, 4).f1).toBeCloseTo(4 / 7, 12);
  });

  it('pairs one to one, as many pairs as possible, then the most characters shared', () => {
    const reference: Span[] = [
      { kind: 'claim', start: 0, end: 10 },
      { kind: 'claim', start: 9, end: 20 },
    ];
    const candidate: Span[] = [
      { kind: 'claim', start: 8, end: 12 },
      { kind: 'claim', start: 0, end: 9 },
    ];
    // Overlaps: r0–c0 2, r0–c1 9, r1–c0 3, r1–c1 0. Two pairs: r0–c1 (9) and r1–c0 (3).
    // Pairing r0–c0 would have left r1 unmatched.
    expect(matchSpans(reference, candidate, 'overlap')).toEqual({
      pairs: [
        [0, 1],
        [1, 0],
      ],
      missed: [],
      extra: [],
    });
    // One candidate cannot match two reference spans: 5–15 shares 5 with r0 and 6 with r1, so r1 has it.
    expect(matchSpans(reference, [{ kind: 'claim', start: 5, end: 15 }], 'overlap')).toEqual({ pairs: [[1, 0]], missed: [0], extra: [] });
  });

  it('pairs where a greedy pairing, largest overlap first, would leave two spans unpaired', () => {
    // Key claims 0–10 and 10–20 against a student's 4–15 and 0–4: the largest
    // overlap (0–10 with 4–15, 6 characters) leaves 10–20 and 0–4 with nothing;
    // 10–20 with 4–15 and 0–10 with 0–4 pairs all four.
    const key: Span[] = [
      { kind: 'claim', start: 0, end: 10 },
      { kind: 'claim', start: 10, end: 20 },
    ];
    const student: Span[] = [
      { kind: 'claim', start: 4, end: 15 },
      { kind: 'claim', start: 0, end: 4 },
    ];
    expect(matchSpans(key, student, 'overlap').pairs).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(spanScores(key, student, 'overlap').all.f1).toBe(1);
  });

  it('makes as many pairs as the best pairing found by trying every one', () => {
    const span = fc
      .record({
        kind: fc.constantFrom('claim' as const, 'denial' as const),
        start: fc.integer({ min: 0, max: 30 }),
        length: fc.integer({ min: 1, max: 12 }),
      })
      .map(({ kind, start, length }): Span => ({ kind, start, end: start + length }));
    const mostPairs = (reference: Span[], candidate: Span[], from = 0, used = new Set<number>()): number => {
      if (from === reference.length) return 0;
      let best = mostPairs(reference, candidate, from + 1, used);
      const mine = reference[from];
      candidate.forEach((other, index) => {
        if (
          mine === undefined ||
          used.has(index) ||
          other.kind !== mine.kind ||
          Math.min(mine.end, other.end) <= Math.max(mine.start, other.start)
        )
          return;
        used.add(index);
        best = Math.max(best, 1 + mostPairs(reference, candidate, from + 1, used));
        used.delete(index);
      });
      return best;
    };
    fc.assert(
      fc.property(fc.array(span, { maxLength: 6 }), fc.array(span, { maxLength: 6 }), (reference, candidate) => {
        expect(matchSpans(reference, candidate, 'overlap').pairs.length).toBe(mostPairs(reference, candidate));
      }),
      { numRuns: 500 },
    );
  });

  it('never pairs spans of different kinds, nor spans that only touch', () => {
    expect(matchSpans([{ kind: 'claim', start: 0, end: 5 }], [{ kind: 'denial', start: 0, end: 5 }], 'exact').pairs).toEqual([]);
    expect(matchSpans([{ kind: 'claim', start: 0, end: 5 }], [{ kind: 'claim', start: 5, end: 9 }], 'overlap').pairs).toEqual([]);
  });

  it('leaves orphans out of a layer’s spans', () => {
    expect(
      spansOf([
        { kind: 'claim', start: 3, end: 7 },
        { kind: 'denial', start: null, end: null },
      ]),
    ).toEqual([{ kind: 'claim', start: 3, end: 7 }]);
  });
});
