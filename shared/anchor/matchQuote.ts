/** A quote with the text around it when it was marked. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** How much context must still match for a quote to be found again. */
const minimumContext = 8;

function commonSuffixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[a.length - 1 - length] === b[b.length - 1 - length]) length++;
  return length;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Finds a quote in a text by its exact words and its context: among the
 * places the quote occurs, the one whose surroundings best match the
 * remembered prefix and suffix. A place counts only if, on both sides, enough
 * of the context still matches (8 characters, all of a shorter context, or
 * everything up to a line break), so a quote never jumps to the same words
 * elsewhere in the article. Returns text offsets, or null.
 */
export function matchQuote(text: string, selector: QuoteSelector): { start: number; end: number } | null {
  const { quote, prefix, suffix } = selector;
  if (quote === '') return null;
  let best: { start: number; score: number } | null = null;
  for (let start = text.indexOf(quote); start !== -1; start = text.indexOf(quote, start + 1)) {
    const before = commonSuffixLength(text.slice(Math.max(0, start - prefix.length), start), prefix);
    const after = commonPrefixLength(text.slice(start + quote.length, start + quote.length + suffix.length), suffix);
    const end = start + quote.length;
    // Context cut short by a line or block break still counts: a paragraph
    // split or joined near the quote changes only the separator.
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const nextBreak = text.indexOf('\n', end);
    const lineEnd = nextBreak === -1 ? text.length : nextBreak;
    const enoughBefore = before >= Math.min(minimumContext, prefix.length) || before >= start - lineStart;
    const enoughAfter = after >= Math.min(minimumContext, suffix.length) || after >= lineEnd - end;
    if (!enoughBefore || !enoughAfter) continue;
    const score = before + after;
    // Ties keep the first place, so every replica picks the same one.
    if (best === null || score > best.score) best = { start, score };
  }
  return best === null ? null : { start: best.start, end: best.start + quote.length };
}

/** The context kept around a quote, in characters each side. */
export const quoteContextLength = 32;

/** The quote selector of a range of text offsets. */
export function quoteSelectorOf(text: string, start: number, end: number): QuoteSelector {
  return {
    quote: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - quoteContextLength), start),
    suffix: text.slice(end, end + quoteContextLength),
  };
}
