import { z } from 'zod';
import * as Y from 'yjs';
import { anchorProblem } from '../anchor/anchorProblem.js';
import { lenientReader } from './reader.js';
import {
  annotationDefaults,
  annotationKinds,
  detailFields,
  detailShape,
  isAnnotationKind,
  makingShape,
  spanShape,
  type Annotation,
  type AnnotationKind,
  type MakingField,
  type Person,
  type SpanField,
} from './schema.js';

/**
 * A layer's entry that cannot be read as an annotation: it is skipped by
 * every reader and listed as damaged, with what is wrong and what could be
 * salvaged from it (null where that too is unreadable).
 */
export interface DamagedEntry {
  id: string;
  /** What is wrong, in words ("start: names no item and no type"). */
  problem: string;
  kind: AnnotationKind | null;
  quote: string | null;
  author: Person | null;
}

/** True for what a reader gives for an entry it cannot read as an annotation. */
export function isDamaged(reading: Annotation | DamagedEntry): reading is DamagedEntry {
  return 'problem' in reading;
}

/** The span as one stored value. */
export type StoredSpan = Pick<Annotation, SpanField>;
/** The making as one stored value. */
export interface StoredMaking {
  author: Person;
  createdAt: string;
  kind: AnnotationKind;
}

/**
 * An annotation's entry as a layer stores it (the keys of its Y.Map): the
 * span and the making one value each, the time of the last change only once
 * it differs from the creation time, and each detail only when it differs
 * from its default. A layer of ten thousand annotations is a third as many
 * Yjs items as one key per field, and loads that much faster.
 */
export type StoredEntry = { span: StoredSpan; made: StoredMaking; updatedAt?: string } & Partial<
  Pick<Annotation, (typeof detailFields)[number]>
>;

/** The keys an entry in the current layout may hold. */
export const storedEntryKeys = ['span', 'made', 'updatedAt', ...detailFields] as const;

/** A stored entry as the door accepts it: the current layout, every field within its limits, no other key. */
export const storedEntrySchema = z
  .object({
    span: z.object(spanShape).strict(),
    made: z.object(makingShape).strict(),
    updatedAt: z.string().max(64).optional(),
    ...detailShape,
  })
  .strict();

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function equalValues(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, index) => equalValues(item, b[index]));
  if (isRecord(a) && isRecord(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((key) => equalValues(a[key], b[key]));
  }
  return false;
}

/** The details' defaults, only compared with (never handed out, so never changed). */
const defaults = annotationDefaults();

/** An annotation as the entry a layer stores ({@link StoredEntry}); {@link decodeEntry} reads it back. */
export function encodeEntry(annotation: Annotation): StoredEntry {
  const { start, end, quote, prefix, suffix, author, createdAt, kind, updatedAt } = annotation;
  const entry: StoredEntry = {
    span: { start, end, quote, prefix, suffix },
    made: { author: { id: author.id, name: author.name }, createdAt, kind },
  };
  // Never changed since it was made: the reader gives the creation time.
  if (updatedAt !== createdAt) entry.updatedAt = updatedAt;
  for (const key of detailFields) {
    if (!equalValues(annotation[key], defaults[key])) Object.assign(entry, { [key]: annotation[key] });
  }
  return entry;
}

/**
 * Reads an entry as stored (a plain copy of its map's keys, or the map
 * itself): the annotation, with fields that are missing or do not fit
 * repaired to their defaults, or the damaged entry when its kind or anchors
 * cannot be read. Reads the current layout only: older ones are migrated
 * when a layer is loaded (`migrateEntry`). Never throws.
 */
export function decodeEntry(id: string, stored: Readonly<Record<string, unknown>>): Annotation | DamagedEntry {
  return readFieldsOf(
    id,
    flatFields(id, (key) => stored[key]),
    true,
  );
}

const nothing: Record<string, unknown> = {};

/** The fields of an entry in the current layout, its span and making spread out, in one object of one shape. */
function flatFields(id: string, get: (key: string) => unknown): Record<string, unknown> {
  const madeValue = get('made');
  const spanValue = get('span');
  const made = isRecord(madeValue) ? madeValue : nothing;
  const span = isRecord(spanValue) ? spanValue : nothing;
  // Span and making written out (the type checks there are all of them): a literal is far cheaper than keyed stores.
  const fields: Record<string, unknown> = {
    id,
    kind: made.kind,
    author: made.author,
    createdAt: made.createdAt,
    start: span.start,
    end: span.end,
    quote: span.quote,
    prefix: span.prefix,
    suffix: span.suffix,
    updatedAt: get('updatedAt'),
  } satisfies Record<'id' | 'updatedAt' | MakingField | SpanField, unknown>;
  for (const key of detailFields) fields[key] = get(key);
  return fields;
}

/** How much of a damaged entry's quote is kept to show: enough to recognise it. */
const salvagedQuoteLength = 500;

