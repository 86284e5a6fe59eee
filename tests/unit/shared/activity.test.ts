import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createAnnotation,
  deleteAnnotation,
  listActivity,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
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
});
