import { isRankOnly, sameTitle } from './titles.js';
import { organisationWords } from '../prose/cues.js';
import {
  bodyDescriptors,
  describesNoPost,
  givenNameAfterFamilyName,
  isBodyName,
  isProperName,
  isTitleClause,
  nicknameInName,
  readSentence,
  splitTitle,
  surnameHonorific,
  asianGivenNameHonorific,
  surnameOf,
  patronymicGivenName,
  fathersName,
  isMalayHonorific,
  wordAfterMalayHonorifics,
  withoutArticle,
  withoutHonorifics,
  type Quotation,
  type Report,
  type Sentence,
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
  /** A source described, not named ("a department spokeswoman", "officials"): `name` is the description. */
  unnamed?: true;
  /**
   * A source referred back to by a description the version does not resolve to a name ("The minister said…", and a
   * "he said" after it): two such references differ only by their descriptions; against a speaker named, the one named
   * before it, as a "he said" with no description between would be.
   */
  refersBack?: { namedBefore: SpeakerMention | null };
}

/** What differs between two versions' speakers. */
export type SpeakerDifference = 'name' | 'role';

/** An attribution annotation's span and speaker, as the comparison reads it. */
export interface AttributionSpan extends TextSpan {
  speaker: { name: string; role: string };
}

/**
 * The speaker a sentence names, or `'pronoun'` when it only says "he said"
 * (the speaker is then the last one named), or null. An attribution
 * annotation inside the sentence with a speaker's name wins over the text;
 * else the sentence is read as suggestions read it (`readSentence`, given
 * every quotation inside the sentence) and the speaker named there kept.
 */
export function speakerInSentence(
  text: string,
  sentence: Sentence,
  quotations: readonly Quotation[],
  attributions: readonly AttributionSpan[],
  // (The sentence as read, for a caller that reads it too and would not read it twice.)
  reading: () => Report | null = () => readSentence(text, sentence, quotations),
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
  const speaker = reading()?.speaker;
  return speaker === undefined || speaker === null ? null : namedSpeaker(text, speaker);
}

/**
 * The person a speaker phrase names, as the comparison compares them: the
 * name alone (its title of office taken off), with the role an apposition
 * gives it ("Ana Ruiz, a spokeswoman for the port"), else the title ("Mayor
 * Tom Okafor"). `'pronoun'` for "he", "she" or "they"; null for a speaker
 * with no name ("officials", "Shop owners on Harbour Street").
 */
function namedSpeaker(text: string, phrase: TextSpan): SpeakerMention | 'pronoun' | null {
  // A nickname inside the name is blanked, offsets kept: Jiraporn "Noi" Khamwiset is Jiraporn Khamwiset.
  const written = text
    .slice(phrase.start, phrase.end)
    .replace(
      nicknameInName,
      (whole, given: string, _nickname, family: string) => `${given}${' '.repeat(whole.length - given.length - family.length)}${family}`,
    );
  if (/^(?:he|she|they)$/iu.test(written)) return 'pronoun';
  const parts = Array.from(written.matchAll(/[^,]+/gu), (part) => {
    const trimmed = part[0].trim();
    return { text: trimmed, start: phrase.start + part.index + part[0].indexOf(trimmed) };
  }).filter((part) => part.text !== '');
  const nameIndex = parts.findIndex((part) => isProperName(splitTitle(part.text).name));
  const part = parts[nameIndex];
  if (part === undefined) return null;
  const { title, name } = splitTitle(part.text);
  // A relative clause counts when it says what they are ("who heads the port"), not what they did ("who travelled to Kolvar").
  const apposition = parts.find(
    (other, index) =>
      index !== nameIndex &&
      // "Caddermoor Police's head of professional standards", "Lomax Homes' land director": a post of a body named first.
      (/^(?:a|an|the)\s|^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s/iu.test(other.text) ||
        isTitleClause(other.text.toLowerCase())),
  );
  const start = part.start + part.text.length - name.length;
  const given = apposition === undefined ? title : withoutArticle(apposition.text.replace(/^who\s+/iu, ''));
  // A body's description ("the country's largest bank workers' union, Finanz") is no title of a person.
  const head = (given.split(/\s+(?:for|of|at|to|with|in|on|from)\s+/iu)[0] ?? '').split(/\s+/u).pop()?.toLowerCase() ?? '';
  // Nor is an age or what befell them ("The 24-year-old", "the arrested man"): a description, not a post.
  const role =
    organisationWords.includes(head) || bodyDescriptors.includes(head) || isBodyName(name) || describesNoPost(given) ? '' : given;
  return { name: name.replace(/\s+/gu, ' '), role, source: 'text', start, end: start + name.length };
}

