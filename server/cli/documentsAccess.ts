import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { fileMediaTypes, type CollectionRecord, type DocumentFilter, type DocumentRecord } from '../../shared/index.js';
import type { ListedCollection } from '../Collections.js';
import { CorpusExport } from '../CorpusExport.js';
import { clockOf, requireSharedSecret, type Config } from '../config.js';
import {
  Documents,
  type AnnotationImportReport,
  type FileImportReport,
  type NewDocument,
  type NewFileDocument,
  type PublishedDocument,
  type TrashedDocument,
} from '../Documents.js';
import { ClaimsDatabase } from '../ClaimsDatabase.js';
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
import { parseInput, searchAnswerSchema, searchQuerySchema, type SearchAnswer, type SearchQueryInput } from '../../shared/api/index.js';
import { notePendingChanges, openSearchIndex } from '../search/openSearch.js';
import { watchStore } from '../search/watchStore.js';
import { SearchIndexer } from '../search/SearchIndexer.js';
import { addedVersionSchema, type AddedVersion } from '../../shared/api/versions.js';
import type { FeedImport, SimilarClaim, SimilarClaims } from '../../shared/api/claims.js';

/** What an answer left out, and why: damaged entries (with their layer) and claims a ClaimReview cannot hold. */
export interface CliSkipped {
  id: string;
  reason: string;
  layer?: string;
  quote?: string;
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
  /** Publishes a document (its public page re-rendered) → the page's address; `showAuthors` unset keeps the last choice. */
  publish(id: string, showAuthors?: boolean): Promise<PublishedDocument>;
  /** Unpublishes a document: its public page goes at once. */
  unpublish(id: string): Promise<DocumentRecord>;
  // Collections and corpus exports (corpus issue).
  /** The documents not in the trash that meet a filter, newest first. */
  list(filter: DocumentFilter): Promise<DocumentRecord[]>;
  listCollections(): Promise<ListedCollection[]>;
  createCollection(input: { name: string; description?: string }): Promise<CollectionRecord>;
  changeCollection(id: string, change: { name?: string; description?: string }): Promise<CollectionRecord>;
  deleteCollection(id: string): Promise<ListedCollection>;
  /** Sets a document's collections and or tags (whole lists; each collection must exist). */
  file(id: string, change: { collections?: string[]; tags?: string[] }): Promise<DocumentRecord>;
  /** A document's record. */
  get(id: string): Promise<DocumentRecord>;
  /**
   * Writes a corpus (a collection, or every document) to `out` a document at
   * a time, telling `progress` how far it is; returns the datasheet as Markdown.
   */
  exportCorpus(
    selection: { collection?: string; format: string },
    out: Writable,
    progress: (done: number, total: number) => void,
  ): Promise<CliCorpus>;
  /** Text and marks across every document, as `GET /api/search` answers (the index is brought up to date first). */
  search(query: SearchQueryInput): Promise<SearchAnswer>;
  // Versions of a story.
  /** Adds a version to a document's story (`format: 'url'` fetches; without `url`, the story's address again). */
  addVersion(id: string, input: NewDocument | NewFileDocument): Promise<AddedVersion>;
  /** Imports a ClaimReview feed's JSON-LD text into the claims database, under a name (default: one made from the text). */
  importFeed(text: string, name?: string): Promise<FeedImport>;
  /** The reviewed claims most like a text, best first. */
  similarClaims(text: string, limit: number): Promise<SimilarClaim[]>;
  close(): Promise<void>;
}

/** A corpus written by the CLI: how many documents, its datasheet, and what it left out. */
export interface CliCorpus {
  documents: number;
  datasheet: string;
  skipped: { document: string; id?: string; reason: string }[];
}

