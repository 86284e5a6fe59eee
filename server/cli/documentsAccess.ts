import { fileMediaTypes, type DocumentRecord } from '../../shared/index.js';
import { clockOf, requireSharedSecret, type Config } from '../config.js';
import {
  Documents,
  type AnnotationImportReport,
  type FileImportReport,
  type NewDocument,
  type NewFileDocument,
  type TrashedDocument,
} from '../Documents.js';
import { ClaimsDatabase } from '../ClaimsDatabase.js';
import { Fanout } from '../Fanout.js';
import { Gatekeeper } from '../Gatekeeper.js';
import { createLogger } from '../log.js';
import { secureDataDir } from '../dataDir.js';
import { loadSecret } from '../secret.js';
import { openStore } from '../store/openStore.js';
import { StoreOpenError } from '../store/Store.js';
import { encodeToken } from '../tokens.js';
import { bodyText } from '../jobs/exportFile.js';
import { readRuntimeInfo } from './runtimeFile.js';
import { parseDuration } from '../duration.js';
import { Invites, type IssuedInvite } from '../Invites.js';
import type { InviteRecord } from '../store/Store.js';
import type { FeedImport, SimilarClaim, SimilarClaims } from '../../shared/api/claims.js';

/** What an answer left out, and why: damaged entries (with their layer) and claims a ClaimReview cannot hold. */
export interface CliSkipped {
  id: string;
  reason: string;
  layer?: string;
}

/** An export as the CLI writes it. */
export interface CliExport {
  /** Text, or bytes for a binary format (docx). */
  body: string | Uint8Array;
  skipped?: CliSkipped[];
  /** What a publisher should fix first (ClaimReview). */
  warnings?: string[];
}

/** A comparison or report as the CLI writes it, with the damaged entries it left out. */
export interface CliReport {
  body: string;
  skipped: CliSkipped[];
}

/** The document operations the CLI needs, on the store or through a running server. */
export interface DocumentsAccess {
  create(input: NewDocument): Promise<DocumentRecord>;
  /** Imports a Word document or a PDF as a new document. */
  importFile(input: NewFileDocument): Promise<FileImportReport>;
  export(id: string, format: string, layer?: string): Promise<CliExport>;
  importAnnotations(id: string, format: string, content: string, layer?: string): Promise<AnnotationImportReport>;
  createInvite(id: string, role: string, options: { label?: string; expires?: string }): Promise<IssuedInvite>;
  /** A document's invites, or every invite (the start link's included) without an id. */
  listInvites(id?: string): Promise<InviteRecord[]>;
  /** Revokes an invite of a document, or any invite (the start link too) when `id` is null. */
  revokeInvite(id: string | null, jti: string): Promise<InviteRecord>;
  /** Two documents compared as versions of one story, in a format of the comparison. */
  compare(a: string, b: string, format: string): Promise<CliReport>;
  rename(id: string, title: string): Promise<DocumentRecord>;
  /** Moves a document to the trash (open windows are told). */
  trash(id: string): Promise<TrashedDocument>;
  restore(id: string): Promise<DocumentRecord>;
  listTrash(): Promise<TrashedDocument[]>;
  /** Marks a layer as the answer key (null: none). */
  setAnswerKey(id: string, layer: string | null): Promise<DocumentRecord>;
  /** The class's scores against the answer key, written as json, csv or text. */
  scores(id: string, format: string, table?: string): Promise<CliReport>;
  /** Agreement among layers (all unless named), written as json, csv or text. */
  agreement(id: string, format: string, layers?: string[]): Promise<CliReport>;
  /** Imports a ClaimReview feed's JSON-LD text into the claims database, under a name (default: one made from the text). */
  importFeed(text: string, name?: string): Promise<FeedImport>;
  /** The reviewed claims most like a text, best first. */
  similarClaims(text: string, limit: number): Promise<SimilarClaim[]>;
  close(): Promise<void>;
}

/** A response's text as sent, byte order mark included (`Response.text()` drops it). */
async function readText(response: Response): Promise<string> {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
}

