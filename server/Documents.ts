import { randomBytes } from 'node:crypto';
import { Node } from 'prosemirror-model';
import { prosemirrorToYDoc, yDocToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  annotationsMap,
  articleFragmentName,
  articleMetaName,
  articleRoomName,
  articleSchema,
  buildExportModel,
  encodeAnchors,
  fromFactmarkJson,
  fromWebAnnotation,
  importDocument,
  isValidId,
  layerRoomName,
  listAnnotations,
  putAnnotation,
  relativePositionAt,
  teamLayerId,
  TextMap,
  toClaimReview,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
  toWebAnnotation,
  type Annotation,
  type DocumentRecord,
  type ExportedAnnotation,
  type ExportModel,
  type ImportOptions,
  type SkippedClaim,
} from '../shared/index.js';
import type { Store } from './store/Store.js';

/** A request named a document that does not exist. */
export class DocumentNotFoundError extends Error {
  override readonly name = 'DocumentNotFoundError';
  constructor(id: string) {
    super(`There is no document "${id}".`);
  }
}

/** The server already holds as many documents as it may. */
export class DocumentLimitError extends Error {
  override readonly name = 'DocumentLimitError';
}

/** What a caller gives to create a document. */
export interface NewDocument {
  format: string;
  content: unknown;
  title?: string;
}

/** The formats a document exports to. */
export const exportFormats = ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text'] as const;
export type ExportFormat = (typeof exportFormats)[number];

/** An export, ready to send or write. */
export interface ExportedFile {
  body: string;
  contentType: string;
  extension: string;
  /** Claims left out of a ClaimReview export, and why. */
  skipped?: SkippedClaim[];
}

/** What importing annotations onto a document did. */
export interface AnnotationImportReport {
  imported: number;
  /** Annotations that could not be placed in the text: kept as orphans, and listed here. */
  unanchored: string[];
}

/** Options of exports that need to know where the server is and who publishes. */
export interface ExportOptions {
  /** Export one layer only. */
  layer?: string;
  publicUrl: string;
  organisation: { name: string; url?: string };
}

/**
 * Writes an update to a room: through the live room when it is loaded (so
 * connected clients get it), else straight to the store.
 */
export type UpdateWriter = (room: string, update: Uint8Array) => Promise<void>;

const idAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new random document id: 12 lower-case letters and digits (60 bits), safe in URLs and shells. */
function newDocumentId(): string {
  return Array.from(randomBytes(12), (byte) => idAlphabet[byte % idAlphabet.length]).join('');
}

/**
 * Documents as the API and the CLI see them: import, list, read metadata,
 * export, import annotations. Same code path for both.
 */
export class Documents {
  private readonly store: Store;
  private readonly limits: { maxImportBytes: number; maxDocuments: number };
  private readonly writeUpdate: UpdateWriter;
  private importQueue: Promise<unknown> = Promise.resolve();

  constructor(store: Store, limits: { maxImportBytes: number; maxDocuments: number }, writeUpdate?: UpdateWriter) {
    this.store = store;
    this.limits = limits;
    this.writeUpdate = writeUpdate ?? ((room, update) => store.appendUpdate(room, update));
  }

  /**
   * Imports an article (text, Markdown, HTML) or a factmark JSON file as a new
   * document. Throws an ImportError for bad input and a DocumentLimitError
   * when the server is full; nothing is stored then.
   */
  async create(input: NewDocument): Promise<DocumentRecord> {
    if (input.format === 'factmark') return this.importFactmark(input.content);
    const options: ImportOptions = { maxBytes: this.limits.maxImportBytes };
    if (input.title !== undefined) options.title = input.title;
    const { doc, title } = importDocument(input.format, input.content, options);
    await this.checkLimit();
    const record: DocumentRecord = { id: newDocumentId(), title, format: input.format, createdAt: new Date().toISOString() };
    await this.storeArticle(record, prosemirrorToYDoc(doc, articleFragmentName));
    return record;
  }

