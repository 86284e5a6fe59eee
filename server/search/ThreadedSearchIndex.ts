import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { SearchAnswer, SearchQuery } from '../../shared/api/search.js';
import type { SearchExtract } from '../../shared/search/index.js';
import type { Reader, SearchIndex } from './SearchIndex.js';
import type { SearchCall, SearchReply, SearchThreadData } from './searchThread.js';

/**
 * The embedded {@link MiniSearchIndex} in a worker thread of its own, so that
 * indexing, searching and saving it never take the server's event loop from
 * live sync. Each method posts a call and resolves with the thread's answer.
 */
export class ThreadedSearchIndex implements SearchIndex {
  private nextId = 1;
  private readonly waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();

  private constructor(private readonly worker: Worker) {
    worker.on('message', (reply: SearchReply | 'ready') => {
      if (reply === 'ready') return;
      const call = this.waiting.get(reply.id);
      if (call === undefined) return;
      this.waiting.delete(reply.id);
      if (this.waiting.size === 0) worker.unref();
      if (reply.ok) call.resolve(reply.value);
      else call.reject(new Error(`The search index failed: ${reply.message}`));
    });
    worker.on('error', (error) => this.failAll(error));
    worker.on('exit', () => this.failAll(new Error('The search index’s thread stopped.')));
  }

  /** Starts the thread with the index kept in a folder (none: in memory), once it has read it. */
  static async open(dir: string | null, logLevel: string): Promise<ThreadedSearchIndex> {
    const worker = new Worker(path.join(import.meta.dirname, 'searchWorker.js'), {
      workerData: { dir, logLevel } satisfies SearchThreadData,
    });
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: unknown) => {
        if (message !== 'ready') return;
        worker.off('error', reject);
        resolve();
      };
      worker.on('message', onMessage);
      worker.once('error', reject);
    });
    // The thread keeps the process alive only while a call waits for it: a server that failed to start still exits.
    worker.unref();
    return new ThreadedSearchIndex(worker);
  }

  private failAll(error: Error): void {
    for (const call of this.waiting.values()) call.reject(error);
    this.waiting.clear();
    this.worker.unref();
  }

  private call<T>(method: SearchCall['method'], ...args: unknown[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      if (this.waiting.size === 0) this.worker.ref();
      this.waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      this.worker.postMessage({ id, method, args } satisfies SearchCall);
    });
  }

  put(extract: SearchExtract): Promise<void> {
    return this.call('put', extract);
  }

  remove(docId: string): Promise<void> {
    return this.call('remove', docId);
  }

  search(query: SearchQuery, reader: Reader): Promise<SearchAnswer> {
    return this.call('search', query, { role: reader.role, doc: reader.doc, jti: reader.jti, layer: reader.layer });
  }

  async documentIds(): Promise<Set<string>> {
    return new Set(await this.call<string[]>('documentIds'));
  }

  notePending(docIds: readonly string[]): Promise<void> {
    return this.call('notePending', [...docIds]);
  }

  pending(): Promise<string[]> {
    return this.call('pending');
  }

  flush(): Promise<void> {
    return this.call('flush');
  }

  /** Saves the index and stops the thread. */
  async close(): Promise<void> {
    try {
      await this.call('close');
    } finally {
      await this.worker.terminate();
    }
  }
}
