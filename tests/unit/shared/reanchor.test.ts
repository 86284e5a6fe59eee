import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { activityLog, encodeAnchors, quoteSelectorOf, reanchorAnnotation, TextMap } from '../../../shared/index.js';
import { coveredText, joinParagraphs, mark, resolveLayer, TestArticle } from '../../support/article.js';
import { doc, p } from '../../support/builders.js';

/** Writes back where each annotation flagged as stale was placed, as a page does. */
function writeBack(article: TestArticle, layer: Y.Doc): number {
  const map = TextMap.of(article.doc());
  let written = 0;
  for (const item of resolveLayer(article, layer)) {
    if (item.status !== 'anchored' || !item.anchorsStale) continue;
    const anchors = encodeAnchors(article.fragment, article.doc(), item.from, item.to);
    const span = quoteSelectorOf(map.text, map.offsetAt(item.from), map.offsetAt(item.to));
    reanchorAnnotation(layer, item.annotation.id, { ...anchors, ...span });
    written++;
  }
  return written;
}

describe('writing back where a mark was found again', () => {
  it('flags a mark found by its quote, and once its place is written back it stays there whatever is edited around it', () => {
    const article = TestArticle.from(
      doc(p('The plant will close by next spring.'), p('A spokeswoman for the union denied that workers had been consulted.')),
    );
    const layer = new Y.Doc();
    const id = mark(article, layer, 'claim', 'denied');
    joinParagraphs(article, 1);
    expect(resolveLayer(article, layer)[0]).toMatchObject({ status: 'anchored', reanchored: true, anchorsStale: true });
    expect(writeBack(article, layer)).toBe(1);
    expect(resolveLayer(article, layer)[0]).toMatchObject({ status: 'anchored', reanchored: false, anchorsStale: false });
    expect(writeBack(article, layer)).toBe(0);
    // Most of the context the quote was taken with goes: the anchors still hold.
    const { from, to } = article.rangeOf('A spokeswoman for the union ');
    article.delete(from, to);
    expect(coveredText(article, layer, id)).toBe('denied');
  });

  it('keeps the last change time and the history as they were', () => {
    const article = TestArticle.from(doc(p('Officials met.'), p('Unemployment fell by half, the minister said.')));
    const layer = new Y.Doc();
    mark(article, layer, 'claim', 'Unemployment fell by half');
    const before = resolveLayer(article, layer)[0]?.annotation;
    const entries = activityLog(layer).length;
    joinParagraphs(article, 1);
    expect(writeBack(article, layer)).toBe(1);
    const after = resolveLayer(article, layer)[0]?.annotation;
    expect(after?.updatedAt).toBe(before?.updatedAt);
    expect(activityLog(layer).length).toBe(entries);
  });
});