  private async checkLimit(): Promise<void> {
    const existing = await this.store.listDocuments();
    if (existing.length >= this.limits.maxDocuments) {
      throw new DocumentLimitError(`This server holds its limit of ${this.limits.maxDocuments} documents.`);
    }
  }

  /** Stores an article's Y.Doc with its record in the meta map, then the record itself. */
  private async storeArticle(record: DocumentRecord, ydoc: Y.Doc): Promise<void> {
    const meta = ydoc.getMap(articleMetaName);
    ydoc.transact(() => {
      for (const [key, value] of Object.entries(record)) meta.set(key, value);
    });
    await this.store.appendUpdate(articleRoomName(record.id), Y.encodeStateAsUpdate(ydoc));
    ydoc.destroy();
    // The record goes last: a document is listed only once its content is stored.
    await this.store.putDocument(record);
  }

  /**
   * Imports a factmark JSON export: the article, its record (its id too, unless
   * taken) and every layer, each annotation anchored at its offsets again.
   */
  private async importFactmark(content: unknown): Promise<DocumentRecord> {
    if (typeof content === 'string' && Buffer.byteLength(content) > this.limits.maxImportBytes * 8) {
      throw new RangeError(`The factmark file is over the limit of ${this.limits.maxImportBytes * 8} bytes.`);
    }
    const file = fromFactmarkJson(content);
    return this.oneAtATime(async () => {
      await this.checkLimit();
      const record: DocumentRecord = { ...file.record };
      // The id is kept only if nothing at all was ever stored under it (a failed
      // earlier import may have left layers without a record).
      const taken =
        (await this.store.getDocument(record.id)) !== null ||
        (await this.store.listRooms(record.id)).some((room) => room === record.id || room.startsWith(`${record.id}/`));
      if (taken) record.id = newDocumentId();
      return this.storeFactmark(record, file);
    });
  }

  /** Runs imports one after another, so two cannot claim the same id. */
  private oneAtATime<T>(job: () => Promise<T>): Promise<T> {
    const run = this.importQueue.then(job);
    this.importQueue = run.catch(() => undefined);
    return run;
  }

  private async storeFactmark(record: DocumentRecord, file: ReturnType<typeof fromFactmarkJson>): Promise<DocumentRecord> {
    // The anchors point at this Y.Doc's items: it is the one stored.
    const article = prosemirrorToYDoc(file.doc, articleFragmentName);
    const fragment = article.getXmlFragment(articleFragmentName);
    const map = TextMap.of(file.doc);
    const layers = file.layers.map((layer) => {
      const layerDoc = new Y.Doc();
      for (const annotation of layer.annotations) putAnnotation(layerDoc, anchorAt(annotation, fragment, file.doc, map));
      return { id: layer.id, update: Y.encodeStateAsUpdate(layerDoc) };
    });
    for (const layer of layers) await this.store.appendUpdate(layerRoomName(record.id, layer.id), layer.update);
    await this.storeArticle(record, article);
    return record;
  }

  /**
   * Places W3C Web Annotations on a document's layer (the team layer unless
   * named). Those that cannot be anchored are kept as orphans and reported.
   */
  async importAnnotations(id: string, format: string, content: unknown, layerId = teamLayerId): Promise<AnnotationImportReport> {
    if (format !== 'wa') throw new RangeError(`Unknown annotation format "${format}": use wa.`);
    if (!isValidId(layerId)) throw new RangeError(`"${layerId}" is not a layer id.`);
    await this.get(id);
    // One load for the text and the anchors, so both see the same version.
    const stored = await this.loadDoc(articleRoomName(id));
    const fragment = stored.getXmlFragment(articleFragmentName);
    const doc = Node.fromJSON(articleSchema, yDocToProsemirrorJSON(stored, articleFragmentName));
    const map = TextMap.of(doc);
    const imported = fromWebAnnotation(content, map.text);
    const room = layerRoomName(id, layerId);
    const layer = await this.loadDoc(room);
    const before = Y.encodeStateVector(layer);
    const now = new Date().toISOString();
    for (const item of imported) {
      const annotation: ExportedAnnotation = {
        id: randomBytes(9)
          .toString('base64url')
          .replace(/[^A-Za-z0-9]/g, 'x'),
        layer: layerId,
        kind: item.kind,
        status: item.start === null ? 'orphaned' : 'anchored',
        start: item.start,
        end: item.end,
        quote: item.quote,
        prefix: item.prefix,
        suffix: item.suffix,
        author: { id: '', name: item.author || 'Imported' },
        createdAt: item.created ?? now,
        updatedAt: now,
        note: item.note,
        verdict: item.verdict,
        evidence: item.evidence.map((url) => ({ url, title: '' })),
        speaker: { name: item.speaker, role: '' },
        sourceType: 'named',
        links: [],
      };
      putAnnotation(layer, anchorAt(annotation, fragment, doc, map));
    }
    await this.writeUpdate(room, Y.encodeStateAsUpdate(layer, before));
    stored.destroy();
    layer.destroy();
    return { imported: imported.length, unanchored: imported.filter((item) => item.problem !== null).map((item) => item.problem ?? '') };
  }

