import { findQuotations, quotationWordCount, type Quotation, type TextSpan } from '../prose/index.js';

/** Fewer words than this between quotation marks are a scare quote or a title, not a quotation. */
export const minQuotationWords = 3;

/** The quotations a comparison pairs: those of at least {@link minQuotationWords} words. */
export function quotationsToCompare(text: string, quotations: readonly Quotation[] = findQuotations(text)): Quotation[] {
  return quotations.filter((quotation) => quotationWordCount(text, quotation) >= minQuotationWords);
}

/** A quotation's words for comparing: without the punctuation a writer adds where the quote meets the sentence. */
export function quotationCore(text: string, quotation: TextSpan): TextSpan {
  let end = quotation.end;
  while (end > quotation.start && /[\s,.;:!?…-]/.test(text[end - 1] ?? '')) end--;
  return { start: quotation.start, end };
}
