import { describe, expect, it } from 'vitest';
import { unitizingAlpha, type Span } from '../../../../shared/agreement/index.js';

const claim = (start: number, end: number): Span => ({ kind: 'claim', start, end });
const attribution = (start: number, end: number): Span => ({ kind: 'attribution', start, end });

describe('Krippendorff’s alpha for unitizing', () => {
  it('matches a hand calculation: two coders, two overlapping units', () => {
    // L = 10, m = 2. A: gap 0–2 (l 2), unit 2–6 (l 4), gap 6–10 (l 4).
    //                B: gap 0–3 (l 3), unit 3–6 (l 3), gap 6–10 (l 4).
    // Observed: the units overlap: δ² = (2 − 3)² + (6 − 6)² = 1, once for A–B and once for B–A;
    // neither unit lies wholly inside a gap of the other. uDo = 2 / (2·1·10²) = 0.01.
    // Expected: N = 2 units; gaps of both coders: 2, 4, 3, 4.
    //   unit l 4: (1/3)(2·64 − 3·16 + 4) = 28; gaps ≥ 4: (4−4+1) + (4−4+1) = 2, × 16 = 32 → 60.
    //   unit l 3: (1/3)(2·27 − 3·9 + 3) = 10; gaps ≥ 3: 2 + 1 + 2 = 5, × 9 = 45 → 55.
    //   (2/10)·115 = 23; denominator 2·10·(2·10 − 1) − (4·3 + 3·2) = 380 − 18 = 362.
    // uDe = 23/362; uα = 1 − 0.01·362/23 = 1 − 3.62/23.
    const alpha = unitizingAlpha(10, [[claim(2, 6)], [claim(3, 6)]]);
    expect(alpha.claim).toBeCloseTo(1 - 3.62 / 23, 12);
    // No one used the other kinds: 1. "all" pools only claim's disagreements here.
    expect(alpha.denial).toBe(1);
    expect(alpha.all).toBeCloseTo(1 - 3.62 / 23, 12);
  });

  it('matches a hand calculation: a unit one coder did not see at all, and the pooled alpha', () => {
    // L = 10. A: attribution 2–4 (l 2); B: nothing.
    // Observed: A's unit lies inside B's gap 0–10: δ² = 2² = 4, for A–B and B–A: uDo = 8 / (2·1·100) = 0.04.
    // Expected: N = 1, so the first term is 0; gaps: A 2 and 6, B 10.
    //   fits: (2−2+1) + (6−2+1) + (10−2+1) = 15, × 2² = 60; (2/10)·60 = 12; denominator 380 − 2·1 = 378.
    // uDe = 12/378; uα = 1 − 0.04·378/12 = 1 − 1.26 = −0.26.
    const alone = unitizingAlpha(10, [[attribution(2, 4)], []]);
    expect(alone.attribution).toBeCloseTo(-0.26, 12);
    // With the claims of the first case too: all = 1 − (0.01 + 0.04) / (23/362 + 12/378).
    const both = unitizingAlpha(10, [[claim(2, 6), attribution(2, 4)], [claim(3, 6)]]);
    expect(both.claim).toBeCloseTo(1 - 3.62 / 23, 12);
    expect(both.attribution).toBeCloseTo(-0.26, 12);
    expect(both.all).toBeCloseTo(1 - 0.05 / (23 / 362 + 12 / 378), 12);
  });

  it('matches a hand calculation with three coders, one of whom marked nothing', () => {
    // L = 10, m = 3. A: unit 2–6; B: unit 3–6; C: nothing (one gap 0–10).
    // Observed, over ordered pairs: A–B and B–A 1 each (as in the first case); A's unit inside C's gap
    // 4² = 16, twice; B's 3² = 9, twice. Σ = 52; uDo = 52 / (3·2·10²) = 52/600.
    // Expected: N = 2; gaps 2, 4 (A), 3, 4 (B), 10 (C).
    //   unit l 4: 28 + 16·[(4−4+1) + (4−4+1) + (10−4+1)] = 28 + 16·9 = 172.
    //   unit l 3: 10 + 9·[(4−3+1) + (3−3+1) + (4−3+1) + (10−3+1)] = 10 + 9·13 = 127.
    //   (2/10)·299 = 59.8; denominator 3·10·(3·10 − 1) − (4·3 + 3·2) = 870 − 18 = 852.
    // uα = 1 − (52/600)/(59.8/852) = 1 − 44304/35880 ≈ −0.2348.
    expect(unitizingAlpha(10, [[claim(2, 6)], [claim(3, 6)], []]).claim).toBeCloseTo(1 - 44304 / 35880, 12);
  });

  it('keeps a coder’s touching spans of a kind as two units', () => {
    // L = 10. A: units 2–4 and 4–6; B: unit 2–6.
    // Observed: 2–4 vs 2–6: (2−2)² + (4−6)² = 4; 4–6 vs 2–6: (4−2)² + (6−6)² = 4; both ways: 16.
    // uDo = 16 / (2·1·100) = 0.08. Expected: N = 3 (lengths 2, 2, 4); gaps 2, 4, 2, 4.
    //   each unit l 2: (2/3)(16 − 12 + 2) = 4, + 4·[1 + 3 + 1 + 3] = 32 → 36, twice: 72.
    //   unit l 4: (2/3)(128 − 48 + 4) = 56, + 16·[1 + 1] = 32 → 88.
    //   (2/10)·160 = 32; denominator 380 − (2 + 2 + 12) = 364; uDe = 32/364.
    // uα = 1 − 0.08·364/32 = 1 − 0.91 = 0.09.
    expect(unitizingAlpha(10, [[claim(2, 4), claim(4, 6)], [claim(2, 6)]]).claim).toBeCloseTo(0.09, 12);
  });

  it('is 1 for identical coders, three of them too, and when no one marked anything', () => {
    const spans = [claim(0, 4), claim(6, 9), attribution(2, 8)];
    expect(unitizingAlpha(12, [spans, spans, spans]).all).toBe(1);
    expect(unitizingAlpha(12, [[], []]).all).toBe(1);
  });

  it('merges one coder’s overlapping spans of a kind into one unit', () => {
    // A's 2–5 and 4–6 are the unit 2–6, as in the first case.
    expect(unitizingAlpha(10, [[claim(2, 5), claim(4, 6)], [claim(3, 6)]]).claim).toBeCloseTo(1 - 3.62 / 23, 12);
  });

  it('refuses fewer than two coders', () => {
    expect(() => unitizingAlpha(10, [[claim(0, 2)]])).toThrow(RangeError);
  });
});
