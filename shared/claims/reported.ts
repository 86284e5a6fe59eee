import { findQuotations, mayReportSpeech, readSentence, splitSentences } from '../prose/index.js';

export interface ReportedParts {
  /** The words reported, parts joined by a space. */
  statement: string;
  /** The rest: who reported them, and how. */
  attribution: string;
}

/**
 * A marked text read as reported speech: the words it reports, and the rest
 * (who it says made the claim: "…, Cressida Vane said.", "According to the
 * dental association, …"), read as suggestions read them. Null for any other
 * text: several sentences, no speaker, nothing reported.
 */
export function reportedParts(text: string): ReportedParts | null {
  if (!mayReportSpeech(text)) return null;
  const sentenceText = /[.!?…]["”’]?\s*$/u.test(text) ? text : `${text.trimEnd()}.`;
  const quotations = findQuotations(sentenceText);
  const sentences = splitSentences(sentenceText, quotations);
  const [sentence] = sentences;
  if (sentence === undefined || sentences.length !== 1) return null;
  // A forecast or an opinion marked as a claim is still said by someone: its words apart from theirs.
  const report = readSentence(sentenceText, sentence, quotations, { everything: true });
  if (report === null || report.attribution === null || report.statements.length === 0) return null;
  let attribution = '';
  let from = 0;
  for (const statement of report.statements) {
    attribution += `${sentenceText.slice(from, statement.start)} `;
    from = statement.end;
  }
  attribution += sentenceText.slice(from);
  return { statement: report.statements.map((statement) => sentenceText.slice(statement.start, statement.end)).join(' '), attribution };
}
