import { wordCharacter } from '../wordBoundaries.js';

/** A word of the text: its offsets in the `text` export. */
export interface Token {
  start: number;
  end: number;
}

/**
 * Splits a text into words: runs of the characters marking snaps to
 * (letters, digits, combining marks and the joiners inside words, as in
 * "don't" and "Wójcik-Ngata") holding at least one letter or digit, so a
 * lone dash is not a word. Spaces and punctuation are not tokens.
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // With the `u` flag the class matches whole code points, letters outside the BMP too.
  for (const match of text.matchAll(new RegExp(`${wordCharacter.source}+`, 'gu'))) {
    if (/[\p{L}\p{N}]/u.test(match[0])) tokens.push({ start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}
