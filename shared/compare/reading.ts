import {
  calledBySurnameAlone,
  fathersName,
  findPeople,
  findQuotations,
  isRoleNoun,
  nicknamesIn,
  readSentence,
  splitParagraphs,
  splitSentences,
  surnameHonorific,
  surnameOf,
  type NamedPerson,
  type Paragraph,
  type Quotation,
  type Report,
  type Sentence,
  type TextSpan,
  withoutArticle,
} from '../prose/index.js';
import { unnamedSources } from '../prose/cues.js';
import { quotationsToCompare } from './quotations.js';
import { contentWords } from './similarity.js';
import { speakerInSentence, type AttributionSpan, type SpeakerMention } from './speakers.js';
import type { CompareVersion } from './version.js';

/** One side of a comparison: which version, and what the comparison found in it. */
export interface ComparedVersion extends CompareVersion {
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotations: Quotation[];
}

/** A version read for comparing: its parts, each sentence's content words and who speaks where. */
export interface Reading {
  version: ComparedVersion;
  words: Set<string>[];
  /** The speaker each sentence names itself. */
  named: (SpeakerMention | null)[];
  /** The speaker of each sentence's quotations: named there, or the last named before. */
  speaking: (SpeakerMention | null)[];
  /** The people the version names, with the titles it gives them. */
  people: NamedPerson[];
  /**
   * Quotations (indexes into `version.quotations`) whose words are not their
   * sentence's speaker's: quoted inside what the speaker denies ("denied
   * accusations that troops were “on the ground”"), so another's words.
   */
  disowned: Set<number>;
}

