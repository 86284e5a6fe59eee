// The clients of the scale benchmark, in a process of their own, so the
// process that reads the server's CPU time and memory does not share an event
// loop with a thousand providers.
//
// Run as `node --import tsx bench/scaleClients.ts '<json>'`. It connects the
// idle readers of every room and the writers, prints `{"event":"ready"}`,
// waits for a line on its standard input, types for the window, prints
// `{"event":"ended"}` after the last edit, then waits for the deliveries in
// flight and prints what it measured (`{"event":"result", ...}`).
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { articleFragmentName } from '../shared/index.js';

export interface ScaleClientsInput {
  wsUrl: string;
  token: string;
  rooms: string[];
  readersPerRoom: number;
  /** One writer per this many rooms (in the first room of each group). */
  roomsPerWriter: number;
  rateHz: number;
  windowMs: number;
  /** How long to wait after the last edit for deliveries still in flight. */
  drainMs: number;
  /**
   * When set, each writer deletes the oldest of what it typed beyond this many
   * characters, so the documents stop growing: a long run then measures the
   * server's own memory, not the documents'.
   */
  steadyChars?: number;
}

export interface ScaleClientsResult {
  event: 'result';
  connections: number;
  writers: number;
  edits: number;
  /** Reader × edit deliveries expected, and those that never arrived. */
  expected: number;
  missing: number;
  /** Connections the server closed (or that failed) during the window. */
  dropped: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
}

const input = JSON.parse(process.argv[2] ?? '{}') as ScaleClientsInput;
// Every provider adds a process 'exit' listener; thousands of them are expected, not a leak.
process.setMaxListeners(0);
const emit = (message: object) => process.stdout.write(`${JSON.stringify(message)}\n`);
const lines = createInterface({ input: process.stdin });
const nextLine = () => new Promise<void>((resolve) => lines.once('line', () => resolve()));
const markerPattern = /#(\d+);/g;

interface Client {
  provider: WebsocketProvider;
  doc: Y.Doc;
}

let measuring = false;
let dropped = 0;

function connect(room: string, name: string): Client {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(input.wsUrl, room, doc, {
    params: { token: input.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  // Presence as the editor sets it: a name and colour, renewed by y-protocols every 15 s.
  provider.awareness.setLocalStateField('user', { name, color: '#336699' });
  provider.on('status', ({ status }: { status: string }) => {
    if (measuring && status === 'disconnected') dropped++;
  });
  return { provider, doc };
}

function firstParagraphText(doc: Y.Doc): Y.XmlText {
  const paragraph = doc.getXmlFragment(articleFragmentName).get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('The article’s first paragraph holds no text.');
  return text;
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms.`);
    await sleep(20);
  }
}

interface Room {
  writer: Client | null;
  readers: Client[];
  sendTimes: number[];
  /** Per reader, arrival time by edit id. */
  arrivals: Map<number, number>[];
}

const rooms: Room[] = [];
const all: Client[] = [];
// Connected in batches, each synced before the next, as a building's worth of browsers arriving.
const batch = 50;
for (let start = 0; start < input.rooms.length; start += batch) {
  const group: Client[] = [];
  input.rooms.slice(start, start + batch).forEach((room, offset) => {
    const index = start + offset;
    const readers = Array.from({ length: input.readersPerRoom }, (_, reader) => connect(room, `Reader ${index}.${reader}`));
    const writer = index % input.roomsPerWriter === 0 ? connect(room, `Writer ${index}`) : null;
    rooms.push({ writer, readers, sendTimes: [], arrivals: readers.map(() => new Map()) });
    group.push(...readers, ...(writer === null ? [] : [writer]));
  });
  all.push(...group);
  await waitFor(() => group.every((client) => client.provider.synced), 60_000, `Syncing ${group.length} clients`);
}
for (const room of rooms) {
  if (room.writer === null) continue;
  room.readers.forEach((reader, index) => {
    const arrivals = room.arrivals[index] ?? new Map<number, number>();
    firstParagraphText(reader.doc).observe((event) => {
      const now = performance.now();
      for (const op of event.delta) {
        if (typeof op.insert !== 'string') continue;
        for (const match of op.insert.matchAll(markerPattern)) {
          const id = Number(match[1]);
          if (!arrivals.has(id)) arrivals.set(id, now);
        }
      }
    });
  });
}
emit({ event: 'ready', connections: all.length });
await nextLine();

measuring = true;
const writers = rooms.filter((room) => room.writer !== null);
const intervalMs = 1000 / input.rateHz;
const editsPerWriter = Math.floor(input.windowMs / intervalMs);
const began = performance.now();
// Each writer types at its own phase, spread over one interval, as independent people do.
await Promise.all(
  writers.map(async (room, index) => {
    const writer = room.writer;
    if (writer === null) return;
    const text = firstParagraphText(writer.doc);
    const typedFrom = text.length;
    const phase = (intervalMs * index) / writers.length;
    for (let id = 0; id < editsPerWriter; id++) {
      const wait = began + phase + id * intervalMs - performance.now();
      if (wait > 0) await sleep(wait);
      room.sendTimes[id] = performance.now();
      writer.doc.transact(() => {
        text.insert(text.length, `#${id};`);
        const beyond = text.length - typedFrom - (input.steadyChars ?? Infinity);
        if (beyond > 0) text.delete(typedFrom, beyond);
      });
    }
  }),
);
emit({ event: 'ended' });
const expected = writers.length * input.readersPerRoom * editsPerWriter;
const arrived = () => writers.reduce((sum, room) => sum + room.arrivals.reduce((count, map) => count + map.size, 0), 0);
await waitFor(() => arrived() >= expected, input.drainMs, 'Every delivery').catch(() => undefined);
measuring = false;

const latencies: number[] = [];
for (const room of writers)
  for (const arrivals of room.arrivals)
    for (const [id, at] of arrivals) {
      const sent = room.sendTimes[id];
      if (sent !== undefined) latencies.push(at - sent);
    }
const sorted = Float64Array.from(latencies).sort();
const percentile = (p: number) =>
  sorted.length === 0 ? Number.NaN : (sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN);
const result: ScaleClientsResult = {
  event: 'result',
  connections: all.length,
  writers: writers.length,
  edits: writers.length * editsPerWriter,
  expected,
  missing: expected - latencies.length,
  dropped,
  p50: percentile(50),
  p95: percentile(95),
  p99: percentile(99),
  max: percentile(100),
};
emit(result);
for (const client of all) {
  client.provider.destroy();
  client.doc.destroy();
}
process.exit(0);
