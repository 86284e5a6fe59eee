import type { Paragraph } from './paragraphs.js';
import type { TextSpan } from './span.js';

/**
 * A quotation: words between double quotation marks, straight or curly,
 * within one paragraph. `start`/`end` cover the quoted words without the
 * marks; `open`/`close` are the offsets of the marks themselves.
 */
export interface Quotation extends TextSpan {
  open: number;
  close: number;
  paragraph: number;
}

/** Fewer words than this between quotation marks are a scare quote or a title, not a quotation. */
export const minQuotationWords = 3;

// A curly pair, or a straight pair. Curly marks do not pair with straight ones.
const quotationPattern = /“([^“”]*)”|"([^"]*)"/g;

/**
 * The quotations of a paragraph, in order. A quotation may run over several
 * sentences; one that is never closed in its paragraph (the newspaper habit
 * of leaving a quote open into the next paragraph) is not counted.
 */
export function findQuotations(text: string, paragraph: Paragraph): Quotation[] {
  const body = text.slice(paragraph.start, paragraph.end);
  const found: Quotation[] = [];
  for (const match of body.matchAll(quotationPattern)) {
    const inner = match[1] ?? match[2] ?? '';
    const open = paragraph.start + (match.index ?? 0);
    const close = open + match[0].length - 1;
    let start = open + 1;
    let end = close;
    while (start < end && /\s/.test(text[start] ?? '')) start++;
    while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
    if ((inner.match(/[\p{L}\p{N}]+/gu) ?? []).length < minQuotationWords) continue;
    found.push({ start, end, open, close, paragraph: paragraph.index });
  }
  return found;
}

/** A quotation's words for comparing: without the punctuation a writer adds where the quote meets the sentence. */
export function quotationCore(text: string, quotation: TextSpan): TextSpan {
  let end = quotation.end;
  while (end > quotation.start && /[\s,.;:!?…-]/.test(text[end - 1] ?? '')) end--;
  return { start: quotation.start, end };
}
