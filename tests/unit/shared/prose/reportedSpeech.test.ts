import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findQuotations, mayReportSpeech, readSentence, splitSentences } from '../../../../shared/prose/index.js';

const evalDir = join(import.meta.dirname, '../../../fixtures/eval');

/** The articles of every tuning half: the texts to read. */
function tuningArticles(): string[] {
  const folders = readdirSync(evalDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('claims') && entry.name !== 'heldout')
    .map((entry) => (entry.name === 'tuning' ? join(evalDir, 'tuning', 'articles') : join(evalDir, entry.name, 'tuning', 'articles')));
  return folders.flatMap((folder) =>
    readdirSync(folder)
      .filter((name) => name.endsWith('.md'))
      .map((name) => readFileSync(join(folder, name), 'utf8')),
  );
}

describe('mayReportSpeech', () => {
  it('is true of every sentence the reader finds a speaker in, so a text it is false of need not be read', () => {
    let withoutCue = 0;
    let attributed = 0;
    for (const article of tuningArticles()) {
      const quotations = findQuotations(article);
      for (const sentence of splitSentences(article, quotations)) {
        const inSentence = quotations.filter((quotation) => quotation.start >= sentence.start && quotation.end <= sentence.end);
        const report = readSentence(article, sentence, inSentence);
        const text = article.slice(sentence.start, sentence.end);
        if (!mayReportSpeech(text)) withoutCue++;
        if (report?.attribution == null) continue;
        attributed++;
        expect(mayReportSpeech(text), text).toBe(true);
      }
    }
    // Both kinds are there to tell apart.
    expect(withoutCue).toBeGreaterThan(100);
    expect(attributed).toBeGreaterThan(100);
  });
});
