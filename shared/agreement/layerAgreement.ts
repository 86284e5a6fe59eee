import type { SkippedEntry } from '../export/model.js';
import { labelKappa, labelTokens, type TokenLabels } from './kappa.js';
import { spanScores, type Prf } from './matching.js';
import { checkSpans, type PerKind, type Span } from './span.js';
import { tokenize } from './tokens.js';
import { unitizingAlpha } from './unitizingAlpha.js';

/** A layer's spans, with the name to show for it. */
export interface CodedLayer {
  id: string;
  name: string;
  spans: Span[];
}

/** How two layers agree. F1 is symmetric, so which one is "a" does not matter. */
export interface PairAgreement {
  a: string;
  b: string;
  /** F1 for overlapping spans (and its precision/recall taking `a` as the reference). */
  overlap: PerKind<Prf>;
  /** F1 for exact spans. */
  exact: PerKind<Prf>;
  /** Cohen's kappa over the words of the text. */
  kappa: PerKind<number>;
  /** Krippendorff's uα of the two. */
  alpha: PerKind<number>;
}

/** Agreement among several layers: every pair, and uα of all of them together. */
export interface LayerAgreement {
  layers: { id: string; name: string; spans: number }[];
  pairs: PairAgreement[];
  /** uα of all the layers at once; null with fewer than two layers. */
  alpha: PerKind<number> | null;
  /** Damaged entries of the layers, left out of every figure. */
  skipped?: SkippedEntry[];
}

/** Every agreement figure between two layers of one text; pass the layers' word labels when comparing many pairs. */
export function comparePair(text: string, a: CodedLayer, b: CodedLayer, labels?: { a: TokenLabels; b: TokenLabels }): PairAgreement {
  const tokens = labels === undefined ? tokenize(text) : [];
  const words = labels ?? { a: labelTokens(tokens, a.spans), b: labelTokens(tokens, b.spans) };
  return {
    a: a.id,
    b: b.id,
    overlap: spanScores(a.spans, b.spans, 'overlap'),
    exact: spanScores(a.spans, b.spans, 'exact'),
    kappa: labelKappa(words.a, words.b),
    alpha: unitizingAlpha(text.length, [a.spans, b.spans]),
  };
}

/**
 * Compares layers of one text: every pair (in the order given) and uα of all
 * of them. Throws a RangeError for a span outside the text.
 */
export function compareLayers(text: string, layers: readonly CodedLayer[]): LayerAgreement {
  for (const layer of layers) checkSpans(layer.spans, text.length);
  const tokens = tokenize(text);
  const labels = layers.map((layer) => labelTokens(tokens, layer.spans));
  const pairs: PairAgreement[] = [];
  layers.forEach((a, i) => {
    layers.forEach((b, j) => {
      if (j > i) pairs.push(comparePair(text, a, b, { a: labels[i] as TokenLabels, b: labels[j] as TokenLabels }));
    });
  });
  return {
    layers: layers.map((layer) => ({ id: layer.id, name: layer.name, spans: layer.spans.length })),
    pairs,
    alpha:
      layers.length < 2
        ? null
        : unitizingAlpha(
            text.length,
            layers.map((layer) => layer.spans),
          ),
  };
}
