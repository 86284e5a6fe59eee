import type { z } from 'zod';
import * as Y from 'yjs';
import { recordActivity, type ActivityEntry } from '../activity.js';
import { anchorProblem } from '../anchor/anchorProblem.js';
import { encodeEntry, entryMap, isDamaged, readEntry, type DamagedEntry, type StoredMaking, type StoredSpan } from './entry.js';
import {
  annotationDefaults,
  annotationSchema,
  isAnnotationKind,
  spanFields,
  type Annotation,
  type AnnotationKind,
  type AnnotationPatch,
  type NewAnnotation,
  type Person,
  type SpanField,
} from './schema.js';

/** The name of the layer doc's map of annotations, keyed by id. */
export const annotationsMapName = 'annotations';

/** The layer's map of annotations. */
export function annotationsMap(layer: Y.Doc): Y.Map<Y.Map<unknown>> {
  return layer.getMap(annotationsMapName);
}

function newId(): string {
  const bytes = new Uint8Array(9);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(36).padStart(2, '0')).join('');
}

function isSpanField(key: string): key is SpanField {
  return (spanFields as readonly string[]).includes(key);
}

/**
 * Adds an annotation to a layer, with defaults for every field by kind, in one
 * transaction with `origin` (so an UndoManager can track it). Returns its id.
 */
export function createAnnotation(layer: Y.Doc, input: NewAnnotation, origin: unknown = null, now = new Date(), record = true): string {
  if (!isAnnotationKind(input.kind)) throw new RangeError(`Unknown annotation kind "${String(input.kind)}".`);
  checkAnchors(input);
  const id = input.id ?? newId();
  const fields: Annotation = {
    id,
    kind: input.kind,
    start: input.start,
    end: input.end,
    quote: input.quote,
    prefix: input.prefix,
    suffix: input.suffix,
    author: { id: input.author.id, name: input.author.name },
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    ...annotationDefaults(),
    note: input.note ?? '',
  };
  layer.transact(() => {
    annotationsMap(layer).set(id, entryMap(encodeEntry(fields)));
    if (record)
      recordActivity(
        layer,
        { by: fields.author, action: 'created', annotationId: id, kind: fields.kind, quote: fields.quote, fields: [], snapshot: null },
        now,
      );
  }, origin);
  return id;
}

/**
 * Changes some fields of an annotation. Each field merges on its own, so two
 * reviewers changing different fields at once both win. Throws a RangeError
 * for an unknown id.
 */
export function updateAnnotation(
  layer: Y.Doc,
  id: string,
  patch: AnnotationPatch,
  origin: unknown = null,
  now = new Date(),
  actor: Person | null = null,
): void {
  const entry = annotationsMap(layer).get(id);
  if (entry === undefined) throw new RangeError(`There is no annotation "${id}".`);
  if (readAnnotation(id, entry) === null) throw new RangeError(`The annotation "${id}" is damaged: it can only be deleted.`);
  checkPatch(patch);
  layer.transact(() => {
    const before = readAnnotation(id, entry);
    let spanChanged = false;
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (isSpanField(key)) spanChanged = true;
      else if (key === 'kind') entry.set('made', { ...(entry.get('made') as StoredMaking), kind: value as AnnotationKind });
      else entry.set(key, value);
    }
    if (spanChanged && before !== null) {
      const span: StoredSpan = { start: before.start, end: before.end, quote: before.quote, prefix: before.prefix, suffix: before.suffix };
      for (const key of spanFields) if (patch[key] !== undefined) Object.assign(span, { [key]: patch[key] });
      entry.set('span', span);
    }
    entry.set('updatedAt', now.toISOString());
    const current = readAnnotation(id, entry);
    if (actor !== null && current !== null) {
      const fields = Object.keys(patch).filter((key) => !['start', 'end', 'prefix', 'suffix'].includes(key));
      const values = workflowValues(patch);
      recordActivity(
        layer,
        {
          by: actor,
          action: 'changed',
          annotationId: id,
          kind: current.kind,
          quote: current.quote,
          fields,
          snapshot: null,
          ...(values === null ? {} : { values }),
        },
        now,
      );
    }
  }, origin);
}

/** The fields of a claim's workflow a History line shows the new value of. */
const workflowHistoryFields = ['checkStatus', 'assignee', 'approvedBy', 'verdict'] as const;

/** A change's new workflow values as a History line keeps them (a step or verdict id, a person's name, empty for nobody), or null. */
function workflowValues(patch: AnnotationPatch): Record<string, string> | null {
  const values: Record<string, string> = {};
  for (const key of workflowHistoryFields) {
    const value = patch[key];
    if (value === undefined) continue;
    values[key] = typeof value === 'string' ? value : (value?.name ?? '');
  }
  return Object.keys(values).length === 0 ? null : values;
}

/**
 * Throws a RangeError for a change the door would refuse: a value that does
 * not fit its field, or a start or end that is not an anchor into the
 * article (readers would report the entry as damaged).
 */
function checkPatch(patch: AnnotationPatch): void {
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    const field = annotationSchema.shape[key as keyof AnnotationPatch] as z.ZodType | undefined;
    if (field === undefined) throw new RangeError(`An annotation has no field "${key}".`);
    const result = field.safeParse(value);
    if (!result.success)
      throw new RangeError(
        `The ${key} of an annotation cannot be ${JSON.stringify(value).slice(0, 60)}: ${describeIssue(result.error.issues[0])}.`,
      );
  }
  checkAnchors(patch);
}

/** One problem zod found, with where in the field it is ("0.url: must be an absolute http(s) or mailto URL"). */
function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (issue === undefined) return 'it is not valid';
  return issue.path.length === 0 ? issue.message : `${issue.path.join('.')}: ${issue.message}`;
}

