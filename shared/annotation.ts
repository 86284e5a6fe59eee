import * as Y from 'yjs';
import { recordActivity, type ActivityEntry } from './activity.js';
import { anchorProblem } from './anchor/anchorProblem.js';
import {
  isAnnotationKind,
  isDamaged,
  isRecord,
  isSourceType,
  isVerdict,
  readFields,
  type AnnotationKind,
  type DamagedEntry,
  type SourceType,
  type Verdict,
} from './annotationFields.js';

export { annotationKinds, verdicts, sourceTypes, isAnnotationKind, isVerdict, isSourceType, isDamaged } from './annotationFields.js';
export type { AnnotationKind, Verdict, SourceType, DamagedEntry } from './annotationFields.js';

export interface Person {
  id: string;
  name: string;
}

export interface EvidenceLink {
  url: string;
  title: string;
}

/** A speaker as the article names them: `role` is the title as written ("spokesman for the ministry"). */
export interface Speaker {
  name: string;
  role: string;
}

/**
 * A standoff annotation in a layer. `start` and `end` are encoded
 * `Y.RelativePosition`s into the article fragment: start associates right and
 * end left, so typing at either edge does not grow the span.
 */
export interface Annotation {
  id: string;
  kind: AnnotationKind;
  start: Uint8Array;
  end: Uint8Array;
  /** The text when marked, with context, to re-anchor if the positions are lost. */
  quote: string;
  prefix: string;
  suffix: string;
  author: Person;
  createdAt: string;
  updatedAt: string;
  note: string;
  /** Claims. */
  verdict: Verdict;
  evidence: EvidenceLink[];
  /** Claims: the verdict explained for readers (a ClaimReview's `reviewBody`); the note stays internal. */
  summary: string;
  /** Attributions. */
  speaker: Speaker;
  sourceType: SourceType;
  /** Attributions: the claims and denials attributed; denials: the claim denied. */
  links: string[];
}

/** Fields a reviewer can change after marking. */
export type AnnotationPatch = Partial<
  Pick<
    Annotation,
    | 'kind'
    | 'note'
    | 'verdict'
    | 'evidence'
    | 'summary'
    | 'speaker'
    | 'sourceType'
    | 'links'
    | 'start'
    | 'end'
    | 'quote'
    | 'prefix'
    | 'suffix'
  >
>;

/** What it takes to mark a span. */
export type NewAnnotation = Pick<Annotation, 'kind' | 'start' | 'end' | 'quote' | 'prefix' | 'suffix' | 'author'> &
  Partial<Pick<Annotation, 'id' | 'note'>>;

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

/** The value each field has when it was never set; `readAnnotation` fills these in. */
const defaults: Partial<Record<keyof Annotation, unknown>> = {
  note: '',
  summary: '',
  verdict: 'unverified',
  sourceType: 'named',
};

function isDefault(key: keyof Annotation, value: unknown): boolean {
  if (key === 'id') return true; // the map's key already says it
  if (Array.isArray(value)) return value.length === 0;
  if (key === 'speaker') return (value as Speaker).name === '' && (value as Speaker).role === '';
  return key in defaults && defaults[key] === value;
}

/** Fields that are written together, so they are stored as one value. */
const spanFields = ['start', 'end', 'quote', 'prefix', 'suffix'] as const;
type SpanField = (typeof spanFields)[number];
type StoredSpan = Pick<Annotation, SpanField>;
/**
 * Who made the annotation, when, and its kind: the first two never change and
 * the kind seldom does, so they are one value. Entries stored before the kind
 * joined them keep it under its own key.
 */
interface StoredMaking {
  author: Person;
  createdAt: string;
  kind: AnnotationKind;
}

function isSpanField(key: string): key is SpanField {
  return (spanFields as readonly string[]).includes(key);
}

/**
 * The Y.Map of an annotation. The span (anchors, quote and context, always
 * changed together) is one value, and so are author, creation time and kind;
 * the time of the last change is stored once there is one, and other fields
 * only when they differ from their defaults. A layer of ten thousand annotations is a third as many Yjs items
 * as one entry per field, and loads that much faster.
 */
