import type * as Y from 'yjs';
import type { Annotation, AnnotationKind, Person } from './annotation/schema.js';
import { isDamaged, isRecord, readFields, readPerson } from './annotation/entry.js';
import { isAnnotationKind } from './annotation/schema.js';

/** What happened to an annotation. */
export const activityActions = ['created', 'changed', 'deleted', 'restored'] as const;
export type ActivityAction = (typeof activityActions)[number];

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
  /** For a change of a claim's workflow: the new values, readably (a step's id, a person's name, empty for nobody). */
  values?: Record<string, string>;
}

/** The name of the layer doc's array of activity entries, oldest first. */
export const activityName = 'activity';

export function activityLog(layer: Y.Doc): Y.Array<ActivityEntry> {
  return layer.getArray<ActivityEntry>(activityName);
}

/** Adds an entry to a layer's history; call inside the transaction that made the change. */
export function recordActivity(layer: Y.Doc, entry: Omit<ActivityEntry, 'at'>, now = new Date()): void {
  const log = activityLog(layer);
  // Inserted at the end by index, not pushed: Yjs's push walks the whole list from its start when no
  // search marker is set, which made writing marks quadratic in the history; an index insert keeps one.
  log.insert(log.length, [{ ...entry, at: now.toISOString() }]);
}

/**
 * One stored line of history as the sidebar shows it, or null when it cannot
 * say what happened (no annotation id, an unknown action or kind, a time
 * that is not a time). Fields it can do without are repaired; a deletion's
 * copy that is not a readable annotation is dropped, so it is not offered
 * for restoring. Never throws.
 */
export function readActivityEntry(value: unknown): ActivityEntry | null {
  if (!isRecord(value)) return null;
  const { at, by, action, annotationId, kind, quote, fields, snapshot, values } = value;
  if (typeof annotationId !== 'string' || !isAnnotationKind(kind)) return null;
  if (typeof action !== 'string' || !(activityActions as readonly string[]).includes(action)) return null;
  if (typeof at !== 'string' || Number.isNaN(new Date(at).getTime())) return null;
  const copy = action === 'deleted' && isRecord(snapshot) ? readFields(annotationId, snapshot) : null;
  return {
    at,
    by: readPerson(by) ?? { id: '', name: 'Unknown' },
    action: action as ActivityAction,
    annotationId,
    kind,
    quote: typeof quote === 'string' ? quote : '',
    fields: Array.isArray(fields) ? fields.filter((field): field is string => typeof field === 'string') : [],
    snapshot: copy === null || isDamaged(copy) ? null : copy,
    ...(isRecord(values)
      ? { values: Object.fromEntries(Object.entries(values).filter((pair): pair is [string, string] => typeof pair[1] === 'string')) }
      : {}),
  };
}

/** The history of a layer, newest first, skipping entries that cannot be read ({@link readActivityEntry}). */
export function listActivity(layer: Y.Doc): ActivityEntry[] {
  const entries: ActivityEntry[] = [];
  for (const value of activityLog(layer).toArray()) {
    const entry = readActivityEntry(value);
    if (entry !== null) entries.push(entry);
  }
  return entries.reverse();
}
