import type { DocumentRecord } from '../../shared/document.js';

/** A layer this token may open. */
export interface LayerInfo {
  id: string;
  label: string;
  access: 'read' | 'write';
  /** Removed by an owner (only owners are shown these): kept, to be restored. */
  removed?: true;
}

/** A document as one person sees it: its record, the layer they work in, and the layers they may open. */
export interface DocumentView extends DocumentRecord {
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

  async listDocuments(): Promise<DocumentRecord[]> {
    return (await this.request<{ documents: DocumentRecord[] }>('/api/documents')).documents;
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

  /** Exports a document: the file, its name from the server, and claims a ClaimReview export left out. */
  async exportDocument(id: string, format: string): Promise<{ blob: Blob; fileName: string; skipped: { id: string; reason: string }[] }> {
    const response = await this.fetch(`/api/documents/${encodeURIComponent(id)}/export?format=${encodeURIComponent(format)}`);
    const disposition = response.headers.get('Content-Disposition') ?? '';
    const encoded = /filename\*=UTF-8''([^;]+)/.exec(disposition)?.[1];
    const fileName = encoded === undefined ? `${id}.${format}` : decodeURIComponent(encoded);
    const skipped = response.headers.get('X-Factmark-Skipped');
    return {
      blob: await response.blob(),
      fileName,
      skipped: skipped === null ? [] : (JSON.parse(decodeURIComponent(skipped)) as { id: string; reason: string }[]),
    };
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