function entryOf(annotation: Annotation): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  const { start, end, quote, prefix, suffix, author, createdAt, kind, updatedAt, ...rest } = annotation;
  entry.set('span', { start, end, quote, prefix, suffix } satisfies StoredSpan);
  entry.set('made', { author, createdAt, kind } satisfies StoredMaking);
  // Never changed since it was made: `readAnnotation` gives the creation time.
  if (updatedAt !== createdAt) entry.set('updatedAt', updatedAt);
  for (const [key, value] of Object.entries(rest)) if (!isDefault(key as keyof Annotation, value)) entry.set(key, value);
  return entry;
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
    note: input.note ?? '',
    verdict: 'unverified',
    evidence: [],
    summary: '',
    speaker: { name: '', role: '' },
    sourceType: 'named',
    links: [],
  };
  layer.transact(() => {
    annotationsMap(layer).set(id, entryOf(fields));
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
  if (patch.kind !== undefined && !isAnnotationKind(patch.kind)) throw new RangeError(`Unknown annotation kind "${String(patch.kind)}".`);
  if (patch.verdict !== undefined && !isVerdict(patch.verdict)) throw new RangeError(`Unknown verdict "${String(patch.verdict)}".`);
  if (patch.sourceType !== undefined && !isSourceType(patch.sourceType))
    throw new RangeError(`Unknown source type "${String(patch.sourceType)}".`);
  checkAnchors(patch);
  layer.transact(() => {
    const before = readAnnotation(id, entry);
    let spanChanged = false;
    for (const [key, value] of Object.entries(patch)) {
      if (value === undefined) continue;
      if (isSpanField(key)) spanChanged = true;
      else if (key === 'kind') setKind(entry, value as AnnotationKind);
      else entry.set(key, value);
    }
    if (spanChanged && before !== null) {
      const span: StoredSpan = { start: before.start, end: before.end, quote: before.quote, prefix: before.prefix, suffix: before.suffix };
      for (const key of spanFields) if (patch[key] !== undefined) Object.assign(span, { [key]: patch[key] });
      entry.set('span', span);
      // An entry written before spans were one value loses its separate fields.
      for (const key of spanFields) if (entry.has(key)) entry.delete(key);
    }
    entry.set('updatedAt', now.toISOString());
    const current = readAnnotation(id, entry);
    if (actor !== null && current !== null) {
      const fields = Object.keys(patch).filter((key) => !['start', 'end', 'prefix', 'suffix'].includes(key));
      recordActivity(
        layer,
        { by: actor, action: 'changed', annotationId: id, kind: current.kind, quote: current.quote, fields, snapshot: null },
        now,
      );
    }
  }, origin);
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

/** Changes the kind where the entry keeps it: with its making, or (stored before that) under its own key. */
function setKind(entry: Y.Map<unknown>, kind: AnnotationKind): void {
  const making = entry.get('made');
  if (typeof making === 'object' && making !== null && 'kind' in making) {
    entry.set('made', { ...(making as StoredMaking), kind });
    if (entry.has('kind')) entry.delete('kind');
  } else {
    entry.set('kind', kind);
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
 * Reads one entry of a layer's annotations map, whichever stored layout it
 * comes in: the annotation, with fields that are missing or of the wrong
 * type repaired to their defaults, or - when it is not a map, its kind is
 * unknown or its anchors are not anchors into the article - the damaged
 * entry, with what is wrong. Never throws.
 */
export function readEntry(id: string, value: unknown): Annotation | DamagedEntry {
  if (!(value instanceof Y.Map)) return { id, problem: 'is not a map of fields', kind: null, quote: null, author: null };
  const entry = value as Y.Map<unknown>;
  // Key by key, in one shape: far cheaper than iterating the map's entries, for ten thousand of them.
  const fields: Record<string, unknown> = {
    kind: entry.get('kind'),
    start: entry.get('start'),
    end: entry.get('end'),
    quote: entry.get('quote'),
    prefix: entry.get('prefix'),
    suffix: entry.get('suffix'),
    author: entry.get('author'),
    createdAt: entry.get('createdAt'),
    updatedAt: entry.get('updatedAt'),
    note: entry.get('note'),
    verdict: entry.get('verdict'),
    evidence: entry.get('evidence'),
    summary: entry.get('summary'),
    speaker: entry.get('speaker'),
    sourceType: entry.get('sourceType'),
    links: entry.get('links'),
  };
  // Entries written before spans and making were one value each hold their fields under their own keys.
  const span = entry.get('span');
  const made = entry.get('made');
  const kind = fields.kind;
  if (isRecord(made)) Object.assign(fields, made);
  // A kind under its own key is from an entry stored before the kind joined its making.
  if (kind !== undefined) fields.kind = kind;
  if (isRecord(span)) Object.assign(fields, span);
  return readFields(id, fields);
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
    annotationsMap(layer).set(annotation.id, entryOf(annotation));
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
    // An entry written before spans were one value loses its separate fields.
    for (const key of spanFields) if (entry.has(key)) entry.delete(key);
  }, origin);
}