function describeValue(value: unknown): string {
  if (typeof value === 'string') return `"${value.slice(0, 40)}"`;
  if (value === undefined) return 'missing';
  if (value === null) return 'null';
  if (value instanceof Uint8Array) return 'bytes';
  return Array.isArray(value) ? 'a list' : `a ${typeof value}`;
}

/** A person named readably (a name that is text), else null. */
export function readPerson(value: unknown): Person | null {
  if (!isRecord(value) || typeof value.name !== 'string') return null;
  return { id: typeof value.id === 'string' ? value.id : '', name: value.name };
}

/** Reads the fields of an annotation, repairing those that do not fit (compiled once from the schema). */
const readAnnotationFields = lenientReader(
  z.object({ id: z.string(), ...makingShape, ...spanShape, updatedAt: z.string().optional(), ...detailShape }),
);

/**
 * Reads an annotation from a flat record of its fields (as a history entry
 * keeps a deleted one, or a layer's entry unpacked). Fields that are missing
 * or do not fit get their defaults; when the kind is unknown or an anchor is
 * not an anchor into the article, it is a damaged entry instead, saying what
 * is wrong. Never throws.
 */
export function readFields(id: string, fields: Readonly<Record<string, unknown>>): Annotation | DamagedEntry {
  return readFieldsOf(id, fields, false);
}

/** {@link readFields}, writing over `fields` when `owned` (the caller built it for this, and nobody else holds it). */
function readFieldsOf(id: string, fields: Readonly<Record<string, unknown>>, owned: boolean): Annotation | DamagedEntry {
  const { kind, start, end } = fields;
  const problems: string[] = [];
  if (!isAnnotationKind(kind)) problems.push(`kind: ${describeValue(kind)} is not one of ${annotationKinds.join(', ')}`);
  for (const [key, bytes] of [
    ['start', start],
    ['end', end],
  ] as const) {
    const problem = bytes instanceof Uint8Array ? anchorProblem(bytes) : `is ${describeValue(bytes)}, not an anchor`;
    if (problem !== null) problems.push(`${key}: ${problem}`);
  }
  if (problems.length > 0) {
    return {
      id,
      problem: problems.join('; '),
      kind: isAnnotationKind(kind) ? kind : null,
      quote: typeof fields.quote === 'string' ? fields.quote.slice(0, salvagedQuoteLength) : null,
      author: readPerson(fields.author),
    };
  }
  const read = owned ? readAnnotationFields(fields as Record<string, unknown>, true) : readAnnotationFields({ ...fields, id });
  // Every field but the kind and anchors (checked above) has a fallback: only a schema without one is unreadable here.
  if (read === null) throw new TypeError('An annotation field has no fallback to read with.');
  read.updatedAt ??= read.createdAt;
  return read as Annotation;
}

/**
 * Reads one entry of a layer's annotations map (see {@link decodeEntry}):
 * the annotation, or - when it is not a map, its kind is unknown or its
 * anchors are not anchors into the article - the damaged entry, with what
 * is wrong. Never throws.
 */
export function readEntry(id: string, value: unknown): Annotation | DamagedEntry {
  if (!(value instanceof Y.Map)) return { id, problem: 'is not a map of fields', kind: null, quote: null, author: null };
  const entry = value as Y.Map<unknown>;
  // Key by key: far cheaper than iterating the map's entries, for ten thousand of them.
  // The record is built for this reading only, so it is read in place, not copied.
  return readFieldsOf(
    id,
    flatFields(id, (key) => entry.get(key)),
    true,
  );
}

/**
 * Why an entry's fields as stored (a plain copy of its map, as the server
 * sees them before an update is applied) cannot be an annotation in the
 * current layout, in words for a log or a refusal ("span.start: names no
 * item and no type"); null when they can.
 */
export function annotationFieldsProblem(stored: Readonly<Record<string, unknown>>): string | null {
  const result = storedEntrySchema.safeParse(stored);
  const problems = result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.') || 'entry'}: ${issue.message}`);
  const span = isRecord(stored.span) ? stored.span : {};
  // What is wrong with the anchors first: it is what makes an entry unreadable.
  const anchors = (['start', 'end'] as const).flatMap((key) => {
    const bytes = span[key];
    const problem = bytes instanceof Uint8Array ? anchorProblem(bytes) : null;
    return problem === null ? [] : [`${key}: ${problem}`];
  });
  const all = [...anchors, ...problems];
  return all.length === 0 ? null : all.slice(0, 3).join('; ');
}

/**
 * Why a layer's entry cannot be read as an annotation, in words for a log,
 * a refusal or the list of damaged entries ("start: names no item and no
 * type"); null when it can.
 */
export function annotationEntryProblem(entry: unknown): string | null {
  if (!(entry instanceof Y.Map)) return 'is not a map of fields';
  return annotationFieldsProblem(Object.fromEntries((entry as Y.Map<unknown>).entries()));
}

/** The Y.Map of a stored entry, ready to put in a layer. */
export function entryMap(stored: StoredEntry): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  for (const [key, value] of Object.entries(stored)) if (value !== undefined) entry.set(key, value);
  return entry;
}
