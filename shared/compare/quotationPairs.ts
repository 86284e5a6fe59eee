import type { Quotation } from '../prose/index.js';
import { quotationCore } from './quotations.js';
import { similarity, wordsOf } from './similarity.js';
import type { TextSpan } from '../prose/index.js';
import { comparableText } from './span.js';
import type { Reading } from './reading.js';
import { pairSpeakers, type SpeakerComparison } from './speakers.js';
import { noWordChanges, wordChanges, type WordChanges } from './wordChanges.js';

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

/** A quotation at least this alike to another (in all their words) is the same quotation, reworded. */
export const quotationThreshold = 0.5;

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
export function pairQuotations(a: Reading, b: Reading): QuotationPair[] {
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
  const speakerOf = (reading: Reading, quotation: Quotation) =>
    reading.disowned.has(reading.version.quotations.indexOf(quotation)) ? null : (reading.speaking[sentenceOf(reading, quotation)] ?? null);
  const pairs: QuotationPair[] = a.version.quotations.map((quotation, i): QuotationPair => {
    const partner = partnerOfA.get(i);
    const speakerA = speakerOf(a, quotation);
    if (partner === undefined) {
      return { status: 'only-a', a: i, b: null, similarity: 0, words: noWordChanges(), speakers: pairSpeakers(speakerA, null) };
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
      words: verbatim ? noWordChanges() : wordChanges(a.version.text, spanA, b.version.text, spanB),
      speakers: pairSpeakers(speakerA, speakerOf(b, other)),
    };
  });
  b.version.quotations.forEach((quotation, j) => {
    if (!takenB.has(j))
      pairs.push({
        status: 'only-b',
        a: null,
        b: j,
        similarity: 0,
        words: noWordChanges(),
        speakers: pairSpeakers(null, speakerOf(b, quotation)),
      });
  });
  return pairs;
}

function sliceOf(reading: Reading, span: TextSpan): string {
  return reading.version.text.slice(span.start, span.end);
}
