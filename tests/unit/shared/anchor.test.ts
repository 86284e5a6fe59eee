import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationsMap } from '../../../shared/index.js';
import { coveredText, joinParagraphs, mark, resolveLayer, TestArticle } from '../../support/article.js';
import { doc, em, p } from '../../support/builders.js';

function setup() {
  const article = TestArticle.from(
    doc(p('The minister said the bridge was ', em('perfectly'), ' safe on Monday.'), p('Engineers said the bridge was unsafe.')),
  );
  const layer = new Y.Doc();
  const id = mark(article, layer, 'claim', 'the bridge was perfectly safe');
  return { article, layer, id };
}

describe('anchoring a span to its words', () => {
  it('covers the marked words across marks', () => {
    const { article, layer, id } = setup();
    expect(coveredText(article, layer, id)).toBe('the bridge was perfectly safe');
  });

  it.each([
    ['before it in the same paragraph', (article: TestArticle) => article.insert(article.rangeOf('minister').from, 'prime ')],
    ['in an earlier paragraph', (article: TestArticle) => article.insert(1, 'Yesterday: ')],
    ['after it', (article: TestArticle) => article.insert(article.rangeOf('Monday').to, ' morning')],
    ['in a later paragraph', (article: TestArticle) => article.insert(article.rangeOf('unsafe').to, ' indeed')],
    ['exactly at its start', (article: TestArticle) => article.insert(article.rangeOf('the bridge was perfectly').from, 'that ')],
    ['exactly at its end', (article: TestArticle) => article.insert(article.rangeOf('perfectly safe').to, ' and sound')],
  ])('stays on the same words after typing %s', (_name, edit) => {
    const { article, layer, id } = setup();
    edit(article);
    expect(coveredText(article, layer, id)).toBe('the bridge was perfectly safe');
  });

  it('grows with text typed inside it', () => {
    const { article, layer, id } = setup();
    article.insert(article.rangeOf('perfectly').from, 'not ');
    expect(coveredText(article, layer, id)).toBe('the bridge was not perfectly safe');
  });

  it('shrinks when part of its text is deleted', () => {
    const { article, layer, id } = setup();
    const { from } = article.rangeOf('said the bridge');
    article.delete(from, article.rangeOf('bridge').from);
    expect(coveredText(article, layer, id)).toBe('bridge was perfectly safe');
  });

  it('becomes orphaned, not dropped, when all its text is deleted', () => {
    const { article, layer, id } = setup();
    const { from, to } = article.rangeOf('the bridge was perfectly safe');
    article.delete(from, to);
    expect(coveredText(article, layer, id)).toBe('<orphaned>');
    const orphan = resolveLayer(article, layer)[0];
    expect(orphan?.annotation.quote).toBe('the bridge was perfectly safe');
    expect(annotationsMap(layer).size).toBe(1);
  });

  it('becomes orphaned when its paragraph is deleted, even if the words appear elsewhere', () => {
    const article = TestArticle.from(doc(p('He said the bridge was safe.'), p('She said the bridge was safe.')));
    const layer = new Y.Doc();
    const id = mark(article, layer, 'claim', 'the bridge was safe', 1);
    article.deleteBlock(1);
    expect(coveredText(article, layer, id)).toBe('<orphaned>');
  });

  it('finds its words again by quote when its paragraph is split before it', () => {
    const { article, layer, id } = setup();
    const other = mark(article, layer, 'attribution', 'The minister said');
    article.splitParagraph(article.rangeOf('said the bridge').to - 'the bridge'.length);
    expect(article.text()).toContain('The minister said \n\nthe bridge was');
    const resolved = resolveLayer(article, layer).find((item) => item.annotation.id === id);
    expect(resolved).toMatchObject({ status: 'anchored', reanchored: true });
    expect(coveredText(article, layer, id)).toBe('the bridge was perfectly safe');
    expect(coveredText(article, layer, other)).toBe('The minister said');
  });

  it('keeps a whole-paragraph claim when that paragraph is joined to the one before', () => {
    const article = TestArticle.from(doc(p('Officials met on Monday.'), p('Unemployment fell by half last year, the minister said.')));
    const layer = new Y.Doc();
    const id = mark(article, layer, 'claim', 'Unemployment fell by half last year');
    joinParagraphs(article, 1);
    expect(article.text()).toBe('Officials met on Monday.Unemployment fell by half last year, the minister said.');
    expect(coveredText(article, layer, id)).toBe('Unemployment fell by half last year');
  });

  it('keeps all its words when its paragraph is split inside it', () => {
    const article = TestArticle.from(doc(p('He said taxes will fall next year, and wages rise.')));
    const layer = new Y.Doc();
    const id = mark(article, layer, 'claim', 'taxes will fall next year');
    article.splitParagraph(article.rangeOf('will').to);
    expect(article.text()).toBe('He said taxes will\n\n fall next year, and wages rise.');
    expect(coveredText(article, layer, id)).toBe('taxes will\n\n fall next year');
  });

  it('does not jump to an identical paragraph when its own is deleted', () => {
    const article = TestArticle.from(doc(p('First report.'), p('She denied it.'), p('Second report, much later.'), p('She denied it.')));
    const layer = new Y.Doc();
    const id = mark(article, layer, 'denial', 'She denied it.', 1);
    article.deleteBlock(3);
    expect(coveredText(article, layer, id)).toBe('<orphaned>');
  });

  it('is pending while the article lacks the text it points at', () => {
    const { article, layer, id } = setup();
    const behind = new TestArticle();
    expect(resolveLayer(behind, layer)[0]?.status).toBe('pending');
    Y.applyUpdate(behind.ydoc, Y.encodeStateAsUpdate(article.ydoc));
    expect(coveredText(behind, layer, id)).toBe('the bridge was perfectly safe');
  });

  it('lists annotations in text order, overlapping and nested ones included', () => {
    const article = TestArticle.from(doc(p('Officials said the plan, which critics denied, would work.')));
    const layer = new Y.Doc();
    const outer = mark(article, layer, 'claim', 'the plan, which critics denied, would work');
    const inner = mark(article, layer, 'denial', 'critics denied');
    const first = mark(article, layer, 'attribution', 'Officials said');
    const overlap = mark(article, layer, 'claim', 'said the plan');
    expect(resolveLayer(article, layer).map((item) => item.annotation.id)).toEqual([first, overlap, outer, inner]);
  });
});
