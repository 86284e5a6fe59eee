import { InputError } from './errors.js';
import { isValidId, type DocumentRecord } from './document.js';

/**
 * Versions of a story. Each version is a document of its own (record, article
 * and layers), so every single-document feature works on each; the versions
 * are linked by their record's `story`. A later version's id is the story's
 * id and its number (`abc-v2`), so a token for one version of a story opens
 * every version of it (see `canOpenDocument`): an editor who adds a version can work on it.
 */

const versionSuffix = /-v([1-9][0-9]{0,5})$/;

/** The id of a story's version `number` (the first version keeps the story's id). Throws an InputError when it would not be a valid id. */
export function versionId(storyId: string, number: number): string {
  if (!Number.isSafeInteger(number) || number < 1) throw new RangeError(`A version number is a whole number from 1, not ${number}.`);
  const id = number === 1 ? storyId : `${storyId}-v${number}`;
  if (!isValidId(id)) throw new InputError(`Document "${storyId}" has an id too long to number its versions after it.`);
  return id;
}

/** The story a document id belongs to, read from the id alone: `abc-v2` → `abc`; any other id is its own story. */
export function storyIdOf(docId: string): string {
  return docId.replace(versionSuffix, '');
}

/** Whether an id has the shape of a later version's (`…-v2`): only versions added to a story may have it. */
export function isVersionId(docId: string): boolean {
  return versionSuffix.test(docId);
}

/** A document's story and version: its record's, else a story of its own, as version 1. */
export function storyOf(record: Pick<DocumentRecord, 'id' | 'story'>): { id: string; version: number } {
  return record.story ?? { id: record.id, version: 1 };
}

/** A story's versions in order, oldest first (by number, then time of import). */
export function sortVersions<T extends Pick<DocumentRecord, 'id' | 'story' | 'createdAt'>>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => storyOf(a).version - storyOf(b).version || a.createdAt.localeCompare(b.createdAt));
}