/** Splits a version into paragraphs, sentences and quotations and finds who speaks where. */
export function read(version: CompareVersion): Reading {
  const paragraphs = splitParagraphs(version.text);
  // Every quotation keeps its sentence whole; only the longer ones are compared.
  const marked = findQuotations(version.text);
  const sentences = splitSentences(version.text, marked);
  const quotations = quotationsToCompare(version.text, marked);
  const attributions: AttributionSpan[] = version.annotations.filter((annotation) => annotation.kind === 'attribution');
  const named: (SpeakerMention | null)[] = [];
  const speaking: (SpeakerMention | null)[] = [];
  let last: SpeakerMention | null = null;
  // (Read through a function: the loop's reading of it is its declared type, not the null it starts as.)
  const lastSpeaker = (): SpeakerMention | null => last;
  let lastSentence = -1;
  const disowned = new Set<number>();
  const people = findPeople(version.text, sentences, marked);
  const nicknames = nicknamesIn(version.text);
  const mentions = [
    ...people.flatMap((person) => person.mentions.map((mention) => ({ ...mention, name: person.name }))),
    ...sentences.flatMap((sentence) => referenceByTitle(version.text, sentence, people)),
  ].sort((x, y) => x.start - y.start);
  for (const sentence of sentences) {
    const within = (quotation: Quotation) => sentence.start <= quotation.outerStart && quotation.outerEnd <= sentence.end;
    const inside = quotations.filter(within);
    const inSentence = marked.filter(within);
    // Each sentence read once, when the speaker or what follows needs it.
    let readOnce: { reading: Report | null } | undefined;
    const readingOf = () => (readOnce ??= { reading: readSentence(version.text, sentence, inSentence) }).reading;
    const read = speakerInSentence(version.text, sentence, inSentence, attributions, readingOf);
    const found = read === null || read === 'pronoun' ? read : fullName(read, people, nicknames, version.text);
    // A sentence whose speaker has no name ("…," said a department spokeswoman) quotes that source, no one named before.
    let unnamed: SpeakerMention | null = null;
    // "The minister said…" with no minister named so: someone named before, whom a "he said" after it quotes.
    let referredTo: SpeakerMention | null = null;
    const reading = found === null || inside.length > 0 ? readingOf() : null;
    const phrase = reading?.speaker;
    const words = phrase === undefined || phrase === null ? '' : version.text.slice(phrase.start, phrase.end).trim();
    if (
      found === null &&
      phrase !== undefined &&
      phrase !== null &&
      /^the\s+(?:[\p{L}'’-]+\s+){0,3}?[\p{L}'’-]+$/iu.test(words) &&
      isRoleNoun(words.split(/\s+/u).pop() ?? '')
    ) {
      const before = lastSpeaker();
      referredTo = {
        name: words.toLowerCase(),
        role: '',
        source: 'text',
        start: phrase.start,
        end: phrase.end,
        refersBack: { namedBefore: before?.refersBack?.namedBefore ?? before },
      };
    }
    if (inside.length > 0) {
      // …one it describes without naming ("a department spokeswoman", "officials"), not one it refers back to ("the
      // minister", "it", "the statement"), who is someone named before.
      if (found === null && phrase !== undefined && phrase !== null && indefinite.test(words))
        unnamed = { name: words, role: '', source: 'text', start: phrase.start, end: phrase.end, unnamed: true };
      const denied = (reading?.statements ?? []).filter((statement) => statement.kind === 'denial');
      for (const quotation of inside) {
        const inDenial = denied.some(
          (statement) =>
            statement.start < quotation.outerStart &&
            quotation.outerEnd <= statement.end + 1 &&
            statement.end - statement.start > quotation.outerEnd - quotation.outerStart,
        );
        if (inDenial) disowned.add(quotations.indexOf(quotation));
      }
    }
    if (found !== null && found !== 'pronoun') {
      last = found;
      lastSentence = sentence.index;
    } else if (referredTo !== null && !mentions.some((mention) => mention.sentence === sentence.index)) {
      last = referredTo;
      lastSentence = sentence.index;
    }
    named.push(found === 'pronoun' ? null : found);
    // "she said" is the person named in a sentence since the last speaker's, if any ("Ana Lind, the chief executive, spoke first. "…," she said.").
    if (found === 'pronoun') {
      const before = mentions.filter((mention) => mention.sentence < sentence.index).pop();
      if (before !== undefined && before.sentence > lastSentence) {
        last = { name: before.name, role: '', source: 'text', start: before.start, end: before.end };
        lastSentence = before.sentence;
      }
    }
    // A sentence that only quotes, or says "she said", is the last named speaker's; not narration that quotes a
    // banner or a sign on the way ("some holding banners reading “We are not rubbish”").
    const onlyQuotes = inside.length > 0 && found === null && unnamed === null && quotesFirstOrAlone(version.text, sentence, inside);
    speaking.push(found === 'pronoun' || onlyQuotes ? last : (found ?? unnamed));
  }
  return {
    version: { ...version, paragraphs, sentences, quotations },
    words: sentences.map((sentence) => contentWords(version.text.slice(sentence.start, sentence.end))),
    named,
    speaking,
    people,
    disowned,
  };
}

/**
 * A sentence that opens on the title of the one person the text gives it ("The Chief Minister rejected the claim."),
 * as a mention of that person, whom a "he said" after it then quotes.
 */
function referenceByTitle(
  text: string,
  sentence: Sentence,
  people: readonly NamedPerson[],
): (TextSpan & { sentence: number; name: string })[] {
  const opening = /^\s*[Tt]he\s+((?:[\p{L}-]+\s+){0,3}?[\p{L}-]+)\s+(?:\p{Ll}+ed|said|told|was|had|has|is)\b/u.exec(
    text.slice(sentence.start, sentence.end),
  );
  const reference = opening?.[1]?.toLowerCase();
  if (opening === undefined || opening === null || reference === undefined || !isRoleNoun(reference.split(/\s+/u).pop() ?? '')) return [];
  const holders = people.filter((person) => person.titles.some((title) => withoutArticle(title.title).toLowerCase() === reference));
  const [holder] = holders;
  if (holders.length !== 1 || holder === undefined) return [];
  const start = sentence.start + opening[0].indexOf(opening[1] ?? '');
  return [{ start, end: start + reference.length, sentence: sentence.index, name: holder.name }];
}

/** A speaker described, not named nor referred back to: "a department spokeswoman", "one official", "residents". */
const indefinite = new RegExp(`^(?:(?:a|an|one|two|three|several|some|many)\\s|(?:${unnamedSources.join('|')})$)`, 'iu');

/** Whether a sentence opens on a quotation, or says little besides its quotations. */
function quotesFirstOrAlone(text: string, sentence: Sentence, inside: readonly Quotation[]): boolean {
  if (inside.some((quotation) => !/\S/u.test(text.slice(sentence.start, quotation.outerStart)))) return true;
  let outside = text.slice(sentence.start, sentence.end);
  for (const quotation of [...inside].sort((x, y) => y.outerStart - x.outerStart))
    outside = outside.slice(0, quotation.outerStart - sentence.start) + ' ' + outside.slice(quotation.outerEnd - sentence.start);
  return (outside.match(/\p{L}+/gu) ?? []).length <= 3;
}

/**
 * A speaker named by the given name alone ("Ms Orawan", "Boonlert") or a
 * nickname ("Noi"), as some wire styles write later mentions: the one person
 * the version names in full so, when it never calls them by the surname alone.
 * Else the mention as written ("Mr Thomas" is a Thomas).
 */
function fullName(
  mention: SpeakerMention,
  people: readonly NamedPerson[],
  nicknames: ReadonlyMap<string, string>,
  text: string,
): SpeakerMention {
  // (An honorific before a surname, or the Thai one before a given name, is none: "Ms Orawan", "Khun Boonlert".)
  const words = mention.name
    .split(/\s+/u)
    .filter((word, at, all) => at > 0 || all.length < 2 || !(surnameHonorific.test(word) || word === 'Khun'));
  const [word] = words;
  if (words.length !== 1 || word === undefined) return mention;
  const nicknamed = nicknames.get(word);
  if (nicknamed !== undefined) return { ...mention, name: nicknamed };
  const bearers = people.filter((person) => {
    const names = person.name.split(/\s+/u);
    return names.length > 1 && names[0] === word;
  });
  const [only] = bearers;
  if (bearers.length === 1 && only !== undefined && !calledBySurnameAlone(text, only.name)) return { ...mention, name: only.name };
  // A surname alone after a full name is the one person the version named in full with it before, so that two versions
  // which give a quotation to "Mwakalinga" are told apart when one named Maulid Mwakalinga and the other Tunu
  // Mwakalinga. (Not one named after it: "Mr Banda said… His daughter, Grace Banda, was rescued"; nor a father's name:
  // "Thangavelu" is no later mention of Kesavan a/l Thangavelu, his son.)
  const namedBefore = (person: NamedPerson) => {
    const at = text.indexOf(person.name);
    return at !== -1 && at < mention.start;
  };
  const bySurname = people.filter(
    (person) =>
      person.name.includes(' ') && fathersName(person.name) === null && surnameOf(person.name) === surnameOf(word) && namedBefore(person),
  );
  const [one] = bySurname;
  return bySurname.length === 1 && one !== undefined ? { ...mention, name: one.name } : mention;
}
