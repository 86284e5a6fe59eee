import { describe, expect, it } from 'vitest';
import { cohensKappa, tokenize, tokenKappa, type Span } from '../../../../shared/agreement/index.js';

const text = 'Mayor Ana said taxes fell. Critics disagreed.';
const at = (kind: Span['kind'], words: string): Span => {
  const start = text.indexOf(words);
  return { kind, start, end: start + words.length };
};

describe('tokens and Cohen’s kappa', () => {
  it('splits words, keeping joiners inside them and dropping punctuation', () => {
    const words = (input: string) => tokenize(input).map(({ start, end }) => input.slice(start, end));
    expect(words(text)).toEqual(['Mayor', 'Ana', 'said', 'taxes', 'fell', 'Critics', 'disagreed']);
    expect(words('Wójcik-Ngata didn’t — say "so".\n\n2026')).toEqual(['Wójcik-Ngata', 'didn’t', 'say', 'so', '2026']);
    // A letter outside the Basic Multilingual Plane is one character of a word, not a break.
    expect(words('𠮷野家 opened - 🚌 late')).toEqual(['𠮷野家', 'opened', 'late']);
  });

  it('matches a kappa computed by hand over combined labels and per kind', () => {
    // Words:  Mayor Ana  said taxes fell  Critics disagreed
    // A:      attr  attr attr claim claim none    none
    // B:      none  clm  clm  claim claim denial  denial
    const a = [at('attribution', 'Mayor Ana said'), at('claim', 'taxes fell')];
    const b = [at('claim', 'Ana said taxes fell'), at('denial', 'Critics disagreed')];
    const kappa = tokenKappa(tokenize(text), a, b);
    // all: pₒ = 2/7 (taxes, fell). A: attr 3/7, claim 2/7, none 2/7; B: none 1/7, claim 4/7, denial 2/7.
    // pₑ = (2/7)(4/7) + (2/7)(1/7) = 10/49; κ = (14/49 − 10/49)/(39/49) = 4/39.
    expect(kappa.all).toBeCloseTo(4 / 39, 12);
    // claim: A 0001100, B 0111100. pₒ = 5/7; pₑ = (2/7)(4/7) + (5/7)(3/7) = 23/49; κ = (35 − 23)/(49 − 23) = 12/26 = 6/13.
    expect(kappa.claim).toBeCloseTo(6 / 13, 12);
    // attribution: B never uses it, so pₑ = pₒ = 4/7 and κ = 0; denial likewise (A never uses it).
    expect(kappa.attribution).toBeCloseTo(0, 12);
    expect(kappa.denial).toBeCloseTo(0, 12);
  });

  it('counts a word partly covered as covered, and a word under two kinds as their combination', () => {
    const tokens = tokenize('one two three');
    // A marks "ne tw" (claim) over parts of "one" and "two"; B marks "one two" as claim and "two" as attribution too.
    const a: Span[] = [{ kind: 'claim', start: 1, end: 6 }];
    const b: Span[] = [
      { kind: 'claim', start: 0, end: 7 },
      { kind: 'attribution', start: 4, end: 7 },
    ];
    // claim: A 110, B 110 → agree fully, κ 1.
    expect(tokenKappa(tokens, a, b).claim).toBe(1);
    // all: A claim, claim, none; B claim, claim+attribution, none. pₒ = 2/3;
    // pₑ = (2/3)(1/3) [claim] + (1/3)(1/3) [none] = 3/9 = 1/3; κ = (2/3 − 1/3)/(2/3) = 1/2.
    expect(tokenKappa(tokens, a, b).all).toBeCloseTo(0.5, 12);
  });

  it('is 1 when both coders give one label to everything, or there is nothing to label', () => {
    expect(cohensKappa(['none', 'none'], ['none', 'none'])).toBe(1);
    expect(cohensKappa([], [])).toBe(1);
    expect(() => cohensKappa(['a'], [])).toThrow(RangeError);
  });

  it('is −1 for two coders who always disagree on a balanced binary label', () => {
    // pₒ = 0, pₑ = ½·½ + ½·½ = ½; κ = (0 − ½)/(½) = −1.
    expect(cohensKappa(['x', 'y'], ['y', 'x'])).toBe(-1);
  });
});
