import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  activityLog,
  createAnnotation,
  deleteAnnotation,
  listActivity,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
  type ActivityEntry,
} from '../../../shared/index.js';
import { anchorsOf, TestArticle } from '../../support/article.js';
import { doc, p } from '../../support/builders.js';

const anchors = anchorsOf(TestArticle.from(doc(p('Officials said the bridge is safe.'))), 'the bridge is safe');
const ana = { id: 'ana', name: 'Ana' };
const ben = { id: 'ben', name: 'Ben' };

describe('annotation history', () => {
  it('records who created, changed and deleted which annotation, newest first', () => {
    const layer = new Y.Doc();
    const id = createAnnotation(layer, { kind: 'claim', ...anchors, author: ana });
    updateAnnotation(layer, id, { verdict: 'false', note: 'No.' }, null, new Date(), ben);
    deleteAnnotation(layer, id, null, ana);
    expect(listActivity(layer).map((entry) => [entry.by.name, entry.action, entry.annotationId, entry.fields])).toEqual([
      ['Ana', 'deleted', id, []],
      ['Ben', 'changed', id, ['verdict', 'note']],
      ['Ana', 'created', id, []],
    ]);
  });

  it('restores a deleted annotation as it was, once', () => {
    const layer = new Y.Doc();
    const id = createAnnotation(layer, { kind: 'claim', ...anchors, author: ana });
    updateAnnotation(layer, id, { verdict: 'misleading' }, null, new Date(), ana);
    const before = listAnnotations(layer);
    deleteAnnotation(layer, id, null, ben);
    const deletion = listActivity(layer)[0];
    if (deletion === undefined) throw new Error('no history');
    restoreAnnotation(layer, deletion, null, ana);
    expect(listAnnotations(layer)).toEqual(before);
    expect(listActivity(layer)[0]).toMatchObject({ action: 'restored', by: ana, annotationId: id });
    expect(() => restoreAnnotation(layer, deletion, null, ana)).toThrow(/exists already/);
  });

  it('skips lines of history it cannot read, repairs what it can do without, and offers no damaged copy to restore', () => {
    const layer = new Y.Doc();
    const id = createAnnotation(layer, { kind: 'claim', ...anchors, author: ana });
    const at = '2026-03-01T10:00:00.000Z';
    const line = { at, by: ben, action: 'deleted', annotationId: 'x', kind: 'claim', quote: 'q', fields: [], snapshot: null };
    activityLog(layer).push([
      'deleted' as unknown as ActivityEntry,
      null as unknown as ActivityEntry,
      { ...line, action: 'exploded' } as unknown as ActivityEntry,
      { ...line, kind: 'rumour' } as unknown as ActivityEntry,
      { ...line, at: 'yesterday' } as unknown as ActivityEntry,
      { ...line, annotationId: 7 } as unknown as ActivityEntry,
      { ...line, annotationId: 'repaired', by: 'Ben', quote: 42, fields: 'all' } as unknown as ActivityEntry,
      { ...line, annotationId: 'broken copy', snapshot: { id: 'broken copy', kind: 'claim', start: new Uint8Array([3]), end: 1 } },
    ] as ActivityEntry[]);
    expect(listActivity(layer).map((entry) => [entry.annotationId, entry.by.name, entry.quote, entry.fields, entry.snapshot])).toEqual([
      ['broken copy', 'Ben', 'q', [], null],
      ['repaired', 'Unknown', '', [], null],
      [id, 'Ana', 'the bridge is safe', [], null],
    ]);
  });
});
