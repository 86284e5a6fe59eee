import { abbreviations } from './cues.js';
import type { Quotation } from './quotations.js';

/** A sentence of a text, by offsets, and whether it ends as prose does (headlines do not). */
export interface Sentence {
  start: number;
  end: number;
  /** The index of its paragraph (block) in the text. */
  block: number;
  /** True if it ends with . ! ? (or a closing quote after one): false for a headline. */
  terminated: boolean;
}

const sentenceEnd = /[.!?]/;

function isAbbreviation(text: string, dot: number): boolean {
  const word = /[\p{L}]+$/u.exec(text.slice(Math.max(0, dot - 6), dot))?.[0] ?? '';
  return text[dot] === '.' && abbreviations.includes(word.toLowerCase());
}

/** Whether a sentence may end at `index` (exclusive): a space then an upper-case letter, a quote or a digit, or the end of the block. */
function nextStartsSentence(text: string, index: number, blockEnd: number): boolean {
  if (index >= blockEnd) return true;
  if (!/\s/.test(text[index] ?? '')) return false;
  let next = index;
  while (next < blockEnd && /\s/.test(text[next] ?? '')) next++;
  return next >= blockEnd || /[\p{Lu}\p{N}"“‘(]/u.test(text[next] ?? '');
}

/**
 * Splits a text into sentences: blocks (separated by line breaks) and, inside
 * them, at . ! ? followed by a new sentence. Never inside a quotation, so a
 * quotation of several sentences stays whole; a quotation that ends a sentence
 * ends it after its closing mark.
 */
export function splitSentences(text: string, quotations: readonly Quotation[]): Sentence[] {
  const sentences: Sentence[] = [];
  const quoteAt = new Map(quotations.map((quotation) => [quotation.outerStart, quotation]));
  let block = 0;
  let blockStart = 0;
  while (blockStart <= text.length) {
    let blockEnd = text.indexOf('\n', blockStart);
    if (blockEnd === -1) blockEnd = text.length;
    let start = blockStart;
    const close = (end: number) => {
      const slice = text.slice(start, end);
      const from = start + (slice.length - slice.trimStart().length);
      const to = end - (slice.length - slice.trimEnd().length);
      if (to > from) sentences.push({ start: from, end: to, block, terminated: /[.!?]["”’)]?$/.test(text.slice(from, to)) });
      start = end;
    };
    for (let index = blockStart; index < blockEnd; index++) {
      const quotation = quoteAt.get(index);
      if (quotation !== undefined) {
        index = quotation.outerEnd - 1;
        // A quotation ending in . ! ? and followed by a new sentence ends this one.
        if (sentenceEnd.test(text[quotation.end - 1] ?? '') && nextStartsSentence(text, quotation.outerEnd, blockEnd))
          close(quotation.outerEnd);
        continue;
      }
      if (sentenceEnd.test(text[index] ?? '') && !isAbbreviation(text, index) && nextStartsSentence(text, index + 1, blockEnd))
        close(index + 1);
    }
    close(blockEnd);
    if (blockEnd < text.length && text.slice(blockEnd, blockEnd + 2) === '\n\n') block++;
    blockStart = blockEnd + 1;
  }
  return sentences;
}
