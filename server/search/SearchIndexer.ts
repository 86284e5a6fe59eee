import type { SearchExtract } from '../../shared/search/index.js';
import { DocumentNotFoundError } from '../Documents.js';
import type { Logger } from '../log.js';
import type { SearchIndex } from './SearchIndex.js';

/** How the indexer waits and saves. */
export interface IndexerTiming {
  /** Quiet time after a document's last change before it is indexed (typing sends an update a keystroke). */
  debounceMs: number;
  /** Longest a document that keeps changing waits to be indexed. */
  maxWaitMs: number;
  /** How often an index written whole (the embedded one) is saved when it changed. */
  flushMs: number;
  /** How often the index's pending list is read for changes made elsewhere (a command writing to the shared database). */
  pollMs: number;
}

export const defaultIndexerTiming: IndexerTiming = { debounceMs: 250, maxWaitMs: 2000, flushMs: 5 * 60_000, pollMs: 30_000 };

/** Reads what search keeps of a document; throws a DocumentNotFoundError for one that is gone. */
export type Extractor = (docId: string) => Promise<SearchExtract>;

/**
 * Keeps a {@link SearchIndex} up to date: told of every stored change to a
 * document ({@link changed}, from the watched store), it notes the document
 * as pending at once and indexes it once its changes pause, one document at
 * a time, reading it off the event loop. On start it catches up with the
 * store ({@link catchUp}): what the index lacks, what was pending, and what
 * the store no longer has.
 */
export class SearchIndexer {
  private readonly waiting = new Map<string, { timer: ReturnType<typeof setTimeout>; since: number }>();
  /** Documents due, in order, and whether the loop that indexes them runs. */
  private readonly due = new Set<string>();
  private running: Promise<void> | null = null;
  private readonly flushTimer: ReturnType<typeof setInterval>;
  private readonly pollTimer: ReturnType<typeof setInterval>;
  private closed = false;
  /** While catching up, the pending list is the catch-up's to index. */
  private catchingUp = false;
  /** Called after each document is indexed, with how long it took (ms): for tests and the benchmark. */
  onIndexed: ((docId: string, ms: number) => void) | null = null;

  constructor(
    readonly index: SearchIndex,
    private readonly extract: Extractor,
    private readonly log: Logger,
    private readonly timing: IndexerTiming = defaultIndexerTiming,
  ) {
    this.flushTimer = setInterval(() => {
      this.index.flush().catch((error: unknown) => this.log.error({ err: error }, 'saving the search index failed; tried again later'));
    }, timing.flushMs);
    this.flushTimer.unref();
    this.pollTimer = setInterval(() => {
      if (this.catchingUp) return;
      this.index
        .pending()
        .then((ids) => this.enqueue(ids.filter((id) => !this.waiting.has(id))))
        .catch((error: unknown) => this.log.error({ err: error }, 'reading the documents pending for search failed'));
    }, timing.pollMs);
    this.pollTimer.unref();
  }

  /** A document changed in the store: noted as pending now, indexed once its changes pause. */
  changed(docId: string): void {
    if (this.closed) return;
    const now = Date.now();
    const previous = this.waiting.get(docId);
    // Noted once per burst of changes (typing sends one a keystroke).
    if (previous === undefined)
      this.index.notePending([docId]).catch((error: unknown) => this.log.error({ err: error, docId }, 'noting a change for search failed'));
    if (previous !== undefined) clearTimeout(previous.timer);
    const since = previous?.since ?? now;
    const delay = Math.max(0, Math.min(this.timing.debounceMs, since + this.timing.maxWaitMs - now));
    const timer = setTimeout(() => {
      this.waiting.delete(docId);
      this.enqueue([docId]);
    }, delay);
    timer.unref();
    this.waiting.set(docId, { timer, since });
  }

  /** Queues documents to index, and starts the loop that indexes them if it is not running. */
  private enqueue(docIds: readonly string[]): void {
    if (this.closed || docIds.length === 0) return;
    for (const id of docIds) this.due.add(id);
    this.running ??= this.drain().finally(() => {
      this.running = null;
    });
  }

  private async drain(): Promise<void> {
    for (let next = this.first(); next !== null && !this.closed; next = this.first()) {
      this.due.delete(next);
      await this.reindex(next);
    }
  }

  private first(): string | null {
    for (const id of this.due) return id;
    return null;
  }

  /** Reads a document and puts it in the index; a document that is gone is taken out. Failures are logged, and it stays pending. */
  private async reindex(docId: string): Promise<void> {
    const started = performance.now();
    try {
      let extract: SearchExtract | null;
      try {
        extract = await this.extract(docId);
      } catch (error) {
        if (!(error instanceof DocumentNotFoundError)) throw error;
        extract = null;
      }
      if (extract === null) await this.index.remove(docId);
      else await this.index.put(extract);
      this.onIndexed?.(docId, performance.now() - started);
    } catch (error) {
      this.log.error({ err: error, docId }, 'indexing a document for search failed; it is indexed again on its next change or start');
    }
  }

  /**
   * Brings the index in line with the store: indexes the documents it lacks
   * and those pending, takes out those the store no longer has. Progress is
   * logged every few seconds (a first start over thousands of documents
   * rebuilds the whole index). Resolves when done.
   */
  async catchUp(storedIds: readonly string[]): Promise<void> {
    this.catchingUp = true;
    try {
      await this.catchUpWith(storedIds);
    } finally {
      this.catchingUp = false;
    }
  }

  private async catchUpWith(storedIds: readonly string[]): Promise<void> {
    const stored = new Set(storedIds);
    const indexed = await this.index.documentIds();
    const todo = new Set<string>();
    for (const id of stored) if (!indexed.has(id)) todo.add(id);
    for (const id of await this.index.pending()) todo.add(id);
    for (const id of indexed) if (!stored.has(id)) todo.add(id);
    if (todo.size === 0) return;
    const total = todo.size;
    this.log.info({ documents: total }, `search index: indexing ${total} documents the saved index lacks`);
    let done = 0;
    let lastReport = Date.now();
    for (const id of todo) {
      if (this.closed) return;
      await this.reindex(id);
      done++;
      if (Date.now() - lastReport >= 3000) {
        lastReport = Date.now();
        this.log.info({ done, total }, `search index: ${done} of ${total} documents indexed`);
      }
    }
    this.log.info({ documents: total }, 'search index: up to date');
    await this.index.flush();
  }

  /** Resolves once nothing waits to be indexed (changes still in their quiet time included). */
  async idle(): Promise<void> {
    while (this.waiting.size > 0 || this.running !== null) {
      if (this.running !== null) await this.running;
      else await new Promise((resolve) => setTimeout(resolve, this.timing.debounceMs));
    }
  }

  /** Stops indexing (what waits stays pending for the next start) and saves and closes the index. */
  async close(): Promise<void> {
    this.closed = true;
    clearInterval(this.flushTimer);
    clearInterval(this.pollTimer);
    for (const { timer } of this.waiting.values()) clearTimeout(timer);
    this.waiting.clear();
    await this.running;
    await this.index.close();
  }
}