/** Throws a RangeError for a start or end that is not an anchor into the article: readers would report the entry as damaged. */
function checkAnchors(fields: { start?: Uint8Array; end?: Uint8Array }): void {
  for (const key of ['start', 'end'] as const) {
    const bytes = fields[key];
    if (bytes === undefined) continue;
    const problem = anchorProblem(bytes);
    if (problem !== null) throw new RangeError(`The ${key} of an annotation ${problem}.`);
  }
}

/** Removes an annotation, and every link to it from other annotations; the history keeps a copy to restore. */
export function deleteAnnotation(layer: Y.Doc, id: string, origin: unknown = null, actor: Person | null = null): void {
  const map = annotationsMap(layer);
  layer.transact(() => {
    const entry = map.get(id);
    const snapshot = entry instanceof Y.Map ? readAnnotation(id, entry) : null;
    if (actor !== null && snapshot !== null) {
      recordActivity(layer, {
        by: actor,
        action: 'deleted',
        annotationId: id,
        kind: snapshot.kind,
        quote: snapshot.quote,
        fields: [],
        snapshot,
      });
    }
    map.delete(id);
    for (const entry of map.values()) {
      // A layer is shared data: an entry may be anything, not only a map.
      if (!(entry instanceof Y.Map)) continue;
      const links = entry.get('links');
      if (Array.isArray(links) && links.includes(id))
        entry.set(
          'links',
          links.filter((link) => link !== id),
        );
    }
  }, origin);
}

/** What a layer holds: its readable annotations, and the entries that are not. */
export interface LayerReading {
  annotations: Annotation[];
  damaged: DamagedEntry[];
}

/**
 * Reads one annotation from its Y.Map, repairing fields that are missing or
 * of the wrong type (a layer is shared data: it may hold anything).
 * Returns null when the entry is damaged ({@link readEntry} says why).
 */
export function readAnnotation(id: string, entry: unknown): Annotation | null {
  const reading = readEntry(id, entry);
  return isDamaged(reading) ? null : reading;
}

/** Every entry of a layer, in no particular order: the readable annotations, and the damaged entries skipped. */
export function readLayer(layer: Y.Doc): LayerReading {
  const reading: LayerReading = { annotations: [], damaged: [] };
  annotationsMap(layer).forEach((entry, id) => {
    const read = readEntry(id, entry);
    if (isDamaged(read)) reading.damaged.push(read);
    else reading.annotations.push(read);
  });
  return reading;
}

/** Every readable annotation of a layer, in no particular order; {@link readLayer} also gives the damaged entries. */
export function listAnnotations(layer: Y.Doc): Annotation[] {
  return readLayer(layer).annotations;
}

/**
 * Removes a damaged entry from a layer (the raw map entry, whatever it
 * holds), recorded in the layer's history when its kind can be read. Throws
 * a RangeError when the entry is not damaged: a readable annotation is
 * deleted with {@link deleteAnnotation}, which keeps a copy to restore.
 */
export function deleteDamagedEntry(layer: Y.Doc, id: string, origin: unknown = null, actor: Person | null = null): void {
  const map = annotationsMap(layer);
  if (!map.has(id)) return;
  const reading = readEntry(id, map.get(id));
  if (!isDamaged(reading)) throw new RangeError(`The annotation "${id}" is not damaged: delete it as an annotation.`);
  layer.transact(() => {
    map.delete(id);
    if (actor !== null && reading.kind !== null)
      recordActivity(layer, {
        by: actor,
        action: 'deleted',
        annotationId: id,
        kind: reading.kind,
        quote: reading.quote ?? '',
        fields: ['damaged'],
        snapshot: null,
      });
  }, origin);
}

/**
 * Writes a whole annotation as given, timestamps and author included, in one
 * transaction: for imports, which must give back exactly what was exported.
 */
export function putAnnotation(layer: Y.Doc, annotation: Annotation, origin: unknown = null): void {
  if (!isAnnotationKind(annotation.kind)) throw new RangeError(`Unknown annotation kind "${String(annotation.kind)}".`);
  checkAnchors(annotation);
  layer.transact(() => {
    annotationsMap(layer).set(annotation.id, entryMap(encodeEntry(annotation)));
  }, origin);
}

/**
 * Brings back a deleted annotation from its history entry, as it was when
 * deleted. Throws a RangeError if the entry holds no copy or the annotation
 * exists again.
 */
export function restoreAnnotation(layer: Y.Doc, entry: ActivityEntry, origin: unknown = null, actor: Person): void {
  if (entry.action !== 'deleted' || entry.snapshot === null) throw new RangeError('Only a deletion can be restored.');
  if (annotationsMap(layer).has(entry.annotationId)) throw new RangeError('This annotation exists already.');
  const snapshot = entry.snapshot;
  layer.transact(() => {
    putAnnotation(layer, snapshot);
    recordActivity(layer, {
      by: actor,
      action: 'restored',
      annotationId: snapshot.id,
      kind: snapshot.kind,
      quote: snapshot.quote,
      fields: [],
      snapshot: null,
    });
  }, origin);
}

/**
 * Writes where an annotation was found again: new anchors, with the quote and
 * context there, as its one span value. Not a reviewer's change, so neither
 * its last-change time nor the history moves. Does nothing for an unknown id.
 */
export function reanchorAnnotation(layer: Y.Doc, id: string, span: Pick<Annotation, SpanField>, origin: unknown = null): void {
  const entry = annotationsMap(layer).get(id);
  if (!(entry instanceof Y.Map)) return;
  layer.transact(() => {
    entry.set('span', {
      start: span.start,
      end: span.end,
      quote: span.quote,
      prefix: span.prefix,
      suffix: span.suffix,
    } satisfies StoredSpan);
  }, origin);
}
