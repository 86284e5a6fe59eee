import type { z } from 'zod';
import {
  documentListSchema,
  documentRecordSchema,
  documentViewSchema,
  importedFileSchema,
  errorBodySchema,
  inviteListSchema,
  issuedInviteSchema,
  peopleListSchema,
  type DocumentPerson,
  revokedInviteSchema,
  searchAnswerSchema,
  sessionSchema,
  setNameResponseSchema,
  skippedListSchema,
  trashedDocumentSchema,
  trashListSchema,
  publishedSchema,
  type Published,
  type ChangeLayerRequest,
  type CreateInviteRequest,
  type DocumentView,
  type Invite,
  type LayerInfo,
  type ListedDocument,
  type SearchAnswer,
  type SessionInfo,
  type Skipped,
  type TrashedDocument,
} from '../../shared/api/index.js';
import { workSchema, type Work } from '../../shared/api/work.js';
import type { WorkflowStep } from '../../shared/workflow/steps.js';
import type { DocumentRecord } from '../../shared/document.js';
import { fileMediaTypes, type FileImportFormat, type ImportFormat } from '../../shared/import/format.js';

/** A Word document or PDF imported: the new document, what its article left out, and its comments kept as notes on marks. */
export type ImportedFile = z.infer<typeof importedFileSchema>;

export type { DocumentView, Invite, LayerInfo, ListedDocument, SessionInfo, TrashedDocument };
export type { SearchAnswer, SearchHit } from '../../shared/api/index.js';

/** An API call failed; the message is the server's explanation. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** The factmark HTTP API, for one token. */
export class Api {
  private readonly token: string;
  /** Fires `change` when this window adds or revokes a link: who may be assigned or mentioned changed. */
  readonly peopleChanges = new EventTarget();

  constructor(token: string) {
    this.token = token;
  }

