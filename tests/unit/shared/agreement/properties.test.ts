import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cohensKappa,
  compareLayers,
  disagreements,
  spanScores,
  tokenize,
  tokenKappa,
  unitizingAlpha,
  type Span,
} from '../../../../shared/agreement/index.js';

const text = 'The minister said prices rose. The union denied it, and analysts disagreed about what the figures showed.';
const span = fc
  .tuple(fc.constantFrom<Span['kind']>('claim', 'denial', 'attribution'), fc.nat(text.length - 1), fc.integer({ min: 1, max: 30 }))
  .map(([kind, start, length]): Span => ({ kind, start, end: Math.min(text.length, start + length) }));
const layer = fc.array(span, { maxLength: 6 });
const tokens = tokenize(text);

describe('agreement properties', () => {
  it('kappa, alpha and F1 do not depend on which layer comes first', () => {
    fc.assert(
      fc.property(layer, layer, (a, b) => {
        expect(tokenKappa(tokens, a, b).all).toBeCloseTo(tokenKappa(tokens, b, a).all, 10);
        expect(unitizingAlpha(text.length, [a, b]).all).toBeCloseTo(unitizingAlpha(text.length, [b, a]).all, 10);
        expect(spanScores(a, b, 'overlap').all.f1).toBeCloseTo(spanScores(b, a, 'overlap').all.f1, 10);
      }),
    );
  });

  it('gives the kappa of the definition over each word’s set of kinds', () => {
    const kindsOf = (spans: Span[]) =>
      tokens.map((token) => {
        const kinds = (['claim', 'denial', 'attribution'] as const).filter((kind) =>
          spans.some((span) => span.kind === kind && span.start < token.end && token.start < span.end),
        );
        return kinds.length === 0 ? 'none' : kinds.join('+');
      });
    fc.assert(
      fc.property(layer, layer, (a, b) => {
        expect(tokenKappa(tokens, a, b).all).toBeCloseTo(cohensKappa(kindsOf(a), kindsOf(b)), 12);
      }),
    );
  });

  it('keeps precision, recall and F1 within [0, 1] and kappa and alpha at most 1', () => {
    fc.assert(
      fc.property(layer, layer, (a, b) => {
        for (const mode of ['exact', 'overlap'] as const) {
          for (const figures of Object.values(spanScores(a, b, mode))) {
            for (const value of [figures.precision, figures.recall, figures.f1]) {
              expect(value).toBeGreaterThanOrEqual(0);
              expect(value).toBeLessThanOrEqual(1);
            }
          }
        }
        for (const value of Object.values(tokenKappa(tokens, a, b))) expect(value).toBeLessThanOrEqual(1 + 1e-12);
        for (const value of Object.values(unitizingAlpha(text.length, [a, b]))) expect(value).toBeLessThanOrEqual(1 + 1e-12);
      }),
    );
  });

  it('gives 1 everywhere and no disagreements for identical layers', () => {
    fc.assert(
      fc.property(layer, (a) => {
        const report = compareLayers(text, [
          { id: 'x', name: 'X', spans: a },
          { id: 'y', name: 'Y', spans: [...a].reverse() },
        ]);
        const [pair] = report.pairs;
        for (const kind of ['claim', 'denial', 'attribution', 'all'] as const) {
          expect(pair?.overlap[kind].f1).toBe(1);
          expect(pair?.exact[kind].f1).toBe(1);
          expect(pair?.kappa[kind]).toBeCloseTo(1, 12);
          expect(pair?.alpha[kind]).toBeCloseTo(1, 12);
        }
        expect(disagreements(a, [...a].reverse())).toEqual([]);
      }),
    );
  });
});
