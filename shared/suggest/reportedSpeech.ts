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
import type { Quotation } from './quotations.js';
import type { Sentence } from './sentences.js';
import { speakerPhrase, type Span } from './speakers.js';

/** A statement a sentence reports: the words of a claim or a denial. */
export interface Statement extends Span {
  kind: 'claim' | 'denial';
  reason: string;
}

/** What one sentence reports: its statements, and who makes them when the sentence says so. */
export interface Report {
  statements: Statement[];
  speaker: Span | null;
  /** The reporting cue as written ("said", "according to"), or null for a quotation standing alone. */
  cue: string | null;
  /** True when the statements are quotations. */
  quoted: boolean;
}

type CueType = 'according' | 'called' | 'denial' | 'plain' | 'reporting';

interface Cue extends Span {
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

/** The sentence with every quotation's words (marks included) blanked out, so cues are found only in the reporting text. */
function blankQuotations(text: string, sentence: Sentence, quotations: readonly Quotation[]): string {
  let masked = text.slice(sentence.start, sentence.end);
  for (const quotation of quotations) {
    const from = quotation.outerStart - sentence.start;
    const to = quotation.outerEnd - sentence.start;
    masked = masked.slice(0, from) + '•'.repeat(to - from) + masked.slice(to);
  }
  return masked;
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
function trimmed(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s,;:—–]/u.test(text[start] ?? '')) start++;
  while (end > start && /[\s,;:—–]/u.test(text[end - 1] ?? '')) end--;
  return { start, end };
}

function wordCount(text: string, span: Span): number {
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

/**
 * "Prices will rise, the minister said on Thursday.": the statement before a
 * comma, then a short speaker and the verb, with at most a few words (a time,
 * the people told) and no clause after it. The first comma that leaves a
 * speaker of at most eight words after it splits the two.
 */
function statementBeforeSpeaker(
  text: string,
  sentence: Sentence,
  cue: Cue,
  bodyEnd: number,
): Pick<Report, 'statements' | 'speaker'> | null {
  if (!verbsAfterStatement.includes(cue.word.toLowerCase())) return null;
  const tail = { start: cue.end, end: bodyEnd };
  if (wordCount(text, tail) > 5 || /\bthat\b/iu.test(text.slice(tail.start, tail.end))) return null;
  for (let comma = text.indexOf(',', sentence.start); comma !== -1 && comma < cue.start; comma = text.indexOf(',', comma + 1)) {
    const speaker = speakerPhrase(text, { start: comma + 1, end: cue.start });
    const statement = trimmed(text, { start: sentence.start, end: comma });
    if (speaker === null || wordCount(text, speaker) > 8 || wordCount(text, statement) < 3) continue;
    if (/^(?:which|who|whom|whose|that|when|where|while|and|but)\b/iu.test(text.slice(speaker.start, speaker.end))) continue;
    return { statements: [{ ...statement, kind: 'claim', reason: `statement before “${cue.word}”` }], speaker };
  }
  return null;
}

/**
 * Reads one sentence by the rules: the first cue that reports speech decides
 * who speaks (the phrase before it, or after it when the verb follows a
 * quotation: "…,” said Maria Ortega") and what they say (the quotations, else
 * the clause after the verb, or around "according to"). A sentence that is
 * only a quotation is reported with no speaker. Headlines report nothing.
 * `inSentence` are the quotations inside the sentence.
 */
export function readSentence(text: string, sentence: Sentence, inSentence: readonly Quotation[]): Report | null {
  if (!sentence.terminated) return null;
  // Titles are blanked like quotations (their words are no cue) but are not statements.
  const masked = blankQuotations(text, sentence, inSentence);
  const quotations = inSentence.filter((quotation) => !isTitle(text.slice(quotation.start, quotation.end)));
  // The end of the sentence's words: without its final . ! ?
  let bodyEnd = sentence.end;
  while (bodyEnd > sentence.start && /[.!?]/u.test(text[bodyEnd - 1] ?? '')) bodyEnd--;
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

  for (const cue of cues) {
    const before = quotations.filter((quotation) => quotation.outerEnd <= cue.start);
    const after = quotations.filter((quotation) => quotation.outerStart >= cue.end);
    const lastBefore = before[before.length - 1];
    const speakerBefore = speakerPhrase(text, { start: lastBefore?.outerEnd ?? sentence.start, end: cue.start });
    const why = `“${cue.word}”`;

    if (cue.type === 'according') {
      const opening = !letter.test(text.slice(sentence.start, cue.start));
      if (opening) {
        const comma = text.indexOf(',', cue.end);
        if (comma === -1 || comma >= bodyEnd) continue;
        const speaker = speakerPhrase(text, { start: cue.end, end: comma });
        const inside = quotations.filter((quotation) => quotation.outerStart > comma);
        const statements =
          inside.length > 0
            ? inside.map((quotation) => quotedStatement(text, quotation, false, `quotation after ${why}`))
            : [{ ...trimmed(text, { start: comma + 1, end: bodyEnd }), kind: 'claim' as const, reason: `statement after ${why}` }];
        return { statements, speaker, cue: cue.word, quoted: inside.length > 0 };
      }
      const statement = trimmed(text, { start: sentence.start, end: cue.start });
      return {
        statements: [{ ...statement, kind: 'claim', reason: `statement before ${why}` }],
        speaker: speakerPhrase(text, { start: cue.end, end: bodyEnd }),
        cue: cue.word,
        quoted: false,
      };
    }

    if (cue.type === 'called') {
      if (!containsAny(text.slice(cue.end, bodyEnd), dismissiveWords) || speakerBefore === null) continue;
      return {
        statements: [{ ...trimmed(text, { start: cue.start, end: bodyEnd }), kind: 'denial', reason: `${why} with a dismissive word` }],
        speaker: speakerBefore,
        cue: cue.word,
        quoted: false,
      };
    }

    const denies = cue.type === 'denial';
    if (quotations.length > 0) {
      // "…,” said Maria Ortega: nothing but punctuation between the quotation and the verb.
      const inverted = lastBefore !== undefined && !letter.test(text.slice(lastBefore.outerEnd, cue.start));
      const speaker = inverted ? speakerPhrase(text, { start: cue.end, end: after[0]?.outerStart ?? bodyEnd }) : speakerBefore;
      // Every quotation of the sentence, on both sides of a verb that splits one: "“No,” she said, “never.”"
      return {
        statements: quotations.map((quotation) => quotedStatement(text, quotation, denies, `quotation with ${why}`)),
        speaker,
        cue: cue.word,
        quoted: true,
      };
    }
    const statementFirst = cue.type === 'denial' ? null : statementBeforeSpeaker(text, sentence, cue, bodyEnd);
    if (statementFirst !== null) return { ...statementFirst, cue: cue.word, quoted: false };
    if (speakerBefore === null) continue;
    if (denies) {
      return {
        statements: [
          { ...trimmed(text, { start: withAdverbs(text, cue.start), end: bodyEnd }), kind: 'denial', reason: `denial cue ${why}` },
        ],
        speaker: speakerBefore,
        cue: cue.word,
        quoted: false,
      };
    }
    const start = clauseStart(text, cue, bodyEnd, cue.type === 'reporting');
    if (start === null) continue;
    const clause = trimmed(text, { start, end: bodyEnd });
    if (wordCount(text, clause) < 3) continue;
    const kind = containsAny(text.slice(clause.start, clause.end), denialWords) ? 'denial' : 'claim';
    return {
      statements: [{ ...clause, kind, reason: `reported speech after ${why}` }],
      speaker: speakerBefore,
      cue: cue.word,
      quoted: false,
    };
  }
  return null;
}