  /** Calls the API with this token; a failure throws ApiError with the server's detail. */
  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(path, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) {
      const body = errorBodySchema.safeParse(await response.json().catch(() => null));
      throw new ApiError(response.status, body.success ? body.data.detail : `The server answered ${response.status}.`);
    }
    return response;
  }

  /**
   * Calls the API and reads the answer as its schema says. Small answers are
   * checked (a server of another version fails here, plainly); long lists
   * are only typed, to cost nothing.
   */
  private async request<S extends z.ZodType>(schema: S, path: string, init: RequestInit = {}, check = true): Promise<z.output<S>> {
    const body: unknown = await (await this.fetch(path, init)).json();
    if (!check) return body as z.output<S>;
    const result = schema.safeParse(body);
    if (!result.success) throw new ApiError(200, `The server's answer to ${path} is not what this page expects: ${result.error.message}`);
    // The answer as sent: a field this page does not know (a newer server's) is kept, not stripped.
    return body as z.output<S>;
  }

  session(): Promise<SessionInfo> {
    return this.request(sessionSchema, '/api/session');
  }

  /** Tells the server the name this token's holder is shown under; others see that name, whatever a browser claims. */
  async setName(name: string): Promise<string> {
    return (
      await this.request(setNameResponseSchema, '/api/session/name', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name }),
      })
    ).name;
  }

  /** Who may open a document: whom a reply may mention and a claim may be assigned to. */
  async listPeople(id: string): Promise<DocumentPerson[]> {
    return (await this.request(peopleListSchema, `/api/documents/${encodeURIComponent(id)}/people`)).people;
  }

  /** Text and marks across every document this token reads (`GET /api/search`). */
  search(query: URLSearchParams): Promise<SearchAnswer> {
    return this.request(searchAnswerSchema, `/api/search?${query.toString()}`);
  }

  async listDocuments(): Promise<ListedDocument[]> {
    return (await this.request(documentListSchema, '/api/documents', {}, false)).documents;
  }

  getDocument(id: string): Promise<DocumentView> {
    return this.request(documentViewSchema, `/api/documents/${encodeURIComponent(id)}`);
  }

  setAssignment(id: string, assignment: { revealed: boolean } | null): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/documents/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignment }),
    });
  }

  /** The claims assigned to this token's holder, across documents, newest first. */
  work(): Promise<Work> {
    return this.request(workSchema, '/api/work');
  }

  /** Renames and reorders a document's workflow steps (owners); null goes back to the default. */
  setWorkflow(id: string, workflow: WorkflowStep[] | null): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/documents/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ workflow }),
    });
  }

  renameDocument(id: string, title: string): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/documents/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    });
  }

  /** Moves a document to the trash. */
  deleteDocument(id: string): Promise<TrashedDocument> {
    return this.request(trashedDocumentSchema, `/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  async listTrash(): Promise<TrashedDocument[]> {
    return (await this.request(trashListSchema, '/api/trash')).documents;
  }

  restoreDocument(id: string): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/trash/${encodeURIComponent(id)}/restore`, { method: 'POST' });
  }

  async listInvites(id: string): Promise<Invite[]> {
    return (await this.request(inviteListSchema, `/api/documents/${encodeURIComponent(id)}/invites`)).invites;
  }

  async createInvite(id: string, role: Invite['role'], label: string, expiresIn: string | null): Promise<{ invite: Invite; url: string }> {
    const body: CreateInviteRequest = { role, label, ...(expiresIn === null ? {} : { expiresIn }) };
    const issued = await this.request(issuedInviteSchema, `/api/documents/${encodeURIComponent(id)}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });
    this.peopleChanges.dispatchEvent(new Event('change'));
    return issued;
  }

  /** Renames a private layer, or removes or restores it (owners only). */
  changeLayer(id: string, layer: string, change: ChangeLayerRequest): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/documents/${encodeURIComponent(id)}/layers/${encodeURIComponent(layer)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(change),
    });
  }

  /** Copies a private layer's marks into another and removes it (owners only). */
  mergeLayer(id: string, layer: string, into: string): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/documents/${encodeURIComponent(id)}/layers/${encodeURIComponent(layer)}/merge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ into }),
    });
  }

  async revokeInvite(id: string, jti: string): Promise<{ invite: Invite }> {
    const revoked = await this.request(revokedInviteSchema, `/api/documents/${encodeURIComponent(id)}/invites/${encodeURIComponent(jti)}`, {
      method: 'DELETE',
    });
    this.peopleChanges.dispatchEvent(new Event('change'));
    return revoked;
  }

  importDocument(format: ImportFormat, content: string, title?: string): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, '/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format, content, ...(title === undefined ? {} : { title }) }),
    });
  }

  /**
   * Imports a Word document or a PDF, sent as it is: the new document, what
   * its article left out, and the comments kept as notes on marks.
   */
  importFile(format: FileImportFormat, content: ArrayBuffer, fileName: string, title?: string): Promise<ImportedFile> {
    const query = new URLSearchParams({ filename: fileName, ...(title === undefined ? {} : { title }) });
    return this.request(importedFileSchema, `/api/documents?${query.toString()}`, {
      method: 'POST',
      headers: { 'Content-Type': fileMediaTypes[format] },
      body: content,
    });
  }

  /**
   * Exports a document: the file, its name from the server, what it left out
   * (damaged entries, claims a ClaimReview cannot hold; the list may be cut)
   * and how many that was in all.
   */
  async exportDocument(
    id: string,
    format: string,
  ): Promise<{
    blob: Blob;
    fileName: string;
    skipped: Skipped[];
    skippedCount: number;
    /** What a publisher should fix first (a ClaimReview's missing fields). */
    warnings: string[];
  }> {
    const response = await this.fetch(`/api/documents/${encodeURIComponent(id)}/export?format=${encodeURIComponent(format)}`);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const fileName = encoded === undefined ? `${id}.${format}` : decodeURIComponent(encoded);
    const header = response.headers.get('X-Factmark-Skipped');
    const listed = header === null ? [] : skippedListSchema.safeParse(JSON.parse(decodeURIComponent(header)));
    const skipped = Array.isArray(listed) ? listed : listed.success ? listed.data : [];
    const count = Number(response.headers.get('X-Factmark-Skipped-Count') ?? skipped.length);
    const warningHeader = response.headers.get('X-Factmark-Warnings');
    const warnings = warningHeader === null ? [] : (JSON.parse(decodeURIComponent(warningHeader)) as string[]);
    return { blob: await response.blob(), fileName, skipped, skippedCount: Number.isInteger(count) ? count : skipped.length, warnings };
  }

  /** Publishes a document (owners, editors): its public page, rendered now, replacing an earlier one at the same address. */
  publish(id: string, showAuthors: boolean): Promise<Published> {
    return this.request(publishedSchema, `/api/documents/${encodeURIComponent(id)}/publish`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ showAuthors }),
    });
  }

  /** Unpublishes a document: its public page goes at once. */
  unpublish(id: string): Promise<DocumentRecord> {
    return this.request(documentRecordSchema, `/api/documents/${encodeURIComponent(id)}/publish`, { method: 'DELETE' });
  }

  /** The websocket base URL for `WebsocketProvider`. */
  get syncUrl(): string {
    const { protocol, host } = window.location;
    return `${protocol === 'https:' ? 'wss' : 'ws'}://${host}/sync`;
  }

  get tokenValue(): string {
    return this.token;
  }
}
