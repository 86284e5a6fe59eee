import { alignItems, type Pair } from './alignment.js';
import { changedFigures, findFigures, type Figure } from './figures.js';
import { splitParagraphs, type Paragraph } from './paragraphs.js';
import { findQuotations, quotationCore, type Quotation } from './quotations.js';
import { splitSentences, type Sentence } from './sentences.js';
import { contentWords, similarity, wordsOf } from './similarity.js';
import { comparableText, type TextSpan } from './span.js';
import { compareSpeakers, speakerInSentence, type AttributionSpan, type SpeakerDifference, type SpeakerMention } from './speakers.js';
import type { CompareVersion } from './version.js';
import { wordChanges, type WordChanges } from './wordChanges.js';

/** One side of a comparison: which version, and what the comparison found in it. */
export interface ComparedVersion extends CompareVersion {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
}

/** The speakers of one pairing, one per side where named, and what differs. */
export interface SpeakerComparison {
  a: SpeakerMention | null;
  b: SpeakerMention | null;
  differs: SpeakerDifference[];
}

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
  /** Numbers, dates and time expressions one sentence has and the other does not. */
  figures: { a: Figure[]; b: Figure[] };
  /** The speakers the sentences name themselves, or null when neither names one. */
  speakers: SpeakerComparison | null;
}

/** How a quotation appears in the two versions. */
export type QuotationStatus = 'verbatim' | 'reworded' | 'only-a' | 'only-b';

/** A quotation of either version, with its counterpart in the other when there is one. */
export interface QuotationPair {
  status: QuotationStatus;
  /** The quotation of version a (an index into `a.quotations`), or null. */
  a: number | null;
  b: number | null;
  similarity: number;
  /** The words that differ, for a reworded quotation. */
  words: WordChanges;
  /** Who says it on each side: named in its sentence, or the last speaker named before. */
  speakers: SpeakerComparison;
}

/** Counts of what differs, for a summary line. */
export interface ComparisonSummary {
  sentences: { same: number; changed: number; moved: number; onlyA: number; onlyB: number };
  quotations: { verbatim: number; reworded: number; onlyA: number; onlyB: number };
  speakerFlags: number;
  changedFigures: number;
}

/** Two versions of a story aligned: paragraphs, sentences and quotations, with what changed between them. */
export interface Comparison {
  a: ComparedVersion;
  b: ComparedVersion;
  /** Paragraphs of a and b that hold paired sentences, and those that hold none (the other side null). */
  paragraphs: { a: number | null; b: number | null }[];
  rows: AlignedRow[];
  quotations: QuotationPair[];
  summary: ComparisonSummary;
}

/**
 * The most sentence pairs a comparison weighs (sentences of a times sentences
 * of b): two articles of about 35,000 words each. Aligning costs time in
 * proportion to it, so longer texts are refused rather than keep a server busy.
 */
export const maxSentencePairs = 6_250_000;

/** A quotation at least this alike to another (in all their words) is the same quotation, reworded. */
export const quotationThreshold = 0.5;

interface Reading {
  version: ComparedVersion;
  words: Set<string>[];
  /** The speaker each sentence names itself. */
  named: (SpeakerMention | null)[];
  /** The speaker of each sentence's quotations: named there, or the last named before. */
  speaking: (SpeakerMention | null)[];
}

/** Splits a version into paragraphs, sentences and quotations and finds who speaks where. */
function read(version: CompareVersion): Reading {
  const paragraphs = splitParagraphs(version.text);
  const sentences: Sentence[] = [];
  const quotations: Quotation[] = [];
  for (const paragraph of paragraphs) {
    const found = findQuotations(version.text, paragraph);
    quotations.push(...found);
    sentences.push(...splitSentences(version.text, paragraph, found, sentences.length));
  }
  const attributions: AttributionSpan[] = version.annotations.filter((annotation) => annotation.kind === 'attribution');
  const named: (SpeakerMention | null)[] = [];
  const speaking: (SpeakerMention | null)[] = [];
  let last: SpeakerMention | null = null;
  for (const sentence of sentences) {
    const inside = quotations.filter((quotation) => quotation.start < sentence.end && sentence.start < quotation.end);
    const found = speakerInSentence(version.text, sentence, inside, attributions);
    if (found !== null && found !== 'pronoun') last = found;
    named.push(found === 'pronoun' ? null : found);
    // A sentence that only quotes, or says "she said", is the last named speaker's.
    const onlyQuotes = inside.length > 0 && found === null;
    speaking.push(found === 'pronoun' || onlyQuotes ? last : found);
  }
  return {
    version: { ...version, paragraphs, sentences, quotations },
    words: sentences.map((sentence) => contentWords(version.text.slice(sentence.start, sentence.end))),
    named,
    speaking,
  };
}

