import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationsMap, createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../../../shared/index.js';
import { anchorsOf, TestArticle } from '../../support/article.js';
import { doc, p } from '../../support/builders.js';

const article = TestArticle.from(doc(p('The first resize, then the second resize, and q.')));
const anchors = { ...anchorsOf(article, 'q'), quote: 'q', prefix: '', suffix: '' };
const first = anchorsOf(article, 'first resize');
const second = anchorsOf(article, 'second resize');
const author = { id: 'a1', name: 'Zoë' };

describe('annotation model', () => {
  it('creates an annotation with defaults for every kind’s fields', () => {
    const layer = new Y.Doc();
    const id = createAnnotation(layer, { kind: 'claim', ...anchors, author }, null, new Date('2026-01-02T03:04:05Z'));
    expect(listAnnotations(layer)).toEqual([
      expect.objectContaining({
        id,
        kind: 'claim',
        verdict: 'unverified',
        evidence: [],
        links: [],
        note: '',
        author,
        createdAt: '2026-01-02T03:04:05.000Z',
      }),
    ]);
  });

  it('updates fields and refuses unknown values', () => {
    const layer = new Y.Doc();
    const id = createAnnotation(layer, { kind: 'attribution', ...anchors, author });
    updateAnnotation(layer, id, { speaker: { name: 'Søren', role: 'chair of the group' }, sourceType: 'named', note: 'n' });
    expect(listAnnotations(layer)[0]).toMatchObject({ speaker: { name: 'Søren', role: 'chair of the group' }, note: 'n' });
    expect(() => updateAnnotation(layer, id, { verdict: 'maybe' as 'true' })).toThrow(RangeError);
    expect(() => updateAnnotation(layer, 'nope', { note: 'x' })).toThrow(/no annotation/);
  });

  it('merges concurrent changes to different fields', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const id = createAnnotation(a, { kind: 'claim', ...anchors, author });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    updateAnnotation(a, id, { verdict: 'false' });
    updateAnnotation(b, id, { note: 'Checked against the minutes.' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(listAnnotations(a)[0]).toMatchObject({ verdict: 'false', note: 'Checked against the minutes.' });
    expect(listAnnotations(b)).toEqual(listAnnotations(a));
  });

  it('removes links to a deleted annotation', () => {
    const layer = new Y.Doc();
    const claim = createAnnotation(layer, { kind: 'claim', ...anchors, author });
    const attribution = createAnnotation(layer, { kind: 'attribution', ...anchors, author });
    updateAnnotation(layer, attribution, { links: [claim] });
    deleteAnnotation(layer, claim);
    expect(listAnnotations(layer)).toEqual([expect.objectContaining({ id: attribution, links: [] })]);
  });

  it('skips entries that are not annotations and repairs bad fields', () => {
    const layer = new Y.Doc();
    const junk = new Y.Map<unknown>();
    junk.set('kind', 'rumour');
    annotationsMap(layer).set('junk', junk);
    const odd = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({
      span: anchors,
      made: { kind: 'claim' },
      verdict: 42,
      links: ['x', 7],
      evidence: [{ url: 'https://a.example/' }, 'bad'],
    }))
      odd.set(key, value);
    annotationsMap(layer).set('odd', odd);
    expect(listAnnotations(layer)).toEqual([
      expect.objectContaining({
        id: 'odd',
        verdict: 'unverified',
        links: ['x'],
        evidence: [{ url: 'https://a.example/', title: '' }],
        author: { id: '', name: 'Unknown' },
      }),
    ]);
  });

  it('keeps the span as one value, so a resize and another resize never mix their ends', () => {
    const [one, two] = [new Y.Doc(), new Y.Doc()];
    const id = createAnnotation(one, { kind: 'claim', ...anchors, author });
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const stored = annotationsMap(one).get(id);
    expect([...(stored?.keys() ?? [])].sort()).toEqual(['made', 'span']);

    updateAnnotation(one, id, first);
    updateAnnotation(two, id, second);
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    const [merged] = listAnnotations(one);
    expect(listAnnotations(two)).toEqual(listAnnotations(one));
    // One resize wins whole: its start, its end and its quote.
    const winner = merged?.quote === 'first resize' ? first : second;
    expect(merged).toMatchObject({ start: winner.start, end: winner.end, quote: winner.quote });
  });

  it('keeps the kind with the making, and the time of the last change once there is one, each change merging with others', () => {
    const [one, two] = [new Y.Doc(), new Y.Doc()];
    const id = createAnnotation(one, { kind: 'claim', ...anchors, author }, null, new Date('2026-02-02T00:00:00.000Z'));
    expect(listAnnotations(one)[0]).toMatchObject({
      kind: 'claim',
      createdAt: '2026-02-02T00:00:00.000Z',
      updatedAt: '2026-02-02T00:00:00.000Z',
    });
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));

    // One reviewer makes it a denial while another writes a note: both win.
    updateAnnotation(one, id, { kind: 'denial' }, null, new Date('2026-02-03T00:00:00.000Z'));
    updateAnnotation(two, id, { note: 'Source?' }, null, new Date('2026-02-04T00:00:00.000Z'));
    Y.applyUpdate(one, Y.encodeStateAsUpdate(two));
    Y.applyUpdate(two, Y.encodeStateAsUpdate(one));
    expect(listAnnotations(one)).toEqual(listAnnotations(two));
    expect(listAnnotations(one)[0]).toMatchObject({ kind: 'denial', note: 'Source?', author, createdAt: '2026-02-02T00:00:00.000Z' });
    expect(listAnnotations(one)[0]?.updatedAt).toMatch(/^2026-02-0[34]/);
    expect([...(annotationsMap(one).get(id)?.keys() ?? [])].sort()).toEqual(['made', 'note', 'span', 'updatedAt']);
  });
});
