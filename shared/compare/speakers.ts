import {
  blankQuotations,
  honorificPattern,
  nameWordPattern,
  titlePattern,
  withoutArticle,
  type Quotation,
  type TextSpan,
} from '../prose/index.js';

/**
 * Who a version says is speaking, and their title as it writes it: from an
 * attribution annotation on that version when there is one, else read from
 * the sentence. `start`/`end` cover the annotation or the name.
 */
export interface SpeakerMention extends TextSpan {
  name: string;
  role: string;
  source: 'annotation' | 'text';
}

/** What differs between two versions' speakers. */
export type SpeakerDifference = 'name' | 'role';

/** An attribution annotation's span and speaker, as the comparison reads it. */
export interface AttributionSpan extends TextSpan {
  speaker: { name: string; role: string };
}

const capitalised = nameWordPattern;
// A name: two to four capitalised words ("Dana Whitfield", "John F. Kennedy"), initials then a surname ("J. R. Smith"),
// or an honorific and a surname ("Mr. Okafor"). One capitalised word alone is too often not a name ("Critics say").
const name =
  String.raw`(?<name>${honorificPattern}\s+${capitalised}(?:\s+${capitalised}){0,2}|` +
  String.raw`(?:\p{Lu}\.\s*){1,2}\s*${capitalised}(?:\s+${capitalised}){0,2}|` +
  String.raw`${capitalised}(?:\s+(?:\p{Lu}\.\s+)?${capitalised}){1,3})`;
const title = String.raw`(?<title>${titlePattern})`;
const verb = String.raw`(?:said|says|added|adds|told|tells|explained|warned|stated|wrote|argued|insisted|noted|recalled)`;
const articleRole = String.raw`(?<role>(?:a|an|the)\s+[^,.;:“”"]+)`;

/**
 * Attribution patterns, tried in order on the sentence with its quotations
 * blanked out: `said X, a spokesman for Y`, `X, the Y, said`, `According to
 * X, …` and `…, according to X, the Y`, `X said` (at the start or after a
 * comma or a quotation), each with an optional title before the name
 * ("Mayor Tom Okafor").
 */
const patterns = [
  new RegExp(String.raw`\b${verb}\s+(?:${title}\s+)?${name}(?:,\s+${articleRole})?`, 'du'),
  new RegExp(String.raw`(?:^|[,;]\s+|["”]\s*)(?:${title}\s+)?${name},\s+(?:${articleRole}|[^,;]+),\s+${verb}\b`, 'du'),
  // "According to X, the work starts…" opens a sentence: what follows the comma is the sentence, not a title.
  new RegExp(String.raw`^According to\s+(?:${title}\s+)?${name}`, 'du'),
  new RegExp(String.raw`\baccording to\s+(?:${title}\s+)?${name}(?:,\s+${articleRole})?`, 'du'),
  new RegExp(String.raw`(?:^|[,;]\s+|["”]\s*)(?:${title}\s+)?${name}\s+${verb}\b`, 'du'),
];
// "she said", or the inverted "said she" at the end of a clause (not "said they feared…").
const pronoun = new RegExp(String.raw`\b(?:[Hh]e|[Ss]he|[Tt]hey)\s+${verb}\b|\b${verb}\s+(?:he|she)\b(?=\s*[.,;!?]|\s*$)`, 'u');

/**
 * The speaker a sentence names, or `'pronoun'` when it only says "he said"
 * (the speaker is then the last one named), or null. An attribution
 * annotation inside the sentence with a speaker's name wins over the text.
 */
export function speakerInSentence(
  text: string,
  sentence: TextSpan,
  quotations: readonly Quotation[],
  attributions: readonly AttributionSpan[],
): SpeakerMention | 'pronoun' | null {
  const annotated = attributions.find(
    (attribution) => attribution.speaker.name.trim() !== '' && attribution.start < sentence.end && sentence.start < attribution.end,
  );
  if (annotated !== undefined) {
    return {
      name: annotated.speaker.name.trim(),
      role: annotated.speaker.role.trim(),
      source: 'annotation',
      start: annotated.start,
      end: annotated.end,
    };
  }
  const body = blankQuotations(text, sentence, quotations);
  for (const pattern of patterns) {
    const match = pattern.exec(body);
    const span = match?.indices?.groups?.['name'];
    if (match === null || span === undefined) continue;
    const role = withoutArticle(match.groups?.['role'] ?? '') || match.groups?.['title'] || '';
    return { name: match.groups?.['name'] ?? '', role, source: 'text', start: sentence.start + span[0], end: sentence.start + span[1] };
  }
  return pronoun.test(body) ? 'pronoun' : null;
}

/** A person's surname, for telling whether two mentions name the same person ("Mr. Okafor", "Tom Okafor"). */
function surname(name: string): string {
  const words =
    name
      .normalize('NFC')
      .toLocaleLowerCase()
      .match(/[\p{L}'’-]+/gu) ?? [];
  return words[words.length - 1] ?? '';
}

/** A title as compared: case, a leading article and spacing aside. */
function roleKey(role: string): string {
  return role
    .normalize('NFC')
    .toLocaleLowerCase()
    .replace(/[’]/g, "'")
    .replace(/^(?:a|an|the)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * How two versions' speakers differ: a different person (by surname), or
 * the same person with a different title, a title given on one side only
 * included. Nothing differs where either side names no speaker.
 */
export function compareSpeakers(a: SpeakerMention | null, b: SpeakerMention | null): SpeakerDifference[] {
  if (a === null || b === null) return [];
  if (surname(a.name) !== surname(b.name)) return ['name'];
  return roleKey(a.role) === roleKey(b.role) ? [] : ['role'];
}

/** The speakers of one pairing, one per side where named, and what differs. */
export interface SpeakerComparison {
  a: SpeakerMention | null;
  b: SpeakerMention | null;
  differs: SpeakerDifference[];
}

/** Two sides' speakers, and what differs between them. */
export function pairSpeakers(a: SpeakerMention | null, b: SpeakerMention | null): SpeakerComparison {
  return { a, b, differs: compareSpeakers(a, b) };
}
