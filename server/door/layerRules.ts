import * as Y from 'yjs';
import { z } from 'zod';
import { activityName, annotationKinds, annotationsMapName, rejectedSuggestionsName } from '../../shared/index.js';
import { annotationEntryProblem, annotationFieldsProblem, annotationLimits } from '../../shared/annotationEntry.js';
import { threadsMapName } from '../../shared/thread/index.js';
import { storedWorkflowFields, workflowProblem, type WorkflowFields } from '../../shared/workflow/index.js';
import type { PlacedUpdate } from './placedUpdate.js';
import { threadFieldProblem, threadRemovalProblem, threadRootProblem, type Writer } from './threadRules.js';
import { schemaProblem } from '../../shared/schemaProblem.js';

const person = z.object({ id: z.string().max(annotationLimits.name), name: z.string().max(annotationLimits.name) });

/** A line of a layer's history, as `recordActivity` writes it. */
const activityEntrySchema = z.object({
  at: z.string().max(64),
  by: person,
  action: z.enum(['created', 'changed', 'deleted', 'restored']),
  annotationId: z.string().max(64),
  kind: z.enum(annotationKinds),
  quote: z.string().max(annotationLimits.quote),
  fields: z.array(z.string().max(64)).max(100),
  // A deleted annotation's copy; restoring it writes an entry, which is checked then.
  snapshot: z.record(z.string(), z.unknown()).nullable(),
  // A workflow change's new values, readably (see `ActivityEntry.values`).
  values: z.record(z.string().max(64), z.string().max(annotationLimits.name)).optional(),
});

/** A rejected suggestion, as `rejectSuggestion` writes it. */
const rejectionSchema = z.object({
  by: person,
  at: z.string().max(64),
  kind: z.enum(annotationKinds),
  quote: z.string().max(annotationLimits.quote),
});

/** The value an item writes into a map field, or `undefined` for a deleted one. */
function writtenValue(content: Y.Item['content']): unknown {
  if (content instanceof Y.ContentAny) return content.arr[content.arr.length - 1];
  if (content instanceof Y.ContentBinary) return content.content;
  if (content instanceof Y.ContentString) return content.str;
  return undefined;
}

/** An annotation entry an update writes into: its map's item and the fields it sets. */
interface Touched {
  id: string;
  fields: Map<string, unknown>;
}

/**
 * Why an update may not be applied to an annotation layer, or null. A layer
 * holds the `annotations` map (entries that must stay valid annotations), the
 * `activity` list, the `rejectedSuggestions` map and the `threads` map (each
 * mark's replies, checked against the writer: see `threadRules.ts`), and
 * nothing else. An entry already damaged before (stored before the door) may
 * still be changed or deleted, so its owner can repair or remove it. With a
 * writer, each entry's change of a claim's workflow (status, assignee,
 * verdict, approval) must be one the writer's role may make
 * (`workflowProblem`).
 */
export function layerUpdateProblem(update: PlacedUpdate, writer: Writer | null = null): string | null {
  const touched = new Map<Y.Item, Touched>();
  /** The keys written in each thread, by the thread's item. */
  const threadKeys = new Map<Y.Item, Set<string>>();
  for (const item of update.items) {
    if (item.content instanceof Y.ContentDeleted) continue;
    const place = update.placeOf(item);
    if (place === 'dropped' || place === 'unknown') continue;
    const { parent, key } = place;
    if ('root' in parent) {
      switch (parent.root) {
        case annotationsMapName:
          if (key === null) return 'writes list content into the annotations map';
          if (key.length > 64) return `names an annotation "${key.slice(0, 40)}…", longer than an id`;
          if (!(item.content instanceof Y.ContentType) || !(item.content.type instanceof Y.Map) || item.content.type instanceof Y.XmlHook)
            return `annotation "${key}": is not a map of fields`;
          if (!touched.has(item)) touched.set(item, { id: key, fields: new Map() });
          continue;
        case activityName: {
          if (key !== null || !(item.content instanceof Y.ContentAny))
            return 'writes something other than history entries into the history';
          for (const entry of item.content.arr) {
            const problem = schemaProblem(activityEntrySchema, entry);
            if (problem !== null) return `history entry: ${problem}`;
            // A line with a claim's new workflow values says who set a verdict or approved it, and vouches for
            // a restored claim's approval: only they write it. (A mark's own author is not checked, nor its lines.)
            const line = entry as { by: { id: string }; values?: unknown };
            if (writer !== null && line.values !== undefined && line.by.id !== writer.id)
              return 'writes a workflow history entry in another person’s name';
          }
          continue;
        }
        case rejectedSuggestionsName: {
          if (key === null || !(item.content instanceof Y.ContentAny))
            return 'writes something other than rejections into the rejected suggestions';
          const problem = schemaProblem(rejectionSchema, writtenValue(item.content));
          if (problem !== null) return `rejected suggestion "${key.slice(0, 40)}": ${problem}`;
          continue;
        }
        case threadsMapName: {
          const problem = threadRootProblem(item, key, writer);
          if (problem !== null) return problem;
          continue;
        }
        default:
          return `writes to "${parent.root.slice(0, 40)}", which a layer does not have`;
      }
    }
    // Inside a type: only an annotation entry's fields may be written.
    const entryPlace = update.placeOf(parent.item);
    if (entryPlace === 'dropped') continue;
    if (entryPlace === 'unknown') continue;
    if ('root' in entryPlace.parent && entryPlace.parent.root === threadsMapName && entryPlace.key !== null) {
      const problem = threadFieldProblem(parent.item, entryPlace.key, key, item, writer);
      if (problem !== null) return problem;
      let keys = threadKeys.get(parent.item);
      if (keys === undefined) threadKeys.set(parent.item, (keys = new Set()));
      if (key !== null) keys.add(key);
      continue;
    }
    if (!('root' in entryPlace.parent) || entryPlace.parent.root !== annotationsMapName || entryPlace.key === null)
      return 'writes inside something that is not an annotation';
    const entryId = entryPlace.key;
    if (key === null) return `annotation "${entryId}": writes list content into its fields`;
    if (item.content instanceof Y.ContentType) return `annotation "${entryId}": ${key}: holds a shared type, not a value`;
    let entry = touched.get(parent.item);
    if (entry === undefined) touched.set(parent.item, (entry = { id: entryId, fields: new Map() }));
    // Items of one client come in clock order: a later write of a key wins.
    entry.fields.set(key, writtenValue(item.content));
  }
  // Deleting a field (not overwriting it) writes no item, only a deletion.
  for (const deleted of update.deletedItems()) {
    if (deleted.parentSub === null || touched.has(deleted)) continue;
    const holder = (deleted.parent as Y.AbstractType<unknown>)._item;
    if (holder === null || touched.has(holder)) continue;
    const holderPlace = update.placeOf(holder);
    if (
      holderPlace !== 'dropped' &&
      holderPlace !== 'unknown' &&
      'root' in holderPlace.parent &&
      holderPlace.parent.root === annotationsMapName
    )
      touched.set(holder, { id: holderPlace.key ?? '', fields: new Map() });
  }
  const removal = threadRemovalProblem(update, writer, threadKeys);
  if (removal !== null) return removal;
  for (const [item, entry] of touched) {
    const problem = entryProblem(update, item, entry, writer);
    if (problem !== null) return `annotation "${entry.id}": ${problem}`;
  }
  return null;
}

