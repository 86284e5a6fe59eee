import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationsMap, createAnnotation, deleteAnnotation, listAnnotations, updateAnnotation } from '../../../shared/index.js';

const anchors = { start: new Uint8Array([1]), end: new Uint8Array([2]), quote: 'q', prefix: '', suffix: '' };
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
      kind: 'claim',
      ...anchors,
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
});
