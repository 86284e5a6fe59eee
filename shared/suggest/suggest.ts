import {
  bracketedShortName,
  calledBySurnameAlone,
  clauseAfterCue,
  findBodies,
  findPeople,
  findQuotations,
  givenNameAfterFamilyName,
  isBodyName,
  isRoleNoun,
  namesBody,
  goesByAcronym,
  nicknamesIn,
  readSentence,
  shortNamesOfBodies,
  splitParagraphs,
  splitSentences,
  type Report,
  type Sentence,
  type NamedBody,
  type Quotation,
  type Statement,
  type TextSpan,
  withoutRelativeNegations,
} from '../prose/index.js';
import { denialVerbs, determiners, escapedForPattern, organisationWords, wholeWord } from '../prose/cues.js';
import { contentWords, negations, stem } from '../claims/tokens.js';
import { snapToWords } from '../wordBoundaries.js';
import { describeSpeaker, firstOfTwoFamilyNames, isAgency, namedFor } from './speakers.js';
import { linkedAttribution, suggestionId, type SuggestedSpeaker, type Suggestion } from './suggestion.js';
import { articleContext, deniedInSoManyWords, denialLikelihood, kindFeatures, weighedKind } from './statementKind.js';
import shippedKindWeights from './kindWeights.json';
import { droppedAsUnmarked, mayDrop, worthContext, worthFeatures } from './worthMarking.js';
import shippedWorthWeights from './worthWeights.json';

