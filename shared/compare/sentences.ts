import type { Paragraph } from './paragraphs.js';
import type { Quotation } from './quotations.js';
import { trimSpan, type TextSpan } from './span.js';

/** A sentence of one version: where it is, and which paragraph holds it. */
export interface Sentence extends TextSpan {
  /** The index of the sentence in its version, counting from 0. */
  index: number;
  paragraph: number;
}

/**
 * Words whose full stop does not end a sentence: titles and other
 * abbreviations that come before a name or a number.
 */
const abbreviations = new Set([
  'mr',
  'mrs',
  'ms',
  'mx',
  'dr',
  'prof',
  'sen',
  'rep',
  'gov',
  'gen',
  'col',
  'lt',
  'sgt',
  'capt',
  'cmdr',
  'adm',
  'rev',
  'hon',
  'st',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'bros',
  'vs',
  'no',
  'nos',
  'vol',
  'pp',
  'fig',
  'approx',
  'est',
  'dept',
  'univ',
  'ave',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'e.g',
  'i.e',
  'cf',
  'etc',
]);

/** Closing quotation marks and brackets that may follow a sentence's final stop. */
const closers = /["'”’)\]]/;
/** What may begin a sentence: a capital, a digit, an opening quotation mark or bracket. */
const opener = /[\p{Lu}\p{N}"'“‘([]/u;

/**
 * Whether the stop at `at` ends an abbreviation rather than a sentence: a
 * known abbreviation ("Mr.", "Sept."), or initials and acronyms written with
 * full stops ("J.", "U.S.", "a.m." are left to the next word's case).
 */
function endsAbbreviation(text: string, at: number, from: number): boolean {
  let wordStart = at;
  while (wordStart > from && !/[\s(“"‘']/.test(text[wordStart - 1] ?? '')) wordStart--;
  const word = text.slice(wordStart, at).toLowerCase();
  if (abbreviations.has(word)) return true;
  // "U.S." and "J." but not "p.m." or "a.m.": those end sentences often enough ("at 3 p.m. The council…").
  return /^(?:\p{Lu}\.)*\p{Lu}$/u.test(text.slice(wordStart, at));
}

/**
 * Splits a paragraph into sentences. A sentence ends at `.`, `!` or `?` (with
 * any closing quotation marks after it) followed by a space and something
 * that can begin a sentence, except after an abbreviation, inside a number
 * ("3.5") and inside a quotation that closes later in the paragraph, so a
 * quotation of several sentences stays with its attribution.
 */
export function splitSentences(text: string, paragraph: Paragraph, quotations: readonly Quotation[] = [], firstIndex = 0): Sentence[] {
  const sentences: Sentence[] = [];
  let start = paragraph.start;
  const push = (end: number) => {
    const span = trimSpan(text, { start, end });
    if (span.end > span.start) sentences.push({ ...span, index: firstIndex + sentences.length, paragraph: paragraph.index });
    start = end;
  };
  for (let at = paragraph.start; at < paragraph.end; at++) {
    if (!/[.!?…]/.test(text[at] ?? '')) continue;
    let after = at + 1;
    while (after < paragraph.end && /[.!?…]/.test(text[after] ?? '')) after++;
    while (after < paragraph.end && closers.test(text[after] ?? '')) after++;
    if (after >= paragraph.end) break;
    if (!/\s/.test(text[after] ?? '')) continue;
    let next = after;
    while (next < paragraph.end && /\s/.test(text[next] ?? '')) next++;
    if (!opener.test(text[next] ?? '')) continue;
    if (text[at] === '.' && endsAbbreviation(text, at, paragraph.start)) continue;
    if (quotations.some((quotation) => quotation.open < at && quotation.close >= after)) continue;
    push(after);
    at = after - 1;
  }
  push(paragraph.end);
  return sentences;
}
