import { parentPort, workerData } from 'node:worker_threads';
import { createLogger } from '../log.js';
import { MiniSearchIndex } from './MiniSearchIndex.js';

/** What the thread is started with. */
export interface SearchThreadData {
  dir: string | null;
  logLevel: string;
}

/** A call of the index, and its answer (errors as their message). */
export interface SearchCall {
  id: number;
  method: 'put' | 'remove' | 'search' | 'documentIds' | 'notePending' | 'pending' | 'flush' | 'close';
  args: unknown[];
}
export type SearchReply = { id: number; ok: true; value: unknown } | { id: number; ok: false; message: string };

// The embedded index lives here, off the server's event loop: indexing,
// searching and saving (seconds for a big corpus) never hold up sync.
const port = parentPort;
if (port === null) throw new Error('searchThread runs in a worker thread.');
const data = workerData as SearchThreadData;
const index = await MiniSearchIndex.open(data.dir, createLogger(data.logLevel));
port.on('message', (call: SearchCall) => {
  const run = async (): Promise<unknown> => {
    const method = index[call.method] as (...args: unknown[]) => Promise<unknown>;
    const value = await method.apply(index, call.args);
    // A Set does not cross as one would wish everywhere: sent as a list.
    return value instanceof Set ? [...(value as Set<unknown>)] : value;
  };
  run().then(
    (value) => port.postMessage({ id: call.id, ok: true, value } satisfies SearchReply),
    (error: unknown) => port.postMessage({ id: call.id, ok: false, message: (error as Error).message } satisfies SearchReply),
  );
});
port.postMessage('ready');
