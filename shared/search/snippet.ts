import { CodePointOffsets } from '../codePoints.js';

/** A span of a text: UTF-16 offsets inside factmark, code points once in an answer. */
export interface TextSpan {
  start: number;
  end: number;
}

/** A few lines of a document around a hit, with the words to highlight. */
export interface Snippet {
  text: string;
  /** Whether text was cut before and after the snippet. */
  leading: boolean;
  trailing: boolean;
  /** What to highlight, in code points into {@link text}. */
  highlights: TextSpan[];
}

/** Letters and digits in a row: a word, as search indexes and highlights them. */
const wordPattern = /[\p{L}\p{N}]+/gu;

/** The form a word is indexed and looked up in: lower case, without accents. */
export function normalizeTerm(word: string): string {
  // Most words are plain ASCII: lower case is all they need.
  if (/^[\x00-\x7f]*$/.test(word)) return word.toLowerCase();
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a text, normalized: what the index holds and a query looks up. */
export function searchTerms(text: string): string[] {
  return Array.from(text.matchAll(wordPattern), (match) => normalizeTerm(match[0]));
}

/**
 * Where words whose normalized form is one of `terms` stand in a text
 * (UTF-16 offsets), in order, between `from` and `to`; at most `limit`.
 */
export function findTerms(text: string, terms: ReadonlySet<string>, from = 0, to = text.length, limit = Infinity): TextSpan[] {
  const found: TextSpan[] = [];
  if (terms.size === 0) return found;
  const pattern = new RegExp(wordPattern.source, 'gu');
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match !== null && match.index < to && found.length < limit; match = pattern.exec(text)) {
    if (terms.has(normalizeTerm(match[0]))) found.push({ start: match.index, end: match.index + match[0].length });
  }
  return found;
}

/** An index moved off the second half of a surrogate pair, so a cut never splits a code point. */
function whole(text: string, index: number): number {
  const unit = text.charCodeAt(index);
  return unit >= 0xdc00 && unit <= 0xdfff && index > 0 ? index - 1 : index;
}

/**
 * The lines of a text around `focus` (a hit: a word found, or a mark's span),
 * about `width` code units long and cut at spaces, with `highlight` (spans of
 * the text, or words to find in the snippet) marked inside it. A focus
 * longer than the width is cut after it.
 */
export function snippetOf(text: string, focus: TextSpan, highlight: readonly TextSpan[] | ReadonlySet<string>, width = 240): Snippet {
  const room = Math.max(0, width - (focus.end - focus.start));
  let begin = Math.max(0, focus.start - Math.floor(room / 3));
  let end = Math.min(text.length, begin + width);
  // Cut at a space: after one before the window's start, before one after its end.
  if (begin > 0) {
    const space = text.indexOf(' ', begin);
    if (space !== -1 && space < focus.start) begin = space + 1;
  }
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    if (space >= focus.end) end = space;
  }
  begin = whole(text, begin);
  end = whole(text, end);
  const snippetText = text.slice(begin, end);
  const offsets = CodePointOffsets.of(snippetText);
  const highlights: TextSpan[] = [];
  // Words to find are looked for in the snippet only.
  const spans = highlight instanceof Set ? findTerms(text, highlight, begin, end) : (highlight as readonly TextSpan[]);
  for (const span of spans) {
    const start = Math.max(span.start, begin);
    const stop = Math.min(span.end, end);
    if (start >= stop) continue;
    highlights.push({ start: offsets.toCodePoints(whole(text, start) - begin), end: offsets.toCodePoints(whole(text, stop) - begin) });
  }
  return { text: snippetText, leading: begin > 0, trailing: end < text.length, highlights };
}