function speakersOf(a: SpeakerMention | null, b: SpeakerMention | null): SpeakerComparison {
  return { a, b, differs: compareSpeakers(a, b) };
}

const noChanges = (): WordChanges => ({ a: [], b: [] });

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
    words: same ? noChanges() : wordChanges(a.version.text, sentenceA, b.version.text, sentenceB),
    figures: changedFigures(findFigures(a.version.text, sentenceA), findFigures(b.version.text, sentenceB)),
    speakers: namedA === null && namedB === null ? null : speakersOf(namedA, namedB),
  };
}

function oneSidedRow(side: 'a' | 'b', index: number, named: SpeakerMention | null): AlignedRow {
  return {
    status: side === 'a' ? 'only-a' : 'only-b',
    a: side === 'a' ? index : null,
    b: side === 'b' ? index : null,
    moved: false,
    similarity: 0,
    words: noChanges(),
    figures: { a: [], b: [] },
    speakers: named === null ? null : side === 'a' ? speakersOf(named, null) : speakersOf(null, named),
  };
}

/**
 * The rows in reading order: the pairs in order of version a, a moved pair at
 * its place in a; before each pair, the sentences of a and then of b that
 * come before it and have no partner.
 */
function arrangeRows(a: Reading, b: Reading, pairs: Pair[]): AlignedRow[] {
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

/** Which sentence of a reading holds a quotation (the one where it opens). */
function sentenceOf(reading: Reading, quotation: Quotation): number {
  return reading.version.sentences.findIndex((sentence) => sentence.start <= quotation.start && quotation.start < sentence.end);
}

/**
 * Pairs the quotations of the two versions, most alike first: the same words
 * (typography and the punctuation where the quote meets the sentence aside)
 * are verbatim, at least {@link quotationThreshold} alike reworded, else
 * missing from the other side.
 */
function pairQuotations(a: Reading, b: Reading): QuotationPair[] {
  const core = (reading: Reading, quotation: Quotation) => quotationCore(reading.version.text, quotation);
  const wordsA = a.version.quotations.map((quotation) => new Set(wordsOf(sliceOf(a, core(a, quotation)))));
  const wordsB = b.version.quotations.map((quotation) => new Set(wordsOf(sliceOf(b, core(b, quotation)))));
  const candidates: { a: number; b: number; similarity: number }[] = [];
  wordsA.forEach((words, i) =>
    wordsB.forEach((other, j) => {
      const score = similarity(words, other);
      if (score >= quotationThreshold) candidates.push({ a: i, b: j, similarity: score });
    }),
  );
  candidates.sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  const partnerOfA = new Map<number, { b: number; similarity: number }>();
  const takenB = new Set<number>();
  for (const candidate of candidates) {
    if (partnerOfA.has(candidate.a) || takenB.has(candidate.b)) continue;
    partnerOfA.set(candidate.a, candidate);
    takenB.add(candidate.b);
  }
  const speakerOf = (reading: Reading, quotation: Quotation) => reading.speaking[sentenceOf(reading, quotation)] ?? null;
  const pairs: QuotationPair[] = a.version.quotations.map((quotation, i): QuotationPair => {
    const partner = partnerOfA.get(i);
    const speakerA = speakerOf(a, quotation);
    if (partner === undefined) {
      return { status: 'only-a', a: i, b: null, similarity: 0, words: noChanges(), speakers: speakersOf(speakerA, null) };
    }
    const other = b.version.quotations[partner.b] as Quotation;
    const spanA = core(a, quotation);
    const spanB = core(b, other);
    const verbatim = comparableText(sliceOf(a, spanA)) === comparableText(sliceOf(b, spanB));
    return {
      status: verbatim ? 'verbatim' : 'reworded',
      a: i,
      b: partner.b,
      similarity: partner.similarity,
      words: verbatim ? noChanges() : wordChanges(a.version.text, spanA, b.version.text, spanB),
      speakers: speakersOf(speakerA, speakerOf(b, other)),
    };
  });
  b.version.quotations.forEach((quotation, j) => {
    if (!takenB.has(j))
      pairs.push({
        status: 'only-b',
        a: null,
        b: j,
        similarity: 0,
        words: noChanges(),
        speakers: speakersOf(null, speakerOf(b, quotation)),
      });
  });
  return pairs;
}

function sliceOf(reading: Reading, span: TextSpan): string {
  return reading.version.text.slice(span.start, span.end);
}

/** Paragraph pairs from the sentence pairs (moved ones too) in row order, then paragraphs with no paired sentence on their own. */
function pairParagraphs(a: ComparedVersion, b: ComparedVersion, rows: AlignedRow[]): { a: number | null; b: number | null }[] {
  const result: { a: number | null; b: number | null }[] = [];
  const seen = new Set<string>();
  const pairedA = new Set<number>();
  const pairedB = new Set<number>();
  for (const row of rows) {
    if (row.a === null || row.b === null) continue;
    const paragraphA = a.sentences[row.a]?.paragraph ?? -1;
    const paragraphB = b.sentences[row.b]?.paragraph ?? -1;
    pairedA.add(paragraphA);
    pairedB.add(paragraphB);
    const key = `${paragraphA}:${paragraphB}`;
    if (!seen.has(key)) {
      seen.add(key);
      result.push({ a: paragraphA, b: paragraphB });
    }
  }
  for (const paragraph of a.paragraphs) if (!pairedA.has(paragraph.index)) result.push({ a: paragraph.index, b: null });
  for (const paragraph of b.paragraphs) if (!pairedB.has(paragraph.index)) result.push({ a: null, b: paragraph.index });
  return result;
}

function summarise(rows: AlignedRow[], quotations: QuotationPair[]): ComparisonSummary {
  const count = <T>(items: T[], test: (item: T) => boolean) => items.filter(test).length;
  return {
    sentences: {
      same: count(rows, (row) => row.status === 'same'),
      changed: count(rows, (row) => row.status === 'changed'),
      moved: count(rows, (row) => row.moved),
      onlyA: count(rows, (row) => row.status === 'only-a'),
      onlyB: count(rows, (row) => row.status === 'only-b'),
    },
    quotations: {
      verbatim: count(quotations, (pair) => pair.status === 'verbatim'),
      reworded: count(quotations, (pair) => pair.status === 'reworded'),
      onlyA: count(quotations, (pair) => pair.status === 'only-a'),
      onlyB: count(quotations, (pair) => pair.status === 'only-b'),
    },
    speakerFlags:
      count(rows, (row) => (row.speakers?.differs.length ?? 0) > 0) + count(quotations, (pair) => pair.speakers.differs.length > 0),
    changedFigures: rows.reduce((sum, row) => sum + row.figures.a.length + row.figures.b.length, 0),
  };
}

/**
 * Compares two versions of a story (a wire story and a rewrite, two outlets'
 * versions): aligns their paragraphs, sentences and quotations, and says for
 * each what changed: words, numbers, dates and times, speakers and their
 * titles. Every place is an offset into its version's plain text, so the
 * versions' annotations can be shown where they are. Throws a RangeError
 * for versions longer than {@link maxSentencePairs} allows.
 */
export function compareVersions(a: CompareVersion, b: CompareVersion): Comparison {
  const readingA = read(a);
  const readingB = read(b);
  const pairs = readingA.version.sentences.length * readingB.version.sentences.length;
  if (pairs > maxSentencePairs) {
    throw new RangeError(
      `These versions are too long to compare: ${readingA.version.sentences.length} × ${readingB.version.sentences.length} sentences; ` +
        `the most is ${maxSentencePairs.toLocaleString('en')} sentence pairs (about 2,500 sentences each).`,
    );
  }
  const rows = arrangeRows(readingA, readingB, alignItems(readingA.words, readingB.words));
  const quotations = pairQuotations(readingA, readingB);
  return {
    a: readingA.version,
    b: readingB.version,
    paragraphs: pairParagraphs(readingA.version, readingB.version, rows),
    rows,
    quotations,
    summary: summarise(rows, quotations),
  };
}
