/** A quote with the text around it when it was marked. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/** How much context must still match on each side for a quote to be found again. */
const minimumContext = 20;

/**
 * A text without its whitespace, and where each remaining character was.
 * Comparing without whitespace makes a split or joined paragraph (which only
 * changes the line breaks around or inside a quote) no different.
 */
function compact(text: string): { chars: string; at: number[] } {
  let chars = '';
  const at: number[] = [];
  for (let index = 0; index < text.length; index++) {
    const character = text[index] ?? '';
    if (/\s/.test(character)) continue;
    chars += character;
    at.push(index);
  }
  return { chars, at };
}

function withoutSpace(text: string): string {
  return text.replace(/\s+/g, '');
}

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
 * Finds a quote in a text by its words and its context, whitespace aside:
 * among the places the quote occurs, the one whose surroundings best match
 * the remembered prefix and suffix. A place counts only if on both sides at
 * least 20 characters of context still match (all of a shorter context, or
 * all the text there is before or after it in the article), so a
 * quote never jumps to the same words elsewhere in the article. Returns text
 * offsets, or null. Ties go to the first place, so every replica agrees.
 */
export function matchQuote(text: string, selector: QuoteSelector): { start: number; end: number } | null {
  const quote = withoutSpace(selector.quote);
  if (quote === '') return null;
  const prefix = withoutSpace(selector.prefix);
  const suffix = withoutSpace(selector.suffix);
  const { chars, at } = compact(text);
  let best: { start: number; score: number } | null = null;
  for (let start = chars.indexOf(quote); start !== -1; start = chars.indexOf(quote, start + 1)) {
    const before = commonSuffixLength(chars.slice(Math.max(0, start - prefix.length), start), prefix);
    const after = commonPrefixLength(chars.slice(start + quote.length, start + quote.length + suffix.length), suffix);
    // At the very start or end of the article there is no more context to match.
    const available = { before: start, after: chars.length - start - quote.length };
    if (
      before < Math.min(minimumContext, prefix.length, available.before) ||
      after < Math.min(minimumContext, suffix.length, available.after)
    )
      continue;
    const score = before + after;
    if (best === null || score > best.score) best = { start, score };
  }
  if (best === null) return null;
  return { start: at[best.start] ?? 0, end: (at[best.start + quote.length - 1] ?? 0) + 1 };
}

/** The context kept around a quote, in characters each side. */
export const quoteContextLength = 32;

const loneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * Replaces a half of a surrogate pair (half an emoji) with U+FFFD. Yjs stores
 * strings as UTF-8, which turns a lone half into U+FFFD on other replicas
 * only: done here, every replica holds the same string.
 */
export function wellFormed(text: string): string {
  return text.replace(loneSurrogate, '\uFFFD');
}

/** The quote selector of a range of text offsets; the context never starts or ends inside a character. */
export function quoteSelectorOf(text: string, start: number, end: number): QuoteSelector {
  let prefixStart = Math.max(0, start - quoteContextLength);
  if (/[\uDC00-\uDFFF]/.test(text[prefixStart] ?? '')) prefixStart++;
  let suffixEnd = Math.min(text.length, end + quoteContextLength);
  if (/[\uD800-\uDBFF]/.test(text[suffixEnd - 1] ?? '')) suffixEnd--;
  return {
    quote: wellFormed(text.slice(start, end)),
    prefix: wellFormed(text.slice(prefixStart, start)),
    suffix: wellFormed(text.slice(end, Math.max(end, suffixEnd))),
  };
}
