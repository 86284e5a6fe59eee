import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMarkdown, toText, type AnnotationKind } from '../../shared/index.js';
import type { KindedSpan } from '../../shared/suggest/index.js';

/** A fixture article for the suggestion rules: its text export and its hand-written gold marks. */
export interface SuggestFixture {
  name: string;
  text: string;
  gold: (KindedSpan & { text: string })[];
}

interface GoldEntry {
  kind: AnnotationKind;
  text: string;
  /** Find the text after these words, when it occurs earlier too. */
  after?: string;
}

/** The first place from `from` where some words stand whole: "it" is not the "it" of "written". */
function indexOfWords(text: string, words: string, from: number): number {
  const letter = /[\p{L}\p{N}]/u;
  for (let index = text.indexOf(words, from); index !== -1; index = text.indexOf(words, index + 1)) {
    if (!letter.test(text[index - 1] ?? '') && !letter.test(text[index + words.length] ?? '')) return index;
  }
  return -1;
}

const folder = join(import.meta.dirname, '..', 'fixtures', 'suggest');

/**
 * Every article of tests/fixtures/suggest (NAME.md) with its gold list
 * (NAME.gold.json: kind and exact text of each mark a reviewer would make).
 * Throws if a gold text is not in the article, so a typo cannot pass as a miss.
 */
export function loadSuggestFixtures(): SuggestFixture[] {
  return readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.md$/, '');
      const text = toText(parseMarkdown(readFileSync(join(folder, file), 'utf8')));
      const entries = JSON.parse(readFileSync(join(folder, `${name}.gold.json`), 'utf8')) as GoldEntry[];
      const gold = entries.map((entry) => {
        const from = entry.after === undefined ? 0 : text.indexOf(entry.after);
        const start = from === -1 ? -1 : indexOfWords(text, entry.text, from);
        if (start === -1)
          throw new Error(
            `${name}.gold.json: “${entry.text}” is not in the article${entry.after === undefined ? '' : ` after “${entry.after}”`}.`,
          );
        return { kind: entry.kind, start, end: start + entry.text.length, text: entry.text };
      });
      return { name, text, gold };
    });
}
