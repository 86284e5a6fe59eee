import type { SearchExtract } from '../shared/search/index.js';
import { InputError } from '../shared/errors.js';
import { normalizeWorkflow, type WorkflowStep } from '../shared/workflow/index.js';
import { randomBytes } from 'node:crypto';
import * as Y from 'yjs';
import {
  annotationsMap,
  fileImportFormats,
  ImportError,
  checkArticleSourceField,
  type ArticleSourceField,
  type Organisation,
  articleMetaName,
  articleRoomName,
  isValidId,
  layerRoomName,
  listAnnotations,
  normalizeTitle,
  normalizeTag,
  normalizeTags,
  filterBound,
  recordMatches,
  collectionLimits,
  type DocumentFilter,
  type CorpusFormat,
  putAnnotation,
  teamLayerId,
  isVersionId,
  sortVersions,
  storyOf,
  versionId,
  type DocumentRecord,
  type DocumentDamage,
  type FileImportFormat,
  type Publication,
} from '../shared/index.js';
import { checkCompareFormat, type ComparisonFile } from './Comparison.js';
import { AnswerKeyMissingError, type RenderedReport } from './Scoring.js';
import { privateLayerPrefix } from '../shared/access.js';
import { damagedDocument } from './store/damage.js';
import type { InviteRecord, PublicationSnapshot, Store } from './store/Store.js';
import { storyInvites } from './Invites.js';
import { layerNames as namesOfLayers } from './layerNames.js';
import { layerDocOf, type DocumentState } from './jobs/DocumentState.js';
import { checkExportFormat, formatsNamingLayers, type ExportedFile } from './jobs/exportFile.js';
import type { AnnotationImportReport } from './jobs/importing.js';
import { runInline, type JobResults, type JobRunner } from './jobs/jobs.js';
import { Collections, withCollections, withTags } from './Collections.js';
import type { ImportedPageState } from './jobs/versions.js';
import { checkFetchUrl, fetchDefaults, fetchPage } from './fetch/fetchPage.js';
import type { AddedVersion } from '../shared/api/versions.js';

/** A request named a document that does not exist. */
export class DocumentNotFoundError extends Error {
  override readonly name = 'DocumentNotFoundError';
  constructor(id: string, message = `There is no document "${id}".`) {
    super(message);
  }
}

/** What {@link Documents.change} may change in a document's record at once. */
export interface DocumentChange {
  title?: string;
  assignment?: { revealed: boolean } | null;
  source?: Partial<Record<ArticleSourceField, string | null>>;
  /** The claim workflow's steps as the desk names and orders them; null: the default. */
  workflow?: readonly WorkflowStep[] | null;
  /** The collections it is in (ids, each must exist), all of them: replaces the list. */
  collections?: readonly string[];
  /** Its tags, all of them (normalised): replaces the list. */
  tags?: readonly string[];
}

/** A source field's value checked, its error naming the field. */
function checkedSource(field: ArticleSourceField, value: string): string {
  try {
    return checkArticleSourceField(field, value);
  } catch (error) {
    if (error instanceof InputError) throw new InputError(error.message, field);
    throw error;
  }
}

/** Layers whose authors the worker filter keeps, at most. */
const maxCachedLayers = 20_000;

/** How many days a document stays in the trash, restorable by an owner, before it is gone for good. */
export const trashDays = 30;

/** A document in the trash, and when it goes for good. */
export interface TrashedDocument extends DocumentRecord {
  deletedAt: string;
  /** ISO 8601 time after which it can no longer be restored. */
  purgeAt: string;
}

/** The server already holds as many documents as it may. */
export class DocumentLimitError extends Error {
  override readonly name = 'DocumentLimitError';
}

/** What a caller gives to create a document: an article's text, or (`format: 'url'`) the address of a page to fetch. */
export interface NewDocument {
  format: string;
  content?: unknown;
  title?: string;
  /** With `format: 'url'`: the page's address. */
  url?: string;
}

/** A file (Word, PDF) to import as a new document. */
export interface NewFileDocument {
  format: FileImportFormat;
  content: Uint8Array;
  /** Use this title instead of one found in the file. */
  title?: string;
  /** The file's name: the title when the file has none. */
  fileName?: string;
}

/** What importing a file did: the new document, what it did not keep, and the comments it read as notes on marks. */
export interface FileImportReport {
  record: DocumentRecord;
  /** What the article does not keep, in words ("2 images", "3 tracked changes …"). */
  dropped: string[];
  /** Comments read as notes on marks in the team layer; those whose words were not found are kept as orphans and listed. */
  notes: { imported: number; unanchored: string[] };
}

/** The largest file (Word, PDF) imported, for a text limit: a file holds images and markup besides the text. */
export function maxFileBytes(maxImportBytes: number): number {
  return maxImportBytes * 8;
}

export type { AnnotationImportReport } from './jobs/importing.js';

/** Options of exports that need to know where the server is and who publishes. */
export interface ExportOptions {
  /** Export one layer only. */
  layer?: string;
  publicUrl: string;
  organisation: Organisation;
}

/** What publishing needs: whether the page names the marks' authors (else as last published, else not), where the server is, who publishes. */
export interface PublishOptions {
  showAuthors?: boolean;
  publicUrl: string;
  organisation: Organisation;
}

/** A document's publication, with its public page's address. */
export interface PublishedDocument extends Publication {
  url: string;
}

/** The address of a public page. */
export function publicPageUrl(publicUrl: string, slug: string): string {
  return `${publicUrl.replace(/\/$/, '')}/p/${slug}`;
}

