import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { HocuspocusProvider, HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { freshDatabase, servicesSkipReason, testServices } from '../../tests/support/services.js';

/*
 * Live-sync latency: one writer and N readers in this process, the server in
 * its own child process so its CPU time and memory are its alone. Writer and
 * readers share one clock, so latency is a plain difference of performance.now().
 * Note that the N readers share this process's event loop: at high N part of
 * the measured latency is client-side queueing, the same for every server.
 */

export type SyncServerKind = 'factmark' | 'factmark-postgres' | 'factmark-2-instances' | 'y-websocket-server' | 'hocuspocus';

/**
 * The kinds that need PostgreSQL and Redis (`scripts/test-services.sh start`):
 * one instance on them, and two instances with the readers split between them.
 * Measured at the largest reader count only.
 */
const scaledKinds: SyncServerKind[] = ['factmark-postgres', 'factmark-2-instances'];

export interface SyncResult {
  server: SyncServerKind;
  readers: number;
  edits: number;
  /** Writer-to-reader latency over every reader × edit delivery, in milliseconds. */
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Server CPU time (user + system) over the edit phase and its deliveries. */
  cpuMs: number;
  /** The part of it spent on the servers' main threads, which run the event loop (worker threads excluded). */
  mainThreadCpuMs: number;
  /** Growth of the server's resident memory from connecting the second half of the readers, per reader (with one reader: from connecting both clients, per client). */
  rssPerConnectionKiB: number;
  /** Reader × edit deliveries still missing when the wait for them timed out; 0 when all arrived. */
  missing?: number;
  /** Why this server was not measured; its numbers are then NaN. */
  skipped?: string;
}

export interface SyncBenchOptions {
  /** Reader counts to measure, each with a fresh server. */
  readers: number[];
  /** Edits the writer makes per run. */
  edits: number;
  /** Edits per second. */
  rateHz: number;
  /** Servers to measure; all by default (the PostgreSQL + Redis ones only when those run). */
  servers?: SyncServerKind[];
  /** Loaded benchmarks: how many times an idle run and a loaded run alternate (their latencies pooled); 1 by default. */
  rounds?: number;
  onProgress?: (line: string) => void;
}

const root = path.resolve(import.meta.dirname, '..', '..');
const serverStartTimeoutMs = 20_000;
const syncTimeoutMs = 20_000;
const requestTimeoutMs = 10_000;
/** Edits made and delivered before any is measured. */
const warmupEdits = 100;
/** How long to wait, after the last edit, for deliveries still in flight. */
const drainTimeoutMs = 15_000;
/** Lets the server finish allocating for new connections before its memory is read. */
const settleMs = 250;

/** A benchmarked server process (or several instances) and where clients join its room. */
export interface RunningServer {
  child: ChildProcess;
  pid: number;
  wsUrl: string;
  /** Further instances serving the same room; clients are spread over all of them, the writer on the first. */
  peers?: { child: ChildProcess; pid: number; wsUrl: string }[];
  room: string;
  params: Record<string, string>;
  /** The client protocol: y-websocket's, or Hocuspocus's own (which prefixes messages with the document name). */
  protocol: 'y-websocket' | 'hocuspocus';
  /** Kills the process and removes whatever it wrote. */
  stop(): Promise<void>;
}

// Children and temporary folders still in use, cleaned up synchronously if
// this process exits early (an uncaught error, process.exit on a signal).
const liveChildren = new Set<ChildProcess>();
const liveDirs = new Set<string>();
let exitHookInstalled = false;

function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.once('exit', () => {
    for (const child of liveChildren) child.kill('SIGKILL');
    for (const dir of liveDirs) rmSync(dir, { recursive: true, force: true });
  });
}

/** Kills the child if this process exits before it does. */
export function trackChild(child: ChildProcess): void {
  installExitHook();
  liveChildren.add(child);
  child.once('exit', () => liveChildren.delete(child));
}

async function makeTempDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  installExitHook();
  const dir = await mkdtemp(path.join(tmpdir(), 'factmark-syncbench-'));
  liveDirs.add(dir);
  return {
    dir,
    remove: async () => {
      await rm(dir, { recursive: true, force: true });
      liveDirs.delete(dir);
    },
  };
}