/** What an answer's `X-Factmark-Skipped` header lists. */
function skippedIn(response: Response): CliSkipped[] {
  const header = response.headers.get('X-Factmark-Skipped');
  return header === null ? [] : (JSON.parse(decodeURIComponent(header)) as CliSkipped[]);
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

  private async postJson(path: string, body: unknown): Promise<Response> {
    return this.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  async create(input: NewDocument): Promise<DocumentRecord> {
    return (await (await this.postJson('/api/documents', input)).json()) as DocumentRecord;
  }

  async importFile(input: NewFileDocument): Promise<FileImportReport> {
    const query = new URLSearchParams({
      ...(input.title === undefined ? {} : { title: input.title }),
      ...(input.fileName === undefined ? {} : { filename: input.fileName }),
    });
    const response = await this.request(`/api/documents?${query.toString()}`, {
      method: 'POST',
      headers: { 'Content-Type': fileMediaTypes[input.format] },
      body: input.content as Uint8Array<ArrayBuffer>,
    });
    const { dropped, notes, ...record } = (await response.json()) as DocumentRecord & Omit<FileImportReport, 'record'>;
    return { record, dropped, notes };
  }

  async export(id: string, format: string, layer?: string): Promise<CliExport> {
    const query = new URLSearchParams({ format, ...(layer === undefined ? {} : { layer }) });
    const response = await this.request(`/api/documents/${encodeURIComponent(id)}/export?${query.toString()}`);
    const skipped = response.headers.get('X-Factmark-Skipped');
    const warnings = response.headers.get('X-Factmark-Warnings');
    return {
      body: format === 'docx' ? new Uint8Array(await response.arrayBuffer()) : await readText(response),
      ...(skipped === null ? {} : { skipped: JSON.parse(decodeURIComponent(skipped)) as CliExport['skipped'] }),
      ...(warnings === null ? {} : { warnings: JSON.parse(decodeURIComponent(warnings)) as string[] }),
    };
  }

  async importAnnotations(id: string, format: string, content: string, layer?: string): Promise<AnnotationImportReport> {
    const response = await this.postJson(`/api/documents/${encodeURIComponent(id)}/annotations`, {
      format,
      content,
      ...(layer === undefined ? {} : { layer }),
    });
    return (await response.json()) as AnnotationImportReport;
  }

  async importFeed(text: string, name?: string): Promise<FeedImport> {
    const query = name === undefined ? '' : `?${new URLSearchParams({ name }).toString()}`;
    const response = await this.request(`/api/claims/feeds${query}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/ld+json' },
      body: text,
    });
    return (await response.json()) as FeedImport;
  }

  async similarClaims(text: string, limit: number): Promise<SimilarClaim[]> {
    const query = new URLSearchParams({ text, limit: String(limit) });
    return ((await (await this.request(`/api/claims/similar?${query.toString()}`)).json()) as SimilarClaims).results;
  }

  async createInvite(id: string, role: string, options: { label?: string; expires?: string }): Promise<IssuedInvite> {
    const body = {
      role,
      ...(options.label === undefined ? {} : { label: options.label }),
      ...(options.expires === undefined ? {} : { expiresIn: options.expires }),
    };
    return (await (await this.postJson(`/api/documents/${encodeURIComponent(id)}/invites`, body)).json()) as IssuedInvite;
  }

  async listInvites(id?: string): Promise<InviteRecord[]> {
    const path = id === undefined ? '/api/invites' : `/api/documents/${encodeURIComponent(id)}/invites`;
    return ((await (await this.request(path)).json()) as { invites: InviteRecord[] }).invites;
  }

  async revokeInvite(id: string | null, jti: string): Promise<InviteRecord> {
    const path = id === null ? '/api/invites' : `/api/documents/${encodeURIComponent(id)}/invites`;
    const response = await this.request(`${path}/${encodeURIComponent(jti)}`, { method: 'DELETE' });
    return ((await response.json()) as { invite: InviteRecord }).invite;
  }

  async compare(a: string, b: string, format: string): Promise<CliReport> {
    const query = new URLSearchParams({ a, b, format });
    const response = await this.request(`/api/compare?${query.toString()}`);
    return { body: await readText(response), skipped: skippedIn(response) };
  }

  async rename(id: string, title: string): Promise<DocumentRecord> {
    const response = await this.request(`/api/documents/${encodeURIComponent(id)}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title }),
    });
    return (await response.json()) as DocumentRecord;
  }

  async trash(id: string): Promise<TrashedDocument> {
    return (await (await this.request(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE' })).json()) as TrashedDocument;
  }

  async restore(id: string): Promise<DocumentRecord> {
    return (await (await this.request(`/api/trash/${encodeURIComponent(id)}/restore`, { method: 'POST' })).json()) as DocumentRecord;
  }

  async listTrash(): Promise<TrashedDocument[]> {
    return ((await (await this.request('/api/trash')).json()) as { documents: TrashedDocument[] }).documents;
  }

  async setAnswerKey(id: string, layer: string | null): Promise<DocumentRecord> {
    const response = await this.request(`/api/documents/${encodeURIComponent(id)}/answer-key`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ layer }),
    });
    return (await response.json()) as DocumentRecord;
  }

  async scores(id: string, format: string, table?: string): Promise<CliReport> {
    const query = new URLSearchParams({ format, ...(table === undefined ? {} : { table }) });
    const response = await this.request(`/api/documents/${encodeURIComponent(id)}/scores?${query.toString()}`);
    return { body: await readText(response), skipped: skippedIn(response) };
  }

  async agreement(id: string, format: string, layers?: string[]): Promise<CliReport> {
    const query = new URLSearchParams({ format, ...(layers === undefined ? {} : { layers: layers.join(',') }) });
    const response = await this.request(`/api/documents/${encodeURIComponent(id)}/agreement?${query.toString()}`);
    return { body: await readText(response), skipped: skippedIn(response) };
  }

  async close(): Promise<void> {}
}

