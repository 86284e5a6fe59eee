import type { SourceType } from '../annotation.js';
import { documentWords, organisationWords, pronouns } from '../prose/cues.js';
import { isProperName, splitTitle } from '../prose/index.js';
import type { SuggestedSpeaker } from './suggestion.js';

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