/** Stops a child: with SIGKILL, or first asked to stop (SIGTERM) when it must write something as it exits, as a CPU profile. */
export async function killChild(child: ChildProcess, gently = false): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (gently) {
    child.kill('SIGTERM');
    await Promise.race([exited, sleep(20_000)]);
    if (child.exitCode !== null || child.signalCode !== null) return;
  }
  child.kill('SIGKILL');
  await Promise.race([exited, sleep(5_000)]);
}

/**
 * Spawns a Node script and resolves with the first match of `ready` on its
 * stdout. Output is drained for the process's whole life so a full pipe never
 * blocks it; the tail of stderr goes into errors.
 */
async function spawnServer(
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
): Promise<{ child: ChildProcess; match: RegExpExecArray }> {
  const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  trackChild(child);
  let stdout = '';
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4_000);
  });
  try {
    const match = await new Promise<RegExpExecArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`${args.join(' ')} did not start within ${serverStartTimeoutMs} ms.\n${stderr}`)),
        serverStartTimeoutMs,
      );
      child.stdout?.on('data', (chunk: Buffer) => {
        stdout = (stdout + chunk.toString()).slice(-4_000);
        const found = ready.exec(stdout);
        if (found !== null) {
          clearTimeout(timer);
          resolve(found);
        }
      });
      child.once('exit', (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${args.join(' ')} exited (${code ?? signal}) before it was ready.\n${stderr}`));
      });
    });
    if (child.pid === undefined) throw new Error(`${args.join(' ')} has no process id.`);
    return { child, match };
  } catch (error) {
    await killChild(child);
    throw error;
  }
}

/** The flags factmark's command gives Node (its first line, and `npm start`): one V8 helper thread per core less one. */
const serverNodeArgs = ['--v8-pool-size=0'];

/**
 * Starts factmark: one instance on the embedded store, or `instances` on a
 * fresh PostgreSQL database and one Redis.
 */
export async function startFactmark(
  shared?: { instances: number; databaseUrl: string; redisUrl: string },
  extraEnv: Record<string, string> = {},
  /** Options for Node itself, before the script (e.g. --cpu-prof). */
  nodeArgs: string[] = [],
): Promise<RunningServer> {
  const { dir: dataDir, remove: removeDir } = await makeTempDir();
  const database = shared === undefined ? null : await freshDatabase({ databaseUrl: shared.databaseUrl, redisUrl: shared.redisUrl });
  const remove = async () => {
    await removeDir();
    await database?.drop();
  };
  try {
    const env = {
      FACTMARK_LOG_LEVEL: 'warn',
      // An empty secret, as the tests use, so one set in the environment is not picked up.
      FACTMARK_SECRET: database === null ? '' : randomBytes(24).toString('base64url'),
      // The bench opens many connections from one address and must not be rate limited.
      FACTMARK_MAX_CONNECTIONS_PER_IP: '1000',
      FACTMARK_MAX_MESSAGES_PER_SECOND: '100000',
      ...(database === null || shared === undefined ? {} : { FACTMARK_DATABASE_URL: database.url, FACTMARK_REDIS_URL: shared.redisUrl }),
      ...extraEnv,
    };
    const started = await Promise.allSettled(
      Array.from({ length: shared?.instances ?? 1 }, (_, index) =>
        spawnServer(
          [
            ...serverNodeArgs,
            ...nodeArgs,
            'bin/factmark.js',
            'serve',
            '--port',
            '0',
            '--no-demo',
            '--data',
            path.join(dataDir, `instance-${index}`),
          ],
          env,
          /(http:\/\/\S+\?token=\S+)/,
        ),
      ),
    );
    const children = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
    // A profiled server is stopped gently, so Node writes its profile as it exits.
    const gently = nodeArgs.includes('--cpu-prof');
    const stop = async () => {
      for (const { child } of children) await killChild(child, gently);
      await remove();
    };
    const failed = started.find((result) => result.status === 'rejected');
    const [first, ...others] = children;
    if (failed !== undefined || first === undefined) {
      await stop();
      throw (failed as PromiseRejectedResult | undefined)?.reason ?? new Error('No factmark instance started.');
    }
    const { child, match } = first;
    const wsUrlOf = (found: RegExpExecArray) => `ws://${new URL(found[1] ?? '').host}/sync`;
    try {
      const link = new URL(match[1] ?? '');
      const token = link.searchParams.get('token') ?? '';
      const response = await fetch(`${link.origin}/api/documents`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        body: JSON.stringify({ format: 'text', content: 'Benchmark article.' }),
        signal: AbortSignal.timeout(requestTimeoutMs),
      });
      if (response.status !== 201) throw new Error(`Creating the document failed: ${response.status} ${await response.text()}`);
      const { id } = (await response.json()) as { id: string };
      return {
        child,
        pid: child.pid ?? 0,
        wsUrl: wsUrlOf(match),
        peers: others.map((other) => ({ child: other.child, pid: other.child.pid ?? 0, wsUrl: wsUrlOf(other.match) })),
        room: id,
        params: { token },
        protocol: 'y-websocket',
        stop,
      };
    } catch (error) {
      await stop();
      throw error;
    }
  } catch (error) {
    await remove();
    throw error;
  }
}

