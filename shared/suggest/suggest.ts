import {
  findQuotations,
  readSentence,
  splitParagraphs,
  splitSentences,
  type Report,
  type Sentence,
  type Statement,
  type TextSpan,
} from '../prose/index.js';
import { snapToWords } from '../wordBoundaries.js';
import { describeSpeaker } from './speakers.js';
import { suggestionId, type SuggestedSpeaker, type Suggestion } from './suggestion.js';

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
}

/**
 * Paragraphs already read, by their text. Sentences and quotations never
 * cross a paragraph, so a paragraph reads the same wherever it stands: while
 * someone types, only the paragraph being edited is read again.
 */
const readParagraphs = new Map<string, ReadSentence[]>();
const maxReadParagraphs = 20_000;

function readParagraph(body: string): ReadSentence[] {
  const known = readParagraphs.get(body);
  if (known !== undefined) return known;
  const quotations = findQuotations(body);
  const read = splitSentences(body, quotations).map((sentence) => {
    const inside = quotations.filter((quotation) => sentence.start <= quotation.outerStart && quotation.outerEnd <= sentence.end);
    return { sentence, report: readSentence(body, sentence, inside) };
  });
  if (readParagraphs.size >= maxReadParagraphs) readParagraphs.delete(readParagraphs.keys().next().value as string);
  readParagraphs.set(body, read);
  return read;
}

const shift = <T extends TextSpan>(span: T, by: number): T => ({ ...span, start: span.start + by, end: span.end + by });

/** Every sentence of a text with what it reports, in text order, read paragraph by paragraph (see `readParagraph`). */
function readReports(text: string): ReadSentence[] {
  return splitParagraphs(text).flatMap((paragraph) =>
    readParagraph(text.slice(paragraph.start, paragraph.end)).map(({ sentence, report }) => ({
      sentence: { ...shift(sentence, paragraph.start), paragraph: paragraph.index },
      report:
        report === null
          ? null
          : {
              ...report,
              statements: report.statements.map((statement) => shift(statement, paragraph.start)),
              speaker: report.speaker === null ? null : shift(report.speaker, paragraph.start),
              attribution: report.attribution === null ? null : shift(report.attribution, paragraph.start),
            },
    })),
  );
}

/**
 * Suggests marks for an article's plain text (the `text` export): for each
 * sentence that reports speech, a claim or denial on what is said and an
 * attribution on who says it, linked to each other; a quotation standing
 * alone right after an attributed one continues it, with the same speaker.
 * Sorted by start; ids are stable (see `suggestionId`).
 */
export function suggestMarks(text: string): Suggestion[] {
  const suggestionOf = suggestionMaker(text);
  const byId = new Map<string, Suggestion>();
  const names: SuggestedSpeaker[] = [];
  let previous: { paragraph: number; attribution: Suggestion | null; quoted: boolean } | null = null;
  let paragraphSpeaker: { paragraph: number; speaker: SuggestedSpeaker } | null = null;
  for (const { sentence, report } of readReports(text)) {
    if (report === null) {
      previous = null;
      continue;
    }
    let attribution: Suggestion | null = null;
    if (report.speaker !== null) {
      const inParagraph = paragraphSpeaker?.paragraph === sentence.paragraph ? paragraphSpeaker.speaker : null;
      const speaker = describeSpeaker(text.slice(report.speaker.start, report.speaker.end), names, inParagraph);
      paragraphSpeaker = { paragraph: sentence.paragraph, speaker };
      // Each speaker once, at the place of their latest mention (what "she" and "the company" look back to).
      if (speaker.sourceType !== 'anonymous' && names[names.length - 1]?.name !== speaker.name) {
        const at = names.findIndex((known) => known.name === speaker.name);
        if (at !== -1) names.splice(at, 1);
        names.push(speaker);
      }
      // An attribution of nothing to check (an opinion) is not marked.
      attribution =
        report.statements.length === 0
          ? null
          : suggestionOf('attribution', report.attribution ?? report.speaker, `speaker of “${report.cue ?? ''}”`);
      if (attribution !== null) {
        attribution = byId.get(attribution.id) ?? { ...attribution, speaker };
        byId.set(attribution.id, attribution);
      }
    } else if (report.cue === null && report.quoted && previous?.paragraph === sentence.paragraph && previous.quoted) {
      attribution = previous.attribution;
    }
    for (const statement of report.statements)
      addStatement(suggestionOf, statement, attribution, byId, report.cue === null && attribution !== null);
    previous = { paragraph: sentence.paragraph, attribution, quoted: report.quoted };
  }
  return Array.from(byId.values()).sort((a, b) => a.start - b.start || a.end - b.end);
}

function addStatement(
  suggestionOf: ReturnType<typeof suggestionMaker>,
  statement: Statement,
  attribution: Suggestion | null,
  byId: Map<string, Suggestion>,
  continues: boolean,
) {
  const reason =
    continues && attribution?.speaker !== undefined ? `continues the quotation of ${attribution.speaker.name}` : statement.reason;
  const suggestion = suggestionOf(statement.kind, statement, reason);
  if (suggestion === null || byId.has(suggestion.id)) return;
  byId.set(suggestion.id, suggestion);
  if (attribution !== null) {
    suggestion.links.push(attribution.id);
    attribution.links.push(suggestion.id);
  }
}
