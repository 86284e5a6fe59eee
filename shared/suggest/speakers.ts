import type { SourceType } from '../annotation.js';
import { documentWords, organisationWords, pronouns } from '../prose/cues.js';
import { bodyDescriptors, isBodyName, isProperName, looksLikeName, splitTitle } from '../prose/index.js';
import type { SuggestedSpeaker } from './suggestion.js';

/** The part of a description before its first preposition: "A senior doctor" of "A senior doctor at St Anne's". */
function head(phrase: string): string {
  return phrase.split(/\s+(?:at|for|of|from|in|with|on|by|who|which|published|seen|citing)\s+/iu)[0] ?? phrase;
}

/** Words that make a source a news agency: "the national news agency NPA", "Reuters". */
const agencyPattern = /\bnews\s+agency\b|\bwire\s+service\b|^(?:Reuters|AP|AFP|Associated Press|Agence France-Presse)$/iu;

/** What kind of source an unnamed speaker is, by its head noun: a document, an organisation, else an anonymous person. */
function sourceTypeOf(description: string): SourceType {
  if (agencyPattern.test(head(description))) return 'agency';
  const noun = head(description).split(/\s+/u).pop()?.toLowerCase() ?? '';
  if (documentWords.includes(noun)) return 'document';
  if (organisationWords.includes(noun) || bodyDescriptors.includes(noun)) return 'organisation';
  return 'anonymous';
}

/** An earlier speaker as the rules keep them: a bare name is a named person. */
function known(speaker: string | SuggestedSpeaker): SuggestedSpeaker {
  if (typeof speaker !== 'string') return speaker;
  return { name: speaker, role: '', sourceType: isProperName(speaker) ? 'named' : 'anonymous' };
}

/** "the company", "the ministry": a body named before, referred to by what it is. */
const bodyReference = new RegExp(`^the\\s+(?:${[...bodyDescriptors, ...organisationWords].join('|')})$`, 'iu');

/** Bodies that are not companies: "the company" does not refer to them. */
const publicBody =
  /\b(?:ministry|agency|authority|council|government|police|union|association|group|federation|court|commission|party|army|navy)\b/iu;

/** Whether "the NOUN" can refer to a body named before: its title or name says so, or it is a company and the noun says company. */
function refersTo(noun: string, body: SuggestedSpeaker): boolean {
  const written = `${body.role} ${body.name}`.toLowerCase();
  if (new RegExp(`\\b${noun}\\b`, 'u').test(written)) return true;
  return (noun === 'company' || noun === 'firm') && !publicBody.test(written);
}

/**
 * Who a speaker phrase names: the proper name among its comma-separated parts
 * (the rest, and a title written before the name in any case, is their title as
 * written), or the description itself. A body's name ("Halvorsen Pharma",
 * "Drugmaker Halvorsen Pharma", "The ferry's operator, Casmir Sea Lines") is an
 * organisation, a news agency's an agency. A pronoun ("he", "she", "they",
 * "it") stands for the speaker of the paragraph so far (`inParagraph`), else the
 * last person (or for "it", body) named; a surname alone, or a body's first
 * word ("Halvorsen"), for the full name given earlier; "the company" for the
 * last body named. `earlier` holds the speakers before it, in order (a bare
 * string is a named person).
 */
export function describeSpeaker(
  phrase: string,
  earlier: readonly (string | SuggestedSpeaker)[],
  inParagraph: SuggestedSpeaker | null = null,
): SuggestedSpeaker {
  // Looked through from the most recent, converted only as far as needed: an article may name hundreds of speakers.
  const latest = function* () {
    for (let index = earlier.length - 1; index >= 0; index--) yield known(earlier[index] as string | SuggestedSpeaker);
  };
  const findLatest = (test: (speaker: SuggestedSpeaker) => boolean) => {
    for (const speaker of latest()) if (test(speaker)) return speaker;
    return undefined;
  };
  const parts = phrase
    .split(/,\s*/u)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const lower = phrase.trim().toLowerCase();
  if (pronouns.includes(lower)) {
    if (inParagraph !== null) return { ...inParagraph, role: '' };
    const wanted = lower === 'it' ? 'organisation' : 'named';
    const found = findLatest((speaker) => speaker.sourceType === wanted && speaker.name.includes(' '));
    if (found !== undefined) return { ...found, role: '' };
    return { name: phrase.trim(), role: '', sourceType: lower === 'it' ? 'organisation' : 'anonymous' };
  }
  if (bodyReference.test(phrase.trim())) {
    const noun = lower.split(/\s+/u).pop() ?? '';
    const body = findLatest((speaker) => speaker.sourceType === 'organisation' && looksLikeName(speaker.name) && refersTo(noun, speaker));
    if (body !== undefined) return { ...body, role: '' };
  }
  const nameIndex = parts.findIndex((part) => isProperName(splitTitle(part).name));
  if (nameIndex === -1) {
    const description = parts[0] ?? phrase.trim();
    return { name: description, role: '', sourceType: sourceTypeOf(description) };
  }
  const { title, name: written } = splitTitle(parts[nameIndex] ?? '');
  const role = [title, ...parts.filter((_part, index) => index !== nameIndex)].filter((part) => part !== '').join(', ');
  if (!written.includes(' ')) {
    // A surname, or the first word of a body's name, for someone named in full before.
    const match = earlier.map(known).find((speaker) => {
      const words = speaker.name.split(/\s+/u);
      return words.length > 1 && (words[words.length - 1] === written || (speaker.sourceType !== 'named' && words[0] === written));
    });
    if (match !== undefined) return { ...match, role };
  }
  const described = [title, ...parts.filter((_part, index) => index !== nameIndex)].map(sourceTypeOf);
  const type: SourceType =
    agencyPattern.test(written) || described.includes('agency')
      ? 'agency'
      : isBodyName(written) || described.includes('organisation') || (!written.includes(' ') && title === '')
        ? 'organisation'
        : 'named';
  return { name: written, role, sourceType: type };
}