/** A person's surname, for telling whether two mentions name the same person ("Mr. Okafor", "Tom Okafor", "Al-Kuwari", "Al Kuwari"). */
function surname(name: string): string {
  return surnameOf((name.normalize('NFC').match(/[\p{L}'’-]+/gu) ?? []).join(' '));
}

/** Whether a name opens on a man's honorific ("Mr", "Sir") or a woman's ("Mrs", "Ms", "Miss", "Dame"), or neither. */
export function sexOfHonorific(name: string): 'man' | 'woman' | null {
  const first = (name.split(/\s+/u)[0] ?? '').toLowerCase().replace(/\.$/u, '');
  if (first === 'mr' || first === 'sir' || first === 'ntate') return 'man';
  if (first === 'mrs' || first === 'ms' || first === 'miss' || first === 'dame' || first === 'mme') return 'woman';
  return null;
}

/**
 * Whether two names of one surname may name one person: unless both give a
 * given name and those differ ("Josefa Carrilho Tibúrcio" and her sister-in-law
 * "Francisca Rodrigues Tibúrcio"), nor is one written inside the other
 * (a title kept with it). Given names of one first letter may be one name
 * written two ways ("M. Okafor", "Mara Okafor", "Mike"/"Michael"); an
 * honorific is none ("Dr. Okafor").
 */
function sameGivenName(a: string, b: string): boolean {
  // "Mr. Asela Perera" and "Mrs. Anoma Perera": a man and a woman are two people.
  const [sexA, sexB] = [sexOfHonorific(a.trim()), sexOfHonorific(b.trim())];
  if (sexA !== null && sexB !== null && sexA !== sexB) return false;
  const wordsOf = (name: string) =>
    // (An honorific before the given name is none: "Ato Berhe Gebru" and "Ato Getachew Gebru" are two people.)
    withoutHonorifics(name.normalize('NFC'))
      .split(/\s+/u)
      // (…and one before a given name: "Khun Chaiyong Inkaew" and "Khun Kesorn Inkaew" are two people.)
      .filter((word, index, all) => index > 0 || !(surnameHonorific.test(word) || (all.length > 1 && asianGivenNameHonorific.test(word))))
      .map((word) => word.toLocaleLowerCase())
      // An Arabic article or "bin" is part of the surname, no given name: "Al Kuwari" is "Fahad Al-Kuwari".
      .flatMap((word) => word.split(/(?<=^(?:al|el))-/u))
      .filter((word) => !/^(?:al|el|bin|bint)$/u.test(word));
  // Chinese-order names are told apart by the given name they end on: "Pong Siu-wah" and "Pong Ka-lok" are two people.
  const [chineseA, chineseB] = [givenNameAfterFamilyName(a), givenNameAfterFamilyName(b)];
  if (chineseA !== null && chineseB !== null) return chineseA === chineseB;
  const [wordsA, wordsB] = [wordsOf(a), wordsOf(b)];
  // One name written inside the other is one person ("Gari Otxandi", "Chief Executive Gari Otxandi"), honorifics
  // kept or not ("Haji Buriro", "Haji Nasrullah Buriro").
  const within = (x: readonly string[], y: readonly string[]) => x.every((word) => y.includes(word));
  const [allA, allB] = [a, b].map((name) => name.normalize('NFC').toLocaleLowerCase().split(/\s+/u)) as [string[], string[]];
  if (within(wordsA, wordsB) || within(wordsB, wordsA) || within(allA, allB) || within(allB, allA)) return true;
  const [first, second] = [wordsA.length > 1 ? wordsA[0] : null, wordsB.length > 1 ? wordsB[0] : null];
  if (first === null || second === null || first === undefined || second === undefined) return true;
  return mayBeOneGivenName(first, second);
}

/**
 * Whether two given names of one family may be one name written short or spelt another way: an initial or a short
 * form ("J.K." and "JK", "Jim" and "James", "Mike" and "Michael", "Bob" and "Robert") or one spelling of one sound
 * ("Mohammed" and "Muhammad", "Yusuf" and "Yousef"), but not two names that merely open on one letter, as a couple's
 * or siblings' often do ("Marjolaine" and "Médard", "Sonia" and "Sanjay", "Mark" and "Mike").
 */
export function mayBeOneGivenName(a: string, b: string): boolean {
  const [plainA = '', plainB = ''] = [a, b].map((name) =>
    name
      .normalize('NFD')
      .replace(/[^\p{L}]/gu, '')
      .toLocaleLowerCase(),
  );
  if (shortForms.get(plainA)?.includes(plainB) === true || shortForms.get(plainB)?.includes(plainA) === true) return true;
  // An "h" after the first letter written or not is one name: "Tomas" and "Thomas", "Gulam" and "Ghulam".
  const [spokenA = '', spokenB = ''] = [plainA, plainB].map((name) => name.replace(/^(.)h/u, '$1').replace(/(.)\1+/gu, '$1'));
  if (spokenA === spokenB) return true;
  if (plainA[0] !== plainB[0]) return false;
  if (Math.min(plainA.length, plainB.length) <= 3 || plainA.slice(0, 2) === plainB.slice(0, 2)) return true;
  // One spelling of one sound, in names long enough to tell ("Mohammed" and "Muhammad", "Yusuf" and "Yousef"; not
  // "Phil" and "Paul", "Thandi" and "Tendai"), or a spelling listed below.
  const consonants = (name: string) => name.replace(/[aeiouy]/gu, '');
  return (
    Math.min(spokenA.length, spokenB.length) >= 5 &&
    consonants(spokenA) === consonants(spokenB) &&
    editDistance(spokenA, spokenB) <= Math.floor(Math.min(spokenA.length, spokenB.length) / 3)
  );
}

/** The fewest letters put in, taken out or changed that turn one word into the other. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_value, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** Short forms and spellings of given names the rules above do not tell: "Jack" of "John", "Bob" of "Robert", "Mohd" of "Muhammad", "Yousef" of "Yusuf". */
const shortForms: ReadonlyMap<string, readonly string[]> = new Map([
  ['jack', ['john']],
  ['hank', ['henry']],
  ['harry', ['henry']],
  ['jimmy', ['james']],
  ['tommy', ['thomas']],
  ['bob', ['robert']],
  ['bobby', ['robert']],
  ['bill', ['william']],
  ['billy', ['william']],
  ['liz', ['elizabeth']],
  ['beth', ['elizabeth']],
  ['betty', ['elizabeth']],
  ['dick', ['richard']],
  ['rick', ['richard']],
  ['ted', ['edward']],
  ['ned', ['edward']],
  ['peggy', ['margaret']],
  ['maggie', ['margaret']],
  ['polly', ['mary']],
  ['chuck', ['charles']],
  ['tony', ['anthony']],
  ['sasha', ['alexander', 'aleksandr', 'alexandra', 'aleksandra']],
  ['dima', ['dmitry', 'dmitri', 'dmytro']],
  ['mohd', ['muhammad', 'mohammed', 'mohamed', 'mohammad', 'muhammed']],
  ['yusuf', ['yousef', 'youssef', 'yousuf', 'yusef', 'yousaf', 'yousif']],
  ['yahya', ['yehia', 'yehya', 'yahia']],
  ['syed', ['sayed', 'sayyid', 'sayyed']],
  ['musa', ['moussa', 'mousa']],
  ['muhammadu', ['mohammed', 'muhammad', 'mohammad']],
  ['hussain', ['hossein', 'husain', 'hussein', 'hosein']],
  ['sean', ['shaun', 'shawn']],
  // (A name's end may be its short form, or its spelling without the sound before it; but "Nathan" is no "Jonathan".)
  ['emeka', ['chukwuemeka']],
  ['ekaterina', ['yekaterina']],
]);

/**
 * Whether a mention is the given name a name with a father's name goes by, after honorifics or none: "Awang Hasnul" or
 * "Hasnul" of "Awang Hasnul bin Matusin" (see `patronymicGivenName`).
 */
export function goesBy(full: string, mention: string): boolean {
  const given = patronymicGivenName(full);
  return given !== null && patronymicGivenName(mention) === null && wordAfterMalayHonorifics(mention) === given;
}

/** Whether a mention is the father's name of a name with "bin" or "a/l", alone, after honorifics or none (see `fathersName`). */
export function byFathersName(full: string, mention: string): boolean {
  const father = fathersName(full);
  const honorific = (word: string) => isMalayHonorific(word) || surnameHonorific.test(word);
  return father !== null && patronymicGivenName(mention) === null && wordAfterMalayHonorifics(mention, honorific) === father;
}

/** Whether two names are the same words in another order: "Mochizuki Ryo" and "Ryo Mochizuki". */
export function reordered(x: string, y: string): boolean {
  const words = (name: string) => name.split(/\s+/u);
  const [wordsX, wordsY] = [words(x), words(y)];
  return wordsX.length > 1 && x !== y && [...wordsX].sort().join(' ') === [...wordsY].sort().join(' ');
}

/**
 * How two versions' speakers differ: a different person (by surname), or
 * the same person with a title that says something else (`sameTitle`). A
 * side that gives no title changes none, and nothing differs where either
 * side names no speaker.
 */
export function compareSpeakers(a: SpeakerMention | null, b: SpeakerMention | null): SpeakerDifference[] {
  if (a === null || b === null) return [];
  if (a.refersBack !== undefined && b.refersBack !== undefined) return sameDescription(a.name, b.name) ? [] : ['name'];
  if (a.refersBack !== undefined || b.refersBack !== undefined)
    return compareSpeakers(a.refersBack?.namedBefore ?? a, b.refersBack?.namedBefore ?? b);
  // A source named in one version and only described in the other is another source; two descriptions ("a spokeswoman
  // for the ministry", "a ministry spokeswoman") may be one, which the words cannot tell.
  if (a.unnamed === true || b.unnamed === true)
    return a.unnamed === true && b.unnamed === true && sameDescription(a.name, b.name) ? [] : ['name'];
  // A mention by the father's name alone is the father, or another of his children: "Thangavelu" is not Kesavan a/l
  // Thangavelu, nor "Salman" Mohammed bin Salman.
  if (byFathersName(a.name, b.name) || byFathersName(b.name, a.name)) return ['name'];
  // (One name written family name first in one version and last in the other is one person.)
  if (
    !reordered(a.name, b.name) &&
    !goesBy(a.name, b.name) &&
    !goesBy(b.name, a.name) &&
    (surname(a.name) !== surname(b.name) || !sameGivenName(a.name, b.name))
  )
    return ['name'];
  // A rank against a post ("Col." against "a spokesman for the civil protection service") is no other post.
  const rankAgainstPost = isRankOnly(a.role, b.role) !== isRankOnly(b.role, a.role);
  return a.role.trim() === '' || b.role.trim() === '' || rankAgainstPost || sameTitle(a.role, b.role) ? [] : ['role'];
}

/**
 * Whether two descriptions of unnamed sources may be one source: one noun for what they are, and no word of whose
 * that the other contradicts ("a spokeswoman for the ministry" and "a ministry spokeswoman", "officials" and "one
 * official", "a spokesman" and "a treasury spokesman"; not "a police spokesman" and "a spokesman for the rebels", nor
 * "a witness" and "a police officer").
 */
function sameDescription(a: string, b: string): boolean {
  const words = (phrase: string) =>
    phrase
      .split(/[^\p{L}'’-]+/u)
      .filter((word) => word !== '' && !/^(?:a|an|the|one|two|three|several|some|many|its|their|his|her)$/u.test(word))
      .map((word) =>
        word
          .replace(/['’]s?$/u, '')
          // A spokesperson may be a spokesman or a spokeswoman, as house styles write them.
          .replace(/^spokes(?:person|people)$/u, 'spokesperson')
          .replace(/^spokes(?:men|women)$/u, (plural) => plural.replace(/en$/u, 'an'))
          .replace(/(?<=(?:s|sh|ch|x))es$|(?<=\p{L}{3}[^s])s$/u, ''),
      );
  const read = (description: string) => {
    // A clause says what they did or are ("a man who was injured in the blast", "a resident who lives nearby").
    const [main = '', clause = ''] = description.toLowerCase().split(/,?\s+(?:who|that|which)\s+/u);
    const [what = '', ...whose] = main.split(/\s+(?:close\s+to|familiar\s+with|with|for|of|at|in|from|to)\s+/u);
    const nouns = words(what);
    const said = words(clause).filter((word) => word.length > 3 && !/^(?:was|were|been|has|have|had|is|are|not|named|asked)$/u.test(word));
    return { head: nouns.pop() ?? '', qualifiers: [...nouns, ...whose.flatMap(words)], clause: said };
  };
  const [x, y] = [read(a), read(b)];
  const within = (one: readonly string[], other: readonly string[]) => one.every((word) => other.includes(word));
  const sameHead =
    x.head === y.head || ([x.head, y.head].includes('spokesperson') && [x.head, y.head].every((head) => head.startsWith('spokes')));
  // Two clauses that share no word say two people ("injured in the blast", "arrested at the scene"); one clause, or
  // one beside a plain description, may say more of one ("a resident who lives near the bridge", "a resident").
  const clausesAgree = x.clause.length === 0 || y.clause.length === 0 || x.clause.some((word) => y.clause.includes(word));
  const qualifiersAgree = within(x.qualifiers, [...y.qualifiers, ...y.clause]) || within(y.qualifiers, [...x.qualifiers, ...x.clause]);
  return sameHead && qualifiersAgree && clausesAgree;
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
