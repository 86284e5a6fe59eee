import type { SkippedEntry } from '../export/model.js';
import { comparePair, type CodedLayer, type PairAgreement } from './layerAgreement.js';
import { labelTokens } from './kappa.js';
import { matchSpans } from './matching.js';
import { checkSpans, type PerKind, type Span } from './span.js';
import { tokenize } from './tokens.js';
import { unitizingAlpha } from './unitizingAlpha.js';

/** One student's layer scored against the answer key (the key is the reference). */
export interface StudentScore extends Omit<PairAgreement, 'a' | 'b'> {
  layer: string;
  name: string;
  /** How many spans the student marked. */
  spans: number;
}

/** A span of the answer key, and who missed it (no overlapping span of its kind). */
export interface MissedSpan extends Span {
  quote: string;
  /** How many students missed it. */
  missed: number;
  /** How many students were scored. */
  total: number;
  /** The names of those who missed it. */
  missedBy: string[];
}

/** A class's scores against an answer key. */
export interface ScoreReport {
  key: { id: string; name: string; spans: number };
  students: StudentScore[];
  /** Every key span, the most missed first (then in text order). */
  mostMissed: MissedSpan[];
  /** uα among the students themselves (the key left out): how much the class agrees; null with fewer than two. */
  classAlpha: PerKind<number> | null;
  /** Damaged entries of the layers, left out of every figure. */
  skipped?: SkippedEntry[];
}

/**
 * Scores each student's layer against the answer key: precision, recall and
 * F1 (overlapping and exact), kappa and uα of the pair; and lists the key's
 * spans by how many students missed them. A key span counts as missed by a
 * student when the one-to-one overlap matching leaves it unpaired.
 */
export function scoreAgainstKey(text: string, key: CodedLayer, students: readonly CodedLayer[]): ScoreReport {
  for (const layer of [key, ...students]) checkSpans(layer.spans, text.length);
  const tokens = tokenize(text);
  const keyLabels = labelTokens(tokens, key.spans);
  const missedBy: string[][] = key.spans.map(() => []);
  const scored = students.map((student): StudentScore => {
    for (const index of matchSpans(key.spans, student.spans, 'overlap').missed) missedBy[index]?.push(student.name);
    const { a: _a, b: _b, ...figures } = comparePair(text, key, student, { a: keyLabels, b: labelTokens(tokens, student.spans) });
    return { layer: student.id, name: student.name, spans: student.spans.length, ...figures };
  });
  const mostMissed = key.spans
    .map((span, index): MissedSpan => {
      const names = missedBy[index] ?? [];
      return { ...span, quote: text.slice(span.start, span.end), missed: names.length, total: students.length, missedBy: names };
    })
    .sort((x, y) => y.missed - x.missed || x.start - y.start || x.end - y.end);
  return {
    key: { id: key.id, name: key.name, spans: key.spans.length },
    students: scored,
    mostMissed,
    classAlpha:
      students.length < 2
        ? null
        : unitizingAlpha(
            text.length,
            students.map((student) => student.spans),
          ),
  };
}