  /**
   * Makes a document a teaching assignment (or not), and reveals or hides
   * its private layers. Returns the new record.
   */
  async setAssignment(id: string, assignment: { revealed: boolean } | null): Promise<DocumentRecord> {
    const record = await this.get(id);
    const { assignment: _previous, ...rest } = record;
    const updated: DocumentRecord = assignment === null ? rest : { ...rest, assignment: { revealed: assignment.revealed } };
    await this.store.putDocument(updated);
    return updated;
  }

  /**
   * Marks one of a document's layers as its answer key, or none (null).
   * Throws a RangeError for a layer the document does not have. Returns the new record.
   */
  async setAnswerKey(id: string, layer: string | null): Promise<DocumentRecord> {
    const record = await this.get(id);
    const { answerKey: _previous, ...rest } = record;
    if (layer === null) {
      await this.store.putDocument(rest);
      return rest;
    }
    const all = await this.layers(id);
    if (!all.includes(layer)) throw new RangeError(`Document ${id} has no layer "${layer}"; it has ${all.join(', ')}.`);
    const updated: DocumentRecord = { ...rest, answerKey: layer };
    await this.store.putDocument(updated);
    return updated;
  }

  async list(): Promise<DocumentRecord[]> {
    const records = await this.store.listDocuments();
    return records.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  /** A document's record; throws DocumentNotFoundError if there is none. */
  async get(id: string): Promise<DocumentRecord> {
    const record = isValidId(id) ? await this.store.getDocument(id) : null;
    if (record === null) throw new DocumentNotFoundError(id);
    return record;
  }

  private async loadDoc(room: string): Promise<Y.Doc> {
    const ydoc = new Y.Doc();
    const updates = await this.store.loadUpdates(room);
    if (updates.length > 0) Y.applyUpdate(ydoc, Y.mergeUpdates(updates));
    return ydoc;
  }

  /** The article's current content, as stored. */
  async article(id: string): Promise<Node> {
    await this.get(id);
    const ydoc = await this.loadDoc(articleRoomName(id));
    const json = yDocToProsemirrorJSON(ydoc, articleFragmentName);
    ydoc.destroy();
    return Node.fromJSON(articleSchema, json);
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
    if (layer === teamLayerId) throw new RangeError('The team layer cannot be renamed, merged or removed.');
    if (!/^p-[A-Za-z0-9_-]{1,64}$/.test(layer)) throw new RangeError(`"${layer}" is not the id of a private layer of document ${id}.`);
  }

  /** Gives a private layer a name of the owner's choosing (an empty one goes back to its invitation's). Returns the new record. */
  async renameLayer(id: string, layer: string, name: string): Promise<DocumentRecord> {
    this.checkPrivateLayer(id, layer);
    const record = await this.get(id);
    const trimmed = name.replace(/\s+/g, ' ').trim();
    if (trimmed.length > 100) throw new RangeError('A layer name is at most 100 characters.');
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
    if (removed && record.answerKey === layer) throw new RangeError(`Layer "${layer}" is the answer key: choose another key first.`);
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
    if (from === into) throw new RangeError('A layer cannot be merged into itself.');
    const all = await this.layers(id);
    for (const layer of [from, into]) {
      if (!all.includes(layer)) throw new RangeError(`Document ${id} has no layer "${layer}"; it has ${all.join(', ')}.`);
    }
    const source = await this.loadDoc(layerRoomName(id, from));
    const target = await this.loadDoc(layerRoomName(id, into));
    const before = Y.encodeStateVector(target);
    const present = new Set(annotationsMap(target).keys());
    for (const annotation of listAnnotations(source)) if (!present.has(annotation.id)) putAnnotation(target, annotation);
    const update = Y.encodeStateAsUpdate(target, before);
    source.destroy();
    target.destroy();
    await this.writeUpdate(layerRoomName(id, into), update);
    return this.setLayerRemoved(id, from, true);
  }

  /** Everything an export needs: the record, the article, and the layers' annotations placed in it. */
  async exportModel(id: string, layer?: string): Promise<ExportModel> {
    const record = await this.get(id);
    const all = await this.layers(id);
    if (layer !== undefined && !all.includes(layer))
      throw new RangeError(`Document ${id} has no layer "${layer}"; it has ${all.join(', ')}.`);
    const ydoc = await this.loadDoc(articleRoomName(id));
    const fragment = ydoc.getXmlFragment(articleFragmentName);
    const doc = Node.fromJSON(articleSchema, yDocToProsemirrorJSON(ydoc, articleFragmentName));
    const layerDocs = await Promise.all(
      (layer === undefined ? all : [layer]).map(async (layerId) => ({ id: layerId, doc: await this.loadDoc(layerRoomName(id, layerId)) })),
    );
    const model = buildExportModel(record, { ydoc, fragment, doc }, layerDocs);
    for (const { doc: layerDoc } of layerDocs) layerDoc.destroy();
    ydoc.destroy();
    return model;
  }

  /** Exports a document in one of {@link exportFormats}. */
  async export(id: string, format: string, options: ExportOptions): Promise<ExportedFile> {
    if (!(exportFormats as readonly string[]).includes(format))
      throw new RangeError(`Unknown export format "${format}": use one of ${exportFormats.join(', ')}.`);
    const model = await this.exportModel(id, options.layer);
    const documentUrl = `${options.publicUrl}/#/d/${id}`;
    switch (format as ExportFormat) {
      case 'factmark':
        return { body: toFactmarkJson(model), contentType: 'application/json; charset=utf-8', extension: 'factmark.json' };
      case 'wa':
        return { body: toWebAnnotation(model, { documentUrl }), contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' };
      case 'claimreview': {
        const { json, skipped } = toClaimReview(model, { documentUrl, organisation: options.organisation });
        return { body: json, contentType: 'application/ld+json; charset=utf-8', extension: 'claimreview.jsonld', skipped };
      }
      case 'html':
        return { body: toHtml(model), contentType: 'text/html; charset=utf-8', extension: 'html' };
      case 'csv':
        return { body: toCsv(model), contentType: 'text/csv; charset=utf-8', extension: 'csv' };
      case 'markdown':
        return { body: toMarkdown(model), contentType: 'text/markdown; charset=utf-8', extension: 'md' };
      case 'text':
        return { body: model.text, contentType: 'text/plain; charset=utf-8', extension: 'txt' };
    }
  }
}

/**
 * An exported annotation as a stored one: anchored at its offsets when they
 * still hold its quote, else left as an orphan (both anchors at one point, so
 * it resolves as an orphan again unless its quote is found).
 */
function anchorAt(annotation: ExportedAnnotation, fragment: Y.XmlFragment, doc: Node, map: TextMap): Annotation {
  const { layer: _layer, status: _status, start, end, ...fields } = annotation;
  if (start !== null && end !== null && start < end && end <= map.text.length) {
    return { ...fields, ...encodeAnchors(fragment, doc, map.posAt(start, 1), map.posAt(end, -1)) };
  }
  const point = Y.encodeRelativePosition(relativePositionAt(fragment, doc, 0, 0));
  return { ...fields, start: point, end: point };
}