/** Writes a piece to a stream, waiting while the stream is full. */
async function writePiece(out: Writable, piece: string | Uint8Array): Promise<void> {
  if (!out.write(piece)) await once(out, 'drain');
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

  async publish(id: string, showAuthors?: boolean): Promise<PublishedDocument> {
    const response = await this.postJson(
      `/api/documents/${encodeURIComponent(id)}/publish`,
      showAuthors === undefined ? {} : { showAuthors },
    );
    return (await response.json()) as PublishedDocument;
  }

  async unpublish(id: string): Promise<DocumentRecord> {
    return (await (await this.request(`/api/documents/${encodeURIComponent(id)}/publish`, { method: 'DELETE' })).json()) as DocumentRecord;
  }

  private async sendJson(method: string, path: string, body: unknown): Promise<Response> {
    return this.request(path, { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  }

  async list(filter: DocumentFilter): Promise<DocumentRecord[]> {
    const query = new URLSearchParams(Object.entries(filter).filter((entry): entry is [string, string] => entry[1] !== undefined));
    return ((await (await this.request(`/api/documents?${query.toString()}`)).json()) as { documents: DocumentRecord[] }).documents;
  }

  async listCollections(): Promise<ListedCollection[]> {
    return ((await (await this.request('/api/collections')).json()) as { collections: ListedCollection[] }).collections;
  }

  async createCollection(input: { name: string; description?: string }): Promise<CollectionRecord> {
    return (await (await this.postJson('/api/collections', input)).json()) as CollectionRecord;
  }

  async changeCollection(id: string, change: { name?: string; description?: string }): Promise<CollectionRecord> {
    return (await (await this.sendJson('PATCH', `/api/collections/${encodeURIComponent(id)}`, change)).json()) as CollectionRecord;
  }

  async deleteCollection(id: string): Promise<ListedCollection> {
    return (await (await this.request(`/api/collections/${encodeURIComponent(id)}`, { method: 'DELETE' })).json()) as ListedCollection;
  }

  async file(id: string, change: { collections?: string[]; tags?: string[] }): Promise<DocumentRecord> {
    return (await (await this.sendJson('PATCH', `/api/documents/${encodeURIComponent(id)}`, change)).json()) as DocumentRecord;
  }

  async get(id: string): Promise<DocumentRecord> {
    return (await (await this.request(`/api/documents/${encodeURIComponent(id)}`)).json()) as DocumentRecord;
  }

  async exportCorpus(
    selection: { collection?: string; format: string },
    out: Writable,
    progress: (done: number, total: number) => void,
  ): Promise<CliCorpus> {
    const query = new URLSearchParams({
      format: selection.format,
      ...(selection.collection === undefined ? {} : { collection: selection.collection }),
    });
    const response = await this.request(`/api/export?${query.toString()}`);
    const total = Number(response.headers.get('X-Factmark-Documents') ?? 0);
    progress(0, total);
    let done = 0;
    if (response.body !== null)
      for await (const chunk of response.body) {
        await writePiece(out, chunk);
        // JSON Lines end each document with a line break (none inside one): the bar moves as they come.
        if (selection.format === 'jsonl') progress((done += (chunk as Uint8Array).filter((byte) => byte === 10).length), total);
      }
    progress(total, total);
    query.set('format', 'md');
    const datasheet = await readText(await this.request(`/api/export/datasheet?${query.toString()}`));
    return { documents: total, datasheet, skipped: [] };
  }

  async search(query: SearchQueryInput): Promise<SearchAnswer> {
    const parameters = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) parameters.set(key, String(value));
    return searchAnswerSchema.parse(await (await this.request(`/api/search?${parameters.toString()}`)).json());
  }

  async addVersion(id: string, input: NewDocument | NewFileDocument): Promise<AddedVersion> {
    const path = `/api/documents/${encodeURIComponent(id)}/versions`;
    if (input.content instanceof Uint8Array && input.format in fileMediaTypes) {
      const file = input as NewFileDocument;
      const query = new URLSearchParams({
        ...(file.title === undefined ? {} : { title: file.title }),
        ...(file.fileName === undefined ? {} : { filename: file.fileName }),
      });
      const response = await this.request(`${path}?${query.toString()}`, {
        method: 'POST',
        headers: { 'Content-Type': fileMediaTypes[file.format] },
        body: file.content as Uint8Array<ArrayBuffer>,
      });
      return addedVersionSchema.parse(await response.json());
    }
    // Parsed, so an answer from a server that sends no `otherLayers` reads as none.
    return addedVersionSchema.parse(await (await this.postJson(path, input)).json());
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
    // What a command changes is noted for search, which indexes it on its next start or search.
    const changed = new Set<string>();
    const store = watchStore(await openStore(config), (id) => changed.add(id));
    const secret = await loadSecret(config.dataDir, config.secret, store).catch(async (error: unknown) => {
      await store.close();
      throw error;
    });
    // With Redis, running instances hear of what the command changes: imported
    // annotations show live, revoked links close at once.
    const fanout =
      config.redisUrl === null
        ? null
        : await (
            await import('../Fanout.js')
          ).Fanout.open(config.redisUrl, createLogger(config.logLevel)).catch(async (error: unknown) => {
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
    const openClaims = () =>
      (claimsDatabase ??= ClaimsDatabase.open(store, log).then((database) => {
        // Running instances read back the feeds and claims the command stores.
        if (fanout !== null) database.onStored = (scope) => fanout.publishClaimsChange(scope);
        return database;
      }));
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
      publish: (id, showAuthors) =>
        documents.publish(id, { publicUrl, organisation: config.organisation, ...(showAuthors === undefined ? {} : { showAuthors }) }),
      unpublish: (id) => documents.unpublish(id),
      list: (filter) => documents.list(filter),
      listCollections: () => documents.collections.list(),
      createCollection: (input) => documents.collections.create(input),
      changeCollection: (id, change) => documents.collections.change(id, change),
      deleteCollection: (id) => documents.collections.delete(id),
      file: (id, change) => documents.change(id, change),
      get: (id) => documents.get(id),
      exportCorpus: async (selection, out, progress) => {
        const corpus = await CorpusExport.open(documents, { ...selection, publicUrl });
        progress(0, corpus.ids.length);
        for await (const piece of corpus.pieces()) {
          await writePiece(out, piece);
          progress(corpus.done, corpus.ids.length);
        }
        return { documents: corpus.ids.length, datasheet: corpus.datasheet.toMarkdown(), skipped: corpus.skipped };
      },
      search: async (input) => {
        const query = parseInput(searchQuerySchema, input, 'The search');
        const log = createLogger(config.logLevel);
        const indexer = new SearchIndexer(await openSearchIndex(config), (id) => documents.searchExtract(id), log);
        try {
          // What changed since the server last ran (or everything, the first time) is indexed first.
          await indexer.catchUp((await store.listDocuments()).map((record) => record.id));
          return await indexer.index.search(query, { role: 'owner', doc: '*', jti: 'cli' });
        } finally {
          await indexer.close();
        }
      },
      addVersion: (id, input) => documents.addVersion(id, input),
      close: async () => {
        if (claimsDatabase !== null) await (await claimsDatabase).close();
        await fanout?.close();
        try {
          await notePendingChanges(config, [...changed]);
        } finally {
          await store.close();
        }
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
