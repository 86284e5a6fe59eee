import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  annotationKinds,
  articleFragmentName,
  articleSchema,
  createAnnotation,
  encodeAnchors,
  quoteSelectorOf,
  TextMap,
  updateAnnotation,
  verdicts,
  type DocumentRecord,
} from '../shared/index.js';

const words = [
  'the',
  'council',
  'said',
  'minister',
  'report',
  'denied',
  'claimed',
  'according',
  'to',
  'officials',
  'budget',
  'harbour',
  'Zoë',
  'Łódź',
  'figures',
  'showed',
  'rose',
  'fell',
  'per',
  'cent',
  'spokesman',
  'agency',
  'inquiry',
  'water',
];

/**
 * A deterministic pseudo-random sequence, so every run measures the same
 * article or corpus: a linear congruential generator mod 2^31, in 32-bit
 * integer arithmetic (in floating point its products lose their low bits, and
 * the sequence fell into a cycle of some 15,000 numbers: a corpus of a dozen
 * documents over and over).
 */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (Math.imul(state, 1_103_515_245) + 12_345) & 0x7fffffff;
    return state / 2 ** 31;
  };
}

/** A generated article of about `wordCount` words with `annotationCount` annotations in its team layer. */
export interface GeneratedArticle {
  record: DocumentRecord;
  article: Y.Doc;
  layer: Y.Doc;
}

/** Paragraphs of 60–120 words; annotations of 2–12 words spread over the text, some overlapping. */
export function generateArticle(wordCount: number, annotationCount: number, seed = 7): GeneratedArticle {
  const next = random(seed);
  const paragraphs: string[] = [];
  let total = 0;
  while (total < wordCount) {
    const length = Math.min(wordCount - total, 60 + Math.floor(next() * 60));
    const sentence = Array.from({ length }, () => words[Math.floor(next() * words.length)] ?? 'the').join(' ');
    paragraphs.push(`${sentence[0]?.toUpperCase() ?? ''}${sentence.slice(1)}.`);
    total += length;
  }
  const doc = articleSchema.node(
    'doc',
    null,
    paragraphs.map((text) => articleSchema.node('paragraph', null, [articleSchema.text(text)])),
  );
  const article = new Y.Doc();
  const fragment = article.getXmlFragment(articleFragmentName);
  prosemirrorToYXmlFragment(doc, fragment);
  const pmDoc = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
  const map = TextMap.of(pmDoc);
  const starts: number[] = [];
  for (let index = 0; index < map.text.length; index++) if (index === 0 || map.text[index - 1] === ' ') starts.push(index);
  const layer = new Y.Doc();
  const author = { id: 'bench', name: 'Benchmark' };
  layer.transact(() => {
    for (let index = 0; index < annotationCount; index++) {
      const start = starts[Math.floor(next() * starts.length)] ?? 0;
      let end = start;
      const length = 2 + Math.floor(next() * 10);
      for (let word = 0; word < length; word++) {
        const space = map.text.indexOf(' ', end + 1);
        const breakAt = map.text.indexOf('\n', end + 1);
        if (space === -1 || (breakAt !== -1 && breakAt < space)) break;
        end = space;
      }
      if (end <= start) end = Math.min(map.text.length, start + 3);
      const kind = annotationKinds[index % 3] ?? 'claim';
      const id = createAnnotation(
        layer,
        {
          kind,
          author,
          ...encodeAnchors(fragment, pmDoc, map.posAt(start, 1), map.posAt(end, -1)),
          ...quoteSelectorOf(map.text, start, end),
        },
        null,
        new Date('2026-01-01T00:00:00Z'),
        false,
      );
      if (kind === 'claim')
        updateAnnotation(
          layer,
          id,
          { verdict: verdicts[1 + (index % 6)] ?? 'false', note: `Checked ${index}.` },
          null,
          new Date('2026-01-01T00:00:00Z'),
        );
    }
  });
  return {
    record: { id: 'bench-article', title: 'Generated benchmark article', format: 'text', createdAt: '2026-01-01T00:00:00.000Z' },
    article,
    layer,
  };
}
