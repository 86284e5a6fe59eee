import {
  addedVersionSchema,
  documentRecordSchema,
  versionListSchema,
  type AddedVersion,
  type AddVersionRequest,
  type VersionList,
} from '../../../shared/api/index.js';
import type { DocumentRecord } from '../../../shared/document.js';
import { fileMediaTypes, type FileImportFormat } from '../../../shared/import/format.js';
import { ApiError, type Api } from '../api.js';

/** Reads an answer as its schema says, or fails plainly (a server of another version). */
async function read<T>(response: Response, schema: { safeParse: (value: unknown) => { success: boolean } }): Promise<T> {
  const body: unknown = await response.json();
  if (!schema.safeParse(body).success) throw new ApiError(200, 'The server’s answer is not what this page expects.');
  return body as T;
}

/** `GET /api/documents/:id/versions`: the versions of the document's story, oldest first. */
export async function listVersions(api: Api, id: string): Promise<VersionList> {
  return read(await api.fetch(`/api/documents/${encodeURIComponent(id)}/versions`), versionListSchema);
}

/** `POST /api/documents/:id/versions` with an article, an address, or nothing (the story's address fetched again). */
export async function addVersion(api: Api, id: string, body: AddVersionRequest): Promise<AddedVersion> {
  const response = await api.fetch(`/api/documents/${encodeURIComponent(id)}/versions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return read(response, addedVersionSchema);
}

/** A Word document or PDF as a new version: the file itself is the body. */
export async function addFileVersion(
  api: Api,
  id: string,
  format: FileImportFormat,
  content: ArrayBuffer,
  fileName: string,
): Promise<AddedVersion> {
  const query = new URLSearchParams({ filename: fileName });
  const response = await api.fetch(`/api/documents/${encodeURIComponent(id)}/versions?${query.toString()}`, {
    method: 'POST',
    headers: { 'Content-Type': fileMediaTypes[format] },
    body: content,
  });
  return read(response, addedVersionSchema);
}

/** `POST /api/documents {format: 'url', url}`: the server fetches the page and imports its article. */
export async function importFromAddress(api: Api, url: string): Promise<DocumentRecord> {
  const response = await api.fetch('/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ format: 'url', url }),
  });
  return read(response, documentRecordSchema);
}
