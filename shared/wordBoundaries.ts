/** Letters, digits, combining marks and the joiners inside words ("don't", "Brønnum-Ruiz"). */
export const wordCharacter = /[\p{L}\p{N}\p{M}\u00AD\u200D'’-]/u;

/**
 * Widens a range of a text to whole words: a start inside a word moves to the
 * word's start, an end inside a word to its end, and spaces at either edge
 * are dropped. Returns the range unchanged if nothing but spaces is selected.
 */
export function snapToWords(text: string, start: number, end: number): { start: number; end: number } {
  let from = Math.max(0, Math.min(start, end));
  let to = Math.min(text.length, Math.max(start, end));
  while (from < to && /\s/u.test(text[from] ?? '')) from++;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to--;
  if (from === to) return { start, end };
  while (from > 0 && wordCharacter.test(text[from - 1] ?? '') && wordCharacter.test(text[from] ?? '')) from--;
  while (to < text.length && wordCharacter.test(text[to] ?? '') && wordCharacter.test(text[to - 1] ?? '')) to++;
  return { start: from, end: to };
}
