import { spawn } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { setTimeout as sleep } from 'node:timers/promises';
import { freeInspectorPort, HeapProbe, type RetainedHeap } from './heapProbe.js';
import type { ScaleClientsInput, ScaleClientsResult } from './scaleClients.js';
import { cpuTimeMs, rssKiB, startFactmark } from './sync/syncBench.js';

/*
 * How many rooms one instance serves: `rooms` documents on the embedded
 * store, each with `readersPerRoom` idle providers (with presence, as open
 * browser tabs), and one writer typing in every `roomsPerWriter`-th room.
 * The clients run in a process of their own (bench/scaleClients.ts); its CPU
 * time is reported too, since a client process that cannot keep up would
 * make the server look slow.
 */

export interface ScaleResult {
  rooms: number;
  connections: number;
  writers: number;
  rateHz: number;
  windowMs: number;
  edits: number;
  /** Writer-to-reader latency over every delivery in the window, in ms. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  expected: number;
  missing: number;
  dropped: number;
  /** Server CPU time over the window, as a percentage of one core. */
  serverCpuPercent: number;
  clientCpuPercent: number;
  /** Server resident memory before any client, once all are connected, and at the end of the window (MiB). */
  rssEmptyMiB: number;
  rssStartMiB: number;
  rssEndMiB: number;
  rssGrowthMiBPerMinute: number;
  /** Server resident memory through the window, about every `sampleMs`: minutes since the window began, MiB. */
  rssSamples: { minute: number; mib: number }[];
  /** Growth over the window's second half, MiB a minute (least squares over its samples): flat memory reads near 0. */
  rssSecondHalfMiBPerMinute: number;
  /** With `retainedHeap`: every thread's heap after a forced full collection, at each sample. */
  heapSamples: { minute: number; threads: RetainedHeap[] }[];
  /** Growth of the retained heap (all threads summed) over the window's second half, MiB a minute. */
  heapSecondHalfMiBPerMinute: number | null;
}

export interface ScaleOptions {
  rooms: number;
  readersPerRoom: number;
  roomsPerWriter: number;
  rateHz: number;
  windowMs: number;
  onProgress: (line: string) => void;
  /** Options for the server's Node (e.g. --max-old-space-size, to tell retained memory from garbage not yet collected). */
  nodeArgs?: string[];
  /** How often the server's memory is read during the window (default: a twentieth of it, at least every 5 s). */
  sampleMs?: number;
  /** Writers keep what they typed to this many characters (see `ScaleClientsInput.steadyChars`). */
  steadyChars?: number;
  /** Also read each thread's heap after a forced full collection at every sample (over the inspector). */
  retainedHeap?: boolean;
}

