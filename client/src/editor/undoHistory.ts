import * as Y from 'yjs';
import { recordActivity, type ActivityEntry } from '../../../shared/activity.js';
import { annotationsMap, readAnnotation, type Annotation, type Person } from '../../../shared/annotation.js';

/** The origin of the History lines written for an undo or redo. */
const undoHistoryOrigin = { name: 'undo history' };

/**
 * Writes this person's undo and redo of marks into the layer's History, as
 * any other change is: a mark undone is listed as deleted, with a copy to
 * restore; one brought back by redo as marked, and by undoing its deletion
 * as restored. `before` gives a mark as it was before the undo removed it.
 * Returns the function that stops recording.
 */
export function recordUndoHistory(
  layer: Y.Doc,
  undoManager: Y.UndoManager,
  before: (id: string) => Annotation | null,
  actor: () => Person,
): () => void {
  const annotations = annotationsMap(layer);
  const observe = (event: Y.YMapEvent<Y.Map<unknown>>, transaction: Y.Transaction) => {
    if (transaction.origin !== undoManager) return;
    const entries: Omit<ActivityEntry, 'at'>[] = [];
    const by = actor();
    for (const [id, change] of event.changes.keys) {
      if (change.action === 'delete') {
        const snapshot = before(id);
        if (snapshot !== null)
          entries.push({ by, action: 'deleted', annotationId: id, kind: snapshot.kind, quote: snapshot.quote, fields: [], snapshot });
      } else if (change.action === 'add') {
        const entry = annotations.get(id);
        const annotation = entry instanceof Y.Map ? readAnnotation(id, entry) : null;
        if (annotation !== null)
          entries.push({
            by,
            action: undoManager.undoing ? 'restored' : 'created',
            annotationId: id,
            kind: annotation.kind,
            quote: annotation.quote,
            fields: [],
            snapshot: null,
          });
      }
    }
    // Written in a transaction of its own after the undo's, which the undo manager does not track.
    if (entries.length > 0) layer.transact(() => entries.forEach((entry) => recordActivity(layer, entry)), undoHistoryOrigin);
  };
  annotations.observe(observe);
  return () => annotations.unobserve(observe);
}
