import type { DocumentRecord } from '../../shared/index.js';
import type { Config } from '../config.js';
import { Documents, type NewDocument } from '../Documents.js';
import { loadSecret } from '../secret.js';
import { openStore } from '../store/openStore.js';
import { StoreOpenError } from '../store/Store.js';
import { encodeToken } from '../tokens.js';
import { readRuntimeInfo } from './runtimeFile.js';

/** The document operations the CLI needs, on the store or through a running server. */
export interface DocumentsAccess {
  create(input: NewDocument): Promise<DocumentRecord>;
  export(id: string, format: string): Promise<{ body: string }>;
  close(): Promise<void>;
}

/** A running server's API, used when it holds the store. */
class RemoteDocuments implements DocumentsAccess {
  private readonly url: string;
  private readonly token: string;

  constructor(url: string, token: string) {
    this.url = url;
    this.token = token;
  }

  private async request(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await fetch(`${this.url}${path}`, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${this.token}` },
    });
    if (!response.ok) {
      const body = (await response.json().catch(() => ({}))) as { error?: string; detail?: string };
      throw new Error(`${body.error ?? response.statusText}: ${body.detail ?? ''}`.trim());
    }
    return response;
  }

  async create(input: NewDocument): Promise<DocumentRecord> {
    const response = await this.request('/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
    });
    return (await response.json()) as DocumentRecord;
  }

  async export(id: string, format: string): Promise<{ body: string }> {
    const response = await this.request(`/api/documents/${encodeURIComponent(id)}/export?format=${encodeURIComponent(format)}`);
    return { body: await response.text() };
  }

  async close(): Promise<void> {}
}

/**
 * Opens the documents of the data dir: directly when no server runs there,
 * else through that server's API with an owner token signed by the shared
 * secret (LevelDB lets one process hold the store).
 */
export async function openDocuments(config: Config): Promise<DocumentsAccess> {
  try {
    const store = await openStore(config);
    const documents = new Documents(store, config);
    return {
      create: (input) => documents.create(input),
      export: (id, format) => documents.export(id, format),
      close: () => store.close(),
    };
  } catch (error) {
    if (!(error instanceof StoreOpenError) || !error.locked) throw error;
    const running = await readRuntimeInfo(config.dataDir);
    if (running === null) throw error;
    const secret = await loadSecret(config.dataDir, config.secret);
    const token = encodeToken({ role: 'owner', doc: '*', exp: Math.floor(Date.now() / 1000) + 300 }, secret);
    return new RemoteDocuments(running.url, token);
  }
}
