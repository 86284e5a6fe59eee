import { endsAbbreviation } from './abbreviations.js';
import { splitParagraphs } from './paragraphs.js';
import type { Quotation } from './quotations.js';
import { trimSpan, type TextSpan } from './span.js';

/** A sentence of a text: where it is, which paragraph holds it, and whether it ends as prose does. */
export interface Sentence extends TextSpan {
  /** The index of the sentence in the text, counting from 0. */
  index: number;
  /** The index of its paragraph (see `splitParagraphs`). */
  paragraph: number;
  /** True if it ends with . ! ? or … (a closing mark may follow): false for a headline. */
  terminated: boolean;
}

const stop = /[.!?…]/;
/** Closing quotation marks and brackets that may follow a sentence's final stop. */
const closer = /["'”’)\]]/;
/** What may begin a sentence: a capital, a digit, an opening quotation mark or bracket. */
const opener = /[\p{Lu}\p{N}"'“‘([]/u;

/**
 * Where a sentence that stops just before `from` ends, if the next one
 * begins there: past any closing marks, then a space and something that can
 * begin a sentence, or the end of the line. Null if the sentence goes on.
 */
function sentenceEndAfter(text: string, from: number, lineEnd: number): number | null {
  let after = from;
  while (after < lineEnd && closer.test(text[after] ?? '')) after++;
  if (after >= lineEnd) return lineEnd;
  if (!/\s/.test(text[after] ?? '')) return null;
  let next = after;
  while (next < lineEnd && /\s/.test(text[next] ?? '')) next++;
  return next >= lineEnd || opener.test(text[next] ?? '') ? after : null;
}

/**
 * Splits a text into sentences. Paragraphs and line breaks end sentences;
 * inside a line a sentence ends at `.`, `!`, `?` or `…` (runs of them, and any
 * closing marks after) followed by a space and something that can begin a
 * sentence, except after an abbreviation or initials ("Dr.", "U.S.", "J. R."),
 * inside a number ("3.5") and inside a quotation: a quotation of several
 * sentences stays whole, with its attribution, and one that ends in a stop
 * ends its sentence only if a new one follows it. `quotations` are the
 * text's (see `findQuotations`).
 */
export function splitSentences(text: string, quotations: readonly Quotation[]): Sentence[] {
  const sentences: Sentence[] = [];
  const quotationAt = new Map(quotations.map((quotation) => [quotation.outerStart, quotation]));
  for (const paragraph of splitParagraphs(text)) {
    let start = paragraph.start;
    const close = (end: number) => {
      const span = trimSpan(text, { start, end });
      if (span.end > span.start) {
        const terminated = /[.!?…]["'”’)\]]*$/u.test(text.slice(span.start, span.end));
        sentences.push({ ...span, index: sentences.length, paragraph: paragraph.index, terminated });
      }
      start = end;
    };
    for (let lineStart = paragraph.start; lineStart < paragraph.end;) {
      const lineBreak = text.indexOf('\n', lineStart);
      const lineEnd = lineBreak === -1 || lineBreak > paragraph.end ? paragraph.end : lineBreak;
      for (let at = lineStart; at < lineEnd; at++) {
        const quotation = quotationAt.get(at);
        if (quotation !== undefined && quotation.outerEnd <= lineEnd) {
          at = quotation.outerEnd - 1;
          const end = stop.test(text[quotation.end - 1] ?? '') ? sentenceEndAfter(text, quotation.outerEnd, lineEnd) : null;
          if (end !== null && end < lineEnd) {
            close(end);
            at = end - 1;
          }
          continue;
        }
        if (!stop.test(text[at] ?? '') || endsAbbreviation(text, at, lineStart)) continue;
        let after = at + 1;
        while (after < lineEnd && stop.test(text[after] ?? '')) after++;
        const end = sentenceEndAfter(text, after, lineEnd);
        if (end === null || end >= lineEnd) continue;
        close(end);
        at = end - 1;
      }
      close(lineEnd);
      lineStart = lineEnd + 1;
    }
  }
  return sentences;
}
