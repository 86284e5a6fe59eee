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
  let start = -1;
  let hasLetter = false;
  for (let index = 0; index <= text.length; index++) {
    const character = text[index] ?? ' ';
    if (wordCharacter.test(character)) {
      if (start === -1) start = index;
      if (/[\p{L}\p{N}]/u.test(character)) hasLetter = true;
      continue;
    }
    if (start !== -1 && hasLetter) tokens.push({ start, end: index });
    start = -1;
    hasLetter = false;
  }
  return tokens;
}