/** Makes suggestions with ids that count repeats of the same kind and words, in the order they are made (text order). */
function suggestionMaker(text: string) {
  const seen = new Map<string, number>();
  const spans = new Map<string, string>();
  return (kind: Suggestion['kind'], span: TextSpan, reason: string): Suggestion | null => {
    const { start, end } = snapToWords(text, span.start, span.end);
    if (start >= end) return null;
    const quote = text.slice(start, end);
    // The same span asked for twice (a speaker of two sentences) is the same suggestion.
    const spanKey = `${kind}:${start}:${end}`;
    const known = spans.get(spanKey);
    if (known !== undefined) return { id: known, kind, start, end, quote, links: [], reason };
    const key = `${kind}\u0000${quote}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    const id = suggestionId(kind, quote, occurrence);
    spans.set(spanKey, id);
    return { id, kind, start, end, quote, links: [], reason };
  };
}

/** What one sentence reports, read once: offsets relative to its paragraph. */
interface ReadSentence {
  sentence: Sentence;
  report: Report | null;
  /** The bodies it names in full (later sentences may call them by part of their name). */
  bodies: NamedBody[];
  /** The people it names in full, whom a "he" or "she" later in the paragraph may stand for. */
  mentioned: string[];
}

/**
 * Paragraphs already read, by their text. Sentences and quotations never
 * cross a paragraph, so a paragraph reads the same wherever it stands: while
 * someone types, only the paragraph being edited is read again.
 */
const readParagraphs = new Map<string, ReadParagraph>();
const maxReadParagraphs = 20_000;

/** A paragraph read: its sentences with what each reports, and the people it names in full. */
interface ReadParagraph {
  sentences: ReadSentence[];
  people: string[];
  /** The title the paragraph first gives each of them, where it gives one: "Presiding judge" for "Presiding judge Ana Berg sentenced…". */
  titles: [string, string][];
}

function readParagraph(body: string, runsOn: boolean): ReadParagraph {
  // The same words read as one paragraph or as one whose quotation runs on into the next are two readings.
  const key = runsOn ? `\u0001${body}` : body;
  const known = readParagraphs.get(key);
  if (known !== undefined) return known;
  const quotations = findQuotations(body, runsOn);
  const split = splitSentences(body, quotations).flatMap((sentence) => withSecondReport(body, sentence, quotations));
  const named = findPeople(body, split, quotations).filter((person) => person.name.includes(' '));
  const sentences = split.map((sentence) => {
    const inside = quotations.filter((quotation) => sentence.start <= quotation.outerStart && quotation.outerEnd <= sentence.end);
    return {
      sentence,
      report: readSentence(body, sentence, inside),
      bodies: findBodies(body.slice(sentence.start, sentence.end)),
      mentioned: named
        .filter((person) => person.mentions.some((mention) => mention.sentence === sentence.index))
        .map((person) => person.name),
    };
  });
  const people = named.map((person) => person.name);
  const titles = named.flatMap((person): [string, string][] => {
    const [first] = person.titles;
    return first === undefined ? [] : [[person.name, first.title.replace(/^(?:the|a|an)\s+/iu, '')]];
  });
  const read = { sentences, people, titles };
  if (readParagraphs.size >= maxReadParagraphs) readParagraphs.delete(readParagraphs.keys().next().value as string);
  readParagraphs.set(key, read);
  return read;
}

/** The verbs of a second report joined on by ", as". */
const secondCues = 'said|says|complained|warned|reported|insisted|claimed|argued|told';

/**
 * A sentence that reports, then adds another source's report after ", as"
 * ("…, the company said on Wednesday, as a consumer group said the firm had
 * known…"): the sentence, and its second report read as a sentence of its own.
 */
function withSecondReport(body: string, sentence: Sentence, quotations: readonly Quotation[]): Sentence[] {
  const words = body.slice(sentence.start, sentence.end);
  // Where a quotation is open, no second report starts.
  const outsideQuotations = (at: number) => !quotations.some((quotation) => quotation.outerStart < at && at < quotation.outerEnd);
  // Two reports read apart: the first ends at `end`, the second starts at `start` (offsets in the sentence).
  const apart = (end: number, start: number): Sentence[] => [
    { ...sentence, end: sentence.start + end },
    { ...sentence, start: sentence.start + start },
  ];
  // "The union said 400 had joined, but the company said only 90 were absent": another's report set against the
  // first, each read apart.
  const against = reportSetAgainst.exec(words);
  if (against !== null && reportCue.test(words.slice(0, against.index)) && outsideQuotations(sentence.start + against.index))
    return apart(against.index, against.index + against[0].length);
  // "…say they were made to pay, and an audit has found that 3,000 packs are missing": a record's finding joined on is
  // a report of its own, and the first ends before it.
  const finding = recordJoinedOn.exec(words);
  if (
    finding !== null &&
    /\b(?:said|says|say|told|reported)\b/u.test(words.slice(0, finding.index)) &&
    outsideQuotations(sentence.start + finding.index)
  )
    return apart(finding.index, finding.index + finding[0].length - (finding[1] ?? '').length);
  const second = new RegExp(`,\\s+as\\s+(?=(?:[\\p{L}'’-]+\\s+){0,5}?(?:${secondCues}|complain)\\b)`, 'u').exec(words);
  if (second === null || !/\b(?:said|says|told|announced|reported)\b/u.test(words.slice(0, second.index))) return [sentence];
  // A pronoun is the first speaker again: a report only with a clause after its verb ("…, as he said the council had no
  // choice"), not where or since when ("…, as she told reporters outside city hall", "…, as they have said since…").
  const tail = words.slice(second.index + second[0].length);
  const byPronoun = /^(?:he|she|they|it|we|I)\s/u.test(tail);
  const clause = new RegExp(
    `^\\S+\\s+(?:[\\p{L}'’-]+\\s+){0,2}?(?:${secondCues})\\s+(?!(?:since|when|while|for|every|before|after|in|on|at|outside)\\b)(?:[\\p{L}\\p{N}'’-]+\\s+){0,6}?(?:that|had|has|have|was|were|is|are|would|will|could|did)\\b`,
    'iu',
  );
  if (byPronoun && !clause.test(tail)) return [sentence];
  const start = sentence.start + second.index + second[0].length;
  if (!outsideQuotations(start)) return [sentence];
  return [sentence, { ...sentence, start }];
}

/** A name in capitals throughout, but for the particles inside it: "Cimenterie de Ndiobo", "Bank of Harlby". */
const wholeName = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:de|du|des|la|le|of|for|and|the)\s+)?\p{Lu}[\p{L}'’-]*)+$/u;

/**
 * ", but the company said", ", though the owner said": a second source's report set against the first, with a subject
 * of its own (not "…, but he said", which may be the first speaker again).
 */
const reportSetAgainst =
  /,\s+(?:but|though|although|while|whereas)\s+(?=(?:the|a|an|its|his|her|their|\p{Lu}[\p{L}'’-]*)\s[^,;]{0,60}?\b(?:said|says|told|insisted|argued|claimed|maintained)\b)(?!(?:he|she|they|it|we|i)\s)/u;
/** A verb that reports, in the part before a second report. */
const reportCue = /\b(?:said|says|say|told|reported|records|lists|shows|showed|found|insisted|argued|claimed)\b/u;

/** ", and an audit has found that", ", and a report by the ministry showed": a record's finding, joined on after a report. */
const recordJoinedOn =
  /,\s+and\s+((?:an|a|the)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:audit|report|study|inquiry|investigation|review|survey|analysis)\s+(?:[\p{L}'’-]+\s+){0,6}?(?:has\s+|had\s+)?(?:found|finds|shows|showed|concluded|revealed)\s+that\b)/u;

const shift = <T extends TextSpan>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });

/** Every sentence of a text with what it reports, in text order, read paragraph by paragraph (see `readParagraph`). */
function readReports(text: string): (ReadSentence & { people: string[]; titles: [string, string][] })[] {
  const paragraphs = splitParagraphs(text);
  return paragraphs.flatMap((paragraph, at) => {
    // A quotation left open at a paragraph's end runs on when the next paragraph opens with a quotation mark.
    const next = paragraphs[at + 1];
    const runsOn = next !== undefined && /^["“]/u.test(text.slice(next.start, next.end).trimStart());
    const { sentences, people, titles } = readParagraph(text.slice(paragraph.start, paragraph.end), runsOn);
    return sentences.map(({ sentence, report, bodies, mentioned }, index) => ({
      // The people a paragraph names, given with its first sentence: later mentions of their surname are theirs.
      people: index === 0 ? people : [],
      titles: index === 0 ? titles : [],
      bodies,
      mentioned,
      sentence: { ...shift(sentence, paragraph.start), paragraph: paragraph.index },
      report:
        report === null
          ? null
          : {
              ...report,
              statements: report.statements.map((statement) =>
                statement.joinedBy === undefined
                  ? shift(statement, paragraph.start)
                  : { ...shift(statement, paragraph.start), joinedBy: shift(statement.joinedBy, paragraph.start) },
              ),
              speaker: report.speaker === null ? null : shift(report.speaker, paragraph.start),
              attribution: report.attribution === null ? null : shift(report.attribution, paragraph.start),
            },
    }));
  });
}

/** Whether a report's speaker comes after all it reports: "The fire burned for 11 hours, fire chief Pita Moetaka said." */
function closesItsStatement(report: Report): boolean {
  const { speaker } = report;
  return speaker !== null && report.statements.length > 0 && report.statements.every((statement) => statement.end <= speaker.start);
}

/**
 * Whether a quotation ends the paragraph before a sentence without a closing
 * mark, and the sentence opens the next: the quotation runs on into it.
 */
function ranOnInto(text: string, previous: Entry, sentence: Sentence & { paragraph: number }): boolean {
  const last = previous.report.statements.at(-1);
  if (last === undefined || sentence.paragraph !== previous.sentence.paragraph + 1) return false;
  return !/["”]/u.test(text.slice(last.end, previous.sentence.end)) && !/\S/u.test(text.slice(previous.sentence.end, sentence.start));
}

/**
 * A quotation standing alone at the head of the paragraph after one that ends on a speaker's quotation and its cue:
 * "“…,” Kemaba said. ¶ “Our people were ready to start…”" is Kemaba going on, as copy quotes one speaker over
 * several paragraphs.
 */
function quotedOnNext(text: string, previous: Entry, sentence: Sentence & { paragraph: number }): boolean {
  if (sentence.paragraph !== previous.sentence.paragraph + 1 || previous.report.cue === null) return false;
  // Nothing between but the paragraph break: the earlier sentence closes its paragraph, and the quotation is the whole of
  // its own (not "“That is simply not true.” The minister rejected her account.", nor a sign's words read out).
  const paragraphEnd = text.indexOf('\n', sentence.start);
  const paragraph = text.slice(sentence.start, paragraphEnd === -1 ? text.length : paragraphEnd).trim();
  return !/\S/u.test(text.slice(previous.sentence.end, sentence.start)) && /^["“][^"“”]+["”]$/u.test(paragraph);
}

/** A sentence that reports speech, with who speaks as the rules read them. */
interface Entry {
  sentence: Sentence & { paragraph: number };
  report: Report;
  speaker: SuggestedSpeaker | null;
  /** A quotation standing alone right after an attributed one: the same speaker goes on. */
  continues: boolean;
  /** The kind of each statement, a claim turned denial where it answers an accusation (see `answeringDenials`). */
  kinds: Statement['kind'][];
  /** The text frames it as an answer: "Asked about the memo, she said…", or after "The mayor defended the timing." */
  framedAsAnswer: boolean;
}

/** A sentence that opens on the accusation it answers: "Asked about the delay, …", "Responding to the complaints, …". */
const answerOpening = /^(?:asked\s+(?:about|why|whether|if)|responding\s+to|in\s+(?:response|reply)\s+to|replying\s+to)\b/iu;

/**
 * "Asked whether the vote could be delayed, she said…" asks what may come, not
 * about an accusation: no answer to one. "Asked whether the company could have
 * prevented the fire" does ask about one; "May" and "the will" are no modals.
 */
const askedWhatMayCome =
  /^[Aa]sked\s+(?:whether|if)\s[^,]*\b(?:could|would|will|can|should|might|may)\b(?!\s+(?:not\s+)?have\b)(?!\s+(?:had|been|was|were)\b)/u;

/** What a source answers when it responds: an accusation, not an event ("responded to the blaze"). */
const accusation = String.raw`(?:accusations?|allegations?|charges?|criticism|criticisms|critics|complaints?|claims?|reports?|questions?|suggestions?)`;

/**
 * A sentence reporting no speech that announces an answer to an accusation:
 * "The ministry responded to the allegations.", "The council hit back at
 * critics.", "The chief defended the timing.", "She defended herself against
 * the criticism." Not a response to an event ("Firefighters responded to the
 * blaze"), a title defended, nor a launch "pushed back" to May.
 */
const answerAnnouncement = new RegExp(
  [
    String.raw`\b(?:responded|responds|replied|replies|reacted|reacts|hit\s+back|hits\s+back|pushed\s+back|pushes\s+back)\s+(?:to|at|against|on)\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?${accusation}\b`,
    // "The ministry hit back within hours.": hitting back needs no object to answer one.
    String.raw`\b(?:hit|hits)\s+back\s*(?:$|[.,;]|within\b|on\b|late\b|quickly\b|swiftly\b|angrily\b)`,
    String.raw`\b(?:defended|defends)\s+(?:himself|herself|itself|themselves|ourselves|myself)\b`,
    // One's own decision: "defended the timing", "defended its handling of the spill".
    String.raw`\b(?:defended|defends)\s+(?:the|his|her|its|their|our|my)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:decisions?|timing|plans?|choices?|handling|response|polic(?:y|ies)|conduct|actions?|approach|record|moves?|orders?|call|measures|strategy)\b`,
    String.raw`\b(?:defended|defends)\b.*\bagainst\s+(?:[\p{L}\p{N}'’-]+\s+){0,4}?${accusation}\b`,
  ].join('|'),
  'iu',
);

/**
 * The body a sentence opens on, when it is described in words that end on what
 * it is ("The municipal water service" of "The municipal water service shut its
 * intake"): the shortest such opening, of at most five words, with no verb in it.
 */
function bodyOpening(words: string): string | null {
  const opening = /^["“]?The\s+((?:[\p{L}'’-]+\s+){0,4})/u.exec(words);
  if (opening === null) return null;
  const following = (opening[1] ?? '').trim().split(/\s+/u);
  for (let count = 1; count <= following.length; count++) {
    const phrase = following.slice(0, count);
    const noun = phrase[count - 1]?.toLowerCase() ?? '';
    if (phrase.some((word) => /(?:ed|['’]s)$/u.test(word) || determiners.includes(word.toLowerCase()))) return null;
    // …all of its noun: "The university hospital".
    if (organisationWords.includes(noun)) {
      while (organisationWords.includes(following[count]?.toLowerCase() ?? '')) count++;
      return `The ${following.slice(0, count).join(' ')}`;
    }
  }
  return null;
}

/** A statement, a release or a reply referred back to: "the statement", "its press release", "the written reply". */
const statementIssued =
  /^(?:the|its|his|her|their|that)\s+(?:(?:press\s+|written\s+)?(?:statement|release|reply|response)|communiqu[eé])$/iu;
/** A sentence that says its source spoke in one: "said in a statement", "In a written reply to questions, the agency said". */
const issuedIn = /\bin\s+(?:a|an|its|his|her|their)\s+(?:[\p{L}-]+\s+){0,2}?(?:statement|release|reply|response|communiqu[eé])\b/iu;

/**
 * Every sentence that reports speech, in text order, with its speaker read
 * against the speakers before it; and the title the text first gives each
 * person it names in full, in any sentence.
 */
function readEntries(text: string): { entries: Entry[]; titles: Map<string, string> } {
  const entries: Entry[] = [];
  const titles = new Map<string, string>();
  let paragraphStart = { paragraph: -1, start: 0 };
  const names: SuggestedSpeaker[] = [];
  let previous: Entry | null = null;
  let paragraphSpeaker: { paragraph: number; speaker: SuggestedSpeaker } | null = null;
  const people: string[] = [];
  // Those whom "Mr", "Ms" or "Mrs" cannot stand for, by what the sentence naming them says (see `noteWhoCannotBeCalled`).
  const cannotBeCalled = new Set<string>();
  // …and whom it may: one given a post or a description there ("Governor Gavin Newsom", "Archibald Hom Tsz-kit, an
  // adviser to the bureau,"), or named in Chinese order, as such copy names each person once.
  const mayBeCalled = (name: string) => !cannotBeCalled.has(name) && (titles.has(name) || givenNameAfterFamilyName(name) !== null);
  const bodies: SuggestedSpeaker[] = [];
  // "The CFP said": the body the text gave that short name, in its narration or at a speaker's mention.
  const shortNames = shortNamesOfBodies(text);
  // "Noi said": the person the text named with that nickname (Jiraporn "Noi" Khamwiset).
  const nicknames = nicknamesIn(text);
  // Whether the text calls a person named in full by the surname alone anywhere ("Bardella said"), each name once.
  const bySurname = new Map<string, boolean>();
  const knownBySurname = (name: string) => {
    if (!bySurname.has(name)) bySurname.set(name, calledBySurnameAlone(text, name));
    return bySurname.get(name) ?? true;
  };
  // The paragraph of the latest sentence that announced an answer without reporting it.
  let announced: number | null = null;
  // The one person the latest sentence reporting no speech named, in its paragraph: "Fire chief Ana Ruiz defended the plan. “…,” she said."
  let mentionedPerson: { paragraph: number; name: string } | null = null;
  // Whoever last said something in a statement, a release or a reply, whom "the statement said" quotes again.
  let lastIssuer: SuggestedSpeaker | null = null;
  // (Read through a function: the loop's reading of it is its declared type, not the null it starts as.)
  const issuedLast = (): SuggestedSpeaker | null => lastIssuer;
  for (const { sentence, report, people: named, titles: given, bodies: namedBodies, mentioned } of readReports(text)) {
    people.push(...named);
    noteWhoCannotBeCalled(text.slice(sentence.start, sentence.end), named, cannotBeCalled);
    // "Sarah Okafor was charged. Her husband said…": a relative who speaks may be the "Mr Okafor" who follows.
    const lastNamed = people[people.length - 1];
    if (lastNamed !== undefined && relativeSpeaks.test(text.slice(sentence.start, sentence.end))) cannotBeCalled.add(lastNamed);
    for (const [name, title] of given) if (!titles.has(name)) titles.set(name, title);
    if (paragraphStart.paragraph !== sentence.paragraph) paragraphStart = { paragraph: sentence.paragraph, start: sentence.start };
    // A sentence's bodies count from the next sentence on: "said Karl Ness" before the Karl Ness Foundation is named is the man.
    const sentenceBodies = namedBodies.map((body) => ({
      name: body.name,
      role: body.descriptor,
      // "told the state news agency BNS": a later "BNS reported" is the agency.
      sourceType: isAgency(`${body.descriptor} ${body.name}`) ? ('agency' as const) : ('organisation' as const),
    }));
    const words = text.slice(sentence.start, sentence.end);
    // A sentence in the tense of reported speech carries on the report just before it, in its paragraph, with no
    // quotation between (see `carriesOnReport`): else it is the reporter's own.
    const carriesOn = report !== null && report.cue === null && !report.quoted;
    const carried =
      carriesOn &&
      previous !== null &&
      previous.sentence.paragraph === sentence.paragraph &&
      !previous.report.quoted &&
      previous.report.statements.length > 0 &&
      // One sentence on from a report with its own speaker: a chain of them is more often the reporter's.
      previous.speaker !== null;
    if (report === null || (carriesOn && !carried)) {
      bodies.push(...sentenceBodies);
      previous = null;
      announced = answerAnnouncement.test(words) ? sentence.paragraph : announced;
      // Named in full, else by the surname of someone named in full before: "Lorimond, 54, is charged… He has denied…".
      const named = mentioned.length > 0 ? mentioned : peopleBySurname(words, people);
      const [only] = named;
      mentionedPerson = named.length === 1 && only !== undefined ? { paragraph: sentence.paragraph, name: only } : mentionedPerson;
      continue;
    }
    const framedAsAnswer = (answerOpening.test(words) && !askedWhatMayCome.test(words)) || announced === sentence.paragraph;
    announced = null;
    let speaker: SuggestedSpeaker | null = null;
    let continues = false;
    if (report.speaker !== null) {
      const written = text.slice(report.speaker.start, report.speaker.end);
      // "The Baixada Morena health surveillance agency (Vigimor)": the body is named without its short name.
      const shortName = bracketedShortName.exec(written)?.[1];
      const unbracketed = written.replace(bracketedShortName, '').replace(/\s+["“]\p{Lu}[\p{L}\p{M}'’-]*["”](?=\s+\p{Lu})/u, '');
      const phrase =
        shortNames.get(/^(?:the\s+)?(\S+)$/iu.exec(unbracketed.trim())?.[1] ?? '') ?? nicknames.get(unbracketed.trim()) ?? unbracketed;
      const personal = /^(?:he|she|him|her)$/iu.test(phrase.trim());
      // "The judge's conclusion was unambiguous: …. “…,” she said.": the one person the text titled so before.
      const titled = personal ? titledIn(text.slice(paragraphStart.start, report.speaker.start), titles) : null;
      const person =
        mentionedPerson?.paragraph === sentence.paragraph && personal
          ? { name: mentionedPerson.name, role: '', sourceType: 'named' as const }
          : titled === null
            ? null
            : { name: titled, role: '', sourceType: 'named' as const };
      const spokeInParagraph = paragraphSpeaker?.paragraph === sentence.paragraph;
      const inParagraph = spokeInParagraph && paragraphSpeaker !== null ? paragraphSpeaker.speaker : person;
      speaker = describeSpeaker(phrase, names, inParagraph, people, bodies, knownBySurname, mayBeCalled);
      // "Ostrander Home Systems is recalling…, the company said": a body the sentence itself names, when none before is meant.
      if (sentenceBodies.length > 0 && /^the\s+\p{L}+$/iu.test(phrase.trim()) && !speaker.name.includes(' ')) {
        const before = text.slice(sentence.start, report.speaker.start);
        // Only a body named before the phrase, and the first of them (the statement's subject) last, where lastOf looks first.
        const inSentence = sentenceBodies
          .filter((body) => before.includes(body.name))
          .sort((x, y) => before.indexOf(y.name) - before.indexOf(x.name));
        if (inSentence.length > 0)
          speaker = describeSpeaker(phrase, names, inParagraph, people, [...bodies, ...inSentence], knownBySurname, mayBeCalled);
      }
      // "The municipal water service shut its intake…, it said.": "it" is the body the sentence opens on.
      // Only when no one spoke before in the paragraph, and the statement speaks of the body's own ("its river intake"):
      // "The health ministry said…. The school in Hat Yai will stay closed, it said." is the ministry.
      const opensOnItself = /\bits\b/iu.test(text.slice(sentence.start, report.speaker.start));
      if (/^it$/iu.test(phrase.trim()) && !spokeInParagraph && opensOnItself) {
        const subject = bodyOpening(text.slice(sentence.start, report.speaker.start));
        const body = subject === null ? null : describeSpeaker(subject, []);
        if (body?.sourceType === 'organisation') speaker = body;
      }
      // A body given a short name in capitals is a body, whatever its words ("the Cimenterie de Ndiobo (CIMENDO)").
      const bare = speaker.name.replace(/^(?:the|a|an)\s+/iu, '');
      if (shortName !== undefined && speaker.sourceType === 'anonymous' && wholeName.test(bare) && goesByAcronym(bare, shortName))
        speaker = { ...speaker, name: bare, sourceType: 'organisation' };
      if (shortName !== undefined && speaker.sourceType !== 'named' && !shortNames.has(shortName)) shortNames.set(shortName, speaker.name);
      // "The statement said", "according to the press release": what whoever said something "in a statement" last issued,
      // not a document of its own (nor whoever was named last, who may have issued nothing).
      const issuer = statementIssued.test(phrase.trim()) ? issuedLast() : null;
      if (issuer !== null) speaker = { ...issuer, role: '' };
      if (issuedIn.test(words) && speaker.sourceType !== 'document' && speaker.sourceType !== 'anonymous') lastIssuer = speaker;
      paragraphSpeaker = { paragraph: sentence.paragraph, speaker };
      // Each speaker once, at the place of their latest mention (what "she" and "the company" look back to).
      const named = speaker;
      if (named.sourceType !== 'anonymous' && names[names.length - 1]?.name !== named.name) {
        const at = names.findIndex((known) => known.name === named.name);
        // …keeping the title given at their fullest mention: "prosecutor Reinhold Abernant told…. Abernant said…. …, the
        // prosecutor replied" is Abernant.
        // …or given where the text named them without a report: "…before Reeve Halldor Sigurdson voted. … Sigurdson
        // denied…. …, the reeve said" is Sigurdson.
        // Not one who serves or is kin to the holder of a post: "a spokeswoman for the mayor", "the mayor's wife" is no mayor.
        const given = titles.get(named.name) ?? '';
        const narrated = servesAnother.test(given) ? '' : given;
        const earlierRole = (at === -1 ? '' : (names[at]?.role ?? '')) || narrated;
        if (at !== -1) names.splice(at, 1);
        names.push(named.role === '' && earlierRole !== '' ? { ...named, role: earlierRole } : named);
      }
    } else if (carried) {
      continues = true;
    } else if (
      report.cue === null &&
      report.quoted &&
      previous !== null &&
      // After a quotation, or in its paragraph after a paraphrase its speaker closes: "…, fire chief Pita Moetaka told
      // reporters. “The tank was full.”" (not "Police said the crowd was peaceful, though witnesses described clashes.").
      ((previous.report.quoted &&
        (previous.sentence.paragraph === sentence.paragraph ||
          ranOnInto(text, previous, sentence) ||
          quotedOnNext(text, previous, sentence))) ||
        (previous.sentence.paragraph === sentence.paragraph && closesItsStatement(previous.report))) &&
      (previous.speaker !== null || previous.continues)
    ) {
      continues = true;
    }
    const entry: Entry = {
      sentence,
      report,
      speaker,
      continues,
      // What carries on a report is of its kind: the rest of a claim, or of a denial.
      kinds: report.statements.map((statement) => (carried ? (previous?.kinds.at(-1) ?? statement.kind) : statement.kind)),
      framedAsAnswer,
    };
    entries.push(entry);
    previous = entry;
    bodies.push(...sentenceBodies);
  }
  namedLater(text, entries, bodies);
  describedInTheLede(text, entries);
  outletsThatReported(text, entries);
  return { entries, titles };
}

/**
 * A speaker's title: the one written at this mention, else the first one a
 * report gave them, else the first the text gave them anywhere ("Presiding
 * judge Ana Berg sentenced…. “…,” Berg said").
 */
function titleFinder(entries: readonly Entry[], narrated: ReadonlyMap<string, string>): (speaker: SuggestedSpeaker) => string {
  const reported = new Map<string, string>();
  for (const { speaker } of entries)
    if (speaker !== null && speaker.role !== '' && !reported.has(speaker.name)) reported.set(speaker.name, speaker.role);
  return (speaker) => speaker.role || (reported.get(speaker.name) ?? narrated.get(speaker.name) ?? '');
}

/**
 * A body named by a word or two that "reported" what comes before it ("…,
 * Keelson Press reported at the time", "…, Dakiya reported last month") is a
 * news outlet quoting its own earlier story: an agency. Not one that reports
 * what follows ("Tesco reported a 5% rise in sales"), nor a body named for what
 * it is ("the ministry", "Halden Police").
 */
function outletsThatReported(text: string, entries: Entry[]): void {
  for (const entry of entries) {
    const { attribution, cue, statements } = entry.report;
    if (entry.speaker?.sourceType !== 'organisation' || attribution === null || !/^reported$/iu.test(cue ?? '')) continue;
    if (statements.length === 0 || statements.some((statement) => statement.end > attribution.start)) continue;
    // …then when: an earlier story ("at the time", "last month", "in January"), not today's results ("on Thursday").
    const outlet =
      /^(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,2})\s+(?:also\s+)?reported\s+(?:at\s+the\s+time|later|earlier|previously|that\s+(?:year|month|week|day)|last\s+(?:week|month|year)|in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:19|20)\d\d)\b)/u.exec(
        text.slice(attribution.start, attribution.end),
      )?.[1];
    if (outlet === undefined) continue;
    const newsName = /\b(?:Press|News|Service|Wire)$/u.test(outlet);
    if (!newsName && (isBodyName(outlet) || namesBody(outlet) || outlet.split(/\s+/u).length > 1)) continue;
    entry.speaker = { ...entry.speaker, sourceType: 'agency' };
  }
}

/**
 * A body that speaks only as "their union" before the text names it ("…, their
 * union says. … a member of the Union of Tram and Bus Workers") is the one body
 * the text names for what it is ("Union of…", "Union for…"), if it names just
 * one and that one speaks nowhere for itself: "The Union of Employers said…"
 * is the other side, and "the European Union" no union of workers.
 */
function namedLater(text: string, entries: Entry[], bodies: readonly SuggestedSpeaker[]): void {
  // Bodies that speak under their own name somewhere.
  const speaking = new Set(
    entries.flatMap((entry) =>
      entry.speaker !== null && text.slice(entry.sentence.start, entry.sentence.end).includes(entry.speaker.name)
        ? [entry.speaker.name]
        : [],
    ),
  );
  for (const entry of entries) {
    const bare =
      entry.speaker?.sourceType === 'organisation' ? /^(?:(?:the|their|its|our|his|her)\s+)?(\p{L}+)$/iu.exec(entry.speaker.name) : null;
    const noun = bare?.[1];
    if (noun === undefined) continue;
    const named = new Set(bodies.filter((body) => namedFor(body.name, noun) && !speaking.has(body.name)).map((body) => body.name));
    const [only] = named;
    if (named.size === 1 && only !== undefined) entry.speaker = { name: only, role: '', sourceType: 'organisation' };
  }
}

/**
 * Those a sentence names whom a later "Mr", "Ms" or "Mrs" with their family name cannot stand for: one who died or was
 * hurt there ("Jane Brennan, 45, was seriously injured…") is more likely spoken for by a relative of that name. (One
 * arrested or charged often speaks for themselves: "Ms Okafor told reporters she was innocent"; a relative's death is
 * no bar: "Chan Tai-man, whose son died…".)
 */
function noteWhoCannotBeCalled(words: string, named: readonly string[], cannotBeCalled: Set<string>): void {
  const ownFate = words.replace(/,?\s+whose\s[^,.;]*/giu, '');
  if (/\b(?:died|dies|dead|killed|murdered|drowned|death|funeral|injured|injuries|hurt|wounded|rescued|missing|victims?)\b/iu.test(ownFate))
    for (const person of named) cannotBeCalled.add(person);
}

/** A relative of the person named last who speaks: "Her husband said…", "…, said his wife" (not "his wife Carrie attended"). */
const relatives = String.raw`(?:his|her|their)\s+(?:husband|wife|widow|widower|son|daughter|mother|father|brother|sister|parents|family|partner)`;
const relativeSpeaks = new RegExp(
  String.raw`\b${relatives}\b[^.;"“]{0,60}?\b(?:said|says|told|tells|added)\b|\b(?:said|says|told)\s+${relatives}\b`,
  'iu',
);

/** The two sides of a court or a house: a post of one is no post of the other. */
const sides: readonly (readonly [RegExp, RegExp])[] = [
  [/\b(?:crown|prosecuting|prosecution|state|government)\b/iu, /\b(?:defen[cs]e|defending)\b/iu],
  [/\bopposition\b/iu, /\b(?:ruling|governing|government|coalition)\b/iu],
];
/** A side's word, capitalised as names are, that need not be written in the title: "an Opposition legislator". */
const sideWord = /^(?:Opposition|Crown|State|Government|Ruling|Governing)$/u;

/** The names of a member of a legislature: "an opposition legislator" may be "New Accord MPP Jacinthe Laflamme". */
const legislatorPosts = 'legislator|lawmaker|TD|MP|MPP|MLA|MNA|MSP';
const legislatorNoun = new RegExp(`^(?:${legislatorPosts})$`, 'u');
// …or written out: "a member of parliament", "a deputy of the Ulyskenes".
const legislatorInTitle = new RegExp(
  `\\b(?:${legislatorPosts})\\b|\\b[Mm]embers?\\s+of\\s+(?:the\\s+)?[Pp]arliament\\b|\\b(?:opposition|ruling|elected|district|area|constituency)\\s+representative\\s+(?:for|of)\\s+\\p{Lu}|\\brepresents\\s+(?:the\\s+)?\\p{Lu}[\\p{L}'’-]*(?:[\\s-]+\\p{Lu}[\\p{L}'’-]*)*\\s+(?:constituency|riding|electorate)\\b|\\b[Dd]eput(?:y|ies)\\s+for\\s+(?:the\\s+)?\\p{Lu}|\\b[Mm]ember\\s+(?:of\\s+the\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+)*?(?:House|Assembly|Parliament|Council)(?:\\s+of\\s+\\p{Lu}[\\p{L}'’-]*)?\\s+)?for\\s+\\p{Lu}|\\b[Aa]rea\\s+[Rr]epresentative\\b|\\bsits\\s+(?:for|in)\\s+(?:the\\s+)?\\p{Lu}|\\bsits\\s+on\\s+the\\s+[^,]{1,60}?\\bCommittee\\b|\\brepresents\\s+[^,]{1,40}?\\s+in\\s+the\\s+(?:assembly|council|house|parliament|legislature)\\b|\\b[Dd]eput(?:y|ies)\\s+(?:of|in)\\s+the\\s+(?!(?:Minister|Ministry|Governor|Director|Mayor|President|Prime|Chief|Head|Secretary|Chair|Chairman|Commissioner|Department|Office|Agency|Bank|Attorney|Inspector|Police)\\b)\\p{Lu}`,
  'u',
);
/**
 * A member of a house written out: "a member of parliament", "an opposition member of the legislature", "a member of
 * the National Gyaltshog", "of the People's Majlis", "of the Lok Sabha" (not "a member of the Taliban", "of the National Front" nor "of
 * the Finance Committee").
 */
const memberOfAHouse =
  /\b[Mm]ember\s+of\s+(?:[Pp]arliament|(?:the\s+)?(?:[Ll]egislature|(?:[Pp]rovincial\s+|[Nn]ational\s+|[Ll]egislative\s+)?[Aa]ssembly|[Cc]ongress)|the\s+(?:National\s+(?!(?:Front|Movement|Alliance|Army|Guard|Party|League|Union|Council|Committee|Trust|Federation|Association|Team|Bank|Gallery|Museum|Theatre|Orchestra)\b)\p{Lu}[\p{L}'’-]*|(?:\p{Lu}[\p{L}'’-]*\s+){0,2}(?:Assembly|Parliament|Legislature|Legislative\s+Council|Congress|Senate|House|Majlis|Duma|Diet|Chamber|Knesset|Sejm|Storting|Sabha|Bundestag|Bundesrat|Rada|Dáil|Seanad|Senedd|Oireachtas|Riksdag|Folketing|Eduskunta|Sangsad|Rakyat|Cortes|Seimas|Saeima|Riigikogu|Sobranie|Hluttaw|Khural|Mazhilis|Majilis)(?:\s+of\s+(?:the\s+)?(?:Representatives|Commons|Deputies|Delegates|Assembly|Keys|Councillors|Lords))?))$/u;

/** The council of a place, by its kind or none: "the council", "the regional council", "the sub-city council". */
const councilOfAPlace = String.raw`(?:(?:regional|city|county|district|municipal|town|village|zonal|zone|sub-city|ward|local)\s+)?council`;

/** A member of a council, who is one of its councillors: "a member of the regional council" (not of the Legislative Council). */
const memberOfACouncil = new RegExp(String.raw`\bmember\s+of\s+the\s+${councilOfAPlace}$`, 'u');

/** A post held in a court, a council or a house, which names its holder as surely as a name: not a trade. */
const officeNoun = new RegExp(
  `^(?:prosecutor|attorney|counsel|fiscal|councillor|councilor|senator|magistrate|coroner|deputy|sergeant|inspector|corporal|constable|superintendent|${legislatorPosts})$`,
  'iu',
);

/**
 * The ways a post is written that another word for it names: a prosecutor is Crown or State Counsel, a state attorney,
 * a procurator fiscal, the Clerk of the Court in a parish court, the prosecution's representative; a deputy, a member
 * of the house; a councillor, "Cllr"; a sergeant, "Sgt".
 */
const postWrittenOtherwise: Readonly<Record<string, RegExp>> = {
  // (Not one prosecuted, nor a witness for the prosecution; not a state attorney general, nor a fiscal policy adviser.)
  prosecutor:
    /\bprosecutor\b|\bprosecuting\b|\bprosecution\s+(?:counsel|lawyer|attorney|advocate)\b|^(?:the\s+)?fiscal$|\bprosecution['’]s\s+representative\b|\bheads\s+the\s+(?:[\p{L}-]+\s+){0,3}prosecution\b|\b(?:Crown|State)\s+(?:Counsel|Attorney)\b(?!\s+General)|\bClerk\s+of\s+(?:the\s+)?Courts?\b|\bprocurator\s+fiscal\b|\bfiscal\s+depute\b/iu,
  counsel: /\b(?:Crown|State)\s+Counsel\b/iu,
  fiscal: /\bprocurator\s+fiscal\b|\bfiscal\s+depute\b/iu,
  deputy: legislatorInTitle,
  // (Only the council of a place: not a member of the Legislative, Security or student council.)
  councillor: new RegExp(
    String.raw`\b(?:councill?or|Cllr)\b|\b(?:represents\s+[^,]{1,40}?\s+in|member\s+of)\s+the\s+${councilOfAPlace}\b(?!\s+of\s+(?:elders\b|(?:the\s+)?(?:[\p{L}'’-]+\s+){0,3}(?:University|College|School|Europe|Ministers)\b))`,
    'iu',
  ),
  sergeant: /\b(?:sergeant|sgt)\b/iu,
  inspector: /\b(?:inspector|insp)\b/iu,
  corporal: /\b(?:corporal|cpl)\b/iu,
};

/** Ranks, which a word before them qualifies as another service's ("a health inspector", "an army sergeant"). */
const rankNoun = /^(?:sergeant|inspector|corporal|constable|superintendent)$/u;
/** A rank said alone, as a police officer's is before the name: "Sergeant", "Det Sgt", "Senior Inspector". */
const bareRank =
  /^(?:(?:Det(?:ective)?|Senior|Chief|Police|Staff|Acting)\.?\s+)*(?:Sergeant|Sgt|Inspector|Insp|Corporal|Cpl|Constable|Const|Superintendent|Supt)\.?$/iu;

/**
 * A speaker the lede only describes ("a prosecutor told a jury at Ormsditch
 * Crown Court on Tuesday") is the one person the story names later with that
 * post ("Alasdair Spurling, prosecuting, said"; "PC Royston Cuthbertson, a
 * collision investigator with Caddermoor Police"), when it names just one and
 * the lede does not say the speaker asked not to be named.
 */
function describedInTheLede(text: string, entries: Entry[]): void {
  const lede = entries[0]?.sentence.paragraph;
  entries.forEach((entry, index) => {
    if (entry.sentence.paragraph !== lede || entry.speaker?.sourceType !== 'anonymous') return;
    // Not one who asked not to be named ("a senior minister told Reuters on condition of anonymity").
    if (
      /\banonymity\b|\bnot\s+to\s+be\s+(?:named|identified)\b|\bnot\s+authori[sz]ed\b/iu.test(
        text.slice(entry.sentence.start, entry.sentence.end),
      )
    )
      return;
    // What they are may be said with capitals or as a post's letters: "a Crown attorney", "an opposition TD".
    // "A member of parliament", "of the legislature" or "of the National Gyaltshog" is an MP.
    const described =
      /^(?:a|an)\s+((?:[\p{L}'’-]+\s+){0,3}(\p{Ll}{4,}(?:or|er|ist|ian|ant|ent)|attorney|counsel|fiscal|deputy|\p{Lu}{2,3}|(?:Senator|Counsel|Sergeant|Inspector|Corporal)))$/u.exec(
        entry.speaker.name.replace(memberOfAHouse, 'MP').replace(memberOfACouncil, 'councillor'),
      );
    const [, words = '', written = ''] = described ?? [];
    const noun = /^\p{Lu}\p{Ll}/u.test(written) ? written.toLowerCase() : written;
    if (described === null) return;
    // The court's word for the one holding the post ("prosecuting" for "a prosecutor"), or every word of the
    // description ("a police collision investigator" for "a collision investigator with Caddermoor Police"), when it
    // says more than a trade alone ("a teacher" may be any teacher); or a post the later title names, in its words
    // or as a member of a legislature ("an Opposition legislator" for "New Accord MPP Jacinthe Laflamme").
    const courtWord = new RegExp(`\\b${noun.replace(/(?:or|er)$/u, '')}ing\\b`, 'iu');
    const post = legislatorNoun.test(noun)
      ? legislatorInTitle
      : (postWrittenOtherwise[noun] ?? new RegExp(`\\b${noun}\\b`, /^\p{Lu}+$/u.test(noun) ? 'u' : 'iu'));
    // …of the same side: not a defence attorney for "a Crown attorney", a ruling party MP for "an opposition MP", nor a
    // Conservative for "a Labour MP" (a party's name the description gives must be the title's too).
    const qualifiers = words.split(/\s+/u).slice(0, -1);
    const sameSide = (role: string) =>
      !sides.some(([one, other]) => qualifiers.some((word) => one.test(word)) && other.test(role)) &&
      !sides.some(([one, other]) => qualifiers.some((word) => other.test(word)) && one.test(role)) &&
      qualifiers.every((word) => !/^\p{Lu}/u.test(word) || sideWord.test(word) || new RegExp(`\\b${word}\\b`, 'u').test(role));
    // A rank with a word before it is the rank of that service, which the later title must say too: "a health
    // inspector" is no police inspector, "an army sergeant" no police sergeant.
    // (A police rank needs no "police" said again before the bare rank: "a police sergeant" is "Sergeant Ruth Penrose",
    // not "Army Sergeant Daniel Mwale" nor "Labour inspector Amos Kiprop".)
    const ofItsService = (role: string) =>
      !rankNoun.test(noun) ||
      qualifiers.every(
        (word) =>
          (/^(?:police|senior|detective)$/iu.test(word) && bareRank.test(role.split(',')[0]?.trim() ?? '')) ||
          new RegExp(`\\b${word}\\b`, 'iu').test(role),
      );
    const describes = (role: string) =>
      courtWord.test(role) ||
      (officeNoun.test(noun) && post.test(role) && sameSide(role) && ofItsService(role)) ||
      (words.includes(' ') && words.split(/\s+/u).every((word) => new RegExp(`\\b${word}\\b`, 'iu').test(role)));
    // (The post may be written in the name, as a title before it: "State Attorney Rukia Hassani Kipanga"; one person
    // may be named in full, then by a surname of two words: "Sergeant Dearbhla Ní Chonghaile", "Sgt Ní Chonghaile".)
    const holders: SuggestedSpeaker[] = [];
    for (const later of entries.slice(index + 1)) {
      const { speaker } = later;
      if (speaker?.sourceType !== 'named' || !(describes(speaker.role) || describes(speaker.name))) continue;
      const same = (other: SuggestedSpeaker) =>
        other.name === speaker.name || other.name.endsWith(` ${speaker.name}`) || speaker.name.endsWith(` ${other.name}`);
      if (!holders.some(same)) holders.push(speaker);
    }
    // The one person so named: of two, the lede's is either.
    const [only] = holders;
    if (holders.length === 1 && only !== undefined) entry.speaker = only;
  });
}

/**
 * The one person given a title before whom `words` call by its last word
 * ("the judge's conclusion" for "Presiding judge Umberta Quintavalle"), or
 * null when they call no one so, or more than one person has such a title.
 */
function titledIn(words: string, titles: ReadonlyMap<string, string>): string | null {
  const nouns = [...words.matchAll(/\bthe\s+(\p{Ll}+)(?:['’]s)?(?![\p{L}'’])/giu)].flatMap((match) =>
    match[1] !== undefined && isRoleNoun(match[1]) ? [match[1].toLowerCase()] : [],
  );
  if (nouns.length === 0) return null;
  const holders = [...titles].filter(([, title]) => nouns.includes(title.toLowerCase().split(/\s+/u).pop() ?? ''));
  const [only] = holders;
  return holders.length === 1 && only !== undefined ? only[0] : null;
}

/** The people named in full before whose surname (or first of two family names), capitalised, is a word of `words`. */
function peopleBySurname(words: string, people: readonly string[]): string[] {
  const found = new Set<string>();
  // Each person once, and the pattern only where the surname stands at all: a long article names many, often.
  for (const person of new Set(people)) {
    const surnames = [person.split(/\s+/u).pop() ?? '', firstOfTwoFamilyNames(person) ?? ''];
    if (surnames.some((surname) => surname.length > 1 && words.includes(surname) && wholeWord(surname).test(words))) found.add(person);
  }
  return [...found];
}

/**
 * Words of a statement that answers no accusation: what is to come, a promise
 * or a plan ("a hearing would be held"), what was not done to the speaker, a
 * complaint ("the club had not been told"), and a negation that confirms ("It
 * is no surprise that…", "This is not the first time…", "Did the council not
 * cut it? Of course it did.").
 */
const noAnswer =
  /^(?:it\s+(?:is|was)\s+no\s+(?:surprise|secret|coincidence|accident|wonder)|it\s+(?:is|was)\s+not\s+(?:a|an)\s+(?:surprise|secret|coincidence)|no\s+wonder|(?:this|that|it)\s+(?:is|was)\s+not\s+the\s+first\s+time|[^.!?]*\?\s+(?:of\s+course|yes|certainly|absolutely|indeed)\b(?!\s+not\b))\b|\b(?:will|shall|going\s+to|plans?\s+to|intends?\s+to)\b|\b(?:would|could|might)\b(?!\s+(?:not|never)\s+have\s+\p{L}+(?:ed|en|wn|ld|ght|ne)\b)|[’']ll\b|\b(?:not|never)\s+been\s+\p{L}+(?:ed|en|wn|ld|ght)\b/iu;

/**
 * True when a person's title says they speak for a body: "the company's head
 * of quality" or "a spokesman for Halvorsen" for the drugmaker Halvorsen
 * Pharma, "the ministry's spokeswoman" for the health ministry.
 */
function speaksFor(person: SuggestedSpeaker, body: SuggestedSpeaker): boolean {
  // An unnamed source is described by its name: "a company spokesman".
  const role = (person.sourceType === 'anonymous' ? person.role || person.name : person.role).toLowerCase();
  if ((person.sourceType !== 'named' && person.sourceType !== 'anonymous') || body.sourceType !== 'organisation' || role === '')
    return false;
  const name = body.name.toLowerCase();
  // Words of a name go into patterns as they are written: "Smith & Co.", "C++ Labs".
  const first = escapedForPattern(name.split(/\s+/u)[0] ?? '');
  const noun = escapedForPattern(name.split(/\s+/u).pop() ?? '');
  // "the company's head of quality", "a spokesman for the company", "a director at Halvorsen"; not "a farmer who sells to the company".
  const mentions = (words: string) =>
    new RegExp(`(?:^|[^\\p{L}])(?:${words}['’]s|(?:for|at|of)\\s+${words})(?:$|[^\\p{L}])`, 'u').test(role);
  // A company's own people call it "the company" or "the firm"; a ministry's call it "the ministry".
  const generic =
    /^(?:company|firm|group)$/u.test(noun) || !/\b(?:ministry|agency|authority|council|government|police|union|court)\b/u.test(name);
  return (
    role.includes(name) ||
    // "a ministry spokeswoman" for the defence ministry, "company spokesman Erik Haldane" for the company; not "a
    // regional council official" for the city council, nor "a health ministry official" for the defence ministry.
    new RegExp(`^(?:(?:a|an|the)\\s+)?${noun}\\s+(?:spokes(?:man|woman|person)|official|representative)\\b`, 'u').test(role) ||
    // "the race director" for the race organisers, "the port director" for the port authority: the head of what the
    // body's first word names.
    (name.includes(' ') &&
      new RegExp(
        `^(?:(?:a|an|the)\\s+)?${first}\\s+(?:director|chief|head|manager|president|chair|chairman|chairwoman|secretary|organiser|spokes(?:man|woman|person))\\b`,
        'u',
      ).test(role)) ||
    (first.length > 3 && /^\p{Lu}/u.test(body.name) && mentions(first.replace(/[^\p{L}\p{N}\s]/gu, ''))) ||
    mentions(`the ${noun}`) ||
    (generic && (mentions('the company') || mentions('the firm')))
  );
}

/** A title of one who serves another or is kin to them: "a spokeswoman for the mayor", "the mayor's wife", "aide to the minister". */
const servesAnother =
  /\b(?:spokes(?:man|woman|person)|aide|advis[eo]r|assistant|secretary|lawyer|attorney|counsel|wife|husband|partner|son|daughter|brother|sister|mother|father|friend)\s+(?:for|to|of)\s|['’]s?\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|aide|advis[eo]r|assistant|lawyer|attorney|wife|husband|partner|son|daughter|brother|sister|mother|father|friend)\b/iu;

/** Verbs that say a side holds to its account against another: "insisted", "maintains". */
const holdingCue = /^(?:insist(?:ed|s)?|maintain(?:ed|s)?|counter(?:ed|s))$/iu;

/**
 * What a source insists on, maintains or counters answers what is put to it: "The
 * Wolves' chairman insisted the club had acted in good faith", "…, he
 * insisted." is a denial, negated or not.
 */
function insistedDenials(entries: Entry[]): void {
  for (const entry of entries)
    if (holdingCue.test(entry.report.cue ?? '')) entry.kinds = entry.kinds.map((kind) => (kind === 'claim' ? 'denial' : kind));
}

/**
 * A statement answering an accusation is a denial, with or without a
 * negation: a quotation that goes on from a denial, a quotation in the
 * paragraph of a denial after it ("The ministry rejected suggestions that…
 * “Our forces operate no aircraft of that type,” its spokeswoman said."),
 * what a source quotes next to their own denial, in the paragraph before or
 * after ("Sal said there was “no truth” in it. / “Not one ruling was for
 * sale,” Sal said."), and what the text frames as an answer ("Asked about
 * the memo, she said…", "The chief defended the timing. “…”"). A promise, a
 * plan, a guess or a complaint is no answer.
 */
function answeringDenials(text: string, entries: Entry[]): void {
  const denies = (entry: Entry | undefined) => entry !== undefined && entry.kinds.includes('denial');
  const speakerOf = (index: number): SuggestedSpeaker | null => {
    for (let at = index; at >= 0; at--) {
      const entry = entries[at];
      if (entry === undefined) return null;
      // An unnamed speaker counts only as one speaking for a body: "a company spokesman said".
      if (entry.speaker !== null) return entry.speaker.sourceType === 'anonymous' && !speaksAsBody(entry.speaker) ? null : entry.speaker;
      if (!entry.continues) return null;
    }
    return null;
  };
  const sameSide = (index: number, speaker: SuggestedSpeaker) => {
    const other = speakerOf(index);
    return other !== null && ((other.name !== '' && other.name === speaker.name) || speaksFor(speaker, other) || speaksFor(other, speaker));
  };
  const near = (x: Entry, y: Entry) => Math.abs(x.sentence.paragraph - y.sentence.paragraph) <= 1;
  const original = entries.map((entry) => denies(entry));
  const stemsOf = (entry: Entry) =>
    entry.report.statements.flatMap((statement) => [...aboutWords(text.slice(statement.start, statement.end)).stems]);
  // Whether a statement shares a word with what was said in the five paragraphs before it, the denial and the
  // accusation it answers among them.
  const aboutTheAccusation = (index: number) => {
    const entry = entries[index];
    if (entry === undefined) return false;
    const own = new Set(stemsOf(entry));
    for (let at = index - 1; at >= 0; at--) {
      const earlier = entries[at];
      if (earlier === undefined || entry.sentence.paragraph - earlier.sentence.paragraph > 5) break;
      if (stemsOf(earlier).some((stem) => own.has(stem))) return true;
    }
    return false;
  };
  // Whether a statement shares two words or more with what another side said before it: the accusation it answers, not
  // the speaker's own complaint nor news of its own ("none of the 600 marchers was arrested").
  const answersAnotherSide = (index: number, speaker: SuggestedSpeaker) => {
    const entry = entries[index];
    if (entry === undefined) return false;
    const own = new Set(stemsOf(entry));
    return entries
      .slice(0, index)
      .some((earlier, at) => !sameSide(at, speaker) && stemsOf(earlier).filter((stem) => own.has(stem)).length >= 2);
  };
  entries.forEach((entry, index) => {
    // What a speaker concedes answers nothing for them: "He agreed that no inspection of the bend was recorded".
    if (entry.kinds.length === 0 || denies(entry) || concedingCue.test(entry.report.cue ?? '')) return;
    const before = entries[index - 1];
    const after = entries[index + 1];
    const speaker = speakerOf(index);
    const afterDenialInParagraph = before !== undefined && before.sentence.paragraph === entry.sentence.paragraph && denies(before);
    const answers =
      entry.framedAsAnswer ||
      (entry.continues && denies(before)) ||
      (entry.report.quoted && afterDenialInParagraph) ||
      (speaker !== null &&
        // What the denier says next: quoted, in this paragraph or the next; reported, in this one and about what was
        // alleged ("Quillon called that account “misleading”. In a statement, it said the bank itself had approved the
        // software"), not news of its own ("It said it had hired 200 workers").
        ((before !== undefined &&
          (entry.report.quoted ? near(before, entry) : afterDenialInParagraph && aboutTheAccusation(index)) &&
          denies(before) &&
          sameSide(index - 1, speaker)) ||
          // A quotation going on after it is the same statement, not an answer.
          (entry.report.quoted &&
            after !== undefined &&
            !after.continues &&
            near(after, entry) &&
            original[index + 1] === true &&
            sameSide(index + 1, speaker))));
    // A negated statement reported after a denial in its paragraph goes on answering: "Torvik said the
    // accusation was untrue. The forecast did not reach the mayor's desk until Sept. 29, she said."
    const answersIfNegated =
      !entry.report.quoted &&
      // (from the same side: "Police said no one had been arrested" answers nothing the driver's lawyer denied)
      ((afterDenialInParagraph && (speaker === null || sameSide(index - 1, speaker) || speaksForWhoeverSpoke(speaker))) ||
        // …and in the next paragraph, from the denier, about what was alleged: "Vollmer Leather called the accusations
        // baseless. … / She said the tannery had not released any waste water…".
        (speaker !== null &&
          before !== undefined &&
          near(before, entry) &&
          denies(before) &&
          sameSide(index - 1, speaker) &&
          aboutTheAccusation(index)) ||
        // …and anywhere else, from the side that denies, about what was alleged, when it says no in its own clause:
        // "In a statement, the directorate said no crew had been withdrawn. / Its chief officer disputed the union's
        // figures…"; not news that nobody was hurt.
        // (The cheap tests first: this runs for every statement on every keystroke.)
        (speaker !== null &&
          entry.report.statements.some((statement) => {
            const words = text.slice(statement.start, statement.end);
            return saysNo(words) && !noHarm.test(words);
          }) &&
          original.some((denied, at) => denied && at !== index && sameSide(at, speaker)) &&
          answersAnotherSide(index, speaker)));
    // What says the rules were kept answers what another side said, whoever denied it first.
    const keptTheRules =
      speaker !== null &&
      entry.report.statements.some((statement) => saysTheRulesWereKept(text.slice(statement.start, statement.end))) &&
      answersAnotherSide(index, speaker);
    if (!answers && !answersIfNegated && !keptTheRules) return;
    entry.kinds = entry.report.statements.map((statement, at) => {
      const words = text.slice(statement.start, statement.end);
      // A fact joined on after the cue answers only when it says no: "…, she said, and a further 25,000 doses arrived".
      const joinedOn = statement.reason.startsWith(clauseAfterCue);
      const answering = (answers && !joinedOn) || aboutWords(words).negated || saysTheRulesWereKept(words);
      return answersIn(words) && answering ? 'denial' : (entry.kinds[at] ?? statement.kind);
    });
  });
}

/**
 * Whether a statement says no in its own clause: not by "without" or "against",
 * which an accusation uses as often ("opened fire without a word of warning"),
 * nor in the reason it gives ("turned down the offer because it did not cover…").
 */
function saysNo(words: string): boolean {
  return aboutWords(words.replace(/\bbecause\b[^]*$/iu, '').replace(/\b(?:without|against)\b/giu, ' ')).negated;
}

/**
 * What says the rules were kept answers a charge as "not" does, said by the side that denies it: "the crew had followed
 * evacuation procedures “to the letter”", "its discharge had remained within permitted limits", "the quarry was “fully
 * legal”", "she qualified on her own merits".
 */
const keptToTheRules =
  /\b(?:to\s+the\s+letter|complied\s+(?:fully|in\s+full)|fully\s+complied|(?:followed|obeyed|observed|respected|met|complied\s+with|adhered\s+to|in\s+(?:line|accordance|keeping)\s+with|consistent\s+with)\s+(?:all\s+)?(?:the|its|their|his|her|our|every)?\s*(?:[\p{L}'’-]+\s+){0,3}?(?:rules?|rulebook|procedures?|protocols?|guidelines?|regulations?|standards?|laws?|requirements?|licen[cs]es?|permits?|code)|within\s+(?:the\s+)?(?:[\p{L}'’-]+\s+){0,2}?(?:limits?|law|rules|regulations|standards)|(?:fully|entirely|perfectly|completely)\s+(?:legal|lawful|compliant|legitimate)|above\s+board|on\s+(?:his|her|its|their|my|our)\s+own\s+merits?|came\s+back\s+(?:clean|negative))\b/iu;

/**
 * Whether a statement says the rules were kept, whole and plainly: not "complied with only two of the nine orders",
 * "not within permitted limits", "had complied with disclosure rules until 2022 but had since hidden losses".
 */
function saysTheRulesWereKept(words: string): boolean {
  const kept = keptToTheRules.exec(words);
  if (kept === null) return false;
  const [before, after] = [words.slice(0, kept.index), words.slice(kept.index + kept[0].length)];
  return !limitedJustBefore.test(before) && !limitedAfter.test(after);
}
/** A limit or a negation in the words just before ("had not remained within…", "complied only partly"). */
const limitedJustBefore = /\b(?:only|just|not|never|no|nor|partly|partially|hardly|rarely)\s+(?:[\p{L}'’-]+\s+){0,2}$/iu;
/** A limit after ("…with disclosure rules until 2022 but had since hidden losses"). */
const limitedAfter = /^[^;]*?\b(?:but|until|except|apart\s+from)\b/iu;

/** News that nobody died, fell ill or was hurt, which reports the toll rather than answering anyone: "no deaths had been reported". */
const noHarm =
  /\b(?:no\s+(?:deaths?|injur(?:y|ies)|casualt(?:y|ies)|fatalit(?:y|ies))\b|(?:no\s+one|nobody|none|no(?:\s+[\p{L}-]+){1,3}?\s+(?:was|were|had\s+been|has\s+been|have\s+been))\b[^.;]*?\b(?:died|dead|killed|injured|hurt|harmed|ill|sick|in\s+danger|detained|arrested)\b)/iu;

/** Verbs of conceding a point: what follows them is granted, not denied. */
const concedingCue = /^(?:agreed|accepted|conceded|concedes|admitted|admits|acknowledged)$/iu;

/**
 * Whether a statement can answer an accusation: not when it opens on what is to
 * come or a complaint. A guess coordinated after the answer stays part of it:
 * "the plant had not discharged anything…, and that the ammonia could have come
 * from farmland".
 */
function answersIn(words: string): boolean {
  const [opening = words] = words.split(/,?\s+and\s+that\s+|;\s+/u);
  // A step taken, said plainly, is news of what was done: "it had sent a team of inspectors to the hospital on Monday".
  if (stepTaken.test(opening) && !inTimeOrInFull.test(opening) && !aboutWords(words).negated) return false;
  // What someone was told would come is no promise of the speaker's: "the company had been told … that the road would close".
  return !noAnswer.test(opening.replace(toldWhatWouldCome, ''));
}

/**
 * A step the speaker's side says it took: "she had sent a team of inspectors", "it had suspended him without pay",
 * "it had also asked both clubs for…". Not what was done in time or in full, which may answer a charge of delay
 * ("had reported the breach within hours", "had replaced the batteries in November").
 */
const stepTaken =
  /^(?:that\s+)?(?:it|he|she|they|we|the\s+(?:mission|ministry|company|firm|police|agency|council|club|union|hospital|school|authority|board|federation|league|government|army|department|operator|airline|bank))\s+(?:had|has|have)\s+(?:also\s+|already\s+|since\s+)?(?:sent|suspended|delivered|asked|ordered|opened|hired|launched|begun|started|appointed|set\s+up|called\s+in|closed|recalled|retrained|offered|dispatched|deployed|introduced)\b/iu;
/** What says a step was taken in time or in full: "…paid every bill on time", "…within hours". */
const inTimeOrInFull = /\b(?:on\s+time|in\s+time|within|in\s+full|all\s+(?:of\s+)?(?:the|its|their|our))\b/iu;

/** The clause of what someone was told, warned or assured of, which `noAnswer` does not read as the speaker's own. */
const toldWhatWouldCome = /\b(?:told|informed|warned|notified|assured|reminded)\b[^,;]*?\bthat\b.*$/iu;

/** An unnamed source described as speaking for a body: "a company spokesman", "a ministry official". */
function speaksAsBody(speaker: SuggestedSpeaker): boolean {
  return /\b(?:spokes(?:man|woman|person)|official|representative)$/iu.test((speaker.role || speaker.name).trim());
}

/** A spokesperson who names no body ("spokesman Kenver Carrack"): they speak for the body that spoke just before. */
function speaksForWhoeverSpoke(speaker: SuggestedSpeaker): boolean {
  return /^(?:(?:a|an|the)\s+)?(?:\p{L}+\s+)?spokes(?:man|woman|person)$/iu.test(speaker.role.trim());
}

/** Who a spokesperson or lawyer speaks for, by their title: "Ekvall's spokesman", "a lawyer for Ana Vidal" give "Ekvall", "Vidal". */
function principalOf(role: string): string | null {
  const match =
    /(\p{Lu}[\p{L}'’-]+)['’]s\s+(?:\p{Ll}+\s+)?(?:spokes(?:man|woman|person)|lawyer|attorney|counsel|representative)\b/u.exec(role) ??
    /\b(?:spokes(?:man|woman|person)|lawyer|attorney|counsel|representative)\s+for\s+(?:\p{Lu}[\p{L}'’-]+\s+)*?(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-]|\s+\p{Lu})/u.exec(
      role,
    );
  return match?.[1] ?? null;
}

/** A statement about a lawyer's client: "her client had been driving…", "…bore his client's signature". */
const defendsClient = /\b(?:his|her|their|my|our)\s+clients?\b/iu;

/** A lawyer for those harmed, and what was done to a client: an accusation, not a defence. */
const forThoseHarmed =
  /\b(?:for|of)\s+(?:the\s+)?(?:\p{L}+\s+)?(?:victims?|famil(?:y|ies)|plaintiffs?|claimants?|bereaved|survivors?|injured|residents|patients|passengers|workers|employees|parents of)\b|\bfamily['’]s\b|\bvictims?['’]s?\b/iu;
const harmedClient =
  /\b(?:clients?)\s+(?:had\s+been\s+|has\s+been\s+|was\s+|were\s+)?(?:injured|hurt|harmed|killed|died|exposed|sacked|dismissed|abused|assaulted|defrauded|misled|denied|refused|evicted|poisoned)\b/iu;

/** What was not done to the speaker's side: "her clients had not been told". */
const complaint = /\b(?:not|never)\s+been\s+\p{L}+(?:ed|en|wn|ld|ght)\b/iu;
/** …or, said in the simple past, "my client was not told". */
const undergone = /\b(?:was|were|is|are)\s+(?:not|never)\s+\p{L}+(?:ed|en|wn|ld|ght)\b|\b(?:not|never)\s+been\b/iu;

/**
 * What a spokesperson or lawyer says the one they speak for did not do is a
 * denial, as it is from that person's own mouth: "Ekvall's spokesman said
 * Ekvall had not spoken on the project", "a lawyer for Vidal said her client
 * never signed"; so is what a lawyer for a named person reports of the
 * case ("Hallam's lawyer said the ledger was kept by all six clerks"). What
 * was not done to them ("had not been told") is a complaint.
 */
function representedDenials(text: string, entries: Entry[], titleOf: (speaker: SuggestedSpeaker) => string): void {
  for (const entry of entries) {
    const { speaker } = entry;
    // A later mention ("Vogt said") carries no title: it is the one given where the speaker was named in full.
    const role = speaker === null ? '' : titleOf(speaker);
    // Named ("Karl Brant, Vidal's spokesman") by their title; unnamed ("a lawyer for Ana Vidal") by the phrase that names them.
    const principal = speaker === null ? null : (principalOf(role) ?? principalOf(speaker.name));
    // A lawyer telling what their client did or believed defends the client: "her client had been driving “well within the limit”".
    // Not one for those harmed ("a lawyer for the victims"), whose account of the client accuses.
    const lawyer =
      speaker !== null &&
      /\b(?:lawyer|attorney|counsel|solicitor|barrister|defending)\b/iu.test(`${role} ${speaker.name}`) &&
      !forThoseHarmed.test(`${role} ${speaker.name}`);
    if (principal === null && !lawyer) continue;
    const client = principal ?? '(?:his|her|their|my|our)\\s+clients?';
    const denied = new RegExp(
      `(?:\\b${client}|\\b(?:his|her|their|my|our)\\s+clients?)\\s+(?:(?:had|has|have|did|does|was|were|is)\\s+)?(?:not|never)\\s+(?!been\\b|be\\b)\\p{L}|(?:\\b${client}|\\b(?:his|her|their|my|our)\\s+clients?)\\s+(?:had|has|have|did|does|was|were|is)n['’]t\\s+(?!been\\b|be\\b)\\p{L}`,
      'iu',
    );
    entry.kinds = entry.kinds.map((kind, index) => {
      const statement = entry.report.statements[index];
      if (kind !== 'claim' || statement === undefined) return kind;
      const words = text.slice(statement.start, statement.end);
      if (noAnswer.test(words)) return kind;
      // Quoted, only the client's own deed denied counts ("My client has never met…"), not what was not done to them;
      // from a lawyer, so does a negation about the client ("There is not one document with my client's signature").
      if (entry.report.quoted)
        return (denied.test(words) || (lawyer && defendsClient.test(words) && aboutWords(words).negated && !complaint.test(words))) &&
          !undergone.test(words)
          ? 'denial'
          : kind;
      return denied.test(words) ||
        (lawyer && (defendsClient.test(words) || principal !== null) && !complaint.test(words) && !harmedClient.test(words))
        ? 'denial'
        : kind;
    });
  }
}

/** Who a body answers for, by the noun that names it: "no officer" speaks for the police, "no player" for a club. */
const membersOf: ReadonlyMap<string, string> = new Map([
  ['police', 'officers?|policem[ae]n|policewom[ae]n|constables?'],
  ['army', 'soldiers?|troops|officers?'],
  ['military', 'soldiers?|troops|officers?'],
  ['club', 'players?|coach(?:es)?|staff'],
  ['company', 'employees?|staff|workers?|engineers?|drivers?'],
  ['firm', 'employees?|staff|workers?|engineers?'],
  ['hospital', 'doctors?|nurses?|midwives|staff'],
  ['school', 'teachers?|staff'],
  ['prison', 'guards?|warders?|officers?'],
  ['ministry', 'officials?|staff'],
]);

/**
 * What they were or had, not what they did: "has been charged", "were among
 * the dead", "were on duty", "had received the training"; but "was involved"
 * and "had been drinking" are deeds.
 */
const notADeed =
  /\b(?:was|were|is|are|(?:has|have|had)\s+been)\s+(?!involved\b)(?!\p{L}+ing\b)\p{L}+|\b(?:received|receive|got|obtained)\b/iu;

/** The body a speaker's title says they speak for: "the club's chairman", "Police spokeswoman", "a spokesman for the police". */
function bodySpokenFor(role: string): string | null {
  for (const noun of membersOf.keys()) if (bodyInTitle.get(noun)?.test(role) === true) return noun;
  return null;
}
const bodyInTitle = new Map(
  [...membersOf.keys()].map((noun) => [
    noun,
    new RegExp(
      `\\b${noun}['’]s\\b|^(?:(?:a|an|the)\\s+)?(?:\\p{Ll}+\\s+){0,2}?${noun}\\s+(?:spokes(?:man|woman|person)|officials?|officers?|chief|commander|director|representative|head)\\b|\\b(?:for|of|at)\\s+the\\s+${noun}\\b`,
      'iu',
    ),
  ]),
);

/** A body's head, named by the body's own name: "Dankarfi United's chairman", "Tesk Rovers' owner". */
const headOfANamedBody =
  /\p{Lu}[\p{L}-]*(?:['’]s|s['’])\s+(?:\p{L}+\s+)?(?:chairman|chairwoman|chair|president|owner|director|manager|chief\s+executive|spokes(?:man|woman|person))\b/u;

/** One who speaks for a company named by its legal form: "spokesman for Limcaoco Industrial Gases Inc.". */
const speaksForACompany =
  /\b(?:spokes(?:man|woman|person)|counsel|lawyer|chairman|chairwoman|president|owner|director|manager|chief\s+executive)\s+(?:for|of|at)\s+(?:\p{Lu}[\p{L}&'’-]*\s+){1,6}(?:Inc|Corp|Co|Ltd|LLC|PLC|Plc|Group|Holdings)\b/u;

/**
 * Verbs whose negation answers no accusation: no comment or answer yet ("did not immediately respond", "had not yet
 * decided"), what the body expects or wants ("does not expect delays"), what it lacks ("did not have enough staff").
 * Not having a contract, making no payment or not knowing of the contamination do answer.
 */
const notADeedDenied =
  '(?:been|be|yet|immediately|respond|responded|return|returned|reply|replied|comment|commented|answer|answered|expect|expected|plan|planned|want|wanted|decide|decided|intend|intended|think|believe|say|disclose|release|(?:have|had)\\s+(?:enough|figures|details|information|numbers|data)|(?:make|made)\\s+a\\s+loss)\\b';

/**
 * The pattern of a statement saying none of a body's own did something, by the nouns that name the body ("no officer
 * had…", "nobody at the club…"), or that the body itself did not ("the company had "never cut off" the hospital").
 */
const ownPatterns = new Map<string, RegExp>();
function ownSidePattern(nouns: readonly string[]): RegExp {
  const key = nouns.join('|');
  const known = ownPatterns.get(key);
  if (known !== undefined) return known;
  const members = [...new Set(nouns.map((noun) => membersOf.get(noun) ?? ''))].join('|');
  const pattern = new RegExp(
    `^(?:that\\s+)?(?:no|nobody|no\\s+one|none|not\\s+one|not\\s+a\\s+single)\\s+(?:of\\s+(?:the|its|our)\\s+)?(?:[\\p{L}'’-]+\\s+){0,2}?(?:(?:${members})\\b|(?:at|from|in|of)\\s+(?:the|its|our)\\s+(?:[\\p{L}'’-]+\\s+)?(?:${key})\\b)` +
      `|^(?:that\\s+)?(?:the|its|our)\\s+(?:${key})\\s+(?:(?:had|has|have|did|does|do)\\s+["“]?(?:not|never)|hadn['’]t|hasn['’]t|didn['’]t|doesn['’]t)\\s+(?!${notADeedDenied})\\p{L}+`,
    'iu',
  );
  ownPatterns.set(key, pattern);
  return pattern;
}

/**
 * What a body, or one speaking for it, says none of its own did is a
 * denial: "nobody at the club had altered a single document" from the
 * club's chairman, "no officer had laid a hand on him" from the police. Not
 * what was done to them or what they were, nor what is to come; and only
 * the body the speaker's name or title says they speak for, not one they
 * mention ("a prison reform campaigner").
 */
function ownSideNegations(text: string, entries: Entry[], titleOf: (speaker: SuggestedSpeaker) => string): void {
  for (const entry of entries) {
    const { speaker } = entry;
    if (speaker === null || speaker.sourceType === 'document' || speaker.sourceType === 'agency') continue;
    const role = titleOf(speaker);
    const lastWord = speaker.name.toLowerCase().split(/\s+/u).pop() ?? '';
    const body =
      speaker.sourceType === 'organisation'
        ? membersOf.has(lastWord)
          ? lastWord
          : null
        : (bodySpokenFor(role) ?? bodySpokenFor(speaker.name));
    // A named body's head calls it by what it is: "the club", "the company"; so does one speaking for a company by its
    // legal name ("spokesman for Limcaoco Industrial Gases Inc.", "legal counsel of Ilaya Bayfront Development Corp.").
    const nouns =
      headOfANamedBody.test(role) || speaksForACompany.test(`${role} ${speaker.name}`)
        ? ['club', 'company', 'firm']
        : body === null
          ? []
          : [body];
    if (nouns.length === 0) continue;
    const own = ownSidePattern(nouns);
    entry.kinds = entry.kinds.map((kind, index) => {
      const statement = entry.report.statements[index];
      if (kind !== 'claim' || statement === undefined) return kind;
      const words = text.slice(statement.start, statement.end);
      const [opening = words] = words.split(/,|;|\s+and\s+/u);
      return own.test(words) && !noAnswer.test(words) && !notADeed.test(opening) ? 'denial' : kind;
    });
  }
}

/** Statements already read for `aboutWords`, by their words: every keystroke reads the whole article's statements again. */
const aboutRead = new Map<string, { stems: Set<string>; negated: boolean }>();

/** The stems of a statement's content words, its negations apart: what it is about, whichever way it turns. */
function aboutWords(words: string): { stems: Set<string>; negated: boolean } {
  const known = aboutRead.get(words);
  if (known !== undefined) return known;
  const content = contentWords(words);
  // A negation inside a relative clause turns no part of the statement: "customers who did not want a replacement".
  const main = contentWords(withoutRelativeNegations(words));
  const read = {
    stems: new Set(content.filter((word) => !negations.has(word)).map(stem)),
    negated: main.some((word) => negations.has(word)),
  };
  if (aboutRead.size >= maxReadParagraphs) aboutRead.delete(aboutRead.keys().next().value as string);
  aboutRead.set(words, read);
  return read;
}

/**
 * A negated restatement of what another source said before is a denial of
 * it: "The drivers were paid late, the union said. … The company said the
 * drivers were not paid late." Most of its words must be the earlier
 * statement's, which must not be negated itself (two negations agree).
 */
function negatedRestatements(text: string, entries: Entry[]): void {
  const said = new EarlierStatements();
  let speaking: string | null = null;
  for (const entry of entries) {
    // What continues a statement is its speaker's too.
    speaking = entry.speaker?.name ?? (entry.continues ? speaking : null);
    const speaker = speaking;
    const read = entry.report.statements.map((statement) => aboutWords(text.slice(statement.start, statement.end)));
    entry.kinds = entry.kinds.map((kind, index) => {
      const statement = entry.report.statements[index];
      const words = read[index];
      if (kind !== 'claim' || statement === undefined || words === undefined || !words.negated) return kind;
      const statementText = text.slice(statement.start, statement.end);
      if (noAnswer.test(statementText)) return kind;
      if (said.restated(words.stems, speaker)) return 'denial';
      // A quotation of several sentences answers with its first: "That was never agreed. We paid what the contract says."
      // (Not a question: "Did the council not cut the budget? Of course it did.")
      const first = /^[^.!?]+[.!](?=\s+\p{Lu})/u.exec(statementText)?.[0];
      const firstWords = first === undefined ? undefined : aboutWords(first);
      return firstWords !== undefined && firstWords.negated && said.restated(firstWords.stems, speaker) ? 'denial' : kind;
    });
    for (const words of read) if (!words.negated) said.add(words.stems, speaker);
  }
}

/**
 * What the prosecution or the court says is its case or its finding,
 * negated or not: "Prosecutors said no such email had been found on either
 * man's computer" claims; they deny only by a verb of denial ("Prosecutors
 * rejected the defence's account").
 */
function prosecutionClaims(entries: Entry[], titleOf: (speaker: SuggestedSpeaker) => string): void {
  for (const entry of entries) {
    const speaker = entry.speaker;
    if (speaker === null) continue;
    // What they are, not where they were: "Duraisingam, who was present in court" is no court.
    const post = titleOf(speaker).replace(/(?:^|,\s*)(?:who|whose)\s[^,]*/giu, '');
    if (!/\b(?:prosecut\p{L}*|judges?|courts?|magistrates?|tribunals?)\b/iu.test(`${speaker.name} ${post}`)) continue;
    entry.kinds = entry.kinds.map((kind, index) =>
      kind === 'denial' && !(entry.report.statements[index]?.reason.startsWith('denial cue') ?? false) ? 'claim' : kind,
    );
  }
}

/**
 * The statements read so far that are not negated, indexed by their stems,
 * so that finding the one a statement restates looks only at those sharing
 * its rarer words: every keystroke reads the whole article's statements again.
 */
class EarlierStatements {
  private readonly statements: { speaker: string | null; stems: Set<string> }[] = [];
  private readonly byStem = new Map<string, number[]>();

  add(stems: Set<string>, speaker: string | null): void {
    const at = this.statements.length;
    this.statements.push({ speaker, stems });
    for (const stem of stems) {
      const holding = this.byStem.get(stem);
      if (holding === undefined) this.byStem.set(stem, [at]);
      else holding.push(at);
    }
  }

  /** True when another speaker (or an unnamed one) said a statement holding at least 3 of these stems, and half of them. */
  restated(stems: Set<string>, speaker: string | null): boolean {
    const needed = Math.max(3, Math.ceil(stems.size / 2));
    if (stems.size < needed) return false;
    // A statement holding `needed` of the stems holds one of any `size - needed + 1` of them: look up only the rarest.
    const rarest = [...stems]
      .sort((a, b) => (this.byStem.get(a)?.length ?? 0) - (this.byStem.get(b)?.length ?? 0))
      .slice(0, stems.size - needed + 1);
    const seen = new Set<number>();
    for (const stem of rarest) {
      for (const at of this.byStem.get(stem) ?? []) {
        if (seen.has(at)) continue;
        seen.add(at);
        const earlier = this.statements[at];
        if (earlier === undefined || (speaker !== null && earlier.speaker === speaker)) continue;
        let shared = 0;
        for (const word of stems) if (earlier.stems.has(word)) shared++;
        if (shared >= needed) return true;
      }
    }
    return false;
  }
}

/** What a body says of itself: "it had never paid a customs official", "it did not own the land". */
const ownDeedOfABody =
  /^(?:that\s+)?it\s+(?:(?:had|has|did|does)\s+(?:not|never)|never|(?:had|has|did|does)n['’]t)\s+(?!been\b|be\b)\p{L}/iu;

/**
 * A name with no title that says of itself "it had never paid…" is a body's,
 * not a person's ("Rimbaraya Timber said in a statement that it had never
 * paid a customs official"): people say "I" and "he", bodies "it".
 */
function bodiesSpeakingOfThemselves(text: string, entries: Entry[]): void {
  const bodies = new Set<string>();
  for (const { speaker, report } of entries)
    if (
      speaker?.sourceType === 'named' &&
      speaker.role === '' &&
      speaker.name.includes(' ') &&
      report.statements.some((statement) => ownDeedOfABody.test(text.slice(statement.start, statement.end)))
    )
      bodies.add(speaker.name);
  for (const entry of entries)
    if (entry.speaker !== null && entry.speaker.sourceType === 'named' && bodies.has(entry.speaker.name))
      entry.speaker = { ...entry.speaker, sourceType: 'organisation' };
}

/** A record of what was found, which no side speaks through: "A report by the Auditor-General's Office noted…". */
const recordOfFindings = /\b(?:report|audit|review|study|survey|records|data|figures|inspection|findings|analysis|census|register|log)\b/iu;

/**
 * What a report, an audit or records find is a finding, not an answer, though
 * it says "not" next to a denial ("A report by the Auditor-General's Office
 * noted that the council had not documented its evaluation of bids"); unless
 * its own verb denies or rejects.
 */
function findingsDenyNothing(entries: Entry[]): void {
  for (const entry of entries) {
    const { speaker, report } = entry;
    if (speaker?.sourceType !== 'document' || !recordOfFindings.test(speaker.name) || denyingCue.has((report.cue ?? '').toLowerCase()))
      continue;
    entry.kinds = entry.kinds.map((kind) => (kind === 'denial' ? 'claim' : kind));
  }
}
/** A report's own verb that denies: every denial verb ("debunked", "contradicts", "belied"). */
const denyingCue = new Set(denialVerbs.map((verb) => verb.toLowerCase()));

/** How suggestions are made. */
export interface SuggestOptions {
  /**
   * The weights that settle whether a statement is a claim or a denial (see
   * `statementKind.ts`): the shipped ones by default, or null for the rules'
   * reading alone (what the weights are trained on).
   */
  kindWeights?: Readonly<Record<string, number>> | null;
  /**
   * The weights that drop a statement a fact-checker would leave unmarked
   * (see `worthMarking.ts`): the shipped ones by default, or null to keep
   * every statement the rules find (what the weights are trained on).
   */
  worthWeights?: Readonly<Record<string, number>> | null;
}

/**
 * The suggestions without the claims and denials the weights are sure a
 * fact-checker would leave unmarked, and without an attribution left
 * attributing nothing (see `mayDrop` for what always stays).
 */
function withoutUnmarked(text: string, suggestions: Suggestion[], weights: Readonly<Record<string, number>>): Suggestion[] {
  const context = worthContext(text);
  const byId = new Map(suggestions.map((suggestion) => [suggestion.id, suggestion]));
  const dropped = new Set<string>();
  for (const suggestion of suggestions) {
    if (suggestion.kind === 'attribution' || !mayDrop(suggestion)) continue;
    if (droppedAsUnmarked(worthFeatures(context, suggestion, linkedAttribution(suggestion, byId)), weights)) dropped.add(suggestion.id);
  }
  if (dropped.size === 0) return suggestions;
  const kept: Suggestion[] = [];
  for (const suggestion of suggestions) {
    if (dropped.has(suggestion.id)) continue;
    const links = suggestion.links.filter((id) => !dropped.has(id));
    // An attribution whose every statement was dropped attributes nothing.
    if (suggestion.kind === 'attribution' && suggestion.links.length > 0 && links.length === 0) continue;
    kept.push(links.length === suggestion.links.length ? suggestion : { ...suggestion, links });
  }
  return kept;
}

type KindWeigher = (statement: Statement, reason: string, attribution: Suggestion | null) => Statement['kind'];

/** Settles each statement's kind by the weights, reading the article's shared facts once. */
function kindWeigher(text: string, weights: Readonly<Record<string, number>>): KindWeigher {
  const context = articleContext(text);
  // Who has denied something so far: what they go on to say beside it, the rules' denial, stays one ("“That is simply
  // untrue,” she said. “The trip was approved by the full council in March…”").
  const deniers = new Set<string>();
  return (statement, reason, attribution) => {
    // The weights were fitted on attributed statements (all but a handful of those the keys mark): one with no source
    // ("“Our pipeline has never leaked a single drop.” That was the message on billboards…") is left to the rules.
    if (attribution === null) return statement.kind;
    const speaker = attribution.speaker?.name ?? '';
    if (statement.kind === 'denial' && reason.startsWith('quotation') && speaker !== '' && deniers.has(speaker)) return 'denial';
    const { start, end } = snapToWords(text, statement.start, statement.end);
    const reading = { start, end, kind: statement.kind, reason, attribution };
    const features = kindFeatures(context, reading);
    const kind = weighedKind(reading, features, denialLikelihood(features, weights), deniedInSoManyWords(text.slice(start, end), reason));
    if (kind === 'denial' && speaker !== '') deniers.add(speaker);
    return kind;
  };
}

/**
 * Suggests marks for an article's plain text (the `text` export): for each
 * sentence that reports speech, a claim or denial on what is said and an
 * attribution on who says it, linked to each other; a quotation standing
 * alone right after an attributed one continues it, with the same speaker.
 * Sorted by start; ids are stable (see `suggestionId`).
 */
export function suggestMarks(text: string, options: SuggestOptions = {}): Suggestion[] {
  const suggestionOf = suggestionMaker(text);
  const kindWeights = options.kindWeights === undefined ? shippedKindWeights : options.kindWeights;
  const weighKind = kindWeights === null ? null : kindWeigher(text, kindWeights);
  const byId = new Map<string, Suggestion>();
  const { entries, titles } = readEntries(text);
  const titleOf = titleFinder(entries, titles);
  bodiesSpeakingOfThemselves(text, entries);
  // What a spokesperson or lawyer denies first, so that what they go on to say answers with it.
  representedDenials(text, entries, titleOf);
  ownSideNegations(text, entries, titleOf);
  answeringDenials(text, entries);
  insistedDenials(entries);
  // A court's or prosecutor's negation claims, unless it negates what another side said before.
  prosecutionClaims(entries, titleOf);
  negatedRestatements(text, entries);
  findingsDenyNothing(entries);
  let previous: Suggestion | null = null;
  for (const { report, speaker, continues, kinds } of entries) {
    let attribution: Suggestion | null = null;
    if (report.speaker !== null && speaker !== null) {
      // An attribution of nothing to check (an opinion) is not marked.
      attribution =
        report.statements.length === 0
          ? null
          : suggestionOf('attribution', report.attribution ?? report.speaker, `speaker of “${report.cue ?? ''}”`);
      if (attribution !== null) {
        attribution = byId.get(attribution.id) ?? { ...attribution, speaker };
        byId.set(attribution.id, attribution);
      }
    } else if (continues) {
      attribution = previous;
    }
    report.statements.forEach((statement, index) => {
      // A statement joined on by ", saying…" is attributed by that participle, the same speaker's cue.
      let by = attribution;
      if (statement.joinedBy !== undefined && attribution?.speaker !== undefined) {
        const joined = suggestionOf(
          'attribution',
          statement.joinedBy,
          `speaker of “${text.slice(statement.joinedBy.start, statement.joinedBy.end)}”`,
        );
        if (joined !== null) {
          by = byId.get(joined.id) ?? { ...joined, speaker: attribution.speaker };
          byId.set(by.id, by);
        }
      }
      // What goes on after an attributed statement: its quotation, or (in the tense of reported speech) what it reported.
      const continuing = continues && attribution !== null ? (report.quoted ? 'the quotation' : 'what was reported') : null;
      addStatement(suggestionOf, { ...statement, kind: kinds[index] ?? statement.kind }, by, byId, continuing, weighKind);
    });
    previous = attribution;
  }
  const suggestions = Array.from(byId.values()).sort((a, b) => a.start - b.start || a.end - b.end);
  const worthWeights = options.worthWeights === undefined ? shippedWorthWeights : options.worthWeights;
  return worthWeights === null ? suggestions : withoutUnmarked(text, suggestions, worthWeights);
}

function addStatement(
  suggestionOf: ReturnType<typeof suggestionMaker>,
  statement: Statement,
  attribution: Suggestion | null,
  byId: Map<string, Suggestion>,
  continuing: 'the quotation' | 'what was reported' | null,
  weighKind: KindWeigher | null,
) {
  const reason =
    continuing !== null && attribution?.speaker !== undefined ? `continues ${continuing} of ${attribution.speaker.name}` : statement.reason;
  const kind = weighKind === null ? statement.kind : weighKind(statement, reason, attribution);
  const suggestion = suggestionOf(kind, statement, reason);
  if (suggestion === null || byId.has(suggestion.id)) return;
  byId.set(suggestion.id, suggestion);
  if (attribution !== null) {
    suggestion.links.push(attribution.id);
    attribution.links.push(suggestion.id);
  }
}
