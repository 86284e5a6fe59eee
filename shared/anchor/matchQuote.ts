/** A quote with the text around it when it was marked. */
export interface QuoteSelector {
  quote: string;
  prefix: string;
  suffix: string;
}

/**
 * How much of the remembered context may differ where a quote is found again:
 * one character in this many. A neighbour edited since the quote was taken
 * (a typo fixed three characters before it) leaves its place recognisable;
 * the same words in another sentence differ in most of their context.
 */
const contextEditsPer = 4;
/** Below this many characters of context compared, all of it must match. */
const minimumFuzzyContext = 20;

/** A text without its whitespace, and where each remaining character was: see {@link compactText}. */
export interface CompactText {
  chars: string;
  at: number[];
}

/**
 * A text without its whitespace, and where each remaining character was.
 * Comparing without whitespace makes a split or joined paragraph (which only
 * changes the line breaks around or inside a quote) no different. Made once
 * and given to {@link matchQuote}, it serves many quotes in one text.
 */
export function compactText(text: string): CompactText {
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

function reversed(text: string): string {
  return Array.from(text).reverse().join('');
}

/**
 * The fewest edits (insertions, deletions, substitutions) that turn `pattern`
 * into some beginning of `text`: how far the context after a place is from the
 * one remembered. (Reversed, the same for the context before it.)
 */
function editsToStartOf(pattern: string, text: string): number {
  // One row of the edit-distance table at a time; any end in `text` is free.
  let row = Array.from({ length: text.length + 1 }, (_, j) => j);
  for (let i = 1; i <= pattern.length; i++) {
    const next = [i];
    for (let j = 1; j <= text.length; j++) {
      const substitution = (row[j - 1] ?? 0) + (pattern[i - 1] === text[j - 1] ? 0 : 1);
      next.push(Math.min(substitution, (row[j] ?? 0) + 1, (next[j - 1] ?? 0) + 1));
    }
    row = next;
  }
  return Math.min(...row);
}

/**
 * How well the context on one side of a place matches the remembered one:
 * the edits between them (over as much context as the article still has
 * there), or null when more than one character in four differs, or any
 * does in a context shorter than 20 characters.
 */
function contextEdits(remembered: string, found: string): number | null {
  const length = Math.min(remembered.length, found.length);
  if (length === 0) return 0;
  const wanted = remembered.slice(0, length);
  if (found.startsWith(wanted)) return 0;
  if (length < minimumFuzzyContext) return null;
  const allowed = Math.floor(length / contextEditsPer);
  const edits = editsToStartOf(wanted, found.slice(0, length + allowed));
  return edits <= allowed ? edits : null;
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && length < b.length && a[length] === b[length]) length++;
  return length;
}

/**
 * Finds a quote in a text by its words and its context, whitespace aside:
 * among the places the quote occurs, the one whose surroundings best match
 * the remembered prefix and suffix. A place counts only if on each side the
 * context there (as much of it as the article still has before or after the
 * place) differs from the remembered one in at most one character in four
 * (in none, when fewer than 20 characters can be compared),
 * so a quote whose neighbour was edited is found, and never jumps to the same
 * words elsewhere in the article. Returns text offsets, or null. The place
 * with the fewest edits wins, then (given a `hint`, an offset where the quote
 * was last known to start) the nearest to it, then the one with the longest
 * exact context, then the first, so every replica agrees.
 */
export function matchQuote(
  text: string,
  selector: QuoteSelector,
  hint?: number,
  /** The text's {@link compactText}, when many quotes are looked for in it. */
  compacted: CompactText = compactText(text),
): { start: number; end: number } | null {
  const quote = withoutSpace(selector.quote);
  if (quote === '') return null;
  const prefix = reversed(withoutSpace(selector.prefix));
  const suffix = withoutSpace(selector.suffix);
  const { chars, at } = compacted;
  let best: { start: number; edits: number; distance: number; exact: number } | null = null;
  for (let start = chars.indexOf(quote); start !== -1; start = chars.indexOf(quote, start + 1)) {
    const end = start + quote.length;
    // Each side is compared outwards from the quote; the context before it, reversed.
    const before = reversed(chars.slice(Math.max(0, start - prefix.length - prefix.length), start));
    const after = chars.slice(end, end + suffix.length + suffix.length);
    const editsBefore = contextEdits(prefix, before);
    const editsAfter = contextEdits(suffix, after);
    if (editsBefore === null || editsAfter === null) continue;
    const edits = editsBefore + editsAfter;
    const exact = commonPrefixLength(prefix, before) + commonPrefixLength(suffix, after);
    const distance = hint === undefined ? 0 : Math.abs((at[start] ?? 0) - hint);
    if (
      best === null ||
      edits < best.edits ||
      (edits === best.edits && distance < best.distance) ||
      (edits === best.edits && distance === best.distance && exact > best.exact)
    )
      best = { start, edits, distance, exact };
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
