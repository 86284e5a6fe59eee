import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  annotationsMap,
  createAnnotation,
  deleteAnnotation,
  deleteDamagedEntry,
  listActivity,
  readLayer,
  updateAnnotation,
} from '../../../shared/index.js';
import { anchorsOf, TestArticle } from '../../support/article.js';
import { doc, p } from '../../support/builders.js';

const article = TestArticle.from(doc(p('Officials said the bridge is safe.')));
const span = { ...anchorsOf(article, 'the bridge is safe') };
const author = { id: 'ana', name: 'Ana' };
const otherType = Y.encodeRelativePosition(Y.createRelativePositionFromJSON({ tname: 'meta', assoc: 0 }));

/** A layer holding one good annotation and one entry written as given, field by field as a hostile peer could. */
function layerWith(value: unknown): { layer: Y.Doc; good: string } {
  const layer = new Y.Doc();
  const good = createAnnotation(layer, { kind: 'claim', ...span, author });
  layer.transact(() => {
    if (value instanceof Y.AbstractType || typeof value !== 'object' || value === null || Array.isArray(value)) {
      annotationsMap(layer).set('junk', value as Y.Map<unknown>);
      return;
    }
    const entry = new Y.Map<unknown>();
    annotationsMap(layer).set('junk', entry);
    for (const [key, field] of Object.entries(value)) entry.set(key, field);
  });
  return { layer, good };
}

const made = { author, createdAt: '2026-01-01T00:00:00.000Z', kind: 'claim' };

describe('readLayer', () => {
  it.each<[string, unknown, RegExp]>([
    ['a string', 'claim', /is not a map of fields/],
    ['a number', 42, /is not a map of fields/],
    ['a list', new Y.Array(), /is not a map of fields/],
    ['a text', new Y.Text('claim'), /is not a map of fields/],
    ['an empty map', {}, /kind: missing/],
    ['an unknown kind', { span, made: { ...made, kind: 'rumour' } }, /kind: "rumour" is not one of claim, denial, attribution/],
    ['anchors naming nothing', { span: { ...span, start: new Uint8Array([3]), end: new Uint8Array([3]) }, made }, /start: names no item/],
    ['anchors that do not decode', { span: { ...span, end: new Uint8Array([1]) }, made }, /end: does not decode/],
    ['an anchor into another type', { span: { ...span, start: otherType }, made }, /start: names "meta", not the article/],
    ['anchors that are numbers', { span: { ...span, start: 3, end: -1 }, made }, /start: is a number, not an anchor/],
    ['anchors that are lists', { span: { ...span, start: [1, 2], end: 'x' }, made }, /start: is a list/],
    ['no span at all', { made }, /start: is missing/],
    ['a span that is a string', { span: 'the bridge', made }, /start: is missing/],
    ['a huge anchor', { span: { ...span, start: new Uint8Array(100_000) }, made }, /start: is 100000 bytes/],
  ])('skips %s, says what is wrong, and reads the rest', (_name, value, problem) => {
    const { layer, good } = layerWith(value);
    const { annotations, damaged } = readLayer(layer);
    expect(annotations.map((annotation) => annotation.id)).toEqual([good]);
    expect(damaged).toHaveLength(1);
    expect(damaged[0]?.id).toBe('junk');
    expect(damaged[0]?.problem).toMatch(problem);
  });

  it('salvages the quote, kind and author of a damaged entry when they are readable', () => {
    const { layer } = layerWith({ span: { ...span, start: new Uint8Array([3]) }, made });
    expect(readLayer(layer).damaged).toEqual([
      { id: 'junk', problem: 'start: names no item and no type', kind: 'claim', quote: 'the bridge is safe', author },
    ]);
    const unreadable = layerWith({ span: { start: 1, quote: 7 }, made: { author: 'Ana', kind: 9 } }).layer;
    expect(readLayer(unreadable).damaged[0]).toMatchObject({ kind: null, quote: null, author: null });
    const long = layerWith({ span: { start: 1, quote: 'x'.repeat(1_000_000) }, made }).layer;
    expect(readLayer(long).damaged[0]?.quote).toHaveLength(500);
  });

  it('repairs fields it can do without: wrong types, huge strings, missing ones', () => {
    const { layer } = layerWith({
      span: { ...span, quote: 12, prefix: null },
      made: { author: 'nobody', createdAt: 5, kind: 'denial' },
      note: 'n'.repeat(1_000_000),
      verdict: 'maybe',
      evidence: 'https://example.org',
      speaker: [1, 2],
      links: { a: 1 },
      sourceType: 3,
    });
    const { annotations, damaged } = readLayer(layer);
    expect(damaged).toEqual([]);
    expect(annotations.find((annotation) => annotation.id === 'junk')).toMatchObject({
      kind: 'denial',
      quote: '',
      prefix: '',
      author: { id: '', name: 'Unknown' },
      createdAt: '',
      verdict: 'unverified',
      evidence: [],
      speaker: { name: '', role: '' },
      links: [],
      sourceType: 'named',
    });
  });
});

describe('writing around damaged entries', () => {
  it('deletes a damaged entry whatever it holds, recorded in the history when its kind is readable', () => {
    const { layer, good } = layerWith({ span: { ...span, start: new Uint8Array([3]) }, made });
    deleteDamagedEntry(layer, 'junk', null, author);
    expect(readLayer(layer)).toMatchObject({ damaged: [], annotations: [{ id: good }] });
    expect(listActivity(layer)[0]).toMatchObject({ action: 'deleted', annotationId: 'junk', kind: 'claim', snapshot: null });

    const notAMap = layerWith('claim').layer;
    const before = listActivity(notAMap).length;
    deleteDamagedEntry(notAMap, 'junk', null, author);
    expect(readLayer(notAMap).damaged).toEqual([]);
    expect(listActivity(notAMap)).toHaveLength(before);
  });

  it('refuses to delete a readable annotation as damaged', () => {
    const { layer, good } = layerWith('claim');
    expect(() => deleteDamagedEntry(layer, good)).toThrow(/is not damaged/);
  });

  it('deletes an annotation beside entries that are not maps', () => {
    const { layer, good } = layerWith('claim');
    deleteAnnotation(layer, good, null, author);
    expect(readLayer(layer).annotations).toEqual([]);
  });

  it('refuses to change a damaged entry, or to write anchors that are not anchors', () => {
    const { layer, good } = layerWith({ span: { ...span, start: new Uint8Array([3]) }, made });
    expect(() => updateAnnotation(layer, 'junk', { note: 'x' })).toThrow(/damaged/);
    expect(() => updateAnnotation(layer, good, { start: new Uint8Array([3]) })).toThrow(/start of an annotation names no item/);
    expect(() => createAnnotation(layer, { kind: 'claim', ...span, end: new Uint8Array([1]), author })).toThrow(RangeError);
  });
});
