import { createServer } from 'node:net';
import WebSocket from 'ws';

/*
 * What a server process keeps, as opposed to garbage not yet collected: over
 * the inspector (the server started with `--inspect=127.0.0.1:PORT`), force a
 * full collection in the main thread and in each worker thread, then read the
 * heap in use. Resident memory alone cannot tell a leak from an allocator that
 * has not given pages back; the retained heap can.
 */

export interface RetainedHeap {
  /** `main`, or the worker's title. */
  thread: string;
  /** Heap in use right after a forced full collection, MiB. */
  mib: number;
}

/** A free local port for the inspector. */
export async function freeInspectorPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

interface Pending {
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
}

const heapUsedExpression = 'process.memoryUsage().heapUsed';
const callTimeoutMs = 60_000;
// A worker that waits in Atomics.wait (the journal's writer does, between writes) cannot answer its inspector.
const workerTimeoutMs = 3_000;

export class HeapProbe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly workers = new Map<string, string>();
  private readonly silentWorkers = new Set<string>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => this.receive(JSON.parse(data.toString()) as InspectorMessage));
  }

  static async connect(port: number): Promise<HeapProbe> {
    const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as { webSocketDebuggerUrl: string }[];
    const url = targets[0]?.webSocketDebuggerUrl;
    if (url === undefined) throw new Error(`No inspector target on port ${port}.`);
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    const probe = new HeapProbe(socket);
    await probe.call('HeapProfiler.enable');
    await probe.call('NodeWorker.enable', { waitForDebuggerOnStart: false });
    return probe;
  }

  /** Every thread's heap after a forced full collection, main first. */
  async retained(): Promise<RetainedHeap[]> {
    await this.call('HeapProfiler.collectGarbage');
    const heaps = [{ thread: 'main', mib: toMiB(await this.evaluate(heapUsedExpression)) }];
    for (const [sessionId, title] of this.workers) {
      if (this.silentWorkers.has(sessionId)) continue;
      try {
        await this.callInWorker(sessionId, 'HeapProfiler.enable');
        await this.callInWorker(sessionId, 'HeapProfiler.collectGarbage');
        const result = (await this.callInWorker(sessionId, 'Runtime.evaluate', {
          expression: heapUsedExpression,
          returnByValue: true,
        })) as EvaluateResult;
        heaps.push({ thread: title, mib: toMiB(result.result.value) });
      } catch {
        // Ended, or blocked: not asked again.
        this.silentWorkers.add(sessionId);
      }
    }
    return heaps;
  }

  close(): void {
    this.socket.close();
  }

  private async evaluate(expression: string): Promise<unknown> {
    const result = (await this.call('Runtime.evaluate', { expression, returnByValue: true })) as EvaluateResult;
    return result.result.value;
  }

  private call(method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    this.socket.send(JSON.stringify({ id, method, params }));
    return this.awaitReply(id, method);
  }

  /** A call inside a worker travels as a message through the main thread's NodeWorker domain. */
  private callInWorker(sessionId: string, method: string, params: object = {}): Promise<unknown> {
    const id = this.nextId++;
    const message = JSON.stringify({ id, method, params });
    this.socket.send(JSON.stringify({ id: this.nextId++, method: 'NodeWorker.sendMessageToWorker', params: { sessionId, message } }));
    return this.awaitReply(id, method, workerTimeoutMs);
  }

  private awaitReply(id: number, method: string, timeoutMs = callTimeoutMs): Promise<unknown> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`The inspector did not answer ${method} within ${timeoutMs} ms.`));
      }, timeoutMs);
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
    });
  }

  private receive(message: InspectorMessage): void {
    if (message.method === 'NodeWorker.attachedToWorker') {
      const { sessionId, workerInfo } = message.params as { sessionId: string; workerInfo: { title: string } };
      this.workers.set(sessionId, workerInfo.title);
    } else if (message.method === 'NodeWorker.detachedFromWorker') {
      this.workers.delete((message.params as { sessionId: string }).sessionId);
    } else if (message.method === 'NodeWorker.receivedMessageFromWorker') {
      this.settle(JSON.parse((message.params as { message: string }).message) as InspectorMessage);
    } else {
      this.settle(message);
    }
  }

  private settle(message: InspectorMessage): void {
    if (message.id === undefined) return;
    const pending = this.pending.get(message.id);
    if (pending === undefined) return;
    this.pending.delete(message.id);
    if (message.error !== undefined) pending.reject(new Error(message.error.message));
    else pending.resolve(message.result);
  }
}

interface InspectorMessage {
  id?: number;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { message: string };
}

interface EvaluateResult {
  result: { value: unknown };
}

const toMiB = (bytes: unknown) => (typeof bytes === 'number' ? bytes / 1024 / 1024 : Number.NaN);
