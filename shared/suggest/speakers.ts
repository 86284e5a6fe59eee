import type { SourceType } from '../annotation.js';
import { monthPattern } from '../claims/tokens.js';
import { determiners, documentWords, escapedForPattern, organisationWords, pronouns } from '../prose/cues.js';
import {
  bodyDescriptors,
  familyNameOf,
  listsPortfolios,
  portfolio,
  portfolioOpening,
  isBodyName,
  isPostLetters,
  isProperName,
  isRoleNoun,
  looksLikeName,
  namesBody,
  opensWithHonorific,
  withoutHonorifics,
  wordAfterMalayHonorifics,
  asianGivenNameHonorific,
  opensWithOfficeOf,
  opensWithTitle,
  splitTitle,
  surnameHonorific,
  titlesOfOffice,
  titlesWrittenShort,
  tradeNameWords,
  withoutArticle,
} from '../prose/index.js';
import type { SuggestedSpeaker } from './suggestion.js';

/** The part of a description before its first preposition: "A senior doctor" of "A senior doctor at St Anne's". */
function head(phrase: string): string {
  // "who heads the rescue service" describes a person, whatever they head; "which runs the clinic", a body, whatever it runs.
  if (/^(?:who|whose|which)\s/iu.test(phrase.trim())) return '';
  // A preposition inside a name ("the Tour of Lusania organisers", "the Bank of Tarn") does not end the head.
  // "A group calling itself GreyLantern" is a group.
  const named = phrase
    .replace(/\s+(?:calling\s+(?:itself|themselves)|known\s+as)\b.*$/iu, '')
    // But a body in a place is that body: "Police in Kuldrava".
    // …nor does one after an office, whose holder is a person: "The Minister of Fisheries" is a minister.
    .replace(/(\p{Lu}[\p{L}'’-]*)\s+(of|for|in|on)\s+(?=\p{Lu})/gu, (whole, word: string, preposition: string) =>
      (/^(?:in|on)$/u.test(preposition) && isBodyNoun(word.toLowerCase())) || officeWords.has(word.toLowerCase())
        ? whole
        : `${word}\u2060${preposition}\u2060`,
    );
  // "Critics within the guild", not "The Inside Track Foundation": the lower-case words only.
  return (
    (named.split(/\s+(?:within|among|inside)\s+/u)[0] ?? named).split(
      // The participle may end the phrase when the time is left out: "a ministry report published (last year)"; "leaked
      // to" ends it ("an internal audit leaked to the town's MP"), not "a leaked email".
      /\s+(?:at|for|of|from|in|with|on|by|to|who|whose|which|that|carried\s+out|conducted|published|issued|released|commissioned|awarded|prepared|written|compiled|produced|seen|obtained|reviewed|citing|filed|lodged|submitted|sent|received|reached|approved|adopted|opened|signed|dated|handed|delivered|given|shown|kept|maintained|pinned|posted|displayed|attached|appended|annexed)(?:\s+|$)|\s+(?:tendered|presented|tabled|circulated|shared|exhibited)\s+(?=to|in|at|before|by|on|with|during|as)|\s+(?:read|drawn)\s+(?=out|aloud|up|by|to|in|at)|(?<!\b(?:a|an|the))\s+leaked\s+(?=to\b)/iu,
    )[0] ?? named
  ).replace(/\u2060/gu, ' ');
}

/**
 * The one person named in full before whose given name is this word, where a
 * text calls people by their given names ("Boonlert said" for Boonlert
 * Saengsawang): the latest speaker of that name, else the one person the text
 * named so; null when two people share it, or when the text calls them by the
 * surname alone somewhere (`knownBySurname`).
 */
function givenNamed(
  word: string,
  findLatest: (test: (speaker: SuggestedSpeaker) => boolean) => SuggestedSpeaker | undefined,
  people: readonly string[],
  knownBySurname: (name: string) => boolean,
): SuggestedSpeaker | null {
  // The given name comes after the honorifics: "Dr. Yutthana Saengphet", "Dr Hajah Fauziah binti Haji Suhaili".
  const given = (name: string) => {
    const words = withoutHonorifics(name).split(/\s+/u);
    return words.length > 1 ? words[0] : undefined;
  };
  // (One person, named with an honorific or without: "Datuk Dr Rozita Mazlan" and "Dr Rozita Mazlan".)
  const bearers = new Map(people.filter((person) => given(person) === word).map((person) => [withoutHonorifics(person), person]));
  const spoke = findLatest((speaker) => speaker.sourceType === 'named' && given(speaker.name) === word);
  // A text that calls the person by the surname alone elsewhere names people so ("Jordan said" is no Jordan Bardella).
  if (spoke !== undefined)
    return [...bearers.keys()].every((person) => person === withoutHonorifics(spoke.name)) && !knownBySurname(spoke.name) ? spoke : null;
  const [only] = bearers.values();
  return bearers.size === 1 && only !== undefined && !knownBySurname(only) ? { name: only, role: '', sourceType: 'named' } : null;
}

/** The first of two family names ending a name of three words or more ("Bernal" of "Calixto Bernal Chiquipa"). */
export function firstOfTwoFamilyNames(name: string): string | undefined {
  // Asked of every person named before at each later mention: worked out once a name.
  if (familyNames.has(name)) return familyNames.get(name) ?? undefined;
  const words = name.split(/\s+/u).length < 3 ? [] : splitTitle(name).name.split(/\s+/u);
  const first = words.length >= 3 && words.every((word) => /^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(word)) ? words[words.length - 2] : undefined;
  if (familyNames.size > 10_000) familyNames.clear();
  familyNames.set(name, first ?? null);
  return first;
}

/** The first of two family names of each name asked about (see `firstOfTwoFamilyNames`), null where it has none. */
const familyNames = new Map<string, string | null>();

/** Words that make a source a news agency: "the national news agency NPA", "Reuters". */
const agencyPattern =
  /\b(?:news|press)\s+agency\b|\bwire\s+service\b|(?<!['’]s\s+)\bnews\s+service\b|(?<!\bforeign\s+)\bpress\s+association\b(?!\s+of\b)|^(?:Reuters|AP|AFP|Associated Press|Agence France-Presse)$/iu;

/** Whether a body's description or name makes it a news agency: "the state news agency BNS", "The Ferrow Press Agency". */
export const isAgency = (description: string) => agencyPattern.test(description);

/** The last words of titles of office: "inspector" of "Chief Inspector", "chief" of "Police Chief". */
const officeWords = new Set(titlesOfOffice.map((title) => title.toLowerCase().split(/\s+/u).pop() ?? ''));
/** Posts a firm's or an office's staff hold, in capitals before a name in apposition: "Human Resources Manager". */
const postsInCapitalsToo = new Set(['manager', 'coordinator', 'administrator', 'controller', 'registrar']);

/** A list of people, or a figurative one, rather than a document: "a list of speakers", "a long list of problems". */
const peopleListed =
  /\blists?\s+of\s+(?:speakers|guests|witnesses|people|members|leaders|officials|delegates|mps|problems|failures|mistakes|reasons|questions|things|issues|concerns|complaints)\b/iu;

/**
 * An order written down, by what it orders or who gives it ("a payment order", "the court's eviction order"), and a case
 * file (not "the order of nuns", a person appointed by one, "a receiver appointed under court order", nor "the rank and
 * file").
 */
const writtenOrder =
  /^(?:(?:a|an|the)\s+)?(?:[\p{L}'’-]+\s+)?(?:(?:payment|court|executive|purchase|work|removal|transfer|demolition|eviction|restraining|detention|ministerial|presidential|government|administrative|banking)\s+orders?|case\s+files?)$/iu;

/** A person's request not to be named: "who asked not to be named", "speaking on condition of anonymity" (a body "that" or "which" asked is a body still). */
const anonymityAsked =
  /\bwho\s+(?:asked|requested|declined|refused|did\s+not\s+want|didn['’]t\s+want)\s+(?:not\s+)?to\s+be\s+(?:named|identified)\b|\bspeaking\s+(?:on|under)\s+(?:the\s+)?condition\s+of\s+anonymity\b/iu;

/** Honorifics written before a given name, which a later mention keeps with it: "Sir Keir", "Ratu Isikeli", "Ato Fikadu". */
const givenNameHonorific =
  /^(?:Sir|Dame|Ratu|Adi|Ato|Lord|Lady|Datuk|Dato['’]?|Datin|Tun|Tengku|Tunku|Raja|Syed|Sharifah|Nik|Wan|Alhaji|Alhaja|Nana)$/u;

/** What kind of source an unnamed speaker is, by its head noun: a document, an organisation, else an anonymous person. */
function sourceTypeOf(description: string): SourceType {
  const described = head(description);
  if (agencyPattern.test(described)) return 'agency';
  // Whose office it is, in capitals, then the office: "Bank of England Governor" is a person.
  const capitals = /^(?:(?:the\s+)?\p{Lu}[\p{L}'’.-]*\s+(?:(?:of|for|and|the)\s+)*)+(\p{Lu}[\p{L}'’.-]*)$/u.exec(description.trim());
  if (capitals !== null && officeWords.has(capitals[1]?.toLowerCase() ?? '')) return 'anonymous';
  const words = described.split(/\s+/u);
  const noun = words[words.length - 1]?.toLowerCase() ?? '';
  // A list of people who spoke is the people ("A long list of speakers, including Governor Ruth Wanjala, said…").
  if (documentWords.includes(noun) && !(/^lists?$/u.test(noun) && peopleListed.test(description))) return 'document';
  if (writtenOrder.test(described)) return 'document';
  // "a copy of their proposal", "an extract from the minutes": what it is a copy of.
  const copied =
    /^(?:(?:a|an|the)\s+)?(?:copy|copies|draft|drafts|extract|extracts|excerpt|excerpts|page|pages)\s+(?:of|from)\s+(.+)$/iu.exec(
      description.trim(),
    );
  if (copied !== null && sourceTypeOf(copied[1] ?? '') === 'document') return 'document';
  // "a presentation the company gave to investors": a document, then who made it.
  const madeBy = /^(?:(?:a|an|the)\s+)?(?:[\p{L}-]+\s+)?([\p{L}-]+)\s+(?:the|its|their|his|her)\s/iu.exec(description.trim());
  if (madeBy !== null && documentWords.includes(madeBy[1]?.toLowerCase() ?? '')) return 'document';
  // "A group of parents", "a handful of residents": people, unnamed, not a body.
  // …wherever they are from: "a group of instructors from four dive shops on the island".
  const group =
    /^(?:(?:a|an|the|one)\s+)?(?:small\s+|large\s+)?(?:group|handful|number|couple)\s+of\s+(\p{Ll}+s)(?:\s+(?:from|at|in|on)\s.*)?$/iu.exec(
      description.trim(),
    );
  if (group !== null) {
    const people = group[1] ?? '';
    const one = people.endsWith('ies') ? `${people.slice(0, -3)}y` : people.replace(/s$/u, '');
    if (!isBodyNoun(people) && !isBodyNoun(one)) return 'anonymous';
  }
  // "The hospital's management": those who run a body speak for it. "Orveld's team", "his team": the body one plays
  // or works for.
  // …but a word for what a firm does that is a person's trade too, with "who" after it, is a person: "a miner who asked
  // not to be named".
  if (bodyDescriptors.includes(noun) && !organisationWords.includes(noun) && /\swho\s/iu.test(description)) return 'anonymous';
  if (isBodyNoun(noun) || noun === 'management') return 'organisation';
  // A body's branch or wing speaks for it: "The Siyanegama branch of the Government Doctors' Union", "the party's youth wing".
  if (
    /^(?:branch|branches|chapter|wing)$/u.test(noun) &&
    (/\s(?:of|in)\s+(?:the\s+)?\p{Lu}/u.test(description) || /['’]s?\s/u.test(described))
  )
    return 'organisation';
  if (
    /(?:['’]s|^(?:his|her|their|its))\s+(?:(?:former|old|new|current|first|last)\s+)?(?:team|club|side|label|publisher)$/iu.test(described)
  )
    return 'organisation';
  // A sponsor or employer is a body only when a body's: "the club's sponsor", not "the rider's sponsor".
  const owner = /(\p{L}+)['’]s\s+(?:employer|sponsor)$/u.exec(described)?.[1]?.toLowerCase();
  if (owner !== undefined && (isBodyNoun(owner) || owner === 'team')) return 'organisation';
  // A title of office names a person, whatever body it holds: "Police Chief Inspector", "Fire Chief".
  if (officeWords.has(noun)) return 'anonymous';
  // A name that holds what it is ("the Lusenian Association of Travel Agents"): the capitalised words it ends on.
  const name = /(?:\p{Lu}[\p{L}'’-]*(?:\s+(?:of|for|and)(?:\s+the)?\s+|\s+))*\p{Lu}[\p{L}'’-]*$/u.exec(words.join(' '))?.[0] ?? '';
  if (name.split(/\s+/u).some((word) => organisationWords.includes(word.toLowerCase()))) return 'organisation';
  // …or a name of several words that ends as a body's does: "the Shoreline Management Unit".
  if (name.includes(' ') && isBodyName(name)) return 'organisation';
  // …or a name written with "The" and no post nor honorific in it ("The People's Election Vigil"): a person's takes no
  // article.
  // (Not one of rank, "The Duke of Sussex", "The Emir of Kano", "The Alkalo of Kasamori", nor of a faith, "The Dalai
  // Lama", "The Aga Khan".)
  const withTheAndCapitals = /^The\s+(?:\p{Lu}[\p{L}'’-]*\s+(?:(?:of|for|and)\s+)?){1,5}\p{Lu}[\p{L}'’-]*$/u.test(description.trim());
  const aPersonsWords = (word: string) =>
    isRoleNoun(word) ||
    officeWords.has(word.toLowerCase()) ||
    /^(?:Reverend|Rev|Most|Right|Hon|Honourable|Honorable|Venerable|Ven|Lama|Khan|Aga|Emir|Oba|Duke|Duchess|King|Queen|Prince|Princess|Pope|Sultan|Sheikh|Sheikha|Mufti|Earl|Lord|Lady|Patriarch|Ayatollah|Maharaja|Rajah|Chief|Nana|Kabaka|Ooni|Alaafin|Alkalo|Seyfo)$/u.test(
      word,
    );
  if (withTheAndCapitals && !description.trim().split(/\s+/u).slice(1).some(aPersonsWords)) return 'organisation';
  return 'anonymous';
}

/** A nationality or a kind before "news agency", which names no agency: "the French news agency", "the state news agency". */
const nationalityAgency =
  /^(?:(?:South|North|Sri|New)\s+)?(?:French|Russian|Dutch|Bangladeshi|Swedish|Portuguese|Taiwanese|Danish|Australian|Nepali|Nepalese|Omani|Norwegian|Finnish|Irish|Scottish|Welsh|Canadian|Chilean|Colombian|Peruvian|Venezuelan|Swiss|Austrian|Belgian|Lankan|Zealand|Bahraini|Tanzanian|Ugandan|Zimbabwean|Zambian|Senegalese|Cameroonian|Burmese|Cambodian|Lao|Mongolian|Tajik|Kyrgyz|Turkmen|Estonian|Latvian|Lithuanian|Slovak|Slovenian|Croatian|Bosnian|Albanian|Macedonian|Montenegrin|Moldovan|Cypriot|Maltese|Icelandic|Turkish|Iranian|Chinese|German|Italian|Spanish|Japanese|Korean|Saudi|Egyptian|Syrian|Iraqi|Israeli|Palestinian|Kuwaiti|Qatari|Emirati|Ukrainian|Polish|Indian|Pakistani|Afghan|Nigerian|Kenyan|Ghanaian|Malaysian|Indonesian|Vietnamese|Thai|Philippine|Filipino|American|British|Brazilian|Argentine|Mexican|Cuban|Greek|Serbian|Czech|Hungarian|Romanian|Bulgarian|Belarusian|Kazakh|Uzbek|Azerbaijani|Armenian|Georgian|Lebanese|Jordanian|Yemeni|Libyan|Tunisian|Algerian|Moroccan|Sudanese|Ethiopian|Somali|Official|State|National|Private|Independent)\s+(?:news\s+)?agency$/u;

/** When a document is dated, at the end of its description: "in March 2023", "dated April 8", "of 2021". */
const dateAtTheEnd = new RegExp(String.raw`\s+(?:in|of|from|dated)\s+(?:(?:${monthPattern})(?:\s+\d{1,2})?(?:,?\s+\d{4})?|\d{4})$`, 'u');
/** The months a document covers, at the end of its description: "for February and March" (not "for 2024", the year it is for). */
const monthsCoveredAtTheEnd = new RegExp(String.raw`\s+for\s+(?:${monthPattern})(?:\s+(?:and|to)\s+(?:${monthPattern}))?$`, 'u');

/**
 * The name a body or a document goes by, from its description: without its
 * article or where it sits ("the defence ministry in Sarn" is "defence
 * ministry"), and a document by who issued it ("An inspection report
 * published by the Nordmark Medicines Agency" is "Nordmark Medicines Agency
 * inspection report"; "an internal memo seen by the agency" is "internal memo").
 */
function bodyName(description: string, sourceType: SourceType): string {
  // "minutes of a board meeting in March 2023", "pay slips for February and March": the date is when, not what the
  // document is (but the year a document is for is part of what it is: "the federation's accounts for 2024").
  const bare = withoutArticle(description).replace(dateAtTheEnd, '').replace(monthsCoveredAtTheEnd, '');
  if (sourceType === 'document') {
    // What was done with it after ("dated April 8 and seen by this agency", "published on Tuesday") is not what it is;
    // a body named as its issuer ("published by the Audit Office") is, and is read below.
    // So is a clause on it ("an audit by the comptroller, which was tabled as evidence", "… that was read out in court").
    // (One that says who made it keeps who made it: "a report that was commissioned by the health ministry".)
    const issued = bare
      .replace(/,?\s+(?:which|that)\s+(?:was|were|had\s+been|has\s+been)\s+(?=\p{Ll}+\s+by\s)/u, ' ')
      .replace(/,?\s+(?:which|that)\s+(?:was|were|is|are|had\s+been|has\s+been)\s+(?!\p{Ll}+\s+by\s)[^]*$/u, '')
      .replace(
        /\s+(?:and\s+)?(?:dated|seen|obtained|reviewed|published|issued|released|sent|leaked|signed|handed|delivered|given|shown|reached|approved|adopted|opened|read\s+out|(?:posted|tabled|presented|submitted|filed)(?![^]*\b(?:with|by)\s))\b(?!\s+by\s+(?:the\s+)?\p{Lu})[^]*$/u,
        '',
      );
    // Who received it is not who issued it either: "the approval letter received by Vatamaniuc".
    if (issued !== bare) return bodyName(issued, sourceType);
    const received = bare.replace(/\s+(?:and\s+)?received\s+by\s[^]*$/u, '');
    if (received !== bare) return bodyName(received, sourceType);
    // "a tender notice the port authority published in February": who made it, and when, is not what it is.
    const made =
      /^(.+?)\s+(?:the|its|their|his|her)\s+(?:[\p{L}'’-]+\s+){0,3}?(?:\p{L}+ed|made|wrote|gave|sent|drew\s+up|put\s+out)\b/u.exec(bare);
    // …nor what is left of it once what it did is gone ("a letter the ministry", of "… sent to schools").
    const maker = made ?? /^(.+?)\s+(?:the|its|their|his|her)\s+[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,3}$/u.exec(bare);
    if (maker?.[1] !== undefined && documentWords.includes(maker[1].split(/\s+/u).pop()?.toLowerCase() ?? '')) return maker[1];
    const by =
      /^(.+?)\s+(?:(?:published|issued|released|commissioned|awarded|prepared|written|compiled|produced|seen|obtained|reviewed|kept|maintained|drawn\s+up|carried\s+out|conducted)\s+)?(?:by|from)\s+(?:the\s+)?(.+)$/u.exec(
        bare,
      );
    if (by === null) return bare;
    const [, what = bare] = by;
    // Seen by a reporter says nothing of the document…
    if (/^(?:seen|obtained|reviewed)$/u.test(bare.slice(what.length).trim().split(/\s+/u)[0] ?? '')) return what;
    // …while who made or issued it is part of what it is, named as the story writes it: "audit by the energy
    // regulator", "records from the State Mining Authority", "study by marine biologists at Tirsa University".
    // ("Records" opening a sentence is "records" in a name.)
    return bare
      .replace(/\s+(?:last|this)\s+(?:year|month|week)$/u, '')
      .replace(/^\p{Lu}(?=\p{Ll}+(?:\s|$))/u, (letter) => letter.toLowerCase());
  }
  // "the Kokpar News agency": a name in capitals, then what it is, goes by the name.
  // (Not a nationality: "the French news agency" is no agency called "French".)
  if (sourceType === 'agency' && /^(?:\p{Lu}[\p{L}'’-]*\s+)+(?:news\s+)?agency$/u.test(bare) && !nationalityAgency.test(bare))
    return bare.replace(/\s+(?:news\s+)?agency$/u, '');
  // "the defence ministry in Sarn", "the Patria Union Bloc faction in parliament": a place or a chamber after it is
  // where it is, not its name.
  return bare.replace(
    /\s+in\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*|(?:the\s+)?(?:parliament|assembly|senate|legislature|chamber))$/u,
    '',
  );
}

/**
 * Parts split at commas, with a ministry's portfolios listed with commas joined again into its name: "Ministry of
 * Works", "Highways and Human Settlement" is "Ministry of Works, Highways and Human Settlement". The list ends on the
 * part with "and" and holds portfolios' words only (see `listsPortfolios`), as a list of people or bodies does not
 * ("the Ministry of Health, Ana Ruiz and Tom Lee").
 */
function joinListedPortfolios(parts: readonly string[]): string[] {
  const joined: string[] = [];
  for (let index = 0; index < parts.length; index++) {
    let end = index;
    if (portfolioOpening.test(parts[index] ?? ''))
      for (let last = index + 1; last < parts.length && portfolio.test(parts[last] ?? ''); last++)
        if (listsPortfolios(parts.slice(index + 1, last + 1))) {
          end = last;
          break;
        }
    joined.push(parts.slice(index, end + 1).join(', '));
    index = end;
  }
  return joined;
}

/** The last item of a list that passes a test. */
function lastOf<T>(list: readonly T[], test: (item: T) => boolean): T | undefined {
  for (let index = list.length - 1; index >= 0; index--) if (test(list[index] as T)) return list[index];
  return undefined;
}

/**
 * The words of a speaker's name in lower case, split once per speaker: "the metro corporation" asks every earlier
 * speaker whether its name holds "metro", and a long article has thousands of them.
 */
const nameWords = new WeakMap<SuggestedSpeaker, ReadonlySet<string>>();
function wordsOfName(speaker: SuggestedSpeaker): ReadonlySet<string> {
  let words = nameWords.get(speaker);
  if (words === undefined) nameWords.set(speaker, (words = new Set(speaker.name.toLowerCase().split(/\s+/u))));
  return words;
}

/** An earlier speaker as the rules keep them: a bare name is a named person. */
function known(speaker: string | SuggestedSpeaker): SuggestedSpeaker {
  if (typeof speaker !== 'string') return speaker;
  return { name: speaker, role: '', sourceType: isProperName(speaker) ? 'named' : 'anonymous' };
}

/** A legislator's post written as its letters, which stand for the post only as written (see `describeSpeaker`). */
const legislatorLetters: readonly string[] = ['MP', 'TD', 'MEC', 'MMC', 'MLA', 'MPA'];
/** "the PS", "the MP": a post's letters after "the", in capitals. */
const shortPostReference = new RegExp(
  `^[Tt]he\\s+(${['PS', 'CS', 'OCPD', 'OCS', 'CEC', 'MCA', 'SP', 'DSP', 'SHO', 'CEO', 'CFO', 'COO', ...legislatorLetters].join('|')})$`,
  'u',
);

/** Words a newspaper is named by that also name a person ("The Guardian", "The Observer"): "The …" in capitals is the paper. */
const paperNames = new Set([
  'guardian',
  'observer',
  'mirror',
  'independent',
  'express',
  'herald',
  'times',
  'post',
  'star',
  'sun',
  'standard',
  'tribune',
  'gleaner',
  'courier',
  'gazette',
  'journal',
  'nation',
  'monitor',
  'chronicle',
  'telegraph',
  'mail',
  'news',
  'reporter',
  'voice',
  'examiner',
  'inquirer',
  'citizen',
  'advertiser',
  'sentinel',
  'witness',
]);

/**
 * Posts "The …" in capitals refers to a person by that are no role noun (see `isRoleNoun`), besides titles of
 * office: "The Magistrate".
 */
const capitalisedPosts = new Set(['magistrate']);

/** "the company", "the ministry": a body named before, referred to by what it is. */
// …a unit or a force too, named before ("The unit said" of the Shoreline Management Unit, "The force said" of a
// constabulary), though these words alone name no body (a "Rapid Response Unit" sergeant is a person); and a corporation,
// with or without a word before it ("the corporation", "the metro corporation").
const bodyReference = new RegExp(
  `^the\\s+(?:\\p{Ll}[\\p{L}-]*\\s+)?(?:${[...bodyDescriptors, ...organisationWords, 'unit', 'force', 'corporation'].join('|')})$`,
  'iu',
);

/**
 * "the spokesman", "the foreign minister", "the report": a person or a document named before, referred to by what
 * they are; a title in capitals too ("the Opposition Leader", "The PAC Commissioner"), which refers only to someone
 * named with it (a body named so, "The Guardian", is looked for after).
 */
const roleReference = /^[Tt]he\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)$/u;

/** The initials of a title's capitalised words, in runs between small words: "PS" of "the Principal Secretary for Arid Lands". */
function initialsOf(title: string): string[] {
  return title
    .split(/\s+(?:of|for|at|in|on|and|the)\s+|^the\s+|,\s*/u)
    .map((run) =>
      run
        .split(/\s+/u)
        .filter((word) => /^\p{Lu}/u.test(word))
        .map((word) => word[0])
        .join(''),
    )
    .filter((initials) => initials.length >= 2);
}

/** A title's words as a reference matches them: lower case, possessives aside, "spokeswoman" and "spokesman" as one. */
function titleWords(title: string): string[] {
  return (title.toLowerCase().match(/[\p{L}\p{N}'’-]+/gu) ?? []).map((word) => {
    const bare = word.replace(/['’]s$/u, '').replace(/^spokes(?:man|woman|person)$/u, 'spokesperson');
    return shortTitles.get(bare) ?? bare;
  });
}

/**
 * Whether the words of "the …" can name a person's post: not a place that only qualifies one ("the county" is no
 * "county commissioner", "the state" no "state senator"), as "the sheriff" or "the county sheriff" can.
 */
function namesAPost(words: readonly string[]): boolean {
  return !placesAPostIsOf.has(words[words.length - 1] ?? '');
}
const placesAPostIsOf: ReadonlySet<string> = new Set(
  'county state city town village district province region country nation municipality ward parish borough island shire territory township constituency'.split(
    ' ',
  ),
);

/** Grades of a post or a rank: "the governor" is not the "Vice Gov.", nor "the sergeant" the "Staff Sgt.". */
const grades = new Set(['vice', 'deputy', 'former', 'acting', 'interim', 'assistant', 'associate', 'staff', 'master', 'senior', 'junior']);

/** Whether the words of "the …" name a title: all its words, and every grade the title has. */
function sameGradeOfTitle(words: readonly string[], title: readonly string[]): boolean {
  return words.every((word) => title.includes(word)) && title.every((word) => !grades.has(word) || words.includes(word));
}

/** Titles written short before a name, as "the governor" or "the councillor" would call them later (see `titlesWrittenShort`). */
const shortTitles: ReadonlyMap<string, string> = new Map([
  ...Object.entries(titlesWrittenShort),
  ['cllr', 'councillor'],
  ['coun', 'councillor'],
  ['prof', 'professor'],
]);

/** Bodies that are not companies, or not the company a story is about (the outlet reporting it): "the company" does not refer to them. */
const publicBody =
  /\b(?:ministry|agency|authority|council|government|police|union|association|group|federation|court|commission|party|army|navy|hospital|university|school|clinic|prison|church|museum|press|news|times|post|wire|herald|gazette|courier|tribune)\b/iu;

/** A public office by the word that ends its name ("Environmental Protection Bureau"), which opens some firms' ("Bureau Veritas"). */
const publicOffice = /\b(?:bureau|department|directorate|inspectorate)$/iu;

/** Whether "the NOUN" can refer to a body named before: its title or name says so, or it is a company and the noun says company. */
function refersTo(noun: string, body: SuggestedSpeaker): boolean {
  // What the body is, not what its title goes on about ("a firm that monitors the leagues for the federation" is no federation).
  const written = `${head(body.role)} ${body.name}`.toLowerCase();
  if (new RegExp(`\\b${noun}\\b`, 'u').test(written)) return true;
  // "the club" for "Kostrel Mariners": a club's name says it is one.
  if (noun === 'club') return clubName.test(body.name);
  return (noun === 'company' || noun === 'firm' || noun === 'utility') && !publicBody.test(written) && !publicOffice.test(body.name);
}

/** Whether a body's name opens on what it is, then whom it is of or for: "Union of Tram and Bus Workers" for "union". */
export function namedFor(name: string, noun: string): boolean {
  return new RegExp(`^${escapedForPattern(noun)}\\s+(?:of|for)\\s`, 'iu').test(name);
}

/** A sports club's name by its last word: "Bressamoor Athletic", "Tarn Rovers", "Kostrel Mariners", "Harlby FC". */
const clubName = /\s(?:Athletic|Rovers|Wanderers|Harriers|Rangers|United|FC|Mariners|Albion|Dynamo|Sporting)$/u;

/** A body's name: capitalised words, perhaps joined by "of (the)", "for", "and", "on" ("Friends of the Oldre"). */
const bodyNamePattern = String.raw`\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|for|and|on|&)(?:\s+the)?\s+)?\p{Lu}[\p{L}'’-]*)*`;

/** A body's description in lower case, then its name: "the campaign group Friends of the Oldre", "rights group Vigil". */
const describedBody = new RegExp(
  String.raw`^(?:[Tt]he\s+|[Aa]n?\s+)?((?:\p{Ll}[\p{L}'’-]*\s+){0,3}?(\p{Ll}[\p{L}'’-]*))\s+(${bodyNamePattern})$`,
  'u',
);
/** Every body's name in a text. */
const bodyNames = new RegExp(bodyNamePattern, 'gu');

/** Whether a noun says what a body is: "union", "ministry", "operator". */
function isBodyNoun(noun: string): boolean {
  const lower = noun.toLowerCase();
  return organisationWords.includes(lower) || bodyDescriptors.includes(lower);
}

/**
 * The name of a body a title gives, by the noun a reference ends on ("the
 * union"): "Union of Rail and Signal Workers" in "who heads the Union of
 * Rail and Signal Workers", "Tarn Savings Bank" in "who advises Tarn Savings
 * Bank". The noun must end the name or go on with "of" or "for", and the
 * reference's other words must be the name's ("the health ministry" is not
 * the "Ministry of Finance"); null when the title names no such body, or two.
 */
function bodyInTitle(title: string, reference: string): string | null {
  const words = reference.toLowerCase().split(/\s+/u);
  const noun = words.pop() ?? '';
  const found = new Set<string>();
  for (const match of title.matchAll(bodyNames)) {
    const name = match[0];
    const lower = name.toLowerCase().split(/\s+/u);
    const at = lower.indexOf(noun);
    if (at === -1 || (at < lower.length - 1 && !/^(?:of|for)$/u.test(lower[at + 1] ?? ''))) continue;
    if (words.every((word) => lower.some((other) => other.startsWith(word.slice(0, Math.max(4, word.length - 2)))))) found.add(name);
  }
  return found.size === 1 ? ([...found][0] ?? null) : null;
}

/**
 * A phrase of place or time after a speaker's name: "outside the court", "on
 * Tuesday", "at a news conference", "speaking to reporters", or how they were
 * reached ("consulted by the newspaper", "in dialogue with Radio Yvapeju"); not a title
 * ("at the time a spokeswoman", "in charge of the branch", "from the Dunmore
 * branch", "later the branch secretary").
 */
const circumstance = new RegExp(
  String.raw`^(?:outside|inside|near)\s|^(?:speaking|talking)\s+(?:to|at|after|on|before)\s|^(?:contacted|consulted|reached|interviewed|approached|questioned)\s+(?:by|on|at)\s|^in\s+(?:dialogue|conversation)\s+with\s|^(?:at|in|on|after|before|during)\s+(?:(?:the|a|an|this|last)\s+)?(?:\p{L}+\s+)?(?:court|courthouse|hearing|trial|meeting|conference|briefing|rally|interview|statement|scene|site|gates?|morning|afternoon|evening|night|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b`,
  'iu',
);

/** A title of someone unnamed that ends on whom they speak or work for: "a spokeswoman for the audit firm", "an engineer at". */
const unnamedFor = /^(?:[Aa]n?|[Oo]ne)\s[^,]*\b(?:for|at|with)(?:\s+the)?(?:\s+\p{Ll}[\p{L}'’-]*)*$/u;

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
 * string is a named person); `people`, the people the text named in full
 * before it, whom a surname alone may also stand for; `knownBySurname`, whether
 * the text calls someone named in full by the surname alone anywhere (else a
 * given name alone may stand for them).
 */
export function describeSpeaker(
  phrase: string,
  earlier: readonly (string | SuggestedSpeaker)[],
  inParagraph: SuggestedSpeaker | null = null,
  people: readonly string[] = [],
  bodies: readonly SuggestedSpeaker[] = [],
  knownBySurname: (name: string) => boolean = () => true,
  mayBeCalled: (name: string) => boolean = () => true,
): SuggestedSpeaker {
  // An aside in brackets says no more of who speaks: a party ("Urmas Pärnoja (Open Kalvestia)"), letters ("Chief District
  // Officer (CDO) Ishwor Neupane").
  phrase = phrase.replace(/\s*\([^()]*\)/gu, '');
  // A body's press service speaks for the body: "the press service of the Anti-Corruption Service", "the ministry's
  // press service" (a person's press service is their office's: "the press service of President Tokayev").
  const pressServiceOf =
    /^\s*(?:the\s+)?press\s+(?:service|office)\s+of\s+([^,]+)/iu.exec(phrase)?.[1] ??
    /^\s*(the\s+[^,]+?)['’]s?\s+press\s+(?:service|office)\b/iu.exec(phrase)?.[1];
  if (pressServiceOf !== undefined) {
    const body = describeSpeaker(pressServiceOf, earlier, inParagraph, people, bodies, knownBySurname, mayBeCalled);
    if (body.sourceType === 'organisation' || body.sourceType === 'agency') return body;
  }
  // Whoever issues a statement speaks, not whoever signs it: "the Education Directorate, in a statement signed by the
  // Municipal Director of Education, Mrs Gifty Adzoyi-Mensah,".
  const issuer =
    /^(.+?),\s*in\s+(?:a|an|its|his|her|their|the)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|letter|release|communiqué|notice)\s+(?:signed|issued)\s+(?:on\s+its\s+behalf\s+)?by\b/iu.exec(
      phrase,
    )?.[1];
  if (issuer !== undefined) return describeSpeaker(issuer, earlier, inParagraph, people, bodies, knownBySurname, mayBeCalled);
  // Looked through from the most recent, converted only as far as needed: an article may name hundreds of speakers.
  const latest = function* () {
    for (let index = earlier.length - 1; index >= 0; index--) yield known(earlier[index] as string | SuggestedSpeaker);
  };
  const findLatest = (test: (speaker: SuggestedSpeaker) => boolean) => {
    for (const speaker of latest()) if (test(speaker)) return speaker;
    return undefined;
  };
  const parts = joinListedPortfolios(phrase.split(/,\s*/u).map((part) => part.trim()))
    // Where or when they spoke says nothing of who they are: "…, who heads the union, outside the court".
    // …nor does a bare "who" before the cue ("Ana Ruiz, who said").
    .filter((part, index) => part !== '' && !/^who$/iu.test(part) && (index === 0 || !circumstance.test(part)))
    // "Sergeant Miriam Kopal of the fraud squad": the name with a rank, then where they serve, in lower case.
    .map((part) => {
      const served = /^(.*?\p{Lu}[\p{L}'’-]+)\s+(?:of|from|at|with)\s+(?:the\s+)?\p{Ll}[^,]*$/u.exec(part)?.[1];
      const name = served === undefined ? '' : splitTitle(served).name;
      return served !== undefined && !isProperName(splitTitle(part).name) && name.includes(' ') && isProperName(name) ? served : part;
    });
  // "The minister, speaking to reporters outside the House,": with where they spoke gone, the speaker is read alone.
  const [onlyPart] = parts;
  if (parts.length === 1 && onlyPart !== undefined && onlyPart !== phrase.trim() && phrase.includes(',') && !anonymityAsked.test(phrase))
    return describeSpeaker(onlyPart, earlier, inParagraph, people, bodies, knownBySurname, mayBeCalled);
  // "an opposition TD", "a ruling party MP", "a senior ANC MP": one holder of a post, unnamed, not a body of those letters.
  const holderOf = /^(?:[Aa]n?|[Oo]ne|[Aa]nother)\s+(?:[\p{L}'’-]+\s+){0,4}(\p{Lu}+)$/u.exec(phrase.trim())?.[1];
  if (holderOf !== undefined && isPostLetters(holderOf)) return { name: phrase.trim(), role: '', sourceType: 'anonymous' };
  // "according to him" is "he said".
  const lower = phrase
    .trim()
    .toLowerCase()
    .replace(/^(?:him|her|them)$/u, (object) => ({ him: 'he', her: 'she', them: 'they' })[object] ?? object);
  if (pronouns.includes(lower)) {
    // "He" and "she" are no body: after one in the paragraph they stay unresolved, not the body nor a guess.
    if (
      inParagraph !== null &&
      /^(?:he|she)$/u.test(lower) &&
      !['named', 'anonymous'].includes(inParagraph.sourceType) &&
      inParagraph.name.includes(' ')
    )
      return { name: phrase.trim(), role: '', sourceType: 'anonymous' };
    if (inParagraph !== null) return { ...inParagraph, role: '' };
    const wanted = lower === 'it' ? 'organisation' : 'named';
    const found = findLatest((speaker) => speaker.sourceType === wanted && speaker.name.includes(' '));
    if (found !== undefined) return { ...found, role: '' };
    return { name: phrase.trim(), role: '', sourceType: lower === 'it' ? 'organisation' : 'anonymous' };
  }
  if (bodyReference.test(phrase.trim())) {
    const words = lower.trim().split(/\s+/u);
    const noun = words[words.length - 1] ?? '';
    const modifier = words.length === 3 ? (words[1] ?? null) : null;
    // With a word before the noun, only a body whose name holds the word: "the metro corporation" for "Tsui Hoi Metro
    // Corporation", but "the interior ministry" is no "Ministry of Defence".
    const holdsModifier = (speaker: SuggestedSpeaker) => modifier === null || wordsOfName(speaker).has(modifier);
    // A body named by a name, or by a description ending in the noun ("justice ministry" for "the ministry"), where it
    // is ("border guard command of Pha Lenh province" for "the command").
    // "The force" is a police force or an armed force named before ("the Metropolitan Police", "Ghana Armed Forces").
    const force = (speaker: SuggestedSpeaker) => noun === 'force' && /\b(?:police|constabulary|forces?)\b/iu.test(speaker.name);
    const refers = (speaker: SuggestedSpeaker) =>
      speaker.sourceType === 'organisation' &&
      holdsModifier(speaker) &&
      (force(speaker) ||
        ((looksLikeName(speaker.name) ||
          speaker.name
            .toLowerCase()
            .replace(/\s+(?:of|for|in)\s.*$/u, '')
            .endsWith(` ${noun}`) ||
          // "Union of Tram and Bus Workers", "Union for Retail Workers" for "the union".
          namedFor(speaker.name, noun)) &&
          refersTo(noun, speaker)));
    // A body that spoke before, else one the text named ("budget carrier Brisca Airways" … "the carrier said"); a body
    // named in the text before one that spoke only as "their union", which says no more than "the union" does.
    const bare = new RegExp(`^(?:(?:the|their|its|his|her|our)\\s+)?${noun}$`, 'iu');
    const described = (speaker: SuggestedSpeaker) => refers(speaker) && !bare.test(speaker.name);
    // Of the bodies the text named, only a name that opens on what the body is ("Union of Tram and Bus Workers"), not
    // every name that holds the word ("European Union", "Border Police", "Gale Freight Company"). "The club" is a club
    // that spoke, never one only named: "Tarn Rovers fans attacked a coach carrying Darsk Dynamo players. The club said…"
    // could be either.
    const named = lastOf(bodies, (body) => refers(body) && namedFor(body.name, noun));
    const body = findLatest(described) ?? named ?? findLatest(refers) ?? (noun === 'club' ? undefined : lastOf(bodies, refers));
    if (body !== undefined) return { ...body, role: '' };
  }
  // "the PS", "the OCPD": the last person named with that post, written short ("Agriculture PS") or in full ("the
  // Principal Secretary for Arid Lands", "Officer Commanding Police Division").
  // Only a post's letters: "the ANC", "the BBC" and "the UN" are bodies, whoever speaks for them.
  const shortPost = shortPostReference.exec(phrase.trim())?.[1];
  if (shortPost !== undefined) {
    const holder = findLatest(
      (speaker) =>
        speaker.sourceType === 'named' &&
        (speaker.role.split(/[\s,]+/u).includes(shortPost) ||
          // A legislator's letters stand for the post only as written: "Mpumalanga Premier" is no MP.
          (!legislatorLetters.includes(shortPost) && initialsOf(speaker.role).includes(shortPost))),
    );
    if (holder !== undefined) return { ...holder, role: '' };
  }
  const referenceWritten = roleReference.exec(phrase.trim());
  const capitalised = referenceWritten !== null && /\p{Lu}/u.test(referenceWritten[1] ?? '');
  // In capitals, only a title ("the Opposition Leader"), not a body's name or letters ("The ANC", "The Herald").
  const lastWord = (referenceWritten?.[1] ?? '').toLowerCase().split(/\s+/u).pop() ?? '';
  const reference =
    referenceWritten === null ||
    (capitalised && ((!isRoleNoun(lastWord) && !officeWords.has(lastWord) && !capitalisedPosts.has(lastWord)) || paperNames.has(lastWord)))
      ? null
      : ([referenceWritten[0], (referenceWritten[1] ?? '').toLowerCase()] as const);
  // "The union", "the defence ministry": a body, never the person whose title names it ("who heads the union").
  const bodyNoun = reference !== null && isBodyNoun(reference[1]?.split(/\s+/u).pop() ?? '');
  if (bodyNoun && !capitalised) {
    // Each title read once: an article of many speakers repeats few of them, and most bodies have none.
    const read = new Set<string>();
    for (const { role } of latest()) {
      if (role === '' || read.has(role)) continue;
      read.add(role);
      const name = bodyInTitle(role, reference?.[1] ?? '');
      if (name !== null) return { name, role: '', sourceType: 'organisation' };
    }
  }
  // "The hierarch", as copy translated from Spanish calls a senior official: the last person named with a post.
  if (reference !== null && /^hierarchs?$/u.test(reference[1] ?? '')) {
    const found = findLatest((speaker) => speaker.sourceType === 'named' && speaker.role !== '');
    if (found !== undefined) return { ...found, role: '' };
  }
  if (reference !== null && !bodyNoun) {
    // "the spokesman", "the foreign minister": the last person named with that title; "the report": the last document.
    const words = titleWords(reference[1] ?? '');
    const document = documentWords.includes(words[words.length - 1] ?? '');
    const found = findLatest((speaker) =>
      document
        ? speaker.sourceType === 'document' && words.every((word) => titleWords(speaker.name).includes(word))
        : // A person by their post's noun, not by a word that only qualifies it: "the county" is no "county commissioner".
          speaker.sourceType === 'named' && namesAPost(words) && sameGradeOfTitle(words, titleWords(speaker.role)),
    );
    if (found !== undefined) return { ...found, role: '' };
    // "the entry", "the document": part of the document quoted last, when the words name no other.
    const part =
      document && !capitalised && /^(?:entry|document|letter|email|memo)$/u.test(words.join(' '))
        ? findLatest((speaker) => speaker.sourceType === 'document')
        : undefined;
    if (part !== undefined) return { ...part, role: '' };
  }
  // "The campaign group Friends of the Oldre": what a body is, then its name, which may hold "of the".
  const describedAsBody = parts.length === 1 ? describedBody.exec(phrase.trim()) : null;
  // …but "the police Chief Inspector Hal Dorn" is a person with the body in their title.
  if (describedAsBody !== null && isBodyNoun(describedAsBody[2] ?? '') && !opensWithTitle(describedAsBody[3] ?? '')) {
    const [, role = '', , name = ''] = describedAsBody;
    return { name, role, sourceType: agencyPattern.test(role) ? 'agency' : 'organisation' };
  }
  // "A leaked email from a supervisor, published by the Dunlow Courier,": the document speaks, not who published it.
  const opening = parts[0] ?? '';
  const openingWord = opening.split(/\s+/u)[0] ?? '';
  // …and so do records named with no article, whose first word has its capital only for opening the sentence:
  // "Rosters for January seen by Lapwing Wire show" is "rosters for January" (but "Data protection commissioner Yusuf
  // Aldane" is a person).
  const lowerOpening = `${openingWord.toLowerCase()}${opening.slice(openingWord.length)}`;
  // Not a title opening with such a word before a name ("Diary of a Nurse author Jane Holt"), nor a body described as one
  // ("Results, the polling firm,"): a name only after "by" ("seen by Lapwing Wire").
  const recordOpening =
    parts.length === 1 &&
    documentWords.includes(openingWord.toLowerCase()) &&
    sourceTypeOf(lowerOpening) === 'document' &&
    (!/\s\p{Lu}[\p{L}'’-]*$/u.test(opening) || /\bby\s+(?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*$/u.test(opening));
  const namesDocument = (determiners.includes(openingWord.toLowerCase()) && sourceTypeOf(opening) === 'document') || recordOpening;
  // A post in capitals before the name in apposition is no name: "The council's Regional Executive Officer, Wilfreda
  // Pansa," is Wilfreda Pansa.
  // (…and a manager's: "The company's Human Resources Manager, Christophe Barbe-Sinon,".)
  const postInCapitals = (part: string) => {
    const last = splitTitle(part).name.split(/\s+/u).pop()?.toLowerCase() ?? '';
    return officeWords.has(last) || postsInCapitalsToo.has(last);
  };
  const named = (part: string) => isProperName(splitTitle(part).name);
  const firstNamed = namesDocument ? -1 : parts.findIndex(named);
  const laterNamed = parts.findIndex((part, index) => index > firstNamed && named(part) && !postInCapitals(part));
  // (Only a post said whose: not a name that ends on such a word, "Julie Bishop, Chancellor, …".)
  const whosePost = (part: string) => postInCapitals(part) && /^(?:the|a|an)\s|['’]s?\s/iu.test(part);
  const nameIndex = firstNamed !== -1 && whosePost(parts[firstNamed] ?? '') && laterNamed !== -1 ? laterNamed : firstNamed;
  // "The investor, the Zaraf Heights Tourism Company,": a body described, then named with its article, is the body.
  const bodyNamedAfter = parts
    .slice(1)
    .map((part) => /^the\s+(\p{Lu}.*)$/u.exec(part)?.[1])
    .find((name) => name !== undefined && looksLikeName(name) && isBodyName(name));
  // (Not a person described, then whom they speak for: "A source at the company, the …", "The chief executive of the
  // buyer, the …", "a spokeswoman for the retailer, the …".)
  const whatABodyIs = /\s(?:of|for|at|in|from|with|to|on)\s/iu.test(opening) ? undefined : /(\p{Ll}+)$/u.exec(opening)?.[1];
  if (
    nameIndex === -1 &&
    bodyNamedAfter !== undefined &&
    whatABodyIs !== undefined &&
    !/^(?:spokes\p{L}*|sources?|officials?|executive|chief|director|head|members?|lawyer|representative|manager|chair\p{L}*|president|secretary|officer|aide|advis[eo]r|employees?|workers?|insiders?|engineer|analyst|minister)$/u.test(
      whatABodyIs,
    )
  )
    return { name: bodyNamedAfter, role: '', sourceType: isAgency(bodyNamedAfter) ? 'agency' : 'organisation' };
  if (nameIndex === -1) {
    const description = recordOpening ? lowerOpening : opening || phrase.trim();
    // One who asked not to be named is a person, whatever their trade names ("A distributor in Sufayra, who asked not
    // to be named, said"): a body is named or not by the reporter.
    // (A ministry's portfolios listed with commas are one name: "Ministry of Works, Highways and Human Settlement".)
    const byNoun = sourceTypeOf(description.replace(/,\s+/gu, ' '));
    const sourceType = byNoun === 'organisation' && anonymityAsked.test(phrase) ? 'anonymous' : byNoun;
    return { name: sourceType === 'anonymous' ? description : bodyName(description, sourceType), role: '', sourceType };
  }
  const { title, name: written } = splitTitle(parts[nameIndex] ?? '');
  // "a spokeswoman for the audit firm Treharne Dunstane", "a lawyer for Ana Vidal": the name is whom an unnamed person
  // speaks for; the speaker is the person, unnamed.
  if (parts.length === 1 && unnamedFor.test(title)) return { name: phrase.trim(), role: '', sourceType: 'anonymous' };
  const role = [title, ...parts.filter((_part, index) => index !== nameIndex)].filter((part) => part !== '').join(', ');
  // "Ms Ortega", "Dr. Ortega": the surname, for the one speaker named in full before who bears it, when the text names
  // no one else of that name (a husband, a victim, a judge); else the name as written…
  // (An Irish family name keeps its particle: "Mr Ó hEochaidh", "Ms Ní Chonghaile".)
  const [honorific = '', surname = '', ...more] = written.replace(/^(\S+\s+(?:Ó|Ní|Uí|Ua|Mac|Nic))\s+(?=\S+$)/u, '$1~').split(/\s+/u);
  // …nor when the phrase says who they are ("Mr Ortega, her brother,"), which may be someone else.
  if (surnameHonorific.test(honorific) && /^\p{Lu}[\p{L}'’-]*(?:~[\p{L}'’-]+)?$/u.test(surname) && more.length === 0 && role === '') {
    // (A Chinese-order name bears its family name before the given name: "Pinky Sio Oi-ling" is Ms Sio.)
    const family = surname.replace('~', ' ');
    const bears = (name: string) => name.includes(' ') && (familyNameOf(name) === family || name.endsWith(` ${family}`));
    const bearers = new Set(people.filter((person) => bears(person) && !surnameHonorific.test(person.split(/\s+/u)[0] ?? '')));
    const named = findLatest((speaker) => speaker.sourceType === 'named' && bears(speaker.name));
    if (named !== undefined && [...bearers].every((person) => person === named.name)) return { ...named, role };
    // …or the one person named in full before who never spoke till now ("Governor Gavin Newsom signed the bill. … Mr
    // Newsom said"), unless the honorific cannot be theirs: "Jane Brennan died at the scene. … Mr Brennan said" is
    // someone else, her husband.
    const [onlyBearer] = bearers;
    if (named === undefined && bearers.size === 1 && onlyBearer !== undefined && mayBeCalled(onlyBearer))
      return { name: onlyBearer, role, sourceType: 'named' };
    // …or the given name, where the text writes later mentions so ("Ms Orawan" for Orawan Thepkesorn), when no one
    // bears it as a surname.
    const byGivenName = bearers.size === 0 && named === undefined ? givenNamed(family, findLatest, people, knownBySurname) : null;
    if (byGivenName !== null) return { ...byGivenName, role };
  }
  // "Ratu Isikeli", "Adi Mereoni", "Sir Keir": an honorific that goes before the given name, with the given name, for
  // the one person named in full before with them (not "Dame Sarah" when two Dame Sarahs were named).
  if (givenNameHonorific.test(honorific) && /^\p{Lu}[\p{L}'’-]*$/u.test(surname) && more.length === 0 && role === '') {
    const fuller = (name: string) => name.startsWith(`${written} `);
    const bearers = new Set([
      ...[...latest()].filter((speaker) => speaker.sourceType === 'named' && fuller(speaker.name)).map((speaker) => speaker.name),
      ...people.filter(fuller),
    ]);
    const [only] = bearers;
    if (bearers.size === 1 && only !== undefined)
      return { ...(findLatest((speaker) => speaker.name === only) ?? { name: only, sourceType: 'named' }), role };
  }
  // "Datuk Seri Tarmizi", "Awang Ghazali", "Dato Paduka Johari": any honorific before a given name alone, for the one
  // person named in full before with that given name first, as Malay names go ("Ghazali bin Jaludin").
  // (Not "Mr Ross", a surname, looked up above; "Awang" is an honorific only before a name with a father's name, so
  // "Awang Ghazali" is read by its words.)
  const writtenWords = written.split(/\s+/u);
  const given = writtenWords[writtenWords.length - 1] ?? '';
  // (…and "Khun Suwit", "Daw Thuzar", as Thai and Myanmar copy names people later, by the given name.)
  const honorificsOnly =
    writtenWords.length > 1 &&
    (wordAfterMalayHonorifics(written) !== null || (writtenWords.length === 2 && asianGivenNameHonorific.test(writtenWords[0] ?? '')));
  if (
    (withoutHonorifics(written) === given || honorificsOnly) &&
    written !== given &&
    /^\p{Lu}[\p{L}'’-]*$/u.test(given) &&
    role === '' &&
    !(surnameHonorific.test(honorific) && more.length === 0)
  ) {
    const byGivenName = givenNamed(given, findLatest, people, knownBySurname);
    if (byGivenName !== null) return { ...byGivenName, role };
  }
  if (!written.includes(' ')) {
    // A surname, or the first word of a body's name, for someone named in full before.
    // A person's surname first, the latest named ("Brenner" after Hanna Brenner of Brenner Construction is her), then a body's first word.
    const match =
      findLatest((speaker) => {
        const words = speaker.name.split(/\s+/u);
        return speaker.sourceType === 'named' && words.length > 1 && words[words.length - 1] === written;
      }) ??
      findLatest((speaker) => {
        const words = speaker.name.split(/\s+/u);
        return words.length > 1 && (words[words.length - 1] === written || (speaker.sourceType !== 'named' && words[0] === written));
      });
    if (match !== undefined) return { ...match, role };
    // Someone the text named in full before without quoting them: "Aron Velt, the winner, was suspended. … Velt said".
    for (let index = people.length - 1; index >= 0; index--) {
      const person = people[index] ?? '';
      // …not this very mention, title and all ("Phra Wisut" for "Wisut").
      if (person.endsWith(` ${written}`) && splitTitle(person).name !== written) return { name: person, role, sourceType: 'named' };
    }
    // A name of two family names, the father's then the mother's, goes by the first of them: "Calixto Bernal Chiquipa" …
    // "Bernal said".
    const byFirstFamilyName =
      findLatest((speaker) => speaker.sourceType === 'named' && firstOfTwoFamilyNames(speaker.name) === written) ??
      [...people].reverse().find((person) => firstOfTwoFamilyNames(person) === written);
    if (byFirstFamilyName !== undefined)
      return typeof byFirstFamilyName === 'string'
        ? { name: byFirstFamilyName, role, sourceType: 'named' }
        : { ...byFirstFamilyName, role };
    // …or by the given name alone, as some wire styles write later mentions, with nothing said of them here ("A
    // neighbour, Somsak," may be another Somsak).
    const byGivenName = role === '' ? givenNamed(written, findLatest, people, knownBySurname) : null;
    if (byGivenName !== null) return { ...byGivenName, role };
  }
  // The first words of a body's full name, named before ("Saint Aurel" of Saint Aurel University, "Quillon" of Quillon
  // Systems), unless a person who spoke before goes by them (a surname alone was looked up among people above).
  const isPerson = findLatest((speaker) => speaker.sourceType === 'named' && speaker.name === written) !== undefined;
  // …or the whole name again: "terminal operator Castellan Freight" … "Castellan Freight said".
  // Not the first of two names joined by "and" ("Kostrel Mariners" of "Kostrel Mariners and Quenmark Athletic").
  const shortFor = (body: SuggestedSpeaker) =>
    (body.sourceType === 'organisation' || body.sourceType === 'agency') &&
    (body.name === written || (body.name.startsWith(`${written} `) && !(written.includes(' ') && body.name.startsWith(`${written} and `))));
  // Not a name given with what it is ("Korsa Transit, the city-owned bus operator,"): that introduces a body of its own,
  // not the first words of another's ("Korsa Transit Workers' Association").
  const ownBody = (body: SuggestedSpeaker) =>
    parts.length > 1 &&
    body.name !== written &&
    (/\b(?:union|association|federation|foundation|trust|group|fund|society|league)\b|['’]/iu.test(body.name.slice(written.length)) ||
      // …or the name is a person's, said to be one ("Karl Ness, a retired surgeon," of the Karl Ness Institute).
      parts.some(
        (part, index) =>
          index > 0 && (/^(?:who|whose)\s/iu.test(part) || (/^(?:a|an)\s/iu.test(part) && sourceTypeOf(part) === 'anonymous')),
      ));
  const found = title === '' && !isPerson ? (findLatest(shortFor) ?? lastOf(bodies, shortFor)) : undefined;
  const fullBody = found !== undefined && !ownBody(found) ? found : undefined;
  if (fullBody !== undefined) return { ...fullBody, role };
  const others = parts.filter((_part, index) => index !== nameIndex);
  // A gloss splits a title in two ("the rais, or head, of the fishermen's cooperative"): what it is of is no part of its own.
  // An office of something is a person's, whatever it is of: "Senior Superintendent of Police".
  const officeTitle = opensWithOfficeOf(`${title} `);
  // …and so is one "of" a body ("Karl Ness of the patients' association"): the body is theirs, the name a person's.
  const ofABody = /^(?:of|at|from)\s/u.test(title) && looksLikeName(written) && !isBodyName(written);
  // A name with an honorific is a person's, whatever the post before it looks like ("The Roko Tui Naivalu, Ratu Isikeli
  // Naiqamavesi").
  const honoured = opensWithHonorific(written) && written.includes(' ');
  const described = [
    officeTitle || ofABody || honoured ? 'named' : sourceTypeOf(title),
    ...others
      .filter((part, index) => !/^(?:or|of|for)\s/iu.test(part) || index === 0)
      .map((part) => (honoured ? 'named' : sourceTypeOf(part))),
  ];
  // One name described as a person ("A passenger on the flight, who gave only her first name, Ines") is a person.
  // …and so is one "the" someone "who" did something: "Tiziu, the striker who left the club in 2024,".
  const person = others.some(
    (part) =>
      /^(?:who|whose)\s/iu.test(part) ||
      ((/^(?:a|an)\s/iu.test(part) || /^the\s+(?:[\p{L}'’-]+\s+){1,3}?who\s/iu.test(part)) && sourceTypeOf(part) === 'anonymous'),
  );
  // A name ending in a trade ("Jack Leather") is a person when a title or an apposition says what they do.
  const tradeOnly = tradeNameWords.includes((written.split(/\s+/u).pop() ?? '').toLowerCase());
  // …not one a body may hold too: "The tannery's owner, Vollmer Leather".
  const personTitled = [title, ...others].some((part) => {
    const head = (
      part
        .split(/\s+(?:for|of|at|from|in|with)\s+/iu)[0]
        ?.split(/\s+/u)
        .pop() ?? ''
    ).toLowerCase();
    return isRoleNoun(head) && !bodyDescriptors.includes(head) && head !== 'owner';
  });
  // A word that is the given name of people named before is a person's, though which one it does not say: "Razak said"
  // after Razak bin Ali and Razak bin Osman.
  const givenNameOfSomeone =
    !written.includes(' ') &&
    people.filter((name) => withoutHonorifics(name).split(/\s+/u)[0] === written && withoutHonorifics(name).includes(' ')).length > 1;
  const type: SourceType =
    agencyPattern.test(written) || described.includes('agency')
      ? 'agency'
      : (isBodyName(written) && !(tradeOnly && personTitled)) ||
          // "Police Scotland", "Major League Baseball".
          (namesBody(written) && title === '') ||
          described.includes('organisation') ||
          // "Bell Tanner, which built the school": "which" says a body, as "who" says a person; after a person's post
          // it says what the body in the post does ("R. Thangarasu, proprietor of Kamatchi Agencies, which holds…").
          (others.some((part) => /^which\s/iu.test(part)) && !personTitled) ||
          (!written.includes(' ') && title === '' && !person && !givenNameOfSomeone)
        ? 'organisation'
        : 'named';
  return { name: written, role, sourceType: type };
}
