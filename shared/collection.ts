import { InputError } from './errors.js';
import { opensWithRealDay } from './realDay.js';

/** A named group of documents (a desk's beat, a class, a research project), kept as its own record. */
export interface CollectionRecord {
  id: string;
  name: string;
  description: string;
  /** ISO 8601 time it was made. */
  createdAt: string;
}

/** What a collection and a document's tags may hold. */
export const collectionLimits = {
  name: 200,
  description: 2_000,
  /** Collections a document belongs to. */
  collectionsPerDocument: 100,
  tag: 50,
  tagsPerDocument: 30,
} as const;

/** A collection's name as kept: spaces collapsed, trimmed, 1–200 characters. Throws an InputError naming `name`. */
export function normalizeCollectionName(name: string): string {
  const trimmed = name.replace(/\s+/g, ' ').trim();
  if (trimmed === '') throw new InputError('A collection needs a name.', 'name');
  if (trimmed.length > collectionLimits.name)
    throw new InputError(`A collection's name is at most ${collectionLimits.name} characters.`, 'name');
  return trimmed;
}

/** A collection's description as kept: trimmed, at most 2,000 characters (empty for none). */
export function normalizeCollectionDescription(description: string): string {
  const trimmed = description.trim();
  if (trimmed.length > collectionLimits.description)
    throw new InputError(`A collection's description is at most ${collectionLimits.description} characters.`, 'description');
  return trimmed;
}

/**
 * A tag as kept: lower case (Unicode NFC), spaces collapsed to one `-`,
 * trimmed, 1–50 characters of letters, digits, `-`, `_`, `.` or `:`, so
 * "Climate  Policy" and "climate-policy" are one tag. Throws an InputError
 * for a tag that is empty or holds anything else.
 */
export function normalizeTag(tag: string): string {
  const normal = tag.normalize('NFC').trim().toLowerCase().replace(/\s+/g, '-');
  if (normal === '') throw new InputError('A tag cannot be empty.', 'tags');
  if (normal.length > collectionLimits.tag)
    throw new InputError(`A tag is at most ${collectionLimits.tag} characters: "${normal}".`, 'tags');
  if (!/^[\p{L}\p{N}_.:-]+$/u.test(normal))
    throw new InputError(`A tag holds letters, digits, "-", "_", "." or ":" only: "${tag}".`, 'tags');
  return normal;
}

/** A document's tags as kept: each {@link normalizeTag}ged, each once, sorted, at most 30. */
export function normalizeTags(tags: readonly string[]): string[] {
  const normal = [...new Set(tags.map(normalizeTag))].sort();
  if (normal.length > collectionLimits.tagsPerDocument)
    throw new InputError(`A document has at most ${collectionLimits.tagsPerDocument} tags; ${normal.length} were given.`, 'tags');
  return normal;
}

/** What a document list may be narrowed to: every given condition must hold. */
export interface DocumentFilter {
  /** In this collection (its id). */
  collection?: string;
  /** Carries this tag (normalised before matching). */
  tag?: string;
  /** Imported at or after this time (ISO 8601; a date alone is its first instant). */
  from?: string;
  /** Imported before the end of this day, or at or before this time (ISO 8601). */
  to?: string;
  /** Someone who made a mark in it: their person id, or their name as shown (any case). */
  worker?: string;
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/** A filter's bound as a time in ms; `to` given as a date alone covers that whole day. Throws an InputError naming the field. */
export function filterBound(value: string, field: 'from' | 'to'): number {
  const at = Date.parse(dateOnly.test(value) ? `${value}T00:00:00Z` : value);
  if (!opensWithRealDay(value) || Number.isNaN(at)) throw new InputError(`"${value}" is not an ISO 8601 date or time.`, field);
  return field === 'to' && dateOnly.test(value) ? at + 24 * 3600 * 1000 - 1 : at;
}

/**
 * Whether a record meets a filter's conditions on the record itself
 * (collection, tag, dates); the worker condition needs the document's marks
 * and is the caller's.
 */
export function recordMatches(
  record: { createdAt: string; collections?: readonly string[]; tags?: readonly string[] },
  filter: DocumentFilter,
): boolean {
  if (filter.collection !== undefined && !(record.collections ?? []).includes(filter.collection)) return false;
  if (filter.tag !== undefined && !(record.tags ?? []).includes(normalizeTag(filter.tag))) return false;
  const created = Date.parse(record.createdAt);
  if (filter.from !== undefined && !(created >= filterBound(filter.from, 'from'))) return false;
  if (filter.to !== undefined && !(created <= filterBound(filter.to, 'to'))) return false;
  return true;
}
