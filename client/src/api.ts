import type { DocumentDamage } from '../../shared/damage.js';
import type { DocumentRecord } from '../../shared/document.js';

/** A document's record as listed; owners also see damage the server found in its stored history. */
export interface ListedDocument extends DocumentRecord {
  damaged?: DocumentDamage;
}

/** A layer this token may open. */
export interface LayerInfo {
  id: string;
  label: string;
  access: 'read' | 'write';
  /** Removed by an owner (only owners are shown these): kept, to be restored. */
  removed?: true;
}

/** A document as one person sees it: its record, the layer they work in, and the layers they may open. */
export interface DocumentView extends ListedDocument {
  workingLayer: string;
  layers: LayerInfo[];
}

/** An invitation link as the server lists it. */
export interface Invite {
  jti: string;
  role: 'owner' | 'editor' | 'annotator' | 'viewer';
  label: string;
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}
import type { ImportFormat } from '../../shared/import/format.js';

/** What the server says of the current token. */
export interface SessionInfo {
  role: 'owner' | 'editor' | 'annotator' | 'viewer';
  doc: string;
  tokenId: string;
  /** The name the invitation was made for, if it names a person. */
  name?: string | null;
}

/** An API call failed; the message is the server's explanation. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

/** A document in the trash, and when it goes for good. */
export interface TrashedDocument extends DocumentRecord {
  deletedAt: string;
  purgeAt: string;
}

/** The factmark HTTP API, for one token. */
export class Api {
  private readonly token: string;

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
      const body = (await response.json().catch(() => null)) as { error?: string; detail?: string } | null;
      throw new ApiError(response.status, body?.detail ?? body?.error ?? `The server answered ${response.status}.`);
    }
    return response;
  }

  private async request<T>(path: string, init: RequestInit = {}): Promise<T> {
    return (await (await this.fetch(path, init)).json()) as T;
  }

  session(): Promise<SessionInfo> {
    return this.request('/api/session');
  }

  /** Tells the server the name this token's holder is shown under; others see that name, whatever a browser claims. */
  async setName(name: string): Promise<string> {
    return (
      await this.request<{ name: string }>('/api/session/name', {
        method: 'PUT',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ name }),
      })
    ).name;
  }

  async listDocuments(): Promise<ListedDocument[]> {
    return (await this.request<{ documents: ListedDocument[] }>('/api/documents')).documents;
  }

  getDocument(id: string): Promise<DocumentView> {
    return this.request(`/api/documents/${encodeURIComponent(id)}`);
  }

  setAssignment(id: string, assignment: { revealed: boolean } | null): Promise<DocumentRecord> {
    return this.request(`/api/documents/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignment }),
    });
  }

  renameDocument(id: string, title: string): Promise<DocumentRecord> {
    return this.request(`/api/documents/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    });
  }

  /** Moves a document to the trash. */
  deleteDocument(id: string): Promise<TrashedDocument> {
    return this.request(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' });
  }

  async listTrash(): Promise<TrashedDocument[]> {
    return (await this.request<{ documents: TrashedDocument[] }>('/api/trash')).documents;
  }

  restoreDocument(id: string): Promise<DocumentRecord> {
    return this.request(`/api/trash/${encodeURIComponent(id)}/restore`, { method: 'POST' });
  }

  async listInvites(id: string): Promise<Invite[]> {
    return (await this.request<{ invites: Invite[] }>(`/api/documents/${encodeURIComponent(id)}/invites`)).invites;
  }

  createInvite(id: string, role: Invite['role'], label: string, expiresIn: string | null): Promise<{ invite: Invite; url: string }> {
    return this.request(`/api/documents/${encodeURIComponent(id)}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role, label, ...(expiresIn === null ? {} : { expiresIn }) }),
    });
  }

  /** Renames a private layer, or removes or restores it (owners only). */
  changeLayer(id: string, layer: string, change: { name?: string; removed?: boolean }): Promise<DocumentRecord> {
    return this.request(`/api/documents/${encodeURIComponent(id)}/layers/${encodeURIComponent(layer)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(change),
    });
  }

  /** Copies a private layer's marks into another and removes it (owners only). */
  mergeLayer(id: string, layer: string, into: string): Promise<DocumentRecord> {
    return this.request(`/api/documents/${encodeURIComponent(id)}/layers/${encodeURIComponent(layer)}/merge`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ into }),
    });
  }

  revokeInvite(id: string, jti: string): Promise<{ invite: Invite }> {
    return this.request(`/api/documents/${encodeURIComponent(id)}/invites/${encodeURIComponent(jti)}`, { method: 'DELETE' });
  }

  importDocument(format: ImportFormat, content: string, title?: string): Promise<DocumentRecord> {
    return this.request('/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format, content, ...(title === undefined ? {} : { title }) }),
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
    skipped: { id: string; reason: string; layer?: string }[];
    skippedCount: number;
    /** What a publisher should fix first (a ClaimReview's missing fields). */
    warnings: string[];
  }> {
    const response = await this.fetch(`/api/documents/${encodeURIComponent(id)}/export?format=${encodeURIComponent(format)}`);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const fileName = encoded === undefined ? `${id}.${format}` : decodeURIComponent(encoded);
    const header = response.headers.get('X-Factmark-Skipped');
    const skipped = header === null ? [] : (JSON.parse(decodeURIComponent(header)) as { id: string; reason: string; layer?: string }[]);
    const count = Number(response.headers.get('X-Factmark-Skipped-Count') ?? skipped.length);
    const warningHeader = response.headers.get('X-Factmark-Warnings');
    const warnings = warningHeader === null ? [] : (JSON.parse(decodeURIComponent(warningHeader)) as string[]);
    return { blob: await response.blob(), fileName, skipped, skippedCount: Number.isInteger(count) ? count : skipped.length, warnings };
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
