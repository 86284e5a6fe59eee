import {
  auxiliaries,
  clauseOpeners,
  containsAny,
  denialPhrases,
  denialVerbs,
  denialWords,
  dismissiveWords,
  notClauseStart,
  notSpeechBefore,
  plainReportingVerbs,
  reportingVerbs,
  verbsAfterStatement,
  wordsPattern,
} from './cues.js';
import { blankQuotations, type Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import type { TextSpan } from './span.js';
import { isProperName, speakerPhrase, splitTitle } from './speakers.js';

/** A statement a sentence reports: the words of a claim or a denial. */
export interface Statement extends TextSpan {
  kind: 'claim' | 'denial';
  reason: string;
}

/** What one sentence reports: its statements, and who makes them when the sentence says so. */
export interface Report {
  statements: Statement[];
  speaker: TextSpan | null;
  /** The reporting cue as written ("said", "according to"), or null for a quotation standing alone. */
  cue: string | null;
  /** True when the statements are quotations. */
  quoted: boolean;
}

type CueType = 'according' | 'called' | 'denial' | 'plain' | 'reporting';

interface Cue extends TextSpan {
  type: CueType;
  word: string;
}

const whole = (pattern: string) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${pattern})(?![\\p{L}\\p{N}])`, 'giu');

const cuePatterns: readonly [CueType, RegExp][] = [
  ['according', whole('according\\s+to')],
  ['denial', whole(wordsPattern([...denialPhrases, ...denialVerbs]))],
  ['called', whole('called')],
  ['plain', whole(wordsPattern(plainReportingVerbs))],
  ['reporting', whole(wordsPattern(reportingVerbs))],
];

const letter = /\p{L}/u;

/** True for a title in quotation marks ("Nobody Said It Would Be Easy"): every longer word capitalised, no sentence punctuation. */
function isTitle(words: string): boolean {
  const long = words.split(/\s+/u).filter((word) => word.length > 3);
  return long.length >= 2 && long.every((word) => /^\p{Lu}/u.test(word)) && !/[.!?,]/u.test(words);
}

/** The cues of a sentence that report speech, in text order; "the said agreement" is not one. */
function findCues(masked: string, offset: number): Cue[] {
  const cues: Cue[] = [];
  for (const [type, pattern] of cuePatterns) {
    for (const match of masked.matchAll(pattern)) {
      const before = /(\p{L}+)\s+$/u.exec(masked.slice(0, match.index))?.[1]?.toLowerCase() ?? '';
      if (type === 'plain' && notSpeechBefore.includes(before)) continue;
      cues.push({ type, word: match[0], start: offset + match.index, end: offset + match.index + match[0].length });
    }
  }
  return cues.sort((a, b) => a.start - b.start);
}

/** Moves a cue's start back over the adverbs before it, which belong to the denial: "flatly rejected". */
function withAdverbs(text: string, start: number): number {
  for (;;) {
    const word = /(\p{L}+ly)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
    if (word === null || !auxiliaries.includes((word[1] ?? '').toLowerCase())) return start;
    start -= word[0].length;
  }
}

/** A span without spaces and , ; : at its edges. */
function trimmed(text: string, span: TextSpan): TextSpan {
  let { start, end } = span;
  while (start < end && /[\s,;:—–]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:—–]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function wordCount(text: string, span: TextSpan): number {
  return text
    .slice(span.start, span.end)
    .split(/\s+/u)
    .filter((word) => letter.test(word)).length;
}

/** A quotation as a statement: a denial if its words deny ("no truth", "baseless") or its cue does. */
function quotedStatement(text: string, quotation: Quotation, denies: boolean, reason: string): Statement {
  const span = trimmed(text, quotation);
  const kind = denies || containsAny(text.slice(span.start, span.end), denialWords) ? 'denial' : 'claim';
  return { ...span, kind, reason };
}

/**
 * Where the reported clause after a verb starts: past "that", a time ("on
 * Monday") and, for "told", the people told. Null if it starts with a word no
 * clause does ("said about…") or a verb that needs "that" has none.
 */
function clauseStart(text: string, cue: Cue, end: number, needsThat: boolean): number | null {
  const after = text.slice(cue.end, end);
  const that = /^\s+(?:[\p{L}'’-]+\s+){0,6}?that\s+/iu.exec(after);
  if (that !== null) return cue.end + that[0].length;
  if (needsThat) return null;
  let skip = /^\s+(?:on\s+\p{L}+|yesterday|today|last\s+\p{L}+)?\s*,?\s*/iu.exec(after)?.[0].length ?? 0;
  if (/^(?:told|tells)$/iu.test(cue.word)) skip += /^[\p{L}'’-]+\s+/u.exec(after.slice(skip))?.[0].length ?? 0;
  const rest = after.slice(skip);
  const first = /^\p{L}+/u.exec(rest)?.[0].toLowerCase() ?? '';
  if (first === '' || (notClauseStart.includes(first) && !clauseOpeners.some((opener) => rest.toLowerCase().startsWith(`${opener} `))))
    return null;
  return cue.end + skip;
}

/** A sentence being read: the text, the sentence, its quotations (titles left out) and where its words end (before . ! ?). */
interface Reading {
  text: string;
  sentence: Sentence;
  quotations: readonly Quotation[];
  bodyEnd: number;
}

/** A rule for one type of cue: the report it reads, or null to try the sentence's next cue. */
type Rule = (reading: Reading, cue: Cue) => Report | null;

/** The speaker phrase between a cue and the quotation (or sentence start) before it: "the ministry" of "the ministry said". */
function speakerBefore({ text, sentence, quotations }: Reading, cue: Cue): TextSpan | null {
  const before = quotations.filter((quotation) => quotation.outerEnd <= cue.start);
  return speakerPhrase(text, { start: before[before.length - 1]?.outerEnd ?? sentence.start, end: cue.start });
}

/**
 * "Prices will rise, the minister said on Thursday.": the statement before a
 * comma, then a short speaker and the verb, with at most a few words (a time,
 * the people told) and no clause after it. The first comma that leaves a
 * speaker of at most eight words after it splits the two.
 */
function statementBeforeSpeaker({ text, sentence, bodyEnd }: Reading, cue: Cue): Report | null {
  if (!verbsAfterStatement.includes(cue.word.toLowerCase())) return null;
  const tail = { start: cue.end, end: bodyEnd };
  if (wordCount(text, tail) > 5 || /\bthat\b/iu.test(text.slice(tail.start, tail.end))) return null;
  for (let comma = text.indexOf(',', sentence.start); comma !== -1 && comma < cue.start; comma = text.indexOf(',', comma + 1)) {
    const speaker = speakerPhrase(text, { start: comma + 1, end: cue.start });
    const statement = trimmed(text, { start: sentence.start, end: comma });
    if (speaker === null || wordCount(text, speaker) > 8 || wordCount(text, statement) < 3) continue;
    // "Council member Ruth Adeyemi, one of two votes against, said …": the speaker and an apposition, not a statement.
    if (isProperName(splitTitle(text.slice(statement.start, statement.end)).name)) continue;
    if (/^(?:which|who|whom|whose|that|when|where|while|and|but)\b/iu.test(text.slice(speaker.start, speaker.end))) continue;
    return {
      statements: [{ ...statement, kind: 'claim', reason: `statement before “${cue.word}”` }],
      speaker,
      cue: cue.word,
      quoted: false,
    };
  }
  return null;
}

/** "According to officials, the bridge is safe." and "The bridge is safe, according to officials." */
const readAccordingTo: Rule = (reading, cue) => {
  const { text, sentence, quotations, bodyEnd } = reading;
  const why = `“${cue.word}”`;
  if (letter.test(text.slice(sentence.start, cue.start))) {
    return {
      statements: [{ ...trimmed(text, { start: sentence.start, end: cue.start }), kind: 'claim', reason: `statement before ${why}` }],
      speaker: speakerPhrase(text, { start: cue.end, end: bodyEnd }),
      cue: cue.word,
      quoted: false,
    };
  }
  const comma = text.indexOf(',', cue.end);
  if (comma === -1 || comma >= bodyEnd) return null;
  const inside = quotations.filter((quotation) => quotation.outerStart > comma);
  const statements =
    inside.length > 0
      ? inside.map((quotation) => quotedStatement(text, quotation, false, `quotation after ${why}`))
      : [{ ...trimmed(text, { start: comma + 1, end: bodyEnd }), kind: 'claim' as const, reason: `statement after ${why}` }];
  return { statements, speaker: speakerPhrase(text, { start: cue.end, end: comma }), cue: cue.word, quoted: inside.length > 0 };
};

/** "She called the statement baseless.": a denial, from "called" on, when a dismissive word follows. */
const readCalled: Rule = (reading, cue) => {
  const { text, bodyEnd } = reading;
  const speaker = speakerBefore(reading, cue);
  if (!containsAny(text.slice(cue.end, bodyEnd), dismissiveWords) || speaker === null) return null;
  return {
    statements: [{ ...trimmed(text, { start: cue.start, end: bodyEnd }), kind: 'denial', reason: `“${cue.word}” with a dismissive word` }],
    speaker,
    cue: cue.word,
    quoted: false,
  };
};

/**
 * A verb with quotations: every quotation of the sentence is a statement (on
 * both sides of a verb that splits one: "“No,” she said, “never.”"), a denial
 * if the verb or its words deny. The speaker stands before the verb, or after
 * it when only punctuation parts it from a quotation before: "…,” said Maria Ortega".
 */
const readQuoted: Rule = (reading, cue) => {
  const { text, quotations, bodyEnd } = reading;
  const before = quotations.filter((quotation) => quotation.outerEnd <= cue.start);
  const after = quotations.filter((quotation) => quotation.outerStart >= cue.end);
  const lastBefore = before[before.length - 1];
  const inverted = lastBefore !== undefined && !letter.test(text.slice(lastBefore.outerEnd, cue.start));
  return {
    statements: quotations.map((quotation) => quotedStatement(text, quotation, cue.type === 'denial', `quotation with “${cue.word}”`)),
    speaker: inverted ? speakerPhrase(text, { start: cue.end, end: after[0]?.outerStart ?? bodyEnd }) : speakerBefore(reading, cue),
    cue: cue.word,
    quoted: true,
  };
};

/** "The ministry denied that…", "The ministry flatly rejected the figures.": a denial from the verb (and its adverbs) on. */
const readDenial: Rule = (reading, cue) => {
  const speaker = speakerBefore(reading, cue);
  if (speaker === null) return null;
  const statement = trimmed(reading.text, { start: withAdverbs(reading.text, cue.start), end: reading.bodyEnd });
  return { statements: [{ ...statement, kind: 'denial', reason: `denial cue “${cue.word}”` }], speaker, cue: cue.word, quoted: false };
};

/** "The union said the strike would last.", "The agency warned that…", or the statement first: "…, the minister said." */
const readReported: Rule = (reading, cue) => {
  const first = statementBeforeSpeaker(reading, cue);
  if (first !== null) return first;
  const { text, bodyEnd } = reading;
  const speaker = speakerBefore(reading, cue);
  const start = speaker === null ? null : clauseStart(text, cue, bodyEnd, cue.type === 'reporting');
  if (start === null) return null;
  const clause = trimmed(text, { start, end: bodyEnd });
  if (wordCount(text, clause) < 3) return null;
  const kind = containsAny(text.slice(clause.start, clause.end), denialWords) ? 'denial' : 'claim';
  return { statements: [{ ...clause, kind, reason: `reported speech after “${cue.word}”` }], speaker, cue: cue.word, quoted: false };
};

/** Which rule reads a sentence by the type of its cue, and whether it has quotations. */
function ruleFor(cue: Cue, quoted: boolean): Rule {
  if (cue.type === 'according') return readAccordingTo;
  if (cue.type === 'called') return readCalled;
  if (quoted) return readQuoted;
  return cue.type === 'denial' ? readDenial : readReported;
}

/**
 * Reads one sentence by the rules: the first cue that reports speech decides
 * who speaks and what they say (see the rules above). A sentence that is only
 * a quotation is reported with no speaker. Headlines report nothing.
 * `inSentence` are the quotations inside the sentence.
 */
export function readSentence(text: string, sentence: Sentence, inSentence: readonly Quotation[]): Report | null {
  if (!sentence.terminated) return null;
  // Quotations and titles, marks included, are no cue (titles are not statements either).
  const masked = blankQuotations(text, sentence, inSentence, { withMarks: true, fill: '•' });
  const quotations = inSentence.filter((quotation) => !isTitle(text.slice(quotation.start, quotation.end)));
  let bodyEnd = sentence.end;
  while (bodyEnd > sentence.start && /[.!?…]/u.test(text[bodyEnd - 1] ?? '')) bodyEnd--;
  const cues = findCues(masked, sentence.start);
  if (cues.length === 0) {
    if (quotations.length === 0 || quotations.length < inSentence.length || letter.test(masked)) return null;
    return {
      statements: quotations.map((quotation) => quotedStatement(text, quotation, false, 'quotation on its own')),
      speaker: null,
      cue: null,
      quoted: true,
    };
  }
  const reading: Reading = { text, sentence, quotations, bodyEnd };
  for (const cue of cues) {
    const report = ruleFor(cue, quotations.length > 0)(reading, cue);
    if (report !== null) return report;
  }
  return null;
}