/** What would be wrong with an entry once the update is applied, if it was not already wrong. */
function entryProblem(update: PlacedUpdate, item: Y.Item, entry: Touched, writer: Writer | null): string | null {
  const fields = new Map<string, unknown>();
  const integrated = item.parent instanceof Y.AbstractType;
  const map = integrated && item.content instanceof Y.ContentType ? (item.content.type as Y.Map<unknown>) : null;
  if (integrated) {
    // Deleted, or being deleted: nobody reads it.
    if (item.deleted || update.isDeleting(item.id) || map === null) return null;
    for (const [key, field] of map._map) {
      if (!field.deleted && !update.isDeleting(field.id)) fields.set(key, writtenValue(field.content));
    }
  }
  for (const [key, value] of entry.fields) {
    if (value === undefined) fields.delete(key);
    else fields.set(key, value);
  }
  const after = Object.fromEntries(fields);
  const problem = annotationFieldsProblem(after);
  if (problem === null) {
    if (writer === null) return null;
    const before = map === null ? null : storedWorkflowFields(Object.fromEntries(map.entries()));
    const afterFields = storedWorkflowFields(after);
    return workflowProblem(before, afterFields, writer, () => keptInHistory(update.doc, entry.id, afterFields));
  }
  if (map !== null && annotationEntryProblem(map) !== null) return null;
  return problem;
}

/**
 * Whether the layer's history vouches for re-creating the entry with this
 * verdict and approval (restoring it): it keeps a deleted copy with them, the
 * last verdict written on the entry is this one, by its setter, and the last
 * approval written after it is the approver's (not withdrawn since). Each
 * person writes only their own lines of workflow values (the door checks
 * `by`), so no one can vouch for an approval nobody else gave, or move an old
 * approval onto a new verdict.
 */
function keptInHistory(doc: Y.Doc, id: string, fields: WorkflowFields): boolean {
  const same = (a: unknown, b: { id: string } | null) => (isRecordLike(a) ? a.id : null) === (b?.id ?? null);
  const lines = doc.getArray<unknown>(activityName).toArray();
  const valuesOf = (line: unknown) => (isRecordLike(line) && line.annotationId === id && isRecordLike(line.values) ? line.values : null);
  let lastVerdict = -1;
  lines.forEach((line, index) => {
    if (valuesOf(line)?.verdict !== undefined) lastVerdict = index;
  });
  if (fields.verdictBy !== null) {
    const line = lines[lastVerdict];
    if (lastVerdict < 0 || !isRecordLike(line) || !same(line.by, fields.verdictBy) || valuesOf(line)?.verdict !== fields.verdict)
      return false;
  }
  if (fields.approvedBy !== null) {
    // The last approval line decides: an approval withdrawn since (sent back) vouches for nothing.
    const approval = lines.findLastIndex((line, index) => index > lastVerdict && valuesOf(line)?.approvedBy !== undefined);
    const line = lines[approval];
    if (approval < 0 || !isRecordLike(line) || !same(line.by, fields.approvedBy) || (valuesOf(line)?.approvedBy ?? '') === '') return false;
  }
  for (const value of lines) {
    if (!isRecordLike(value) || value.action !== 'deleted' || value.annotationId !== id || !isRecordLike(value.snapshot)) continue;
    const copy = value.snapshot;
    if (
      copy.verdict === fields.verdict &&
      copy.checkStatus === fields.checkStatus &&
      same(copy.verdictBy, fields.verdictBy) &&
      same(copy.approvedBy, fields.approvedBy)
    )
      return true;
  }
  return false;
}

function isRecordLike(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