/** Starts a bare server script of this folder that prints `listening on port N`; no persistence, no auth. */
async function startBareServer(script: string, protocol: RunningServer['protocol']): Promise<RunningServer> {
  const { child, match } = await spawnServer([path.join(import.meta.dirname, script)], {}, /listening on port (\d+)/);
  return {
    child,
    pid: child.pid ?? 0,
    wsUrl: `ws://127.0.0.1:${match[1]}`,
    room: 'bench',
    params: {},
    protocol,
    stop: () => killChild(child),
  };
}

const startYWebsocketServer = () => startBareServer('ywsServer.mjs', 'y-websocket');
const startHocuspocus = () => startBareServer('hocuspocusServer.mjs', 'hocuspocus');

let clockTicksPerSecond: number | null = null;

/** USER_HZ, the unit of utime and stime in /proc/<pid>/stat (100 on Linux, but ask). */
function ticksPerSecond(): number {
  if (clockTicksPerSecond === null) {
    try {
      clockTicksPerSecond = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
    } catch {
      clockTicksPerSecond = 100;
    }
  }
  return clockTicksPerSecond;
}

/** The main thread's user + system CPU time so far, in milliseconds (its thread id is the process's). */
export const mainThreadCpuTimeMs = (pid: number) => cpuTimeMs(pid, `/proc/${pid}/task/${pid}/stat`);

/** The process's user + system CPU time so far (or a thread's, from its stat file), in milliseconds. */
export async function cpuTimeMs(pid: number, file = `/proc/${pid}/stat`): Promise<number> {
  const stat = await readFile(file, 'utf8');
  // The command name (field 2) may hold spaces; count fields from the ')' that closes it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[14 - 3]);
  const stime = Number(fields[15 - 3]);
  return ((utime + stime) * 1000) / ticksPerSecond();
}

/** The process's resident memory, in KiB. */
export async function rssKiB(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
  if (match?.[1] === undefined) throw new Error(`No VmRSS for process ${pid}.`);
  return Number(match[1]);
}

/** Polls until the condition holds; false if it still does not after the timeout. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) return false;
    await sleep(10);
  }
  return true;
}

interface BenchClient {
  provider: { readonly synced: boolean };
  doc: Y.Doc;
  /** The text of the article's first paragraph, where a person types (bound once synced). */
  text: Y.Text;
  destroy(): void;
}

/**
 * The text of an article's first paragraph, where edits go as they do from
 * the editor (the server refuses text outside the article's schema). A room
 * with no paragraph yet (the baselines' empty rooms) gets one.
 */
function articleText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment('prosemirror');
  if (fragment.length === 0) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText()]);
    fragment.insert(0, [paragraph]);
  }
  const paragraph = fragment.get(0);
  const text = paragraph instanceof Y.XmlElement ? paragraph.get(0) : null;
  if (!(text instanceof Y.XmlText)) throw new Error('The article’s first paragraph holds no text.');
  return text;
}

