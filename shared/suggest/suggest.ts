import { snapToWords } from '../wordBoundaries.js';
import { findQuotations } from './quotations.js';
import { readSentence, type Statement } from './reportedSpeech.js';
import { splitSentences } from './sentences.js';
import { describeSpeaker, type Span } from './speakers.js';
import { suggestionId, type Suggestion } from './suggestion.js';

function suggestionOf(text: string, kind: Suggestion['kind'], span: Span, reason: string): Suggestion | null {
  const { start, end } = snapToWords(text, span.start, span.end);
  if (start >= end) return null;
  return { id: suggestionId(text, kind, start, end), kind, start, end, quote: text.slice(start, end), links: [], reason };
}

/**
 * Suggests marks for an article's plain text (the `text` export): for each
 * sentence that reports speech, a claim or denial on what is said and an
 * attribution on who says it, linked to each other; a quotation standing
 * alone right after an attributed one continues it, with the same speaker.
 * Sorted by start; ids are stable (see `suggestionId`).
 */
export function suggestMarks(text: string): Suggestion[] {
  const quotations = findQuotations(text);
  const byId = new Map<string, Suggestion>();
  const names: string[] = [];
  let previous: { block: number; attribution: Suggestion | null; quoted: boolean } | null = null;
  for (const sentence of splitSentences(text, quotations)) {
    const report = readSentence(text, sentence, quotations);
    if (report === null) {
      previous = null;
      continue;
    }
    let attribution: Suggestion | null = null;
    if (report.speaker !== null) {
      const speaker = describeSpeaker(text.slice(report.speaker.start, report.speaker.end), names);
      attribution = suggestionOf(text, 'attribution', report.speaker, `speaker of “${report.cue ?? ''}”`);
      if (attribution !== null) {
        attribution = byId.get(attribution.id) ?? { ...attribution, speaker };
        byId.set(attribution.id, attribution);
        if (speaker.sourceType === 'named') names.push(speaker.name);
      }
    } else if (report.cue === null && report.quoted && previous?.block === sentence.block && previous.quoted) {
      attribution = previous.attribution;
    }
    for (const statement of report.statements)
      addStatement(text, statement, attribution, byId, report.cue === null && attribution !== null);
    previous = { block: sentence.block, attribution, quoted: report.quoted };
  }
  return Array.from(byId.values()).sort((a, b) => a.start - b.start || a.end - b.end);
}

function addStatement(
  text: string,
  statement: Statement,
  attribution: Suggestion | null,
  byId: Map<string, Suggestion>,
  continues: boolean,
) {
  const reason =
    continues && attribution?.speaker !== undefined ? `continues the quotation of ${attribution.speaker.name}` : statement.reason;
  const suggestion = suggestionOf(text, statement.kind, statement, reason);
  if (suggestion === null || byId.has(suggestion.id)) return;
  byId.set(suggestion.id, suggestion);
  if (attribution !== null) {
    suggestion.links.push(attribution.id);
    attribution.links.push(suggestion.id);
  }
}
