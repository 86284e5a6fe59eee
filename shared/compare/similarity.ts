import { plainTypography } from './span.js';

/** Words too common to say that two sentences are about the same thing. */
const stopWords = new Set(
  (
    'a an the and or but nor of to in on at for by with from as into about than then that this these those which who whom whose ' +
    'is are was were be been being it its he she they we i you his her their our my your him them us has have had do does did ' +
    'will would can could shall should may might must not no so if s said says'
  ).split(' '),
);

/** The words of a text, lower-cased, with typographic variants made plain. */
export function wordsOf(text: string): string[] {
  return (
    plainTypography(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  );
}

/** The words that carry meaning, for telling whether two sentences say the same thing. */
export function contentWords(text: string): Set<string> {
  return new Set(wordsOf(text).filter((word) => !stopWords.has(word)));
}

/**
 * How alike two sets of words are, from 0 (nothing shared) to 1 (the same):
 * the Dice coefficient, twice the shared words over the words of both.
 */
export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 1;
  let shared = 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const word of small) if (large.has(word)) shared++;
  return (2 * shared) / (a.size + b.size);
}
