import {
  bodyDescriptors,
  honorificWords,
  initialPattern,
  isBodyName,
  isShortFamilyName,
  nameWordPattern,
  officeOf,
  opensWithOfficeOf,
  particles,
  patronymParticle,
  titlesOfOffice,
} from './speakers.js';
import { escapedForPattern, organisationWords, plainReportingVerbs, reportingVerbs } from './cues.js';
import { blankQuotations, type Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import type { TextSpan } from './span.js';

/*
 * Who a text names, and the titles it gives them: every person named in
 * full, with each title written next to the name (before it in any case,
 * in an apposition before or after, in a relative clause), and the later
 * mentions of the surname alone.
 */

/** An honorific opening a name: "Dr " of "Dr Ada Folk", "Smt. " of "Smt. V. Kaliammal". */
const leadingHonorific = new RegExp(String.raw`^${honorificWords}\.?\s+`, 'u');

/** Whether two full names with one surname name one person: the same first name, honorifics aside ("Dr Ada Folk", "Ada Folk"). */
function sameFirstName(x: string, y: string): boolean {
  const first = (name: string) => name.replace(leadingHonorific, '').split(/\s+/u)[0]?.toLowerCase() ?? '';
  // "Al Ghafli" is the surname of "Obaid Rashed Al Ghafli" with its article, as "Ghafli" would be: no first name. ("Al
  // Gore" and "Tipper Gore" have other surnames: see `surnameOf`.)
  const spelt = (name: string) => name.toLowerCase().replace(/-/gu, ' ');
  if (surnameWithParticle.test(y)) return spelt(x).endsWith(spelt(y));
  if (surnameWithParticle.test(x)) return spelt(y).endsWith(spelt(x));
  // Chinese-order names are told apart by the given name they end on: "Kim Jong-un" and "Kim Yo-jong" are two people.
  const [givenX, givenY] = [givenNameAfterFamilyName(x), givenNameAfterFamilyName(y)];
  if (givenX !== null && givenY !== null) return givenX === givenY;
  return first(x) === first(y);
}

/**
 * A post written in capitals, as Gulf and much official copy writes it after a name: "Director-General of the
 * Authority", "Assistant Director-General for Residency Affairs", "Deputy Commander-in-Chief of Hazeem Police". No
 * one's name, and a title where it stands in an apposition.
 */
/** A post in capitals, with the words that rank it: "Assistant Director-General", "Deputy Commander-in-Chief". */
const postInCapitals = String.raw`(?:(?:Assistant|Deputy|Acting|Senior|Executive|Vice|Chief|First|Second|General|Managing|Regional|Technical)[\s-]+)*(?:Director(?:[\s-]General)?|Commander(?:-in-Chief)?|Under-?[Ss]ecretary|Secretary(?:-General)?|Minister|Chairman|Chairwoman|Chairperson|Spokesman|Spokeswoman|Spokesperson|Head|Chief|Manager|Governor|Ambassador|Commissioner|Registrar|Superintendent|Coordinator|Adviser|Advisor|President)`;

const capitalisedPost = new RegExp(String.raw`^${postInCapitals}(?=\s+(?:of|for|at|in|to)\s|$)`, 'u');

/** Text ending on a post in capitals set off after a name, and the preposition it takes: ", Director-General for ". */
const ofAPostAfterAName = new RegExp(String.raw`,\s*${postInCapitals}\s+(?:of|for|at|in|to)\s+(?:the\s+)?$`, 'u');

/** What a department is named for, ending its name: "Civil Defence Operations", "Residency Affairs". */
const department =
  /\b(?:Operations|Affairs|Services|Department|Division|Section|Sector|Relations|Planning|Works|Development|Security|Administration|Investigations|Intelligence)$/u;

/** A post in capitals that ends a title written before a name, within the run of capitals ("… Director-General Mansoor Al Dhaheri"). */
const postInRun =
  /^(?:Director(?:-General)?|Commander(?:-in-Chief)?|Under-?[Ss]ecretary|Secretary-General|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Chairperson)$/u;

/** A surname with the article or particle it is written with, and no given name: "Al Ghafli", "Al-Kuwari", "bin Rashid". */
const surnameWithParticle = /^(?:al|el|bin|bint)(?:\s+|-)\p{Lu}[\p{L}\p{M}'’-]*$/iu;

/**
 * A person's surname as versions are matched on it, lower-cased: the last word of the name, with the Arabic article
 * before it, written apart or joined ("Al Kuwari" and "Al-Kuwari" are `al-kuwari`), as it is part of it ("Ibrahim Amin"
 * is no "Al-Amin", "Tipper Gore" no "Al Gore").
 */
export function surnameOf(name: string): string {
  const words = name.normalize('NFC').trim().split(/\s+/u);
  if (givenNameLast(words)) return (words[words.length - 2] ?? '').toLocaleLowerCase();
  const last = (words[words.length - 1] ?? '').toLocaleLowerCase();
  const before = (words[words.length - 2] ?? '').toLocaleLowerCase();
  return /^(?:al|el)$/u.test(before) ? `${before}-${last}` : last;
}

/**
 * The given name a Malay or Tamil name goes by, before the father's name ("bin", "binti", "a/l"), lower-cased: "idrus"
 * of "Dato Paduka Haji Idrus bin Haji Seman", "kesavan" of "Kesavan a/l Thangavelu"; null for any other name. Later
 * mentions name the person by it ("Dato Paduka Idrus", "Kesavan"), though the surname key stays the last word, as
 * Arabic names go by it ("bin Salman").
 */
export function patronymicGivenName(name: string): string | null {
  const words = name.normalize('NFC').trim().split(/\s+/u);
  const patronym = patronymAt(words);
  return patronym > 0 ? (words[patronym - 1] ?? '').toLocaleLowerCase() : null;
}

/**
 * The father's name a Malay or Tamil name gives after "bin", "binti" or "a/l", lower-cased: "seman" of "Idrus bin Haji
 * Seman", "thangavelu" of "Kesavan a/l Thangavelu"; null for any other name. A mention by it alone names the father, or
 * another of his children, not this person ("Thangavelu said" is no later mention of Kesavan).
 */
export function fathersName(name: string): string | null {
  const words = name.normalize('NFC').trim().split(/\s+/u);
  const patronym = patronymAt(words);
  const father = patronym > 0 ? words.slice(patronym + 1).filter((word) => !/^(?:Haji|Hajah)$/u.test(word)) : [];
  return father.length > 0 ? father.join(' ').toLocaleLowerCase() : null;
}

/** Where "bin", "binti" or "a/l" stands in a name's words, after its first; -1 when it does not. */
function patronymAt(words: readonly string[]): number {
  return words.findIndex((word, at) => at > 0 && patronymWord.test(word));
}

/**
 * The last word of a mention, lower-cased, when every word before it is an honorific Malay and Bruneian copy puts
 * before a name (or passes `honorific`): "idrus" of "Dato Paduka Idrus", "kesavan" of "Kesavan"; null otherwise.
 */
export function wordAfterMalayHonorifics(mention: string, honorific = isMalayHonorific): string | null {
  const words = mention.trim().split(/\s+/u);
  return words.slice(0, -1).every((word) => honorific(word)) ? (words[words.length - 1] ?? '').toLocaleLowerCase() : null;
}

/**
 * Whether a name ends on a Chinese or Korean given name of two syllables joined by a hyphen, after the family name:
 * "Pinky Sio Oi-ling" is a Ms Sio, "Pong Siu-wah" a Mr Pong, "Kim Jong-un" a Kim (not "Ana Ruiz-Tagle", whose second
 * part has its capital).
 */
function givenNameLast(words: readonly string[]): boolean {
  return (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(words[words.length - 1] ?? '') &&
    /^\p{Lu}\p{Ll}+$/u.test(words[words.length - 2] ?? '')
  );
}

/** The given name a Chinese-order name ends on ("Siu-wah" of "Pong Siu-wah"), else null. */
export function givenNameAfterFamilyName(name: string): string | null {
  const words = name.trim().split(/\s+/u);
  return givenNameLast(words) ? (words[words.length - 1] ?? null) : null;
}

/** The family name of a person as written: the last word, or the one before a Chinese-order given name ("Sio" of "Pinky Sio Oi-ling"). */
export function familyNameOf(name: string): string {
  const words = name.trim().split(/\s+/u);
  return (givenNameLast(words) ? words[words.length - 2] : words[words.length - 1]) ?? '';
}

/** A title as written beside one mention of a person: `start`/`end` cover the title. */
export interface TitleMention extends TextSpan {
  title: string;
  /** The sentence it is written in. */
  sentence: number;
}

/** A person a text names: the fullest form of the name, the titles it gives them and where the name stands. */
export interface NamedPerson {
  name: string;
  /** The surname, lower-cased (the full name where two people share it): what versions are matched on. */
  key: string;
  titles: TitleMention[];
  /**
   * What a relative clause after the name says they did where it gives no title ("…, who presented the evidence
   * against him,"): no post, but what a version says of them in its place.
   */
  deeds: TitleMention[];
  mentions: (TextSpan & { sentence: number })[];
}

const nameWord = nameWordPattern;
const honorific = String.raw`${honorificWords}\.?`;
/** Letters that stand for a country or a union, never a person's initials: "U.S. Army", "U.K. Treasury". */
const countryLetters = String.raw`(?:U\.S|U\.K|U\.N|E\.U|U\.A\.E|D\.C|N\.Y|L\.A)\.`;
/**
 * A full name: two capitalised words or more (honorifics, initials and particles allowed), or initials and one
 * ("M. K. Duraisingam", as South Asian copy names people; not "U.S. Army", whose letters stand together). An
 * honorific written without its full stop is no first name: "Ms Ortega" is Ortega, as "Ms. Ortega" is.
 */
const fullName = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.-])(?:${honorific}\s+)?(?:(?!${countryLetters})(?:${initialPattern}\s*)*${initialPattern}\s+(?!${honorificWords}(?![\p{L}\p{N}]))${nameWord}(?:\s+(?:${particles}\s+)?${nameWord})*|(?:${initialPattern}\s*)*(?!${honorificWords}(?![\p{L}\p{N}]))${nameWord}(?:\s+(?:${particles}\s+)?${nameWord})+)(?![\p{L}\p{N}])`,
  'gu',
);

/** Words a title before a name never runs back over: verbs of saying, conjunctions, most prepositions, articles. */
const stopWords = new Set([
  ...plainReportingVerbs,
  ...reportingVerbs,
  'the',
  'a',
  'an',
  'and',
  'but',
  'or',
  'by',
  'with',
  'to',
  'from',
  'that',
  'as',
  'when',
  'while',
  'after',
  'before',
  'according',
  'on',
  'in',
  'at',
  'earlier',
  'later',
  'than',
  'whom',
  'who',
  // A relative clause of a place or a thing: "Orvik, where labour costs are lower", "the plant, which employs 800".
  'where',
  'which',
  'whose',
  'if',
  'is',
  'was',
  'has',
  'had',
  'met',
  'called',
  'asked',
  'adding',
  'saying',
]);
/** Words that start a sentence without naming anyone ("Earlier", "On"), and month and day names. */
const notNames =
  /^(?:By|The|A|An|On|In|At|Earlier|Later|Last|This|But|And|When|While|After|Before|January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/u;
const knownTitles = new Set(titlesOfOffice.map((title) => title.toLowerCase()));

/** Nouns for a role or an office that do not end as most do (-er, -or, -ist, -man, -ent, -ant, -ian). */
const roleNouns = new Set([
  // The officer next below the commander: "second-in-command of the Kellsmoor Police Division".
  'second-in-command',
  'minister',
  'chief',
  'executive',
  'head',
  'secretary',
  'chair',
  'deputy',
  'aide',
  'envoy',
  'official',
  // A senior official, as copy translated from Spanish calls one ("the hierarch added").
  'hierarch',
  'judge',
  'general',
  'captain',
  'colonel',
  'major',
  'mayor',
  'candidate',
  'representative',
  'expert',
  'ceo',
  'cfo',
  'boss',
  'attorney',
  'clerk',
  'staff',
  'nurse',
  'coach',
  'parent',
  'mother',
  'father',
  'wife',
  'husband',
  'son',
  'daughter',
  'mp',
  'mep',
  'legislator',
  'premier',
  'king',
  'queen',
  'prince',
  'princess',
  'bishop',
  'priest',
  'imam',
  'rabbi',
  'analyst',
  'chairperson',
  'champion',
  'witness',
  'victim',
  'citizen',
  'colleague',
  'friend',
  'neighbour',
  'neighbor',
  'headmistress',
]);
/** Words that end as role nouns do but are not roles. */
const notRoles = new Set([
  'other',
  'after',
  'over',
  'under',
  'never',
  'ever',
  'however',
  'whether',
  'either',
  'neither',
  'former',
  'later',
  'earlier',
  'for',
  'or',
  'per',
  'major',
  // Things, times and places that end as roles do: "a work that will bring running water to 18,000 people".
  'water',
  'number',
  'matter',
  'letter',
  'quarter',
  'border',
  'power',
  'winter',
  'summer',
  'river',
  'paper',
  'order',
  'corner',
  'tower',
  'shelter',
  'weather',
  'cancer',
  'chapter',
  'october',
  'november',
  'december',
  'september',
  'percent',
  'government',
  'department',
  'statement',
  'equipment',
  'settlement',
  'event',
  'moment',
  'parliament',
]);

/** Whether a word names a role or an office: "spokesman", "minister", "analyst", "director", "commander". */
export function isRoleNoun(word: string): boolean {
  const lower = word.toLowerCase().replace(/['’]s$/u, '');
  if (roleNouns.has(lower)) return true;
  // "officer-in-charge", "editor-in-chief", "secretary-general", "co-founder": a role among its parts.
  if (/^\p{Ll}+(?:-\p{Ll}+)+$/u.test(lower))
    return lower.split('-').some((part) => part.length >= 3 && !/^(?:in|of|the)$/u.test(part) && isRoleNoun(part));
  return !notRoles.has(lower) && /^\p{Ll}/u.test(word) && /(?:er|or|ist|man|woman|person|ent|ant|ian)$/u.test(lower);
}

/**
 * Whether a name in capitals is a post's ("Chief Executive Officer", "District Chief Executive for Ejisu"): its last
 * word before "for", "of", "in" or "at" is a role.
 */
export function namesAPost(name: string): boolean {
  const head = name.split(/\s+(?:for|of|in|at)\s+/u)[0] ?? '';
  return isRoleNoun(head.split(/\s+/u).pop()?.toLowerCase() ?? '');
}

/** An office named with what it is of or for, just before a run of capitals: "Secretary of " before "State Ana Brill". */
const officeBefore = new RegExp(`(?<![\\p{L}])${officeOf}(?:\\p{Lu}[\\p{L}'’-]*\\s+(?:(?:of|for|and|the)\\s+)*)*$`, 'u');

/** A name with a capitalised title of office or rank in front ("Mayor Tom Okafor", "Captain Ivo Marsh") split into the two. */
function leadingTitle(run: string): { title: string; rest: string } {
  const words = run.split(/\s+/u);
  for (let count = Math.min(3, words.length - 2); count >= 1; count--) {
    const title = words.slice(0, count).join(' ');
    if (knownTitles.has(title.toLowerCase())) return { title, rest: words.slice(count).join(' ') };
  }
  // A title opening a sentence is capitalised as names are: "Glaciologist Henrik Aal", "Interior Minister Dario Vukan".
  const isTitleWord = (word: string) => {
    const lower = word.toLowerCase();
    return roleNouns.has(lower) || knownTitles.has(lower) || /(?:ist|spokes(?:man|woman|person))$/u.test(lower);
  };
  for (let last = words.length - 3; last >= 0; last--)
    if (isTitleWord(words[last] ?? '')) return { title: words.slice(0, last + 1).join(' '), rest: words.slice(last + 1).join(' ') };
  // "Iranian Foreign Ministry" before a name is not part of it: drop leading words that are not names ("Earlier").
  let first = 0;
  while (first < words.length - 2 && notNames.test(words[first] ?? '')) first++;
  return { title: '', rest: words.slice(first).join(' ') };
}

/** The title written just before a name: words back to a comma, a stop word or the sentence's start; null if none describes. */
function titleBefore(masked: string, offset: number, nameStart: number, sentence: number): TitleMention | null {
  const before = masked.slice(0, nameStart - offset);
  const words = Array.from(before.matchAll(/[^\s]+/gu));
  let first = words.length;
  while (first > 0) {
    const word = words[first - 1]?.[0] ?? '';
    if (/[,;:()"“”•—–]$/u.test(word) || /^["“(•]/u.test(word)) break;
    // An office with what it is for or of goes on past the preposition: "deputy mayor for planning".
    const office = /^(?:for|of)$/u.test(word) && isRoleNoun(words[first - 2]?.[0] ?? '') && /^\p{Ll}/u.test(words[first]?.[0] ?? '');
    if (stopWords.has(word.toLowerCase()) && !office) break;
    // A verb after its subject ("Selmarsh Harriers sacked head coach Quintus Fellgate") ends the title: a word in -ed
    // after a capitalised one ("the retired general" keeps its "retired").
    if (/^\p{Ll}+ed$/u.test(word) && /^\p{Lu}/u.test(words[first - 2]?.[0] ?? '')) break;
    first--;
  }
  // A dateline ("NORVIK (Reuters) -") is not a title: stop at a dash.
  const kept = words.slice(first).filter((word) => word[0] !== '-');
  if (kept.length === 0 || kept.length > 8) return null;
  const start = offset + (kept[0]?.index ?? 0);
  const last = kept[kept.length - 1];
  const end = offset + (last?.index ?? 0) + (last?.[0].length ?? 0);
  const title = masked.slice(start - offset, end - offset);
  // It must end in a noun for a role or office ("spokesman", "minister"), and a preposition cannot end it ("Relatives of").
  const titleWords = title.split(/\s+/u);
  const describes =
    knownTitles.has(title.toLowerCase()) ||
    isRoleNoun(titleWords[titleWords.length - 1] ?? '') ||
    knownTitles.has((titleWords[0] ?? '').toLowerCase()) ||
    titleWords.some((word, at) => /^(?:for|of)$/u.test(word) && isRoleNoun(titleWords[at - 1] ?? ''));
  if (!describes) return null;
  if (/(?:^|\s)(?:of|for|at)$/iu.test(title) || /^(?:of|for|at)\s/iu.test(title)) return null;
  return { start, end, title, sentence };
}

/** The nouns of a post one holds or takes over: "the housing portfolio", "the top job", "the reins". */
const postNouns =
  /^(?:portfolio|post|office|seat|position|job|role|chair|presidency|leadership|command|helm|reins|captaincy|premiership|mayoralty)$/u;

/**
 * What one leads or runs as an act, not a post: a raid, a race, a campaign ("who has led the raid"); not a body named
 * for one ("who has led the investigation unit", "the rescue service", "the talks committee").
 */
const heldActs =
  /^(?:[\p{L}'’-]+\s+){0,2}?(?:raid|raids|race|races|marathon|marathons|campaign|campaigns|operation|operations|search|rescue|investigation|inquiry|protest|protests|march|rally|talks|negotiations|attack|charge|fight|delegation|way|prayers?|tour|expedition|session|meeting|procession)\b(?!\s+(?:unit|team|service|committee|commission|movement|group|department|division|office|board|agency|force|squad|council|centre|center|programme|program|project|section|branch|desk|wing|directorate|bureau|association|union|network|society|cell|brigade|organising|organizing)\b)/u;

/**
 * A relative clause that says what someone is ("who heads the rescue service", "who is a nurse", "who is leading the
 * rescue operation", "who is in charge of reopening roads", "who has run the hospital since it opened", "who speaks for
 * the workers in the union"), not what they did ("who travelled to Kolvar").
 */
export function isTitleClause(phrase: string): boolean {
  // Run or led so far, a body or a place of work: "who has run the hospital since it opened", "who has run the cannery
  // since it was bought"; not an act or an event, "who has led the raid", "who has run the Accra marathon ten times".
  const heldSoFar =
    /^who\s+(?:has|had)\s+(?:long\s+)?(?:run|led|headed|chaired|managed|commanded|directed|coached|edited)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(.*)$/u.exec(
      phrase,
    );
  if (heldSoFar !== null) return !heldActs.test(heldSoFar[1] ?? '');
  // A post held, a post or a body taken over as its head, or a client acted for: "who has held the housing portfolio since
  // the reshuffle", "who holds the party's general secretary post", "who took over the ministry after the reshuffle",
  // "who took over the reins in 2021", "who has acted for the developer since…" (not "who held a protest outside the
  // office", "who took over the building with 40 other families").
  const postOrBody = /^who\s+(?:has\s+|had\s+)?(?:held|holds|took\s+over|taken\s+over)\s+(?:the|a|an|his|her|its|their)\s+(.*)$/u.exec(
    phrase,
  );
  // What is held or taken: the words up to the first that says where, when or with whom ("the top job in March").
  const object = (postOrBody?.[1] ?? '').split(/\s+/u);
  const stop = object.findIndex((word) => /^(?:outside|at|in|near|on|by|of|for|with|after|from|when|last|this|since|until)$/u.test(word));
  const held = stop === -1 ? object : object.slice(0, stop);
  const head = held.length <= 4 ? (held[held.length - 1]?.toLowerCase() ?? '') : '';
  if (
    head !== '' &&
    (postNouns.test(head) || (/\bover\s/u.test(phrase) && (organisationWords.includes(head) || bodyDescriptors.includes(head))))
  )
    return true;
  if (
    /^who\s+(?:(?:has\s+|had\s+)?(?:took|taken)\s+over\s+as\s|(?:has\s+|had\s+)?acted\s+for\s|acts\s+for\s|(?:is|was)\s+acting\s+for\s)/u.test(
      phrase,
    )
  )
    return true;
  return /^who\s+(?:heads|headed|leads|led|runs|ran|chairs|chaired|commands|commanded|directs|directed|manages|managed|oversees|oversaw|coordinates|coordinated|supervises|supervised|inspected|(?:is|was)\s+(?:now\s+)?(?:leading|heading|running(?!\s+(?:for|against)\b)|directing|managing|overseeing|coordinating|supervising|in\s+charge\s+of)|serves|served\s+as|works\s+(?:as|at|for|in)|worked\s+(?:as|at|for|in)|(?:is|was|has\s+been)\s+(?:elected|appointed|named)|became|lectures|teaches|represents|advises|coaches|owns|edits|founded|(?:is|was)\s+(?:a|an|the)\s|speaks\s+for)/u.test(
    phrase,
  );
}

/**
 * A few words in brackets right after a name, before what is said of them: a party, a place, an age ("Skaidrīte Celmiņa
 * (Linden List), the council's deputy chairwoman", "Ana Ruiz (Labour) of the finance committee").
 */
const bracketedAside = /^\s*\([^()]{1,40}\)(?=,|\s+(?:of|at|from)\s)/u;

/** The title written just after a name: ", the port's director," ", who heads the rescue service," " of the tenants' union". */
function titleAfter(masked: string, offset: number, nameEnd: number, sentence: number, capitals = true): TitleMention | null {
  // What is in brackets goes with the name (see `bracketedAside`).
  const aside = bracketedAside.exec(masked.slice(nameEnd - offset));
  if (aside !== null) return titleAfter(masked, offset, nameEnd + aside[0].length, sentence, capitals);
  const after = masked.slice(nameEnd - offset);
  const match = /^(,\s*|\s+(?=(?:of|at|from)\s))([^,;:•"“”()]+?)(?=\s*(?:,|;|:|\.\s|\.$|$|•|\s(?:said|says|told|added)\b))/u.exec(after);
  if (match === null) return null;
  // "a third-year student who has borrowed 9,000 …": what they did after what they are is no part of the title.
  const written = match[2] ?? '';
  const relative = /\s+who\s/u.exec(written);
  const described =
    relative !== null && relative.index > 0 && !isTitleClause(written.slice(relative.index).trimStart())
      ? written.slice(0, relative.index)
      : written;
  // "who leads the opposition group and tabled the motion": what they did, joined on, is no part of the title.
  const phrase = /^who\s/u.test(described)
    ? described.replace(/\s+and\s+(?!(?:also\s+)?(?:heads|leads|runs|chairs)\b)\p{Ll}+ed\b.*$/u, '')
    : described;
  // An apposition opens with an article, a possessive, "who", a preposition or a lower-case noun; never a verb of saying.
  // The possessive may close a name of several words: "Velsk Hydro's chief engineer".
  // …or a plural's: "Lomax Homes' land director".
  const post = capitals && capitalisedPost.test(phrase);
  if (!post && !/^(?:a|an|the|who|of|at|from)\s|^(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s|^\p{Ll}/u.test(phrase))
    return null;
  const first = (phrase.split(/\s+/u)[0] ?? '').toLowerCase();
  if (stopWords.has(first) && !['a', 'an', 'the', 'who'].includes(first)) return null;
  if (first === 'who' && !isTitleClause(phrase)) return null;
  // "…the road to Nsutwiaso, leaving the community without power": a participle with its object tells what happened
  // (not "managing director", "acting head").
  if (/^\p{Ll}+ing\s+(?:the|a|an|off|up|out|down|his|her|their|its|our|to|for|in|on|with|at|from|into)\s/u.test(phrase)) return null;
  if (phrase.split(/\s+/u).length > 14) return null;
  // It must say what they are: a role ("the union's secretary"), or with "of" the body they belong to.
  const words = phrase.split(/\s+/u);
  const body =
    /^(?:of|at|from)\s/u.test(phrase) &&
    words.some((word) => organisationWords.includes(word.toLowerCase()) || bodyDescriptors.includes(word.toLowerCase()));
  const preposition = /^(?:of|at|from)\s/u.test(phrase);
  if (first !== 'who' && !body && !post && (preposition || !words.some(isRoleNoun))) return null;
  const start = nameEnd + (match[1]?.length ?? 0);
  // "who works as a nurse", "who is a nurse": the title is what they are.
  const title = phrase.replace(/^who\s+(?:(?:works|serves)\s+as|is|was)\s+/u, '').replace(/^who\s+/u, '');
  // "Otar Uridia of the opposition Mzeoba Party, a former district governor,": what they are comes after where they belong.
  // (Not what describes the party: "…Mzeoba Party, the largest opposition group in parliament,".)
  if (preposition) {
    const role = titleAfter(masked, offset, start + phrase.length, sentence);
    const head =
      role?.title
        .split(/\s+(?:at|for|of|from|in|with|on)\s+/u)[0]
        ?.split(/\s+/u)
        .pop() ?? '';
    if (role !== null && !/^(?:of|at|from)\s/u.test(role.title) && isRoleNoun(head)) return role;
  }
  return { start, end: start + phrase.length, title, sentence };
}

/**
 * What a relative clause set off after a name says someone did in their work, where it says no post ("…, who presented
 * the evidence against him,", "…, who handles the payments at the ministry,"); null where it is a title (see
 * `isTitleClause`), and where it tells only what they did that day or how they spoke (see `noDeedOfTheirWork`).
 */
function deedAfter(masked: string, offset: number, nameEnd: number, sentence: number): TitleMention | null {
  // What is in brackets goes with the name (see `bracketedAside`).
  const aside = bracketedAside.exec(masked.slice(nameEnd - offset));
  if (aside !== null) return deedAfter(masked, offset, nameEnd + aside[0].length, sentence);
  const match = /^,\s*(who\s[^,;:•"“”()]+?)(?=\s*(?:,|;|:|\.\s|\.$|$))/u.exec(masked.slice(nameEnd - offset));
  const clause = match?.[1];
  if (match === null || clause === undefined || isTitleClause(clause) || clause.split(/\s+/u).length > 16) return null;
  if (noDeedOfTheirWork.test(clause)) return null;
  const start = nameEnd + match[0].length - clause.length;
  return { start, end: start + clause.length, title: clause, sentence };
}

/**
 * A relative clause that says nothing of someone's work: what they are or were ("who was mayor for two terms", "who
 * was in Brask for the count"; but "who has been in charge of tourism since…" says what they do), how they spoke or
 * would not ("who spoke to reporters", "who declined to take questions", "who asked not to be named"), an office won,
 * taken or lost ("who took office in March", "who lost the election"), or what they did on a given day ("who visited
 * the hospital on Tuesday"). What they did in the story itself stands in for a post, as the sets' writers mark it:
 * "the mayor of Podlesec" against "who opened the bridge".
 */
const noDeedOfTheirWork = new RegExp(
  String.raw`^who\s+(?:(?:is|was|are|were|has\s+been|had\s+been|have\s+been|became|remains)\s(?!in\s+charge\b)|(?:has\s+|had\s+)?(?:also\s+)?(?:spoke|spoken|speaks|said|told|talked|declined|refused|asked|answered|addressed|commented|wrote|took\s+office|won|lost|was\s+elected|died)\b)|\b(?:on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|last\s+(?:week|month|night)|(?:in|on|until|since)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))\b`,
  'u',
);

/**
 * The title in an apposition before a name: "Nordvik's chief executive, Mara
 * Delacroix", "…, its chairman, Ambrosio Qespillana, told", "…," said the
 * council's finance chief, Victoriano Kancharuna.
 */
function appositionBefore(masked: string, offset: number, nameStart: number, sentence: number, nameEnd: number): TitleMention | null {
  // An apposition is closed after the name ("the divisional commander, Maxine Ellis, said"; "…by the Regional Delegate,
  // Dr Marcel Nkongho."), or opens the sentence, as hurried copy writes it ("Its chief executive, Jane Doe said…"), or
  // goes on with "who" ("the minister, Ali Khan who drafted it,"). Else a name a verb follows ends a clause of its own,
  // no title ("The boy was hit by a car, Inspector Kofi Mensah said", "On Monday, the first day of the strike, Inspector
  // Juma Mwangi said").
  const after = masked.slice(nameEnd - offset);
  const unclosed = nameEnd > nameStart && /^\s+\p{L}/u.test(after) && !/^\s+(?:who|whose)\b/u.test(after);
  const before = masked.slice(0, nameStart - offset);
  // The title opens the sentence, a clause, or a dateline's dash ("ZOMPOPAL - The mayor of Zompopal, Orlindo
  // Valladarez, sold…"), or comes after a cue.
  const match =
    /(?:^|[,;:]\s*|•\s*|^\p{Lu}{2,}[\p{L}\p{N}\s.,'’()/-]{0,40}?\s[-–—]\s+|\b(?:said|says|added|adds|according\s+to|by)\s+)((?:the|The|a|A|an|An|its|Its|his|His|her|Her|their|Their|(?:\p{Lu}[\p{L}-]*\s+){0,3}\p{Lu}[\p{L}-]*(?:['’]s|s['’]))\s[^,;:•"“”]+?),\s*$/u.exec(
      before,
    );
  if (match === null || match[1] === undefined) return null;
  // What stands before the title in the sentence.
  const preceding = before.slice(0, match.index + match[0].indexOf(match[1]));
  // (…and opening the sentence, a title, not a clause: "The warehouse was sealed on Friday, Inspector X said".)
  const opensSentence = match.index === 0 || /^(?:Speaking|Writing|Talking|Addressing|Asked)\b[^,]*,\s*$/u.test(preceding);
  if (unclosed && (!opensSentence || /\b(?:was|were|is|are|has|have|had|will|would|did|does|been)\b|\d/u.test(match[1]))) return null;
  // "After Rangers' defeat, Philippe Clement said", "At St James' Park, Eddie Howe…": where or when, no title.
  // (Not "Under" or "Inside", which open bodies' names: "Under Armour's chief executive".)
  if (/^(?:After|At|Before|Despite|During|Following|Since|Without)\s/u.test(match[1])) return null;
  // "In Ikeja, the state capital, Inspector Bello Musa said": an aside on the place said first, no title.
  if (
    /(?:^|[,;:]\s*)(?:In|At|From|Near|Outside|Inside|Across|Around)\s+\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*){0,3},\s*$/u.test(preceding)
  )
    return null;
  // "The budget was presented by the provincial Minister of Finance, H.R. Pathirage": the title is what the preposition
  // governs, not the clause before it (after a clause of its own too: "The campaign, which costs FCFA 380 million, was
  // opened by the Regional Delegate of Public Health, Dr Marcel Nkongho").
  // (Only after a verb: "A spokeswoman for the interior ministry, Decima Lowe," is the spokeswoman.)
  const governed =
    /^.*\b(?:was|were|is|are|been|be|has|had|\p{Ll}+ed)\b.*?\b(?:by|from|with|to|for|against)\s+(?=(?:the|a|an|its|his|her|their)\s)/u.exec(
      match[1],
    ) ??
    // …or its object: "A court in Isquet on Thursday sentenced the town's former mayor, Viktor Dranko," is the mayor.
    /^.*\b\p{Ll}{3,}ed\s+(?=(?:the|a|an|its|his|her|their)\s)/u.exec(match[1]);
  const afterVerb = governed === null ? match[1] : match[1].slice(governed[0].length);
  // …and of what belongs to someone, that someone: "an account belonging to the company's director, Ravi Kumar,".
  const owner =
    // …and the agent named after "by" where another's object comes first: "handed to the police by the head of security".
    /^.*\b(?:(?:belonging|owned|run|held|led|managed|headed|chaired|controlled|operated)\s+(?:to|by)|by)\s+(?=(?:the|a|an|its|his|her|their)\s)/u.exec(
      afterVerb,
    );
  const title = governed === null || owner === null ? afterVerb : afterVerb.slice(owner[0].length);
  const start = offset + before.length - match[0].length + match[0].indexOf(match[1]) + (match[1].length - title.length);
  if (title.split(/\s+/u).length > 16 || kinship.test(title) || describesNoPost(title)) return null;
  return { start, end: start + title.length, title, sentence };
}

/** An age or what befell someone, which describes them but is no post: "The 24-year-old", "the arrested man". */
export function describesNoPost(phrase: string): boolean {
  return /^(?:the\s+|a\s+|an\s+)?(?:[\p{L}\d-]+-year-old|(?:\p{Ll}+\s+)?(?:man|woman|boy|girl|men|women))$/iu.test(phrase.trim());
}

/** Who someone is to another, which is no title: "Her father, Jon Marr," "the victim's sister, Ana Ruiz,". */
const kinship =
  /\b(?:father|mother|son|daughter|wife|husband|brother|sister|partner|cousin|uncle|aunt|nephew|niece|grandfather|grandmother|grandson|granddaughter|parents?|friend|neighbou?r|fianc[ée]e?|widow|widower|stepfather|stepmother)$/iu;

/** Malay words that open a place's name, never a person's: "Kampung Paya Nipah", "Taman Melati", "Sungai Belibis". */
const placeWord = String.raw`(?:Kampung|Kampong|Taman|Jalan|Lorong|Sungai|Bukit|Pulau|Kuala|Bandar)`;
const placeOpening = new RegExp(String.raw`^${placeWord}\s`, 'u');
const placeBefore = new RegExp(String.raw`(?:^|\s)${placeWord}(?:\s+\p{Lu}[\p{L}'’-]*)*\s+$`, 'u');
/** The word before a father's name in Malay and Tamil names: "bin", "binti", "a/l". */
const patronymWord = new RegExp(`^${patronymParticle}$`, 'u');
/** The same word just before a later mention: "Bin Laden" goes by what follows it. */
const patronymBefore = new RegExp(`\\b${patronymParticle}\\s+$`, 'iu');
/** A word of the honorifics Malay and Bruneian copy puts before a name: "Dato Paduka Awang Haji", "Datuk Seri Dr". */
const honorificWord = /^(?:Dato['’]?|Datuk|Datin|Paduka|Seri|Sri|Tan|Puan|Tun|Pehin|Awang|Dayang|Haji|Hajah|Dr\.?)$/u;
/** Whether a word is one of the honorifics Malay and Bruneian copy puts before a name (see `honorificWord`). */
export const isMalayHonorific = (word: string): boolean => honorificWord.test(word);

/**
 * The people a text names, sentence by sentence (quotations left out: what
 * people say names others, but does not title them): each full name a
 * person, matched by surname to the other mentions of it, and every title the
 * text gives them there. Bodies ("Nordvik Bank", "Casmir Sea Lines"),
 * headlines and bylines are left out.
 */
export function findPeople(text: string, sentences: readonly Sentence[], quotations: readonly Quotation[]): NamedPerson[] {
  const people = new Map<string, NamedPerson[]>();
  /** The person a full name names: one met before with the same surname and first name, else someone new. */
  const personNamed = (rest: string, key: string): NamedPerson => {
    const namesakes = people.get(key) ?? [];
    const known = namesakes.find((person) => sameFirstName(person.name, rest));
    if (known !== undefined) return known;
    const byGivenName = namesakes.length === 0 ? namedByGivenName(rest) : undefined;
    if (byGivenName !== undefined) return byGivenName;
    const person: NamedPerson = { name: rest, key, titles: [], deeds: [], mentions: [] };
    namesakes.push(person);
    people.set(key, namesakes);
    // Two people of one surname ("Aron Velt" and his mother "Maria Velt") are told apart by their full names.
    if (namesakes.length > 1) for (const namesake of namesakes) namesake.key = namesake.name.toLowerCase();
    return person;
  };
  /**
   * The one person named in full with a father's name whose given name a later mention gives, after honorifics or none:
   * "Dato Paduka Idrus", "Awang Ghazali", "Kesavan" (see `patronymicGivenName`).
   */
  const namedByGivenName = (mention: string): NamedPerson | undefined => {
    const given = wordAfterMalayHonorifics(mention);
    if (given === null || patronymicGivenName(mention) !== null) return undefined;
    const bearers = [...people.values()].flat().filter((person) => patronymicGivenName(person.name) === given);
    return bearers.length === 1 ? bearers[0] : undefined;
  };
  const surnames: { key: string; sentence: number; span: TextSpan; masked: string; offset: number }[] = [];
  for (const sentence of sentences) {
    // Headlines and bylines (lines with no full stop) name people in capitals that say nothing.
    if (!sentence.terminated) continue;
    const inside = quotations.filter((quotation) => sentence.start <= quotation.outerStart && quotation.outerEnd <= sentence.end);
    const masked = blankQuotations(text, sentence, inside, { withMarks: true, fill: '•' });
    for (const match of masked.matchAll(fullName)) {
      let { title: rank, rest } = leadingTitle(match[0]);
      if (placeOpening.test(rest)) continue;
      let rankStart = match.index;
      // "Deputy Secretary" of "Deputy Secretary of State Ana Brill": the office's first words, no one's name.
      const after = masked.slice(match.index + match[0].length);
      if (/^\s+(?:of|for)\s/u.test(after) && opensWithOfficeOf(`${match[0]} ${after.trim()}`)) continue;
      // "Secretary of State Ana Brill": the run of capitals starts after the office's "of"; its last two words are the name.
      // …also when the run opens on a word that is a title itself ("Chief of Staff Ron Hale": "Staff").
      const office = officeBefore.exec(masked.slice(0, match.index));
      const run = match[0].split(/\s+/u);
      if (office !== null && run.length >= 3) {
        // A family name written first makes three: "… for Housing and Towns Koh Boon Huat".
        // …and a father's name after "bin" or "a/l" makes the name run from the given name before it, the honorifics
        // before that said of the person, not of the post: "… of Finance Dato Paduka Awang Haji Idrus bin Haji Seman".
        const patronym = run.findIndex((word, at) => at > 0 && patronymWord.test(word));
        let named = run.length >= 4 && isShortFamilyName(run[run.length - 3] ?? '') ? 3 : 2;
        if (patronym > 0) named = run.length - patronym + 1;
        let titleEnd = run.length - named;
        while (patronym > 0 && titleEnd > 0 && honorificWord.test(run[titleEnd - 1] ?? '')) titleEnd--;
        rest = run.slice(-named).join(' ');
        rank = `${office[0]}${run.slice(0, titleEnd).join(' ')}`;
        rankStart = match.index - office[0].length;
      }
      // "…, Director of Civil Defence Operations, told": what a post in capitals set off after a name is of or for is
      // no one's name.
      if (ofAPostAfterAName.test(masked.slice(0, match.index)) && /^\s*,/u.test(after) && (isBodyName(rest) || department.test(rest)))
        continue;
      // "Hazeem Customs Director-General Mansoor Al Dhaheri": a post in capitals inside the run ends the title, and
      // the name is what follows it.
      const runWords = rest.split(/\s+/u);
      let postAt = runWords.length - 3;
      while (postAt >= 0 && !postInRun.test(runWords[postAt] ?? '')) postAt--;
      if (postAt >= 0) {
        rank = `${rank === '' ? '' : `${rank} `}${runWords.slice(0, postAt + 1).join(' ')}`;
        rest = runWords.slice(postAt + 1).join(' ');
      }
      // "Mzeoba's Otar Uridia": the party or body owning the name is where they belong, no part of it.
      const owned = /^\p{Lu}[\p{L}-]*['’]s\s+(?=\p{Lu}[\p{L}'’-]*\s+\p{Lu})/u.exec(rest);
      if (owned !== null) rest = rest.slice(owned[0].length);
      const restStart = sentence.start + match.index + match[0].lastIndexOf(rest);
      // "Commissioner Kartowidjojo", "Mayor Okafor": a title of office before the surname of the one person named in
      // full before is that person, so titled.
      const [titleWord = '', familyWord = '', ...beyond] = rest.split(/\s+/u);
      const titledSurname =
        rank === '' && beyond.length === 0 && knownTitles.has(titleWord.toLowerCase()) ? people.get(surnameOf(familyWord)) : undefined;
      const [titled] = titledSurname ?? [];
      if (titledSurname?.length === 1 && titled !== undefined && titled.name.includes(' ')) {
        const familyStart = restStart + titleWord.length + 1;
        titled.mentions.push({ start: familyStart, end: familyStart + familyWord.length, sentence: sentence.index });
        titled.titles.push({ start: restStart, end: restStart + titleWord.length, title: titleWord, sentence: sentence.index });
        continue;
      }
      const words = rest.split(/\s+/u);
      if (capitalisedPost.test(rest)) continue;
      if (words.length < 2 || isBodyName(rest) || words.some((word) => notNames.test(word))) {
        // One capitalised word left: a later mention of a surname ("Kirby said").
        if (words.length === 1)
          surnames.push({
            key: surnameOf(rest),
            sentence: sentence.index,
            span: { start: restStart, end: restStart + rest.length },
            masked,
            offset: sentence.start,
          });
        continue;
      }
      if (
        bodyDescriptors.includes((words[0] ?? '').toLowerCase()) ||
        organisationWords.includes((words[words.length - 1] ?? '').toLowerCase())
      )
        continue;
      // A possessive ("Tarn Water's chief engineer", "Ada Lind's lawyer") names an owner: a person named before, else no one.
      if (/['’]s$|s['’]$/u.test(rest)) {
        const owner = rest.replace(/['’]s$|(?<=s)['’]$/u, '');
        const known = (people.get((owner.split(/\s+/u).pop() ?? '').toLowerCase()) ?? []).find((person) =>
          sameFirstName(person.name, owner),
        );
        known?.mentions.push({ start: restStart, end: restStart + owner.length, sentence: sentence.index });
        continue;
      }
      const key = surnameOf(rest);
      const person = personNamed(rest, key);
      if (rest.length > person.name.length) person.name = rest;
      const end = restStart + rest.length;
      person.mentions.push({ start: restStart, end, sentence: sentence.index });
      // A headline's capitals say nothing about titles.
      const titles = !sentence.terminated
        ? []
        : [
            rank === ''
              ? null
              : {
                  start: sentence.start + rankStart,
                  end: sentence.start + rankStart + rank.length,
                  title: rank,
                  sentence: sentence.index,
                },
            rank === '' ? titleBefore(masked, sentence.start, restStart, sentence.index) : null,
            titleAfter(masked, sentence.start, end, sentence.index),
            // (Before the rank, where one opens the name: "the divisional commander, Senior Superintendent Maxine Ellis,".)
            appositionBefore(masked, sentence.start, rank === '' ? restStart : sentence.start + rankStart, sentence.index, end),
          ].filter((title): title is TitleMention => title !== null);
      person.titles.push(...titles);
      const deed = deedAfter(masked, sentence.start, end, sentence.index);
      if (deed !== null) person.deeds.push(deed);
    }
    for (const match of masked.matchAll(/(?<![\p{L}\p{N}'’-])\p{Lu}[\p{L}\p{M}'’-]+(?![\p{L}\p{N}])/gu)) {
      surnames.push({
        key: surnameOf(match[0]),
        sentence: sentence.index,
        span: { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length },
        masked,
        offset: sentence.start,
      });
    }
  }
  const named = [...people.values()].flat().flatMap((person) => person.mentions);
  for (const mention of surnames) {
    // A word of a name written in full is no mention of its own ("Gore" of "Al Gore", beside "Tipper Gore").
    if (named.some((known) => known.start <= mention.span.start && mention.span.end <= known.end)) continue;
    // A surname alone is the namesake named last before it; not a father's name written without its "bin" ("Ali" of
    // Ahmad bin Ali is the father), though an Arabic name goes by it with it ("Bin Laden").
    const written = text.slice(mention.span.start, mention.span.end);
    const afterParticle = patronymBefore.test(text.slice(Math.max(0, mention.span.start - 8), mention.span.start));
    const namesakes = (people.get(mention.key) ?? []).filter(
      (person) => afterParticle || fathersName(person.name) !== written.toLocaleLowerCase() || patronymicGivenName(person.name) === null,
    );
    let person =
      namesakes.length <= 1
        ? namesakes[0]
        : [...namesakes]
            .map((namesake) => ({
              namesake,
              at: Math.max(-1, ...namesake.mentions.filter((known) => known.start < mention.span.start).map((known) => known.start)),
            }))
            .sort((x, y) => y.at - x.at)[0]?.namesake;
    // …or the one named with a father's name who goes by that given name: "Kesavan" of Kesavan a/l Thangavelu.
    person ??= namedByGivenName(written);
    if (person === undefined) {
      // A surname this version never writes in full may still be titled here ("Lind, a deputy minister,"): the other version may name them.
      const title = titleAfter(mention.masked, mention.offset, mention.span.end, mention.sentence, false);
      if (title === null || notNames.test(written) || knownTitles.has(written.toLowerCase()) || capitalisedPost.test(written)) continue;
      // (…not the last word of a place's name: "Nipah" of "At Kampung Paya Nipah, shopkeeper Leow Kim Swee…".)
      if (placeBefore.test(text.slice(Math.max(0, mention.span.start - 60), mention.span.start))) continue;
      person = { name: written, key: mention.key, titles: [], deeds: [], mentions: [] };
      people.set(mention.key, [person]);
    }
    if (person.mentions.some((known) => known.start <= mention.span.start && mention.span.end <= known.end)) continue;
    person.mentions.push({ ...mention.span, sentence: mention.sentence });
    // A later mention may title them too: "Lind, a deputy minister, said".
    const title = titleAfter(mention.masked, mention.offset, mention.span.end, mention.sentence, false);
    if (title !== null) person.titles.push(title);
    const deed = deedAfter(mention.masked, mention.offset, mention.span.end, mention.sentence);
    if (deed !== null) person.deeds.push(deed);
  }
  const everyone = [...people.values()].flat();
  for (const person of everyone) {
    person.mentions.sort((x, y) => x.start - y.start);
    person.titles.sort((x, y) => x.start - y.start);
  }
  return everyone;
}

/**
 * Whether a text calls a person it names in full by the surname alone
 * anywhere ("Bardella said"), not only right after the word before it in the
 * name: where it never does, a given name alone may stand for them ("Boonlert
 * said" for Boonlert Saengsawang). False for a name of one word.
 */
export function calledBySurnameAlone(text: string, name: string): boolean {
  const words = name.split(/\s+/u);
  if (words.length < 2) return false;
  const [before = '', surname = ''] = words.slice(-2);
  return new RegExp(`(?<!${escapedForPattern(before)}\\s+)(?<![\\p{L}\\p{N}])${escapedForPattern(surname)}(?![\\p{L}\\p{N}])`, 'u').test(
    text,
  );
}