/** A new public page's slug: 128 random bits in base64url (22 characters), unguessable. */
function newSlug(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Writes an update to a room: through the live room when it is loaded (so
 * connected clients get it), else straight to the store.
 */
export type UpdateWriter = (room: string, update: Uint8Array) => Promise<void>;

/** The limits a {@link Documents} keeps to, and whether a page fetched may be at a private address. */
export interface DocumentLimits {
  maxImportBytes: number;
  maxDocuments: number;
  /** Fetch pages at private, loopback and link-local addresses too (the server's `allowPrivateAddresses`). */
  allowPrivateAddresses?: boolean;
}

const idAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new random document id: 12 lower-case letters and digits (60 bits), safe in URLs and shells. */
function newDocumentId(): string {
  return Array.from(randomBytes(12), (byte) => idAlphabet[byte % idAlphabet.length]).join('');
}

/**
 * Documents as the API and the CLI see them: import, list, read metadata,
 * export, import annotations, compare, score. Same code path for both. The
 * heavy part of each (parsing, placing, rendering) is a job given to `run`:
 * the server's pool of worker threads, or inline for a command.
 */
export class Documents {
  private readonly store: Store;
  private readonly limits: DocumentLimits;
  private readonly writeUpdate: UpdateWriter;
  private readonly run: JobRunner;
  private importQueue: Promise<unknown> = Promise.resolve();
  private readonly now: () => Date;
  /** The collections documents are grouped in (corpus issue). */
  readonly collections: Collections;
  /** Who marked each layer read for the worker filter, by room, with the room's version when read. */
  private readonly authorsByRoom = new Map<string, { stamp: string; ids: Set<string>; names: Set<string> }>();

  constructor(
    store: Store,
    limits: DocumentLimits,
    writeUpdate?: UpdateWriter | null,
    run: JobRunner = runInline,
    /** The clock the trash goes by (tests move it on). */
    now: () => Date = () => new Date(),
  ) {
    this.store = store;
    this.limits = limits;
    this.writeUpdate = writeUpdate ?? ((room, update) => store.appendUpdate(room, update));
    this.run = run;
    this.now = now;
    this.collections = new Collections(store);
  }

  /**
   * Imports an article (text, Markdown, HTML) or a factmark JSON file as a new
   * document. Throws an ImportError for bad input and a DocumentLimitError
   * when the server is full; nothing is stored then.
   */
  async create(input: NewDocument): Promise<DocumentRecord> {
    if (input.format === 'factmark') return this.importFactmark(input.content);
    if (input.format === 'url') return this.importUrl(input.url ?? '', input.title);
    if ((fileImportFormats as readonly string[]).includes(input.format))
      throw new ImportError(
        'format',
        `A ${input.format} file is imported as it is: send the file itself as the body, with its media type.`,
      );
    const { title, article, source } = await this.importArticle(input.format, input.content, input.title);
    return this.withinLimit(async () => {
      const record: DocumentRecord = { id: newDocumentId(), title, format: input.format, createdAt: new Date().toISOString(), ...source };
      await this.storeArticle(record, article);
      return record;
    });
  }

  /** An article's text (text, Markdown, HTML) read on a worker, within the import size limit. */
  private importArticle(format: NewDocument['format'], content: NewDocument['content'], title: string | undefined) {
    return this.run({
      type: 'importArticle',
      format,
      content,
      maxBytes: this.limits.maxImportBytes,
      ...(title === undefined ? {} : { title }),
    });
  }

  /**
   * Imports a Word document or a PDF as a new document; a Word file's
   * comments become notes on marks in the team layer. Throws an ImportError
   * for a file that cannot be read, is hostile or too large, and a
   * DocumentLimitError when the server is full; nothing is stored then.
   */
  async importFile(input: NewFileDocument): Promise<FileImportReport> {
    const file = await this.readFile(input);
    return this.withinLimit(async () => {
      const record: DocumentRecord = { id: newDocumentId(), title: file.title, format: input.format, createdAt: new Date().toISOString() };
      // The layer before the record: a document is listed only once everything it holds is stored.
      if (file.layer !== null) await this.store.appendUpdate(layerRoomName(record.id, teamLayerId), file.layer);
      await this.storeArticle(record, file.article);
      return { record, dropped: file.dropped, notes: file.notes };
    });
  }

  /** Reads a Word file or PDF on a worker thread, after refusing one over the size limit (an ImportError). */
  private async readFile(file: NewFileDocument): Promise<JobResults['importFile']> {
    const limit = maxFileBytes(this.limits.maxImportBytes);
    if (file.content.byteLength > limit)
      throw new ImportError('too-large', `The file is ${file.content.byteLength} bytes; the largest file allowed is ${limit}.`);
    return this.run({
      type: 'importFile',
      format: file.format,
      content: file.content,
      maxBytes: this.limits.maxImportBytes,
      now: this.now().toISOString(),
      ...(file.title === undefined ? {} : { title: file.title }),
      ...(file.fileName === undefined ? {} : { fileName: file.fileName }),
    });
  }

  /**
   * Stores a new document if the store is under its limit: the check and the
   * storing run one at a time ({@link oneAtATime}), so two imports at once
   * cannot both take the last place.
   */
  private withinLimit<T>(store: () => Promise<T>): Promise<T> {
    return this.oneAtATime(async () => {
      await this.checkLimit();
      return store();
    });
  }

  /**
   * Refuses a new document when the store holds its limit: a count, not a
   * read of every record, so creating n documents costs n counts. Called
   * inside {@link oneAtATime} with the storing that follows.
   */
  private async checkLimit(): Promise<void> {
    if ((await this.store.countDocuments()) >= this.limits.maxDocuments) {
      throw new DocumentLimitError(`This server holds its limit of ${this.limits.maxDocuments} documents.`);
    }
  }

  /** Stores an article's content and its record in the meta map, then the record itself. */
  private async storeArticle(record: DocumentRecord, article: Uint8Array): Promise<void> {
    // The meta map is a root type: written in a Y.Doc of its own, it merges with the content.
    const metaDoc = new Y.Doc();
    const meta = metaDoc.getMap(articleMetaName);
    metaDoc.transact(() => {
      for (const [key, value] of Object.entries(record)) meta.set(key, value);
    });
    await this.store.appendUpdate(articleRoomName(record.id), article);
    await this.store.appendUpdate(articleRoomName(record.id), Y.encodeStateAsUpdate(metaDoc));
    metaDoc.destroy();
    // The record goes last: a document is listed only once its content is stored.
    await this.store.putDocument(record);
  }

  /**
   * Imports a factmark JSON export: the article, its record (its id too, unless
   * taken) and every layer, each annotation anchored at its offsets again.
   */
  private async importFactmark(content: unknown): Promise<DocumentRecord> {
    const file = await this.run({ type: 'importFactmark', content, maxBytes: this.limits.maxImportBytes * 8 });
    return this.withinLimit(async () => {
      const record: DocumentRecord = { ...file.record };
      // The id is kept only if nothing at all was ever stored under it (a failed
      // earlier import may have left layers without a record).
      const taken =
        (await this.store.getDocument(record.id)) !== null ||
        (await this.store.listRooms(record.id)).some((room) => room === record.id || room.startsWith(`${record.id}/`));
      // A later version's id (`abc-v2`) opens with its story's tokens: an imported copy is a story of its own.
      if (taken || isVersionId(record.id) || record.story !== undefined) {
        delete record.story;
        if (taken || isVersionId(record.id)) record.id = newDocumentId();
      }
      for (const layer of file.layers) await this.store.appendUpdate(layerRoomName(record.id, layer.id), layer.update);
      await this.storeArticle(record, file.article);
      return record;
    });
  }

  // Articles fetched from their address, and versions of a story.

  /** Fetches a page (see `fetchPage` for what is refused) and reads its article off the event loop. */
  private async fetchArticle(address: string, title?: string): Promise<ImportedPageState> {
    const url = checkFetchUrl(address).href;
    const page = await fetchPage(url, {
      allowPrivate: this.limits.allowPrivateAddresses === true,
      timeoutMs: fetchDefaults.timeoutMs,
      maxRedirects: fetchDefaults.maxRedirects,
      maxBytes: maxFileBytes(this.limits.maxImportBytes),
    });
    return this.run({
      type: 'importPage',
      html: page.html,
      url,
      maxBytes: this.limits.maxImportBytes,
      ...(title === undefined ? {} : { title }),
    });
  }

  /**
   * Fetches an article's page and imports its article as a new document,
   * keeping its address and publication date. Throws an InputError for an
   * address refused or that cannot be fetched, an ImportError for a page with
   * no article or too large; nothing is stored then.
   */
  async importUrl(address: string, title?: string): Promise<DocumentRecord> {
    if (address === '') throw new InputError('Give the address of the page to import as "url".', 'url');
    const page = await this.fetchArticle(address, title);
    return this.withinLimit(async () => {
      const record: DocumentRecord = {
        id: newDocumentId(),
        title: page.title,
        format: 'url',
        createdAt: this.now().toISOString(),
        ...page.source,
        ...(page.byline === undefined ? {} : { byline: page.byline }),
        fetched: { at: this.now().toISOString(), digest: page.digest },
      };
      await this.storeArticle(record, page.article);
      return record;
    });
  }

  /** Every stored record of a story, trashed ones too. */
  private async storyRecords(storyId: string): Promise<DocumentRecord[]> {
    return (await this.store.listDocuments()).filter((record) => storyOf(record).id === storyId);
  }

  /** The versions of a document's story that are not in the trash, oldest first (a document with none added is its only version). */
  async versions(id: string): Promise<{ story: string; versions: DocumentRecord[] }> {
    const story = storyOf(await this.get(id)).id;
    const versions = sortVersions((await this.storyRecords(story)).filter((record) => record.deletedAt === undefined));
    return { story, versions };
  }

  /**
   * Adds a version to a document's story: an article (text, Markdown, HTML),
   * a Word or PDF file, a page fetched from an address (`format: 'url'`),
   * or, given only `{format: 'url'}`, the story's own address fetched again.
   * The marks of the latest version's layers (the team's, private ones, the
   * answer key, with their names) are carried over by their anchors and
   * quotes; those whose words are gone are kept as orphans and listed.
   * When the text is the same as the latest version's (or as it was when
   * last fetched), nothing is stored and the answer says `unchanged`.
   * Throws as {@link create} does for bad input; nothing is stored then.
   */
  async addVersion(id: string, input: NewDocument | NewFileDocument): Promise<AddedVersion> {
    const base = await this.get(id);
    const story = storyOf(base).id;
    let latest = (await this.versions(id)).versions.at(-1) ?? base;
    const imported = await this.versionArticle(input, latest);
    return this.oneAtATime(async () => {
      // Another version may have been added while this one was read.
      latest = (await this.versions(id)).versions.at(-1) ?? base;
      // Every layer goes along (the team's, private ones, the answer key); removed ones stay behind with the old version.
      const layerIds = await this.layers(latest.id);
      const [article, ...layerUpdates] = await Promise.all([
        this.store.loadUpdates(articleRoomName(latest.id)),
        ...layerIds.map((layerId) => this.store.loadUpdates(layerRoomName(latest.id, layerId))),
      ]);
      const layers = layerIds.map((layerId, index) => ({ id: layerId, updates: layerUpdates[index] ?? [] }));
      const marks = await this.run({ type: 'carryMarks', from: { record: latest, article, layers }, article: imported.article });
      if (marks.same || (imported.fetched !== undefined && latest.fetched?.digest === marks.digest))
        return { status: 'unchanged', record: latest, carried: 0, orphans: [], otherLayers: { layers: 0, carried: 0, orphans: 0 } };
      await this.checkLimit();
      const all = await this.storyRecords(story);
      let number = Math.max(1, ...all.map((record) => storyOf(record).version)) + 1;
      while ((await this.store.listRooms(versionId(story, number))).length > 0) number++;
      const first = all.find((record) => record.id === story);
      if (first !== undefined && first.story === undefined) await this.store.putDocument({ ...first, story: { id: story, version: 1 } });
      // A new version is not published (its page would be the earlier version's). A removed layer's marks stay
      // with the old version, and it stays removed here (a student who left the class is not scored again).
      const { story: _story, fetched: _fetched, publication: _publication, answerKey, layerNames, ...kept } = latest;
      // A page fetched again says who wrote it and when as it now stands: the earlier page's byline and date do not carry over.
      if (imported.fetched !== undefined) {
        delete kept.byline;
        delete kept.publishedAt;
      }
      // A layer's settings go with it (an empty one's too: an answer key with no marks yet is still the key).
      const carriedLayers = new Set(layerIds);
      const names = Object.entries(layerNames ?? {}).filter(([layer]) => carriedLayers.has(layer));
      const record: DocumentRecord = {
        ...kept,
        id: versionId(story, number),
        title: imported.title,
        format: imported.format,
        createdAt: this.now().toISOString(),
        ...imported.source,
        ...(imported.fetched === undefined ? {} : { fetched: imported.fetched }),
        ...(answerKey !== undefined && carriedLayers.has(answerKey) ? { answerKey } : {}),
        ...(names.length > 0 ? { layerNames: Object.fromEntries(names) } : {}),
        story: { id: story, version: number },
      };
      // Written as any import is, so the claims database and other instances learn of the marks carried over.
      for (const layer of marks.layers) if (layer.update !== null) await this.writeUpdate(layerRoomName(record.id, layer.id), layer.update);
      await this.storeArticle(record, imported.article);
      const [team, ...others] = marks.layers;
      return {
        status: 'added',
        record,
        carried: team?.carried ?? 0,
        orphans: team?.orphans ?? [],
        // Counts only: whose private layers they are is not every editor's to read.
        otherLayers: others.reduce(
          (sum, layer) =>
            layer.update === null
              ? sum
              : { layers: sum.layers + 1, carried: sum.carried + layer.carried, orphans: sum.orphans + layer.orphans.length },
          { layers: 0, carried: 0, orphans: 0 },
        ),
      };
    });
  }

  /** The article of a new version, read from what was given. */
  private async versionArticle(
    input: NewDocument | NewFileDocument,
    latest: DocumentRecord,
  ): Promise<{
    title: string;
    format: string;
    article: Uint8Array;
    source: Partial<DocumentRecord>;
    fetched?: { at: string; digest: string };
  }> {
    if (input.format === 'url') {
      const address = input.url ?? latest.sourceUrl;
      if (address === undefined)
        throw new InputError(`Document ${latest.id} has no source address to fetch again: give the address as "url".`, 'url');
      const page = await this.fetchArticle(address, input.title);
      return {
        title: page.title,
        format: 'url',
        article: page.article,
        source: { ...page.source, ...(page.byline === undefined ? {} : { byline: page.byline }) },
        fetched: { at: this.now().toISOString(), digest: page.digest },
      };
    }
    if (input.format === 'factmark')
      throw new InputError('A version is an article: text, markdown, html, a Word file, a PDF or a url.', 'format');
    if (input.content instanceof Uint8Array && (fileImportFormats as readonly string[]).includes(input.format)) {
      const file = input as NewFileDocument;
      const read = await this.readFile(file);
      return { title: read.title, format: file.format, article: read.article, source: {} };
    }
    const { title, article, source } = await this.importArticle(input.format, input.content, input.title);
    return { title, format: input.format, article, source };
  }

  /** Fetches a story's source address again: a new version when its text changed, else `unchanged` and nothing stored. */
  refetch(id: string): Promise<AddedVersion> {
    return this.addVersion(id, { format: 'url' });
  }

  /** Runs imports one after another, so two cannot claim the same id. */
  private oneAtATime<T>(job: () => Promise<T>): Promise<T> {
    const run = this.importQueue.then(job);
    this.importQueue = run.catch(() => undefined);
    return run;
  }

  /**
   * Places W3C Web Annotations (Hypothesis's and Recogito's too) on a
   * document's layer (the team layer unless named). Those that cannot be
   * anchored are kept as orphans, those with no usable selector refused;
   * the report counts and lists both. An annotation imported before (same
   * id) is updated, never added twice.
   */
  async importAnnotations(id: string, format: string, content: unknown, layerId = teamLayerId): Promise<AnnotationImportReport> {
    if (format !== 'wa') throw new InputError(`Unknown annotation format "${format}": use wa.`);
    if (!isValidId(layerId)) throw new InputError(`"${layerId}" is not a layer id.`);
    await this.get(id);
    const room = layerRoomName(id, layerId);
    // Read as stored: the job skips what does not decode, off the event loop.
    const [article, layer] = await Promise.all([this.store.loadUpdates(articleRoomName(id)), this.store.loadUpdates(room)]);
    const { update, ...report } = await this.run({
      type: 'placeAnnotations',
      article,
      layer,
      layerId,
      content,
      now: new Date().toISOString(),
    });
    if (report.imported > 0) await this.writeUpdate(room, update);
    return report;
  }

  /**
   * Changes a document's record in one write, every value checked first, so
   * a bad one changes nothing: its title (an ImportError when empty or too
   * long), its assignment (null: none), and where the article comes from, when
   * it was published and where the fact-check is published (an InputError
   * naming the field for a value that is not a valid http(s) address or ISO
   * 8601 date; null clears). Returns the new record.
   */
  async change(id: string, change: DocumentChange): Promise<DocumentRecord> {
    let record = await this.get(id);
    if (change.title !== undefined) record = { ...record, title: normalizeTitle(change.title) };
    if (change.source !== undefined) {
      const checked = new Map(
        Object.entries(change.source).map(([field, value]) => [
          field,
          value === null ? null : checkedSource(field as ArticleSourceField, value),
        ]),
      );
      record = Object.fromEntries(
        [...Object.entries(record).filter(([field]) => !checked.has(field)), ...checked.entries()].filter(([, value]) => value !== null),
      ) as unknown as DocumentRecord;
    }
    if (change.assignment !== undefined) {
      const { assignment: _previous, ...rest } = record;
      record = change.assignment === null ? rest : { ...rest, assignment: { revealed: change.assignment.revealed } };
    }
    if (change.workflow !== undefined) {
      const { workflow: _previous, ...rest } = record;
      record = change.workflow === null ? rest : { ...rest, workflow: normalizeWorkflow(change.workflow) };
    }
    if (change.collections !== undefined) {
      const collections = [...new Set(change.collections)];
      if (collections.length > collectionLimits.collectionsPerDocument)
        throw new InputError(`A document is in at most ${collectionLimits.collectionsPerDocument} collections.`, 'collections');
      await this.collections.checkExist(collections);
      record = withCollections(record, collections);
    }
    if (change.tags !== undefined) record = withTags(record, normalizeTags(change.tags));
    await this.store.putDocument(record);
    return record;
  }

  /** Sets (a string) or clears (null) where the article comes from and is published: see {@link change}. */
  setSource(id: string, source: Partial<Record<ArticleSourceField, string | null>>): Promise<DocumentRecord> {
    return this.change(id, { source });
  }

  /**
   * Makes a document a teaching assignment (or not), and reveals or hides
   * its private layers. Returns the new record.
   */
  setAssignment(id: string, assignment: { revealed: boolean } | null): Promise<DocumentRecord> {
    return this.change(id, { assignment });
  }

  /**
   * Marks one of a document's layers as its answer key, or none (null).
   * Throws an InputError for a layer the document does not have. Returns the new record.
   */
  async setAnswerKey(id: string, layer: string | null): Promise<DocumentRecord> {
    const record = await this.get(id);
    const { answerKey: _previous, ...rest } = record;
    if (layer === null) {
      await this.store.putDocument(rest);
      return rest;
    }
    const all = await this.layers(id);
    if (!all.includes(layer)) throw new InputError(`Document ${id} has no layer "${layer}"; it has ${all.join(', ')}.`);
    const updated: DocumentRecord = { ...rest, answerKey: layer };
    await this.store.putDocument(updated);
    return updated;
  }

  /**
   * The documents that are not in the trash, newest first; with a filter,
   * those that meet all its conditions. Throws a CollectionNotFoundError for
   * an unknown collection and an InputError for a malformed tag or date.
   * The record's conditions go first: only the documents left are read for
   * the worker condition, one at a time. `include` leaves out documents the
   * caller may not open before anything of them is read; `readable` says
   * which layers' marks the worker condition may look at (the caller's).
   */
  async list(
    filter: DocumentFilter = {},
    include: (id: string) => boolean = () => true,
    readable: (record: DocumentRecord, layer: string) => boolean = () => true,
  ): Promise<DocumentRecord[]> {
    // Checked before anything is read, so a bad filter is an error, never an empty list.
    if (filter.collection !== undefined) await this.collections.get(filter.collection);
    if (filter.tag !== undefined) normalizeTag(filter.tag);
    if (filter.from !== undefined) filterBound(filter.from, 'from');
    if (filter.to !== undefined) filterBound(filter.to, 'to');
    const records = (await this.store.listDocuments()).filter(
      (record) => record.deletedAt === undefined && include(record.id) && recordMatches(record, filter),
    );
    const matching: DocumentRecord[] = [];
    for (const record of records)
      if (filter.worker === undefined || (await this.markedBy(record, filter.worker, readable))) matching.push(record);
    return matching.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /**
   * Whether someone made a mark in a document (any layer not removed that
   * the caller may read): the author of one of its marks has this person id,
   * or this name (any case).
   */
  private async markedBy(
    record: DocumentRecord,
    worker: string,
    readable: (record: DocumentRecord, layer: string) => boolean,
  ): Promise<boolean> {
    const name = worker.trim().toLowerCase();
    for (const layer of await this.layers(record.id)) {
      if (!readable(record, layer)) continue;
      const authors = await this.layerAuthors(layerRoomName(record.id, layer));
      if (authors.ids.has(worker) || authors.names.has(name)) return true;
    }
    return false;
  }

  /**
   * The ids and names (lower case) of the authors of a layer's marks. Kept
   * per room while its stored updates stay as they were, so filtering by
   * worker again reads only the layers written to since.
   */
  private async layerAuthors(room: string): Promise<{ ids: Set<string>; names: Set<string> }> {
    const stamp = await this.store.roomVersion(room);
    if (stamp === null) return { ids: new Set(), names: new Set() };
    const cached = this.authorsByRoom.get(room);
    if (cached?.stamp === stamp) return cached;
    const doc = await this.loadLayer(room);
    const annotations = listAnnotations(doc);
    doc.destroy();
    const authors = {
      stamp,
      ids: new Set(annotations.map(({ author }) => author.id)),
      names: new Set(annotations.map(({ author }) => author.name.trim().toLowerCase())),
    };
    // Oldest out first (a Map keeps insertion order), so the cache stays small.
    this.authorsByRoom.delete(room);
    this.authorsByRoom.set(room, authors);
    for (const oldest of this.authorsByRoom.keys()) {
      if (this.authorsByRoom.size <= maxCachedLayers) break;
      this.authorsByRoom.delete(oldest);
    }
    return authors;
  }

  /** A document's record; throws DocumentNotFoundError if there is none, or it is in the trash. */
  async get(id: string): Promise<DocumentRecord> {
    const record = isValidId(id) ? await this.store.getDocument(id) : null;
    if (record === null) throw new DocumentNotFoundError(id);
    if (record.deletedAt !== undefined) throw new DocumentNotFoundError(id, `Document "${id}" is in the trash: an owner can restore it.`);
    return record;
  }

  /** A layer's stored content as a Y.Doc (destroy it after), in the current layout; updates that do not decode are left out (the room reports them when it loads). */
  private async loadLayer(room: string): Promise<Y.Doc> {
    return layerDocOf(await this.store.loadUpdates(room));
  }

  /** Damage found in the store, by document, for owners to see; damage that names no document is under "unknown". */
  async damage(): Promise<Map<string, DocumentDamage>> {
    const byDocument = new Map<string, DocumentDamage>();
    for (const report of await this.store.listDamage()) {
      const id = damagedDocument(report) ?? 'unknown';
      const entry = byDocument.get(id) ?? { updates: 0, problems: [] };
      entry.updates = entry.updates === null || report.updates === null ? null : entry.updates + report.updates;
      entry.problems.push(report.problem);
      byDocument.set(id, entry);
    }
    return byDocument;
  }

  /** Gives a document a new title (trimmed, 1–300 characters). Returns the new record. */
  rename(id: string, title: string): Promise<DocumentRecord> {
    return this.change(id, { title });
  }

  /**
   * Moves a document to the trash: it opens for no one and is listed only in
   * the trash, from which an owner may restore it for {@link trashDays} days.
   */
  async trash(id: string): Promise<TrashedDocument> {
    // A document in the trash is published no more: restoring it does not publish it again.
    const { publication, ...record } = await this.get(id);
    const updated = { ...record, deletedAt: this.now().toISOString() };
    await this.store.putDocument(updated);
    if (publication !== undefined) await this.removePage(id, publication.slug);
    return this.inTrash(updated);
  }

  /**
   * Publishes a document (an owner's or editor's act, checked by the caller):
   * renders its public page from the team layer as it is now and stores that
   * snapshot, replacing an earlier one under the same address. Returns the
   * publication and the page's address.
   */
  async publish(id: string, options: PublishOptions): Promise<PublishedDocument> {
    const before = await this.get(id);
    const slug = before.publication?.slug ?? newSlug();
    const showAuthors = options.showAuthors ?? before.publication?.showAuthors ?? false;
    const publishedAt = this.now().toISOString();
    const url = publicPageUrl(options.publicUrl, slug);
    const state = await this.state(id, teamLayerId);
    const page = await this.run({
      type: 'publish',
      state,
      options: { pageUrl: url, organisation: options.organisation, publishedAt, showAuthors },
    });
    await this.store.putPublication({ slug, docId: id, html: page.html, styleSource: page.styleSource, publishedAt });
    const publication: Publication = { slug, publishedAt, showAuthors };
    // Read again: the record may have changed while the page was rendered (or the document gone to the trash: then this throws).
    await this.store.putDocument({ ...(await this.get(id)), publication });
    return { ...publication, url };
  }

  /** Unpublishes a document at once: its public page answers 404 from now on. Returns the new record; nothing to do if it was not published. */
  async unpublish(id: string): Promise<DocumentRecord> {
    const { publication, ...record } = await this.get(id);
    if (publication === undefined) return record;
    await this.store.putDocument(record);
    await this.removePage(id, publication.slug);
    return record;
  }

  /** Removes a document's public page: only its own, whatever slug its record names. */
  private async removePage(id: string, slug: string): Promise<void> {
    const snapshot = await this.store.getPublication(slug);
    if (snapshot?.docId === id) await this.store.deletePublication(slug);
  }

  /** The public page at a slug, or null when there is none: never published, unpublished, or its document in the trash. */
  async publicPage(slug: string): Promise<PublicationSnapshot | null> {
    if (!isValidId(slug)) return null;
    const snapshot = await this.store.getPublication(slug);
    if (snapshot === null) return null;
    // The record says whether it is published: a snapshot left by a failed unpublish or a race with the trash is never served.
    const record = await this.store.getDocument(snapshot.docId);
    if (record?.publication?.slug !== slug || record.deletedAt !== undefined) return null;
    return snapshot;
  }

  /** Brings a document back from the trash; throws DocumentNotFoundError if it is not there (or has gone for good). */
  async restore(id: string): Promise<DocumentRecord> {
    const record = isValidId(id) ? await this.store.getDocument(id) : null;
    if (record?.deletedAt === undefined || this.gone(record.deletedAt))
      throw new DocumentNotFoundError(id, `There is no document "${id}" in the trash.`);
    const { deletedAt: _deletedAt, ...restored } = record;
    await this.store.putDocument(restored);
    return restored;
  }

  /** The documents in the trash that may still be restored, most recently deleted first. */
  async listTrash(): Promise<TrashedDocument[]> {
    const records = await this.store.listDocuments();
    return records
      .filter((record): record is DocumentRecord & { deletedAt: string } => record.deletedAt !== undefined && !this.gone(record.deletedAt))
      .map((record) => this.inTrash(record))
      .sort((a, b) => b.deletedAt.localeCompare(a.deletedAt));
  }

  /**
   * Erases from the store every document that has been in the trash for
   * longer than {@link trashDays} days. Returns the ids erased.
   */
  async eraseExpired(): Promise<string[]> {
    // Only a deletion time that reads: a malformed one hides a document from the trash, but erases nothing.
    const expired = (await this.store.listDocuments()).filter(
      (record) => record.deletedAt !== undefined && !Number.isNaN(Date.parse(record.deletedAt)) && this.gone(record.deletedAt),
    );
    const erased: string[] = [];
    for (const record of expired) {
      await this.store.deleteDocument(record.id);
      erased.push(record.id);
    }
    return erased;
  }

  private inTrash(record: DocumentRecord & { deletedAt: string }): TrashedDocument {
    const purgeAt = new Date(Date.parse(record.deletedAt) + trashDays * 24 * 3600 * 1000).toISOString();
    return { ...record, purgeAt };
  }

  /** Whether a document deleted then has been in the trash for longer than it may be. */
  private gone(deletedAt: string): boolean {
    const at = Date.parse(deletedAt);
    return Number.isNaN(at) || this.now().getTime() - at > trashDays * 24 * 3600 * 1000;
  }

  /** The ids of a document's layers: `team` first, then the others in order; removed ones only when asked. */
  async layers(id: string, options: { removed?: boolean } = {}): Promise<string[]> {
    const record = await this.get(id);
    const prefix = layerRoomName(id, '');
    const stored = (await this.store.listRooms(prefix)).map((room) => room.slice(prefix.length));
    const removed = new Set(options.removed === true ? [] : (record.removedLayers ?? []));
    return [teamLayerId, ...stored.filter((layer) => layer !== teamLayerId && !removed.has(layer)).sort()];
  }

  /** A private layer of a document, checked: not the team layer, and a well-formed id. */
  private checkPrivateLayer(id: string, layer: string): void {
    if (layer === teamLayerId) throw new InputError('The team layer cannot be renamed, merged or removed.');
    if (!/^p-[A-Za-z0-9_-]{1,64}$/.test(layer)) throw new InputError(`"${layer}" is not the id of a private layer of document ${id}.`);
  }

  /** Gives a private layer a name of the owner's choosing (an empty one goes back to its invitation's). Returns the new record. */
  async renameLayer(id: string, layer: string, name: string): Promise<DocumentRecord> {
    this.checkPrivateLayer(id, layer);
    const record = await this.get(id);
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (trimmed.length > 100) throw new InputError('A layer name is at most 100 characters.');
    const { [layer]: _previous, ...others } = record.layerNames ?? {};
    const layerNames = trimmed === '' ? others : { ...others, [layer]: trimmed };
    const { layerNames: _names, ...rest } = record;
    const updated: DocumentRecord = Object.keys(layerNames).length === 0 ? rest : { ...rest, layerNames };
    await this.store.putDocument(updated);
    return updated;
  }

  /**
   * Removes a private layer from the document's lists, results and exports,
   * or (`removed` false) brings it back: nothing in it is deleted. The answer
   * key cannot be removed. Returns the new record.
   */
  async setLayerRemoved(id: string, layer: string, removed: boolean): Promise<DocumentRecord> {
    this.checkPrivateLayer(id, layer);
    const record = await this.get(id);
    if (removed && record.answerKey === layer) throw new InputError(`Layer "${layer}" is the answer key: choose another key first.`);
    const others = (record.removedLayers ?? []).filter((candidate) => candidate !== layer);
    const removedLayers = removed ? [...others, layer] : others;
    const { removedLayers: _previous, ...rest } = record;
    const updated: DocumentRecord = removedLayers.length === 0 ? rest : { ...rest, removedLayers };
    await this.store.putDocument(updated);
    return updated;
  }

  /**
   * Copies every annotation of one private layer into another (those it
   * already holds, by id, are left as they are) and removes the first, so a
   * student's work in two layers becomes one. Returns the new record.
   */
  async mergeLayer(id: string, from: string, into: string): Promise<DocumentRecord> {
    this.checkPrivateLayer(id, from);
    if (from === into) throw new InputError('A layer cannot be merged into itself.');
    const all = await this.layers(id);
    for (const layer of [from, into]) {
      if (!all.includes(layer)) throw new InputError(`Document ${id} has no layer "${layer}"; it has ${all.join(', ')}.`);
    }
    const source = await this.loadLayer(layerRoomName(id, from));
    const target = await this.loadLayer(layerRoomName(id, into));
    const before = Y.encodeStateVector(target);
    const present = new Set(annotationsMap(target).keys());
    for (const annotation of listAnnotations(source)) if (!present.has(annotation.id)) putAnnotation(target, annotation);
    const update = Y.encodeStateAsUpdate(target, before);
    source.destroy();
    target.destroy();
    await this.writeUpdate(layerRoomName(id, into), update);
    return this.setLayerRemoved(id, from, true);
  }

  /**
   * A document as plain data for a job: its record, the article's stored
   * updates, and those of every layer or of one. The team layer and private
   * layers nobody has written to yet are there, empty (a student who marked
   * nothing exports an empty layer); any other unknown layer is an InputError
   * that names no other layer, since the caller may not be allowed to read them.
   */
  async state(id: string, layer?: string): Promise<DocumentState> {
    const record = await this.get(id);
    const all = await this.layers(id);
    if (layer !== undefined && !all.includes(layer) && !(isValidId(layer) && layer.startsWith(privateLayerPrefix))) {
      throw new InputError(`Document ${id} has no layer "${layer}".`);
    }
    const ids = layer === undefined ? all : [layer];
    const rooms = [articleRoomName(id), ...ids.map((layerId) => layerRoomName(id, layerId))];
    // The stamps before the updates: an update stored in between is then in a state stamped older, never the reverse.
    const stamps = await Promise.all(rooms.map((room) => this.store.roomVersion(room)));
    // As stored: the job skips what does not decode, so the event loop does not read every update to check.
    const [article, ...layers] = await Promise.all(rooms.map((room) => this.store.loadUpdates(room)));
    return {
      record,
      article: article ?? [],
      layers: ids.map((layerId, index) => ({ id: layerId, updates: layers[index] ?? [] })),
      version: JSON.stringify([record, rooms, stamps]),
    };
  }

  /** Parses a large JSON request body on a worker thread (a SyntaxError if it is not JSON), so the event loop only moves its bytes. */
  parseJson(bytes: Uint8Array): Promise<unknown> {
    return this.run({ type: 'parseJson', bytes });
  }

  /** Exports a document in one of the export formats. */
  async export(id: string, format: string, options: ExportOptions): Promise<ExportedFile> {
    const checked = checkExportFormat(format);
    // Every invitation in the store is read to name the layers: only for the formats that show the names.
    const [state, invites] = await Promise.all([
      this.state(id, options.layer),
      formatsNamingLayers.has(checked) ? this.invitesOf(id) : Promise.resolve([]),
    ]);
    return this.run({
      type: 'export',
      state,
      format: checked,
      publicUrl: options.publicUrl,
      organisation: options.organisation,
      layerNames: Object.fromEntries(namesOfLayers(state.record, invites)),
    });
  }

  /** What search keeps of a document: its record, text and every layer's marks (read off the event loop). */
  async searchExtract(id: string): Promise<SearchExtract> {
    return this.run({ type: 'searchExtract', state: await this.state(id) });
  }

  /**
   * One document's part of a corpus file and its counts for the datasheet,
   * worked out off the event loop: every layer (not removed), or one.
   */
  async corpusPart(id: string, format: CorpusFormat, options: { publicUrl: string; layer?: string }): Promise<JobResults['corpusPart']> {
    const state = await this.state(id, options.layer);
    return this.run({ type: 'corpusPart', state, format, publicUrl: options.publicUrl });
  }

  /**
   * Compares two documents as versions of one story, with each one's
   * team-layer annotations where `annotations` allows (all unless given).
   * Throws a DocumentNotFoundError for an unknown id; nothing is changed.
   */
  async compare(a: string, b: string, format: string, annotations: (id: string) => boolean = () => true): Promise<ComparisonFile> {
    const checked = checkCompareFormat(format);
    // One after the other, so errors come in order (a first).
    const stateA = await this.state(a, teamLayerId);
    const stateB = await this.state(b, teamLayerId);
    return this.run({ type: 'compare', a: stateA, b: stateB, annotations: { a: annotations(a), b: annotations(b) }, format: checked });
  }

  /**
   * The class's scores against the answer key, in a report format. Throws
   * AnswerKeyMissingError when the document has none.
   */
  async scores(id: string, format: string, table = 'students'): Promise<RenderedReport> {
    const record = await this.get(id);
    if (record.answerKey === undefined) throw new AnswerKeyMissingError(id);
    const [state, invites] = await Promise.all([this.state(id), this.invitesOf(id)]);
    return this.run({ type: 'scores', state, invites, format, table });
  }

  /**
   * Agreement among some of a document's layers (every one unless named),
   * pairwise and all together, in a report format. Throws an InputError for a
   * layer the document does not have.
   */
  async agreement(id: string, format: string, layers?: readonly string[], readable?: readonly string[]): Promise<RenderedReport> {
    const [state, invites] = await Promise.all([this.state(id), this.invitesOf(id)]);
    return this.run({
      type: 'agreement',
      state,
      invites,
      format,
      ...(layers === undefined ? {} : { layers: [...layers] }),
      ...(readable === undefined ? {} : { readable: [...readable] }),
    });
  }

  /** A document's invitations, those of every version of its story, oldest first: their labels name the private layers. */
  private invitesOf(id: string): Promise<InviteRecord[]> {
    return storyInvites(this.store, id);
  }
}
