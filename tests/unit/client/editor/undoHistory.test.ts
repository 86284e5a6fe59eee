import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { localAnnotationOrigin } from '../../../../client/src/editor/markSelection.js';
import { recordUndoHistory } from '../../../../client/src/editor/undoHistory.js';
import { listActivity } from '../../../../shared/activity.js';
import { annotationsMap, createAnnotation, deleteAnnotation, readAnnotation, type Annotation } from '../../../../shared/index.js';
import { anchorsOf, TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

const reviewer = { id: 'r1', name: 'Rosa' };

/** A layer with this reviewer's undo manager and History recorder, as the editor sets them up. */
function setup() {
  const article = TestArticle.from(doc(p('The mayor said the port would reopen on Monday.')));
  const layer = new Y.Doc();
  const undo = new Y.UndoManager(annotationsMap(layer), { trackedOrigins: new Set([localAnnotationOrigin]), captureTimeout: 0 });
  // The editor gives the marks as it last placed them: here, as they were read after each change.
  const known = new Map<string, Annotation>();
  annotationsMap(layer).observeDeep(() => {
    annotationsMap(layer).forEach((entry, id) => {
      const annotation = readAnnotation(id, entry);
      if (annotation !== null) known.set(id, annotation);
    });
  });
  const stop = recordUndoHistory(
    layer,
    undo,
    (id) => known.get(id) ?? null,
    () => reviewer,
  );
  const markClaim = () =>
    createAnnotation(layer, { kind: 'claim', ...anchorsOf(article, 'the port would reopen'), author: reviewer }, localAnnotationOrigin);
  /** The newest History lines, newest first, as action and quote. */
  const latest = (count: number) =>
    listActivity(layer)
      .slice(0, count)
      .map((entry) => `${entry.action} ${entry.quote}`);
  return { layer, undo, stop, markClaim, latest };
}

describe('undo and redo of marks in the layer’s History', () => {
  it('lists a mark undone as deleted, with a copy to restore, and brought back by redo as marked', () => {
    const t = setup();
    const id = t.markClaim();
    t.undo.undo();
    const [deleted] = listActivity(t.layer);
    expect(deleted).toMatchObject({ action: 'deleted', annotationId: id, quote: 'the port would reopen', by: reviewer });
    expect(deleted?.snapshot?.kind).toBe('claim');
    t.undo.redo();
    expect(t.latest(1)).toEqual(['created the port would reopen']);
    expect(annotationsMap(t.layer).has(id)).toBe(true);
  });

  it('lists a deletion undone as restored', () => {
    const t = setup();
    const id = t.markClaim();
    deleteAnnotation(t.layer, id, localAnnotationOrigin, reviewer);
    t.undo.undo();
    expect(t.latest(2)).toEqual(['restored the port would reopen', 'deleted the port would reopen']);
  });

  it('writes nothing for changes that are not an undo or redo, nor once stopped', () => {
    const t = setup();
    const id = t.markClaim();
    const lines = listActivity(t.layer).length;
    deleteAnnotation(t.layer, id, 'collaborator', { id: 'c', name: 'Carl' });
    expect(listActivity(t.layer).length).toBe(lines + 1);
    t.stop();
    const again = t.markClaim();
    t.undo.undo();
    expect(annotationsMap(t.layer).has(again)).toBe(false);
    expect(t.latest(1)).toEqual(['created the port would reopen']);
  });
});