/** Every process of a server: the first instance and its peers. */
function processesOf(server: RunningServer): { child: ChildProcess; pid: number; wsUrl: string }[] {
  return [{ child: server.child, pid: server.pid, wsUrl: server.wsUrl }, ...(server.peers ?? [])];
}

async function sumOver(server: RunningServer, read: (pid: number) => Promise<number>): Promise<number> {
  const values = await Promise.all(processesOf(server).map(({ pid }) => read(pid)));
  return values.reduce((sum, value) => sum + value, 0);
}

/** Connects a client to the server; with several instances, the `index`-th client goes to instance `index` mod their number. */
function connectClient(server: RunningServer, index = 0): BenchClient {
  const doc = new Y.Doc();
  if (server.protocol === 'hocuspocus') {
    const socket = new HocuspocusProviderWebsocket({ url: server.wsUrl, WebSocketPolyfill: WebSocket });
    const provider = new HocuspocusProvider({ websocketProvider: socket, name: server.room, document: doc });
    // A socket passed in is not managed by the provider: attach to it explicitly.
    provider.attach();
    return {
      provider,
      doc,
      text: new Y.Text(),
      destroy: () => {
        provider.destroy();
        socket.destroy();
        doc.destroy();
      },
    };
  }
  const instances = processesOf(server);
  const wsUrl = instances[index % instances.length]?.wsUrl ?? server.wsUrl;
  const provider = new WebsocketProvider(wsUrl, server.room, doc, {
    params: server.params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    // BroadcastChannel off: clients in this process must only meet through the server.
    disableBc: true,
  });
  return {
    provider,
    doc,
    text: new Y.Text(),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

const markerPattern = /#(\d+);/g;

/**
 * Records, per edit id, when this reader first saw the edit's marker. Returns
 * the arrival times (NaN until arrived) and a live count of arrivals.
 */
function recordArrivals(text: Y.Text, edits: number, firstId = 0): { arrivals: Float64Array; count: () => number; stop: () => void } {
  const arrivals = new Float64Array(edits).fill(Number.NaN);
  let count = 0;
  const observer = (event: Y.YTextEvent): void => {
    const now = performance.now();
    for (const op of event.delta) {
      if (typeof op.insert !== 'string') continue;
      for (const match of op.insert.matchAll(markerPattern)) {
        const id = Number(match[1]) - firstId;
        if (id >= 0 && id < edits && Number.isNaN(arrivals[id])) {
          arrivals[id] = now;
          count++;
        }
      }
    }
  };
  text.observe(observer);
  return { arrivals, count: () => count, stop: () => text.unobserve(observer) };
}

/** Nearest-rank percentile of ascending values. */
function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
}

/**
 * Other work a client does on the server while the edits are measured (in
 * another room): made ready once the server runs, then run until told to stop.
 */
export interface SyncLoad {
  /** What the load is, in progress lines ("heavy work"). */
  name: string;
  /** Makes what the load needs (documents to export, compare), given the server's address and an owner token. */
  prepare(origin: string, token: string): Promise<void>;
  /** Runs the load until `done()`; resolves with a line saying what it did. */
  run(origin: string, token: string, done: () => boolean): Promise<string>;
}

/** What one measured run of edits gave: every latency, and the server's CPU time meanwhile. */
interface EditsRun {
  latencies: Float64Array;
  cpuMs: number;
  mainThreadCpuMs: number;
  missing: number;
}

/** Live-sync latency at one reader count, on a fresh server. */
async function measure(
  kind: SyncServerKind,
  start: () => Promise<RunningServer>,
  readers: number,
  options: SyncBenchOptions,
): Promise<SyncResult> {
  const [result] = await measurePhases(kind, start, readers, options);
  if (result === undefined) throw new Error(`${kind}: nothing was measured.`);
  return result;
}

/**
 * Connects a writer and N readers to a fresh server, warms up, then measures
 * one run of edits with nothing else running and, for each load given, a
 * run on the same server while that load runs: the runs differ only in the
 * load (the same server, documents, connections and heap).
 */
async function measurePhases(
  kind: SyncServerKind,
  start: () => Promise<RunningServer>,
  readers: number,
  options: SyncBenchOptions,
  /** Loads to measure beside idle runs: each round runs idle, then under each load in turn. */
  loads: SyncLoad[] = [],
): Promise<SyncResult[]> {
  const progress = (line: string) => options.onProgress?.(`${kind} N=${readers}: ${line}`);
  progress('starting the server');
  const server = await start();
  const clients: BenchClient[] = [];
  const origin = server.wsUrl.replace(/^ws/, 'http').replace(/\/sync$/, '');
  try {
    for (const load of loads) {
      progress(`preparing the load: ${load.name}`);
      await load.prepare(origin, server.params['token'] ?? '');
    }
    const rssBefore = await sumOver(server, rssKiB);

    progress(`connecting 1 writer and ${readers} readers`);
    const writer = connectClient(server);
    clients.push(writer);
    // The writer syncs first and makes the paragraph if the room has none, so every reader types into the same one.
    if (!(await waitFor(() => writer.provider.synced, syncTimeoutMs)))
      throw new Error(`${kind}: the writer did not sync within ${syncTimeoutMs} ms.`);
    writer.text = articleText(writer.doc);
    const readerClients: BenchClient[] = [];
    // Readers join in two halves: the memory the second half adds is what a connection costs,
    // without what the first connections pay once (a room loaded, code run the first time).
    const connectReaders = async (from: number, to: number) => {
      for (let index = from; index < to; index++) {
        // Reader 1 goes to the second instance, if any: half the readers are a Redis hop from the writer.
        const reader = connectClient(server, index + 1);
        clients.push(reader);
        readerClients.push(reader);
      }
      if (!(await waitFor(() => clients.every((client) => client.provider.synced), syncTimeoutMs))) {
        const unsynced = clients.filter((client) => !client.provider.synced).length;
        throw new Error(`${kind}: ${unsynced} of ${clients.length} clients did not sync within ${syncTimeoutMs} ms.`);
      }
      for (const reader of readerClients.slice(from)) {
        if (!(await waitFor(() => reader.doc.getXmlFragment('prosemirror').length > 0, syncTimeoutMs)))
          throw new Error(`${kind}: a reader never received the article's paragraph.`);
        reader.text = articleText(reader.doc);
      }
      await sleep(settleMs);
    };
    const half = Math.ceil(readers / 2);
    await connectReaders(0, half);
    const rssHalf = await sumOver(server, rssKiB);
    await connectReaders(half, readers);
    const rssAfter = await sumOver(server, rssKiB);

    const intervalMs = 1000 / options.rateHz;
    // Unmeasured edits first, the same for every server: the first edits pay
    // for compiling and first-use allocation, which is not steady sync.
    progress(`${warmupEdits} warm-up edits`);
    for (let id = 0; id < warmupEdits; id++) {
      await sleep(intervalMs);
      writer.text.insert(writer.text.length, '~');
    }
    if (!(await waitFor(() => readerClients.every((reader) => reader.text.length === writer.text.length), drainTimeoutMs)))
      throw new Error(`${kind}: the warm-up edits did not reach every reader within ${drainTimeoutMs} ms.`);

    // Each run's edits carry ids of their own, so a late delivery of one run is never taken for the next's.
    let runsMade = 0;
    /** Makes the edits at the rate asked, each delivery timed at every reader, while `under` runs if given. */
    const runEdits = async (under?: SyncLoad): Promise<EditsRun> => {
      const firstId = runsMade++ * options.edits;
      if (loads.length > 0) {
        progress('waiting for the server to be quiet');
        await untilQuiet(server);
      }
      const received = readerClients.map((reader) => recordArrivals(reader.text, options.edits, firstId));
      const sendTimes = new Float64Array(options.edits);
      progress(`${options.edits} edits at ${options.rateHz}/s${under === undefined ? '' : ` under load: ${under.name}`}`);
      let editing = true;
      const loadRun = under?.run(origin, server.params['token'] ?? '', () => !editing);
      const expected = readers * options.edits;
      const arrived = () => received.reduce((sum, reader) => sum + reader.count(), 0);
      let cpuBefore = 0;
      let mainCpuBefore = 0;
      try {
        cpuBefore = await sumOver(server, cpuTimeMs);
        mainCpuBefore = await sumOver(server, mainThreadCpuTimeMs);
        const firstEdit = performance.now();
        for (let id = 0; id < options.edits; id++) {
          // Paced against the first edit, not the previous one, so timer lateness does not accumulate.
          const wait = firstEdit + id * intervalMs - performance.now();
          if (wait > 0) await sleep(wait);
          sendTimes[id] = performance.now();
          writer.text.insert(writer.text.length, `#${firstId + id};`);
        }
        if (!(await waitFor(() => arrived() === expected, drainTimeoutMs))) {
          progress(`${expected - arrived()} of ${expected} deliveries still missing ${drainTimeoutMs} ms after the last edit`);
        }
      } finally {
        // The load stops with the edits, whether they finished or failed.
        editing = false;
        await loadRun?.catch(() => undefined);
      }
      if (loadRun !== undefined) progress(await loadRun);
      for (const reader of received) reader.stop();
      for (const { child } of processesOf(server)) {
        const { exitCode, signalCode } = child;
        if (exitCode !== null || signalCode !== null)
          throw new Error(`The ${kind} server exited (${exitCode ?? signalCode}) during the run.`);
      }
      const cpuMs = (await sumOver(server, cpuTimeMs)) - cpuBefore;
      const mainThreadCpuMs = (await sumOver(server, mainThreadCpuTimeMs)) - mainCpuBefore;
      const latencies: number[] = [];
      for (const { arrivals } of received) {
        arrivals.forEach((arrival, id) => {
          if (!Number.isNaN(arrival)) latencies.push(arrival - (sendTimes[id] ?? Number.NaN));
        });
      }
      return { latencies: Float64Array.from(latencies).sort(), cpuMs, mainThreadCpuMs, missing: expected - latencies.length };
    };
    /** One result of several runs: their latencies pooled, their CPU times added. */
    const resultOf = (runs: EditsRun[]): SyncResult => {
      const latencies = Float64Array.from(runs.flatMap((run) => [...run.latencies])).sort();
      const total = (pick: (run: EditsRun) => number) => runs.reduce((sum, run) => sum + pick(run), 0);
      return {
        server: kind,
        readers,
        edits: options.edits * runs.length,
        p50: percentile(latencies, 50),
        p95: percentile(latencies, 95),
        p99: percentile(latencies, 99),
        max: latencies.length === 0 ? Number.NaN : (latencies[latencies.length - 1] ?? Number.NaN),
        cpuMs: total((run) => run.cpuMs),
        mainThreadCpuMs: total((run) => run.mainThreadCpuMs),
        rssPerConnectionKiB: readers > half ? (rssAfter - rssHalf) / (readers - half) : (rssAfter - rssBefore) / (readers + 1),
        missing: total((run) => run.missing),
      };
    };

    if (loads.length === 0) return [resultOf([await runEdits()])];
    // Idle and loaded runs alternate, each after the server is quiet, so a slow spell of the machine falls
    // on all alike; each round starts one phase later, so no phase always follows the same one.
    const phases = [undefined, ...loads];
    const runs: EditsRun[][] = phases.map(() => []);
    for (let round = 0; round < (options.rounds ?? 1); round++) {
      for (let step = 0; step < phases.length; step++) {
        const index = (round + step) % phases.length;
        runs[index]?.push(await runEdits(phases[index]));
      }
    }
    return runs.map(resultOf);
  } finally {
    for (const client of clients) client.destroy();
    await server.stop();
  }
}

/**
 * Waits until the server's CPU use stays under a tenth of a core for half a
 * second (at most 60 s): what preparing or a loaded run left it to do
 * (indexing, collecting garbage) is not the next run's.
 */
async function untilQuiet(server: RunningServer): Promise<void> {
  const windowMs = 500;
  const deadline = performance.now() + 60_000;
  let before = await sumOver(server, cpuTimeMs);
  while (performance.now() < deadline) {
    await sleep(windowMs);
    const now = await sumOver(server, cpuTimeMs);
    if (now - before < windowMs / 10) return;
    before = now;
  }
  console.warn('The server was still busy after 60 s; measuring anyway.');
}

/**
 * Measures live-sync latency, server CPU and per-connection memory for each
 * server and reader count, a fresh server process per run.
 */
export async function runSyncBench(options: SyncBenchOptions): Promise<SyncResult[]> {
  if (!(options.edits > 0) || !Number.isInteger(options.edits)) throw new RangeError('edits must be a positive integer.');
  if (!(options.rateHz > 0)) throw new RangeError('rateHz must be positive.');
  if (options.readers.some((n) => !(n > 0) || !Number.isInteger(n))) throw new RangeError('readers must be positive integers.');
  const servers = options.servers ?? ['factmark', ...scaledKinds, 'y-websocket-server', 'hocuspocus'];
  const services = testServices();
  const largest = Math.max(...options.readers);
  const results: SyncResult[] = [];
  // Every WebsocketProvider adds a process 'exit' listener; N + 1 of them is expected, not a leak.
  const maxListeners = process.getMaxListeners();
  process.setMaxListeners(Math.max(maxListeners, Math.max(...options.readers) + 10));
  try {
    // A short run thrown away, so the clients' own first-run costs in this
    // process do not land on whichever server happens to be measured first.
    options.onProgress?.('a short unmeasured run to warm up the clients');
    await measure('y-websocket-server', startYWebsocketServer, Math.min(...options.readers), { ...options, edits: warmupEdits });
    // Reader count outermost, so the servers compared at one N run minutes apart at most.
    for (const readers of options.readers) {
      for (const kind of servers) {
        if (scaledKinds.includes(kind)) {
          if (readers !== largest) continue;
          if (services === null) {
            results.push(skippedResult(kind, largest, options.edits, servicesSkipReason));
            continue;
          }
          const instances = kind === 'factmark-2-instances' ? 2 : 1;
          results.push(await measure(kind, () => startFactmark({ instances, ...services }), largest, options));
          continue;
        }
        const start = kind === 'factmark' ? () => startFactmark() : kind === 'y-websocket-server' ? startYWebsocketServer : startHocuspocus;
        results.push(await measure(kind, start, readers, options));
      }
    }
  } finally {
    process.setMaxListeners(maxListeners);
  }
  return results;
}

/**
 * Live-sync latency of factmark with N readers, first with nothing else
 * running, then while `load` runs in another room: one server, prepared for
 * the load and quiet before either run, so the runs differ only in the load.
 */
export async function runLoadedSyncBench(
  readers: number,
  options: Omit<SyncBenchOptions, 'readers' | 'servers'>,
  loads: SyncLoad[],
  env: Record<string, string> = {},
  /** A folder to write CPU profiles of the loaded server to (its main thread and each worker thread), if any. */
  profileDir?: string,
): Promise<{ idle: SyncResult; loaded: SyncResult[] }> {
  const all = { ...options, readers: [readers] };
  const maxListeners = process.getMaxListeners();
  process.setMaxListeners(Math.max(maxListeners, readers + 10));
  try {
    options.onProgress?.('a short unmeasured run to warm up the clients');
    await measure('factmark', () => startFactmark(undefined, env), Math.min(readers, 2), { ...all, edits: warmupEdits });
    const nodeArgs = profileDir === undefined ? [] : ['--cpu-prof', `--cpu-prof-dir=${profileDir}`];
    const [idle, ...loaded] = await measurePhases('factmark', () => startFactmark(undefined, env, nodeArgs), readers, all, loads);
    if (idle === undefined || loaded.length !== loads.length) throw new Error('factmark: the loaded run measured nothing.');
    return { idle, loaded };
  } finally {
    process.setMaxListeners(maxListeners);
  }
}

function skippedResult(server: SyncServerKind, readers: number, edits: number, reason: string): SyncResult {
  const none = Number.NaN;
  return {
    server,
    readers,
    edits,
    p50: none,
    p95: none,
    p99: none,
    max: none,
    cpuMs: none,
    mainThreadCpuMs: none,
    rssPerConnectionKiB: none,
    skipped: reason,
  };
}
