import { findQuotations, readSentence, splitSentences } from '../prose/index.js';

/**
 * What a marked text claims, without who it says claims it: a sentence that
 * reports speech ("Households pay 169 duleks a year for the licence, Cressida
 * Vane said.", "According to the dental association, 40% of adults …")
 * becomes the words it reports, read as suggestions read them. The speaker's
 * name is no detail of the claim, and one name here against another in an
 * earlier review would make it another claim. Any other text (several
 * sentences, no speaker, nothing reported) is kept whole.
 */
export function reportedClaim(text: string): string {
  const sentenceText = /[.!?…]["”’]?\s*$/u.test(text) ? text : `${text.trimEnd()}.`;
  const quotations = findQuotations(sentenceText);
  const sentences = splitSentences(sentenceText, quotations);
  const [sentence] = sentences;
  if (sentence === undefined || sentences.length !== 1) return text;
  const report = readSentence(sentenceText, sentence, quotations);
  if (report === null || report.attribution === null || report.statements.length === 0) return text;
  return report.statements.map((statement) => sentenceText.slice(statement.start, statement.end)).join(' ');
}
