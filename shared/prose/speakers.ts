import { auxiliaries, determiners, pronouns, sentenceOpeners, unnamedSources, wordsPattern } from './cues.js';
import type { TextSpan } from './span.js';

/*
 * Who speaks: what a person's name looks like, the title of office or the
 * article around it, and the speaker phrase beside a reporting verb.
 */

/** Honorifics that stand before a name and belong to it: "Dr Amira Nassar", "Mr. Okafor". */
const honorificPattern = String.raw`(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame)\.?`;

/** A capitalised word of a name, two letters or more: "Okafor", "O’Neill", "Jean-Luc", "Tomás" (initials are "J.", with a stop). */
const nameWordPattern = String.raw`\p{Lu}[\p{L}\p{M}'’-]+`;

/** Small words inside a name: "Ludwig van Beethoven", "Omar bin Said". */
const particles = String.raw`(?:de|van|von|der|da|di|la|le|bin|al)`;

const properName = new RegExp(
  String.raw`^(?:${honorificPattern}\s+)?(?:\p{Lu}\.\s*)*${nameWordPattern}(?:\s+(?:${particles}\s+)?${nameWordPattern})*$`,
  'u',
);

/**
 * True if a phrase is written as a name: capitalised words, perhaps with an
 * honorific or initials before them and particles between them. Whether it names a
 * person ("Officials" at the start of a sentence does not) is the caller's
 * to judge.
 */
export function looksLikeName(phrase: string): boolean {
  return properName.test(phrase.trim());
}

/** Titles of office written before a name ("Mayor Tom Okafor"), longest first so "Deputy Mayor" wins over "Mayor". */
export const titlesOfOffice: readonly string[] = [
  'Deputy Mayor',
  'Mayor',
  'Vice President',
  'President',
  'Governor',
  'Gov.',
  'Senator',
  'Sen.',
  'Representative',
  'Rep.',
  'Councillor',
  'Councilor',
  'Council member',
  'Councilwoman',
  'Councilman',
  'Alderman',
  'Prime Minister',
  'Minister',
  'Chancellor',
  'Judge',
  'Police Chief',
  'Fire Chief',
  'Commissioner',
  'Superintendent',
  'Professor',
];

/** A pattern matching any title of office, longest first (for building larger patterns). */
const titlePattern = [...titlesOfOffice]
  .sort((a, b) => b.length - a.length)
  .map((title) => title.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
  .join('|');

const leadingTitle = new RegExp(String.raw`^(${titlePattern})\s+(?=${nameWordPattern})`, 'u');

/** A name with its title of office taken off the front: "Mayor Tom Okafor" is Tom Okafor, Mayor. */
export function splitTitle(phrase: string): { title: string; name: string } {
  const match = leadingTitle.exec(phrase.trim());
  if (match === null) return { title: '', name: phrase.trim() };
  return { title: match[1] ?? '', name: phrase.trim().slice(match[0].length) };
}

/** A role without the article it is written with: "a spokeswoman for the port" is "spokeswoman for the port". */
export function withoutArticle(role: string): string {
  return role.replace(/^(?:a|an|the)\s+/iu, '').trim();
}

const openers = new RegExp(`^(?:${wordsPattern(sentenceOpeners)})\\b[^,]*,\\s*`, 'iu');
const trailingAuxiliary = new RegExp(`\\s+(?:${wordsPattern(auxiliaries)})$`, 'iu');
const trailingTime =
  /\s+(?:on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|yesterday|today|last\s+(?:week|month|year|night)|this\s+(?:week|morning))$/iu;

/** Narrows a span by dropping what matches at its start or end, until nothing does. */
function strip(text: string, span: TextSpan, atStart: RegExp[], atEnd: RegExp[]): TextSpan {
  let { start, end } = span;
  for (let changed = true; changed && start < end;) {
    changed = false;
    const slice = text.slice(start, end);
    for (const pattern of atStart) {
      const match = pattern.exec(slice);
      if (match !== null && match.index === 0 && match[0].length > 0 && match[0].length < slice.length) {
        start += match[0].length;
        changed = true;
        break;
      }
    }
    if (changed) continue;
    for (const pattern of atEnd) {
      const match = pattern.exec(slice);
      if (match !== null && match[0].length > 0 && match[0].length < slice.length) {
        end -= match[0].length;
        changed = true;
        break;
      }
    }
  }
  return { start, end };
}

/**
 * The speaker phrase inside a stretch of text around a reporting verb:
 * without punctuation and spaces at the edges, a sentence opener ("On
 * Monday,"), auxiliaries before the verb ("have") or a time after an inverted
 * verb ("on Tuesday"). Null if what is left does not look like a speaker: no
 * letter, longer than 16 words, or a clause of its own.
 */
export function speakerPhrase(text: string, span: TextSpan): TextSpan | null {
  const edges = strip(text, span, [/^[\s,;:—–-]+/u, openers], [/[\s,;:.!?—–-]+$/u]);
  // "It was said…", "There is…": no speaker; "it" alone is one ("it said").
  const before = text.slice(edges.start, edges.end).split(/\s+/u);
  if (/^(?:what|who|how|why|when|where|there|this)$/iu.test(before[0] ?? '')) return null;
  if (/^it$/iu.test(before[0] ?? '') && before.length > 1) return null;
  const phrase = strip(text, edges, [], [/[\s,;:.!?—–-]+$/u, trailingAuxiliary, trailingTime]);
  const words = text.slice(phrase.start, phrase.end).split(/\s+/u);
  if (!/\p{L}/u.test(text.slice(phrase.start, phrase.end)) || words.length > 16) return null;
  return phrase;
}

/**
 * True for a proper name: capitalised words, not led by a determiner ("Helen
 * Brandt", "Dr Amira Nassar"), and not a plural noun for unnamed sources
 * capitalised because it opens a sentence ("Officials").
 */
export function isProperName(phrase: string): boolean {
  const first = (phrase.split(/\s+/u)[0] ?? '').toLowerCase();
  return looksLikeName(phrase) && !determiners.includes(first) && !pronouns.includes(first) && !unnamedSources.includes(first);
}
