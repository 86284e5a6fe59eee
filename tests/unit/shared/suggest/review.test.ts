import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationsMap, listAnnotations, resolveAnnotations, TextMap } from '../../../../shared/index.js';
import {
  acceptSuggestion,
  pendingSuggestions,
  rejectedIds,
  rejectedSuggestions,
  rejectSuggestion,
  suggestMarks,
  type PlacedAnnotation,
} from '../../../../shared/suggest/index.js';
import { TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

const author = { id: 'u1', name: 'Rita Reviewer' };

function setup() {
  const article = TestArticle.from(
    doc(p('Officials said the bridge would reopen in May.'), p('"It is safe," said Ana Silva, the engineer.')),
  );
  const layer = new Y.Doc();
  // The rules' suggestions, all of them: what a reviewer does with one does not hang on which the weights would drop.
  const suggestions = suggestMarks(article.text(), { worthWeights: null });
  const placed = (): PlacedAnnotation[] => {
    const map = TextMap.of(article.doc());
    return resolveAnnotations(listAnnotations(layer), article.state()).flatMap((item) =>
      item.status === 'anchored'
        ? [{ id: item.annotation.id, kind: item.annotation.kind, start: map.offsetAt(item.from), end: map.offsetAt(item.to) }]
        : [],
    );
  };
  const find = (quote: string) => {
    const found = suggestions.find((suggestion) => suggestion.quote === quote);
    if (found === undefined) throw new Error(`No suggestion “${quote}”.`);
    return found;
  };
  const accept = (quote: string) => acceptSuggestion(layer, article.state(), find(quote), suggestions, placed(), author);
  return { article, layer, suggestions, placed, find, accept };
}

describe('accepting and rejecting suggestions', () => {
  it('turns an attribution into a real annotation with its speaker, linked to the claim accepted before', () => {
    const { layer, accept } = setup();
    const claim = accept('It is safe');
    const attribution = accept('said Ana Silva, the engineer');
    const annotations = listAnnotations(layer);
    expect(annotations.find((annotation) => annotation.id === claim)).toMatchObject({
      kind: 'claim',
      quote: 'It is safe',
      author,
    });
    expect(annotations.find((annotation) => annotation.id === attribution)).toMatchObject({
      kind: 'attribution',
      quote: 'said Ana Silva, the engineer',
      speaker: { name: 'Ana Silva', role: 'the engineer' },
      sourceType: 'named',
      links: [claim],
    });
  });

  it('links the attribution accepted first to the claim accepted after', () => {
    const { layer, accept } = setup();
    const attribution = accept('Officials said');
    const claim = accept('the bridge would reopen in May');
    expect(listAnnotations(layer).find((annotation) => annotation.id === attribution)).toMatchObject({
      sourceType: 'anonymous',
      links: [claim],
    });
  });

  it('undoes an acceptance, the link it added included, in one step, and a rejection too', () => {
    const { layer, article, suggestions, find, placed } = setup();
    const origin = { name: 'me' };
    const undo = new Y.UndoManager([annotationsMap(layer), rejectedSuggestions(layer)], { trackedOrigins: new Set([origin]) });
    acceptSuggestion(layer, article.state(), find('Officials said'), suggestions, placed(), author, origin);
    undo.stopCapturing();
    acceptSuggestion(layer, article.state(), find('the bridge would reopen in May'), suggestions, placed(), author, origin);
    expect(listAnnotations(layer).find((annotation) => annotation.kind === 'attribution')?.links).toHaveLength(1);
    undo.stopCapturing();
    undo.undo();
    expect(listAnnotations(layer)).toMatchObject([{ quote: 'Officials said', links: [] }]);
    rejectSuggestion(layer, find('It is safe'), author, origin);
    undo.stopCapturing();
    undo.undo();
    expect(rejectedSuggestions(layer).size).toBe(0);
  });

  it('hides rejected suggestions and ones already marked, and keeps the rejection in the layer', () => {
    const { layer, suggestions, placed, find, accept } = setup();
    rejectSuggestion(layer, find('Officials said'), author);
    accept('It is safe');
    const rejected = new Set(rejectedSuggestions(layer).keys());
    const pending = pendingSuggestions(suggestions, rejected, placed()).map((suggestion) => suggestion.quote);
    expect(pending).toEqual(['the bridge would reopen in May', 'said Ana Silva, the engineer']);
    expect(rejectedSuggestions(layer).get(find('Officials said').id)).toMatchObject({
      by: author,
      kind: 'attribution',
      quote: 'Officials said',
    });
  });

  it('hides a suggestion rejected with any value stored beside it, as a peer could', () => {
    const { layer, suggestions, placed, find } = setup();
    const junk = rejectedSuggestions(layer) as unknown as Y.Map<unknown>;
    junk.set(find('Officials said').id, 'rejected');
    junk.set(find('It is safe').id, null);
    junk.set('no such suggestion', { by: 7 });
    const pending = pendingSuggestions(suggestions, rejectedIds(layer), placed()).map((suggestion) => suggestion.quote);
    expect(pending).toEqual(['the bridge would reopen in May', 'said Ana Silva, the engineer']);
  });

  it('refuses a suggestion whose words have changed', () => {
    const { article, layer, suggestions, find } = setup();
    const stale = find('Officials said');
    article.insert(article.rangeOf('Officials').from, 'Two ');
    expect(() => acceptSuggestion(layer, article.state(), stale, suggestions, [], author)).toThrow(RangeError);
    expect(listAnnotations(layer)).toEqual([]);
  });
});
