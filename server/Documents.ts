import { randomBytes } from 'node:crypto';
import { Node } from 'prosemirror-model';
import { prosemirrorToYDoc, yDocToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  articleFragmentName,
  articleMetaName,
  articleRoomName,
  articleSchema,
  importDocument,
  isValidId,
  toText,
  type DocumentRecord,
  type ImportOptions,
} from '../shared/index.js';
import type { Store } from './store/Store.js';

const idAlphabet = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A new random document id: 12 lower-case letters and digits (60 bits), safe in URLs and shells. */
function newDocumentId(): string {
  return Array.from(randomBytes(12), (byte) => idAlphabet[byte % idAlphabet.length]).join('');
}

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

/**
 * Documents as the API and the CLI see them: create one by import, list,
 * read metadata and export. Same code path for both.
 */
export class Documents {
  private readonly store: Store;
  private readonly limits: { maxImportBytes: number; maxDocuments: number };

  constructor(store: Store, limits: { maxImportBytes: number; maxDocuments: number }) {
    this.store = store;
    this.limits = limits;
  }

  /**
   * Imports an article as a new document. Throws an ImportError for bad
   * input and a DocumentLimitError when the server is full; nothing is stored
   * then.
   */
  async create(input: NewDocument): Promise<DocumentRecord> {
    const options: ImportOptions = { maxBytes: this.limits.maxImportBytes };
    if (input.title !== undefined) options.title = input.title;
    const { doc, title } = importDocument(input.format, input.content, options);
    const existing = await this.store.listDocuments();
    if (existing.length >= this.limits.maxDocuments) {
      throw new DocumentLimitError(`This server holds its limit of ${this.limits.maxDocuments} documents.`);
    }
    const record: DocumentRecord = {
      id: newDocumentId(),
      title,
      format: input.format,
      createdAt: new Date().toISOString(),
    };
    const ydoc = prosemirrorToYDoc(doc, articleFragmentName);
    const meta = ydoc.getMap(articleMetaName);
    ydoc.transact(() => {
      for (const [key, value] of Object.entries(record)) meta.set(key, value);
    });
    await this.store.appendUpdate(articleRoomName(record.id), Y.encodeStateAsUpdate(ydoc));
    // The record goes last: a document is listed only once its content is stored.
    await this.store.putDocument(record);
    ydoc.destroy();
    return record;
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

  /** The article's current content, as stored. */
  async article(id: string): Promise<Node> {
    await this.get(id);
    const ydoc = new Y.Doc();
    const updates = await this.store.loadUpdates(articleRoomName(id));
    if (updates.length > 0) Y.applyUpdate(ydoc, Y.mergeUpdates(updates));
    const json = yDocToProsemirrorJSON(ydoc, articleFragmentName);
    ydoc.destroy();
    return Node.fromJSON(articleSchema, json);
  }

  /** Exports a document; `text` is the only format so far. */
  async export(id: string, format: string): Promise<{ body: string; contentType: string; extension: string }> {
    if (format !== 'text') throw new RangeError(`Unknown export format "${format}": use text.`);
    return { body: toText(await this.article(id)), contentType: 'text/plain; charset=utf-8', extension: 'txt' };
  }
}
