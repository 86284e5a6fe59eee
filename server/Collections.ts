import { randomBytes } from 'node:crypto';
import { InputError } from '../shared/errors.js';
import {
  isValidId,
  normalizeCollectionDescription,
  normalizeCollectionName,
  type CollectionRecord,
  type DocumentRecord,
} from '../shared/index.js';
import type { Store } from './store/Store.js';

/** A request named a collection that does not exist. */
export class CollectionNotFoundError extends Error {
  override readonly name = 'CollectionNotFoundError';
  constructor(id: string) {
    super(`There is no collection "${id}".`);
  }
}

/** A new collection id: `c-` and 10 lower-case letters and digits. */
function newCollectionId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789';
  return `c-${Array.from(randomBytes(10), (byte) => alphabet[byte % alphabet.length]).join('')}`;
}

/** A collection as listed: its record and how many documents (not in the trash) it holds. */
export interface ListedCollection extends CollectionRecord {
  documents: number;
}

/**
 * Collections as the API and the CLI see them: make, list, rename, delete.
 * A document names the collections it is in (`DocumentRecord.collections`);
 * deleting a collection takes it out of every document, which stay.
 */
export class Collections {
  private readonly store: Store;

  constructor(store: Store) {
    this.store = store;
  }

  /** Makes a collection; throws an InputError for an empty or too long name. */
  async create(input: { name: string; description?: string }, now = new Date()): Promise<CollectionRecord> {
    const record: CollectionRecord = {
      id: newCollectionId(),
      name: normalizeCollectionName(input.name),
      description: normalizeCollectionDescription(input.description ?? ''),
      createdAt: now.toISOString(),
    };
    await this.refuseTakenName(record.name, record.id);
    await this.store.putCollection(record);
    return record;
  }

  /**
   * Throws an InputError when another collection has the name, in any case:
   * two collections of one name cannot be told apart in a filter or a list.
   */
  private async refuseTakenName(name: string, id: string): Promise<void> {
    const taken = (await this.store.listCollections()).find(
      (record) => record.id !== id && record.name.localeCompare(name, undefined, { sensitivity: 'accent' }) === 0,
    );
    if (taken !== undefined) throw new InputError(`There is already a collection named "${taken.name}" (${taken.id}).`, 'name');
  }

  /** A collection's record; throws CollectionNotFoundError for an unknown (or malformed) id. */
  async get(id: string): Promise<CollectionRecord> {
    const record = isValidId(id) ? await this.store.getCollection(id) : null;
    if (record === null) throw new CollectionNotFoundError(id);
    return record;
  }

  /**
   * Every collection by name, with how many documents not in the trash it
   * holds (one pass over the records): only documents `counts` accepts are
   * counted, and without `all` a collection holding none of them is left out.
   */
  async list(options: { counts?: (id: string) => boolean; all?: boolean } = {}): Promise<ListedCollection[]> {
    const { counts: counted = () => true, all = true } = options;
    const [collections, documents] = await Promise.all([this.store.listCollections(), this.store.listDocuments()]);
    const counts = new Map<string, number>();
    for (const record of documents) {
      if (record.deletedAt !== undefined || !counted(record.id)) continue;
      for (const id of record.collections ?? []) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return collections
      .map((record) => ({ ...record, documents: counts.get(record.id) ?? 0 }))
      .filter((record) => all || record.documents > 0)
      .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
  }

  /** Gives a collection a new name and or description, both checked first. Returns the new record. */
  async change(id: string, change: { name?: string; description?: string }): Promise<CollectionRecord> {
    const record = await this.get(id);
    const updated: CollectionRecord = {
      ...record,
      ...(change.name === undefined ? {} : { name: normalizeCollectionName(change.name) }),
      ...(change.description === undefined ? {} : { description: normalizeCollectionDescription(change.description) }),
    };
    await this.refuseTakenName(updated.name, id);
    await this.store.putCollection(updated);
    return updated;
  }

  /**
   * Deletes a collection: every document in it (in the trash too) is taken
   * out of it first, then the record goes. Returns the record and how many
   * documents were in it.
   */
  async delete(id: string): Promise<ListedCollection> {
    const record = await this.get(id);
    let documents = 0;
    for (const document of await this.store.listDocuments()) {
      if (!(document.collections ?? []).includes(id)) continue;
      await this.store.putDocument(
        withCollections(
          document,
          (document.collections ?? []).filter((other) => other !== id),
        ),
      );
      if (document.deletedAt === undefined) documents++;
    }
    await this.store.deleteCollection(id);
    return { ...record, documents };
  }

  /** Throws CollectionNotFoundError unless every id names a collection. */
  async checkExist(ids: readonly string[]): Promise<void> {
    for (const id of ids) await this.get(id);
  }
}

/** A record with its collections set: the field left out when there are none. */
export function withCollections(record: DocumentRecord, collections: readonly string[]): DocumentRecord {
  const { collections: _previous, ...rest } = record;
  return collections.length === 0 ? rest : { ...rest, collections: [...collections] };
}

/** A record with its tags set: the field left out when there are none. */
export function withTags(record: DocumentRecord, tags: readonly string[]): DocumentRecord {
  const { tags: _previous, ...rest } = record;
  return tags.length === 0 ? rest : { ...rest, tags: [...tags] };
}
