import type * as Y from 'yjs';
import type { Annotation, AnnotationKind, Person } from './annotation.js';

/** What happened to an annotation. */
export type ActivityAction = 'created' | 'changed' | 'deleted' | 'restored';

/** One line of a layer's history. */
export interface ActivityEntry {
  at: string;
  by: Person;
  action: ActivityAction;
  annotationId: string;
  kind: AnnotationKind;
  quote: string;
  /** The fields a change touched. */
  fields: string[];
  /** For a deletion: the whole annotation, so it can be restored. */
  snapshot: Annotation | null;
}

/** The name of the layer doc's array of activity entries, oldest first. */
export const activityName = 'activity';

export function activityLog(layer: Y.Doc): Y.Array<ActivityEntry> {
  return layer.getArray<ActivityEntry>(activityName);
}

/** Adds an entry to a layer's history; call inside the transaction that made the change. */
export function recordActivity(layer: Y.Doc, entry: Omit<ActivityEntry, 'at'>, now = new Date()): void {
  activityLog(layer).push([{ ...entry, at: now.toISOString() }]);
}

/** The history of a layer, newest first, skipping entries that are not well formed. */
export function listActivity(layer: Y.Doc): ActivityEntry[] {
  return activityLog(layer)
    .toArray()
    .filter(
      (entry): entry is ActivityEntry =>
        typeof entry === 'object' && entry !== null && typeof entry.annotationId === 'string' && typeof entry.action === 'string',
    )
    .reverse();
}
