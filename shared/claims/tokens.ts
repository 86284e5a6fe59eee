import { foldNumbers } from './numbers.js';

/** Words too common to tell one claim from another. */
const stopWords = new Set(
  (
    'a an the of to in on at by for from with about as into over after before than then that this these those ' +
    'and or but if so is are was were be been being am has have had having do does did will would shall should ' +
    'can could may might must it its it’s their there they them he she his her him we our us you your i me my ' +
    'which who whom whose what when where why how all any both each some such only own same very just also said says say ' +
    'according claims claimed claim stated gone went got get gets s'
  ).split(' '),
);

/** Words whose presence turns a claim around: kept, and compared between claims. */
export const negations = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'without', 'neither', 'nor', 'against']);

/** Text lower-cased, accents and typographic quotes folded, contractions' "n't" made "not". */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’‘`]/g, "'")
    .replace(/(\w)n't\b/g, '$1 not')
    .replace(/\bcannot\b/g, 'can not');
}

/** The words of a normalised text, numbers with their separators kept whole, `%` a word of its own. */
export function splitWords(text: string): string[] {
  return text.match(/\d+(?:[.,]\d+)*|[a-z]+|%/g) ?? [];
}

/**
 * A light English stemmer: strips the inflections that paraphrases change
 * ("rises"/"rose" no, but "rises"/"rising"/"rise" yes) without a dictionary.
 */
export function stem(word: string): string {
  if (word.length <= 3 || /^\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('us') && !w.endsWith('is')) w = w.slice(0, -1);
  if (w.endsWith('ing') && w.length > 5) w = w.slice(0, -3);
  else if (w.endsWith('ed') && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('ly') && w.length > 4) w = w.slice(0, -2);
  if (w.endsWith('e') && w.length > 4) w = w.slice(0, -1);
  // "stopped" → "stopp" → "stop"
  if (w.length > 3 && w[w.length - 1] === w[w.length - 2] && !/[lsz]/.test(w[w.length - 1] ?? '')) w = w.slice(0, -1);
  return w;
}

/** The words of a claim that carry its meaning: normalised, numbers folded, stop words out. */
export function contentWords(text: string): string[] {
  return foldNumbers(splitWords(normaliseText(text))).filter((word) => !stopWords.has(word));
}

/**
 * Words that say the same thing in claims, by their stem, each group read
 * as its first word: the direction of a change and comparisons, which
 * paraphrases reword most and near misses turn around.
 */
const synonymGroups: readonly string[][] = [
  // Up and down, whether said as a change or as a comparison: "a third fewer" is "fallen by a third".
  [
    'increas',
    'rise',
    'rose',
    'risen',
    'grow',
    'grew',
    'grown',
    'climb',
    'jump',
    'soar',
    'surg',
    'up',
    'more',
    'higher',
    'greater',
    'larger',
    'bigger',
  ],
  [
    'decreas',
    'fall',
    'fell',
    'fallen',
    'drop',
    'declin',
    'shrink',
    'shrank',
    'down',
    'plung',
    'slump',
    'fewer',
    'less',
    'lower',
    'smaller',
    'cut',
    'slash',
    'reduc',
    'lost',
    'lose',
    'disappear',
  ],
  ['double', 'doubl', 'twice'],
  ['triple', 'tripl', 'trebl'],
  ['close', 'clos', 'shut'],
  ['year', 'annual', 'yearly'],
  ['crime', 'offenc', 'offens'],
  ['murder', 'homicid', 'killing'],
  ['wage', 'pay', 'salari', 'earning'],
];
const synonymOf = new Map<string, string>();
// Each word as written in its group and as stemmed: groups name stems, and the stemmer need not give them back.
for (const group of synonymGroups)
  for (const word of group) {
    synonymOf.set(word, group[0] ?? word);
    synonymOf.set(stem(word), group[0] ?? word);
  }

/** A stem's canonical word: itself, or the first of its {@link synonymGroups}. */
export function canonical(term: string): string {
  return synonymOf.get(term) ?? term;
}

/** The terms of a claim for lexical matching: its {@link contentWords}, stemmed, synonyms made one. */
export function claimTerms(text: string): string[] {
  return contentWords(text).map((word) => canonical(stem(word)));
}

/** The number tokens of a claim's terms. */
export function numbersOf(terms: readonly string[]): Set<string> {
  return new Set(terms.filter((term) => /^\d/.test(term)));
}