/** The slope of a least-squares line through the points, per unit of x; 0 for fewer than two. */
function slope(points: readonly { x: number; y: number }[]): number {
  if (points.length < 2) return 0;
  const meanX = points.reduce((sum, { x }) => sum + x, 0) / points.length;
  const meanY = points.reduce((sum, { y }) => sum + y, 0) / points.length;
  const covariance = points.reduce((sum, { x, y }) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, { x }) => sum + (x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

/** A short article of a few paragraphs, as a class or a desk would open. */
const article = Array.from(
  { length: 8 },
  (_, index) =>
    `Paragraph ${index + 1}: the council said the harbour budget rose by four per cent, according to officials, while the agency denied it.`,
).join('\n\n');

export async function runScaleBench(options: ScaleOptions): Promise<ScaleResult> {
  const { rooms, readersPerRoom, roomsPerWriter } = options;
  const writers = Math.ceil(rooms / roomsPerWriter);
  const connections = rooms * readersPerRoom + writers;
  const inspectorPort = options.retainedHeap === true ? await freeInspectorPort() : null;
  const server = await startFactmark(
    undefined,
    {
      FACTMARK_MAX_CONNECTIONS_PER_IP: String(connections + 100),
      FACTMARK_RATE_LIMIT: '0',
    },
    [...(options.nodeArgs ?? []), ...(inspectorPort === null ? [] : [`--inspect=127.0.0.1:${inspectorPort}`])],
  );
  const child = { current: null as ReturnType<typeof spawn> | null };
  const probe = inspectorPort === null ? null : await HeapProbe.connect(inspectorPort);
  try {
    const token = server.params['token'] ?? '';
    const origin = server.wsUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
    options.onProgress(`scale: creating ${rooms} documents`);
    const ids: string[] = [];
    for (let start = 0; start < rooms; start += 20) {
      const created = await Promise.all(
        Array.from({ length: Math.min(20, rooms - start) }, async () => {
          const response = await fetch(`${origin}/api/documents`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
            body: JSON.stringify({ format: 'text', content: article }),
          });
          if (response.status !== 201) throw new Error(`Creating a document failed: ${response.status} ${await response.text()}`);
          return ((await response.json()) as { id: string }).id;
        }),
      );
      ids.push(...created);
    }
    await sleep(1000);
    const rssEmpty = await rssKiB(server.pid);

    options.onProgress(`scale: connecting ${connections} clients in another process`);
    const input: ScaleClientsInput = {
      wsUrl: server.wsUrl,
      token,
      rooms: ids,
      readersPerRoom,
      roomsPerWriter,
      rateHz: options.rateHz,
      windowMs: options.windowMs,
      drainMs: 15_000,
      ...(options.steadyChars === undefined ? {} : { steadyChars: options.steadyChars }),
    };
    const clients = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'scaleClients.ts'), JSON.stringify(input)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    child.current = clients;
    const clientPid = clients.pid ?? 0;
    // The iterator keeps lines that arrive while nothing awaits them (the result can follow the end at once).
    const events = createInterface({ input: clients.stdout })[Symbol.asyncIterator]();
    const nextEvent = async () => {
      const line = await events.next();
      if (line.done === true) throw new Error(`The client process exited (${clients.exitCode}) early.`);
      return JSON.parse(line.value as string) as { event: string } & Record<string, unknown>;
    };
    const ready = await nextEvent();
    if (ready.event !== 'ready') throw new Error(`Unexpected message from the clients: ${JSON.stringify(ready)}`);
    // Presence and first loads settle before the window.
    await sleep(2000);
    options.onProgress(`scale: ${writers} writers typing at ${options.rateHz}/s for ${options.windowMs / 1000} s`);
    const [cpuBefore, clientCpuBefore, rssStart] = await Promise.all([cpuTimeMs(server.pid), cpuTimeMs(clientPid), rssKiB(server.pid)]);
    const began = performance.now();
    const rssSamples: ScaleResult['rssSamples'] = [{ minute: 0, mib: rssStart / 1024 }];
    const heapSamples: ScaleResult['heapSamples'] = [];
    const readHeaps = async () => {
      if (probe === null) return;
      const minute = (performance.now() - began) / 60_000;
      heapSamples.push({ minute, threads: await probe.retained() });
    };
    await readHeaps();
    const sampler = setInterval(
      () => {
        void rssKiB(server.pid)
          .then((kib) => rssSamples.push({ minute: (performance.now() - began) / 60_000, mib: kib / 1024 }))
          .then(readHeaps)
          .catch(() => undefined);
      },
      options.sampleMs ?? Math.max(5_000, options.windowMs / 20),
    );
    const ended = nextEvent();
    clients.stdin.write('go\n');
    const endedEvent = await ended.finally(() => clearInterval(sampler));
    if (endedEvent.event !== 'ended') throw new Error(`Unexpected message from the clients: ${JSON.stringify(endedEvent)}`);
    const elapsedMs = performance.now() - began;
    const [cpuAfter, clientCpuAfter, rssEnd] = await Promise.all([cpuTimeMs(server.pid), cpuTimeMs(clientPid), rssKiB(server.pid)]);
    rssSamples.push({ minute: elapsedMs / 60_000, mib: rssEnd / 1024 });
    await readHeaps().catch(() => undefined);
    const inSecondHalf = ({ minute }: { minute: number }) => minute >= elapsedMs / 120_000;
    const secondHalf = rssSamples.filter(inSecondHalf).map(({ minute, mib }) => ({ x: minute, y: mib }));
    const heapSecondHalf = heapSamples
      .filter(inSecondHalf)
      .map(({ minute, threads }) => ({ x: minute, y: threads.reduce((sum, { mib }) => sum + mib, 0) }));
    const result = (await nextEvent()) as unknown as ScaleClientsResult;
    if (server.child.exitCode !== null || server.child.signalCode !== null) throw new Error('The server exited during the run.');
    return {
      rooms,
      connections: result.connections,
      writers: result.writers,
      rateHz: options.rateHz,
      windowMs: elapsedMs,
      edits: result.edits,
      p50: result.p50,
      p95: result.p95,
      p99: result.p99,
      max: result.max,
      expected: result.expected,
      missing: result.missing,
      dropped: result.dropped,
      serverCpuPercent: ((cpuAfter - cpuBefore) / elapsedMs) * 100,
      clientCpuPercent: ((clientCpuAfter - clientCpuBefore) / elapsedMs) * 100,
      rssEmptyMiB: rssEmpty / 1024,
      rssStartMiB: rssStart / 1024,
      rssEndMiB: rssEnd / 1024,
      rssGrowthMiBPerMinute: (rssEnd - rssStart) / 1024 / (elapsedMs / 60_000),
      rssSamples,
      rssSecondHalfMiBPerMinute: slope(secondHalf),
      heapSamples,
      heapSecondHalfMiBPerMinute: probe === null ? null : slope(heapSecondHalf),
    };
  } finally {
    probe?.close();
    child.current?.kill('SIGKILL');
    await server.stop();
  }
}
