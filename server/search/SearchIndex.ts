import type { TokenClaims } from '../../shared/access.js';
import type { SearchAnswer, SearchQuery } from '../../shared/api/search.js';
import type { DocumentRecord } from '../../shared/document.js';
import type { SearchExtract } from '../../shared/search/index.js';

/** Whether the caller may read a document's article text (`layer` null) or one of its layers. */
export type Readable = (record: DocumentRecord, layer: string | null) => boolean;

/** Who searches: what of their token decides what they may read (plain data, so an index in another thread can be asked). */
export type Reader = Pick<TokenClaims, 'role' | 'doc' | 'jti' | 'layer'>;

/**
 * Where search looks: every document's text and marks, kept up to date by
 * the {@link SearchIndexer}. The embedded store's is a MiniSearch index in
 * the data folder; PostgreSQL's, its full-text search on tables of its own.
 * Both answer a query the same way.
 */
export interface SearchIndex {
  /** Puts a document in the index, or replaces what it held of it. */
  put(extract: SearchExtract): Promise<void>;
  /** Takes a document out of the index (erased, or no longer readable at all). */
  remove(docId: string): Promise<void>;
  /** The best hits of a query among what the reader may read, by the role table. */
  search(query: SearchQuery, reader: Reader): Promise<SearchAnswer>;
  /** The ids of the documents the index holds. */
  documentIds(): Promise<Set<string>>;
  /** Notes documents that changed and are not indexed yet, so that a crash or a command run without the server does not lose them. */
  notePending(docIds: readonly string[]): Promise<void>;
  /** The documents noted as changed and not yet indexed since the index was last saved. */
  pending(): Promise<string[]>;
  /** Keeps what is indexed so far (where the index is not written as it changes). */
  flush(): Promise<void>;
  close(): Promise<void>;
}