/**
 * Opens the documents of the data dir: directly when no server runs there,
 * else through that server's API with an owner token signed by the shared
 * secret (LevelDB lets one process hold the store).
 */
export async function openDocuments(config: Config): Promise<DocumentsAccess> {
  requireSharedSecret(config);
  try {
    await secureDataDir(config.dataDir);
    const store = await openStore(config);
    const secret = await loadSecret(config.dataDir, config.secret, store).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    // With Redis, running instances hear of what the command changes: imported
    // annotations show live, revoked links close at once.
    const fanout =
      config.redisUrl === null
        ? null
        : await Fanout.open(config.redisUrl, createLogger(config.logLevel)).catch(async (error: unknown) => {
            await store.close();
            throw error;
          });
    const documents = new Documents(
      store,
      config,
      async (room, update) => {
        await store.appendUpdate(room, update);
        fanout?.publishStoredUpdate(room, update);
      },
      undefined,
      // The trash goes by the server's clock, set or real.
      clockOf(config),
    );
    const publicUrl = config.publicUrl ?? `http://localhost:${config.port}`;
    let gatekeeper: Gatekeeper | null = null;
    if (fanout !== null) {
      gatekeeper = await Gatekeeper.open(store, secret);
      gatekeeper.onChange = (change) => fanout.publishAccessChange(change);
    }
    const invites = new Invites(store, secret, gatekeeper);
    const log = createLogger(config.logLevel);
    // Opened on first use: most commands never need the claims database.
    let claimsDatabase: Promise<ClaimsDatabase> | null = null;
    const openClaims = () => (claimsDatabase ??= ClaimsDatabase.open(store, log));
    return {
      importFeed: async (text, name) => (await openClaims()).importFeedText(text, name),
      similarClaims: async (text, limit) => {
        const database = await openClaims();
        // Without a server, documents changed since one last ran are read now.
        await database.settle();
        return database.lookup(text, { limit, claims: { role: 'owner', doc: '*', jti: 'cli' } });
      },
      createInvite: async (id, role, options) => {
        await documents.get(id);
        return invites.create(id, role, {
          publicUrl,
          ...(options.label === undefined ? {} : { label: options.label }),
          ...(options.expires === undefined ? {} : { expiresIn: parseDuration(options.expires) }),
        });
      },
      listInvites: async (id) => {
        if (id === undefined) return invites.listAll();
        await documents.get(id);
        return invites.list(id);
      },
      revokeInvite: (id, jti) => invites.revoke(id, jti),
      create: (input) => documents.create(input),
      importFile: (input) => documents.importFile(input),
      export: async (id, format, layer) => {
        const file = await documents.export(id, format, {
          publicUrl,
          organisation: config.organisation,
          ...(layer === undefined ? {} : { layer }),
        });
        // A Word file stays bytes; text formats come back from a worker thread as UTF-8 bytes.
        return { ...file, body: format === 'docx' ? file.body : bodyText(file.body) };
      },
      importAnnotations: (id, format, content, layer) => documents.importAnnotations(id, format, content, layer),
      compare: async (a, b, format) => {
        const file = await documents.compare(a, b, format);
        return { body: bodyText(file.body), skipped: file.skipped };
      },
      setAnswerKey: (id, layer) => documents.setAnswerKey(id, layer),
      scores: async (id, format, table) => {
        const report = await documents.scores(id, format, table);
        return { body: bodyText(report.body), skipped: report.skipped };
      },
      agreement: async (id, format, layers) => {
        const report = await documents.agreement(id, format, layers);
        return { body: bodyText(report.body), skipped: report.skipped };
      },
      rename: (id, title) => documents.rename(id, title),
      trash: async (id) => {
        const trashed = await documents.trash(id);
        // With Redis, running instances close the document's open windows.
        gatekeeper?.reconsider(trashed);
        return trashed;
      },
      restore: (id) => documents.restore(id),
      listTrash: () => documents.listTrash(),
      close: async () => {
        if (claimsDatabase !== null) await (await claimsDatabase).close();
        await fanout?.close();
        await store.close();
      },
    };
  } catch (error) {
    if (!(error instanceof StoreOpenError) || !error.locked) throw error;
    const running = await readRuntimeInfo(config.dataDir);
    if (running === null) throw error;
    const secret = await loadSecret(config.dataDir, config.secret, null);
    const token = encodeToken({ role: 'owner', doc: '*', exp: Math.floor(Date.now() / 1000) + 3600 }, secret);
    return new RemoteDocuments(running.url, token);
  }
}
