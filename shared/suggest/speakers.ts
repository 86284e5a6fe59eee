import type { SourceType } from '../annotation.js';
import {
  auxiliaries,
  determiners,
  documentWords,
  organisationWords,
  pronouns,
  sentenceOpeners,
  unnamedSources,
  wordsPattern,
} from './cues.js';
import { looksLikeName, splitTitle, type TextSpan } from '../prose/index.js';
import type { SuggestedSpeaker } from './suggestion.js';

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

/** The part of a description before its first preposition: "A senior doctor" of "A senior doctor at St Anne's". */
function head(phrase: string): string {
  return phrase.split(/\s+(?:at|for|of|from|in|with|on|by|who|which|published|seen)\s+/iu)[0] ?? phrase;
}

/** What kind of source an unnamed speaker is, by its head noun: a document, an organisation, else an anonymous person. */
function sourceTypeOf(description: string): SourceType {
  const noun = head(description).split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (documentWords.includes(noun)) return 'document';
  if (organisationWords.includes(noun)) return 'organisation';
  return 'anonymous';
}

/**
 * Who a speaker phrase names: the proper name among its comma-separated parts
 * (the rest is their title as written), or the description itself. A pronoun
 * ("he", "she", "they", "it") stands for the speaker of the paragraph so far (`inParagraph`), else the last
 * person named; a surname alone for the full name given earlier. `earlier`
 * holds the names of the named speakers before it, in order.
 */
export function describeSpeaker(phrase: string, earlier: readonly string[], inParagraph: SuggestedSpeaker | null = null): SuggestedSpeaker {
  const parts = phrase
    .split(/,\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const lower = phrase.trim().toLowerCase();
  if (pronouns.includes(lower)) {
    if (inParagraph !== null) return { ...inParagraph, role: '' };
    if (lower === 'it') return { name: phrase.trim(), role: '', sourceType: 'organisation' };
    const person = [...earlier].reverse().find((name) => isProperName(name) && name.includes(' '));
    return { name: person ?? phrase.trim(), role: '', sourceType: person === undefined ? 'anonymous' : 'named' };
  }
  const nameIndex = parts.findIndex((part) => isProperName(splitTitle(part).name));
  if (nameIndex === -1) {
    const description = parts[0] ?? phrase.trim();
    return { name: description, role: '', sourceType: sourceTypeOf(description) };
  }
  const { title, name: written } = splitTitle(parts[nameIndex] ?? '');
  const name = written.includes(' ') ? written : (earlier.find((known) => known.split(/\s+/u).pop() === written) ?? written);
  const role = [title, ...parts.filter((_part, index) => index !== nameIndex)].filter((part) => part !== '').join(', ');
  return { name, role, sourceType: 'named' };
}
