import {
  collectionListSchema,
  collectionRecordSchema,
  documentRecordSchema,
  type ListedCollection,
  type ListedDocument,
} from '../../../shared/api/index.js';
import type { DocumentFilter } from '../../../shared/collection.js';
import type { DocumentRecord } from '../../../shared/document.js';
import type { Api } from '../api.js';

export type { ListedCollection };

const jsonInit = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

/** Reads an answer as its schema says (checked: a server of another version fails here, plainly). */
async function read<T>(response: Response, schema: { parse: (value: unknown) => T }): Promise<T> {
  return schema.parse(await response.json());
}

/** Every collection, by name, with how many documents each holds. */
export async function listCollections(api: Api): Promise<ListedCollection[]> {
  return (await read(await api.fetch('/api/collections'), collectionListSchema)).collections;
}

/** Makes a collection (owners). */
export async function createCollection(api: Api, name: string): Promise<void> {
  await read(await api.fetch('/api/collections', jsonInit('POST', { name })), collectionRecordSchema);
}

/** Gives a collection a new name (owners). */
export async function renameCollection(api: Api, id: string, name: string): Promise<void> {
  await read(await api.fetch(`/api/collections/${encodeURIComponent(id)}`, jsonInit('PATCH', { name })), collectionRecordSchema);
}

/** Deletes a collection (owners); its documents stay. */
export async function deleteCollection(api: Api, id: string): Promise<void> {
  await api.fetch(`/api/collections/${encodeURIComponent(id)}`, { method: 'DELETE' });
}

/** The documents the token opens that meet the filter. A long list is only typed, to cost nothing. */
export async function listDocuments(api: Api, filter: DocumentFilter): Promise<ListedDocument[]> {
  const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => (entry[1] ?? '') !== ''));
  // The contract is `documentListSchema`; a long list is not checked again here.
  const body = (await (await api.fetch(`/api/documents?${query.toString()}`)).json()) as { documents: ListedDocument[] };
  return body.documents;
}

/** Sets a document's collections and tags, whole lists (owners and its editors). */
export async function fileDocument(api: Api, id: string, filing: { collections: string[]; tags: string[] }): Promise<DocumentRecord> {
  return read(await api.fetch(`/api/documents/${encodeURIComponent(id)}`, jsonInit('PATCH', filing)), documentRecordSchema);
}
