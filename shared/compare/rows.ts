import type { Pair } from './alignment.js';
import type { Figure } from './figures.js';
import type { Sentence } from '../prose/index.js';
import { comparableText } from './span.js';
import type { Reading } from './reading.js';
import { pairSpeakers, type SpeakerComparison, type SpeakerMention } from './speakers.js';
import { noWordChanges, wordChanges, type WordChanges } from './wordChanges.js';

/** How a row's sentences compare: the same words, changed, or in one version only. */
export type RowStatus = 'same' | 'changed' | 'only-a' | 'only-b';

/** A row of the side-by-side view: a sentence of each version said to match, or a sentence only one has. */
export interface AlignedRow {
  status: RowStatus;
  /** The sentence of version a (an index into `a.sentences`), or null. */
  a: number | null;
  b: number | null;
  /** Paired out of reading order: the rewrite moved the sentence. */
  moved: boolean;
  /** How alike the two sentences' content words are, 0 to 1 (0 for a one-sided row). */
  similarity: number;
  /** Words that differ between the two sentences. */
  words: WordChanges;
  /** Numbers, dates and times of the row's sentences whose value changed in the other version (see `Comparison.figures`). */
  figures: { a: Figure[]; b: Figure[] };
  /** Numbers, dates and times of the row's sentences whose value the other version does not give at all: a dropped or added detail. */
  details: { a: Figure[]; b: Figure[] };
  /** The speakers the sentences name themselves, or null when neither names one. */
  speakers: SpeakerComparison | null;
}

function pairedRow(a: Reading, b: Reading, pair: Pair): AlignedRow {
  const sentenceA = a.version.sentences[pair.a] as Sentence;
  const sentenceB = b.version.sentences[pair.b] as Sentence;
  const same =
    comparableText(a.version.text.slice(sentenceA.start, sentenceA.end)) ===
    comparableText(b.version.text.slice(sentenceB.start, sentenceB.end));
  const namedA = a.named[pair.a] ?? null;
  const namedB = b.named[pair.b] ?? null;
  return {
    status: same ? 'same' : 'changed',
    a: pair.a,
    b: pair.b,
    moved: pair.moved,
    similarity: pair.similarity,
    words: same ? noWordChanges() : wordChanges(a.version.text, sentenceA, b.version.text, sentenceB),
    figures: { a: [], b: [] },
    details: { a: [], b: [] },
    speakers: namedA === null && namedB === null ? null : titlesOnly(pairSpeakers(namedA, namedB)),
  };
}

/** A row flags a title given differently, not a sentence credited to someone else: a speaker change is a quotation's finding. */
function titlesOnly(speakers: SpeakerComparison): SpeakerComparison {
  return speakers.differs.includes('name') ? { ...speakers, differs: [] } : speakers;
}

function oneSidedRow(side: 'a' | 'b', index: number, named: SpeakerMention | null): AlignedRow {
  return {
    status: side === 'a' ? 'only-a' : 'only-b',
    a: side === 'a' ? index : null,
    b: side === 'b' ? index : null,
    moved: false,
    similarity: 0,
    words: noWordChanges(),
    figures: { a: [], b: [] },
    details: { a: [], b: [] },
    speakers: named === null ? null : side === 'a' ? pairSpeakers(named, null) : pairSpeakers(null, named),
  };
}

/**
 * The rows in reading order: the pairs in order of version a, a moved pair at
 * its place in a; before each pair, the sentences of a and then of b that
 * come before it and have no partner.
 */
export function arrangeRows(a: Reading, b: Reading, pairs: Pair[]): AlignedRow[] {
  const rows: AlignedRow[] = [];
  const pairOfA = new Map(pairs.map((pair) => [pair.a, pair]));
  const pairedB = new Set(pairs.map((pair) => pair.b));
  let nextB = 0;
  const flushB = (until: number) => {
    for (; nextB < until; nextB++) if (!pairedB.has(nextB)) rows.push(oneSidedRow('b', nextB, b.named[nextB] ?? null));
  };
  const pendingA: number[] = [];
  for (let index = 0; index < a.version.sentences.length; index++) {
    const pair = pairOfA.get(index);
    if (pair === undefined) {
      pendingA.push(index);
      continue;
    }
    if (!pair.moved) {
      for (const only of pendingA.splice(0)) rows.push(oneSidedRow('a', only, a.named[only] ?? null));
      flushB(pair.b);
      nextB = Math.max(nextB, pair.b + 1);
    } else for (const only of pendingA.splice(0)) rows.push(oneSidedRow('a', only, a.named[only] ?? null));
    rows.push(pairedRow(a, b, pair));
  }
  for (const only of pendingA) rows.push(oneSidedRow('a', only, a.named[only] ?? null));
  flushB(b.version.sentences.length);
  return rows;
}
