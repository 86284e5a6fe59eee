import { diffWordsWithSpace } from 'diff';
import type { TextSpan } from '../prose/index.js';
import { plainTypography } from './span.js';

/** The words that differ between two stretches of text, as spans of each side. */
export interface WordChanges {
  /** Words of side a that side b does not have (deleted or replaced). */
  a: TextSpan[];
  /** Words of side b that side a does not have (inserted or replacements). */
  b: TextSpan[];
}

/** No changed words, for two texts that are the same or have no counterpart. */
export function noWordChanges(): WordChanges {
  return { a: [], b: [] };
}

/** Adds a changed span, joined to the previous one when only whitespace lies between. */
function addChange(text: string, spans: TextSpan[], start: number, end: number): void {
  while (start < end && /\s/.test(text[start] ?? '')) start++;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
  if (start === end) return;
  const previous = spans[spans.length - 1];
  if (previous !== undefined && /^\s*$/.test(text.slice(previous.end, start))) previous.end = end;
  else spans.push({ start, end });
}

/**
 * The word-level differences between span `a` of `textA` and span `b` of
 * `textB`, by jsdiff's `diffWordsWithSpace` on the two with typographic
 * variants made plain (so a curly quote against a straight one is no change).
 * Every part of the diff is text of one side or both, so walking the parts
 * gives the offsets of each change. Changes of punctuation alone are left out.
 */
export function wordChanges(textA: string, a: TextSpan, textB: string, b: TextSpan): WordChanges {
  const parts = diffWordsWithSpace(plainTypography(textA.slice(a.start, a.end)), plainTypography(textB.slice(b.start, b.end)));
  const changes: WordChanges = { a: [], b: [] };
  let atA = a.start;
  let atB = b.start;
  for (const part of parts) {
    const length = part.value.length;
    if (part.added) {
      addChange(textB, changes.b, atB, atB + length);
      atB += length;
    } else if (part.removed) {
      addChange(textA, changes.a, atA, atA + length);
      atA += length;
    } else {
      atA += length;
      atB += length;
    }
  }
  // A comma for a full stop where a quotation meets its sentence is punctuation, not a changed word.
  const hasWords = (text: string) => (span: TextSpan) => /[\p{L}\p{N}]/u.test(text.slice(span.start, span.end));
  return { a: changes.a.filter(hasWords(textA)), b: changes.b.filter(hasWords(textB)) };
}
