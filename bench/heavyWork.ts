import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { configFromEnv } from '../server/config.js';
import { articleFragmentName, articleSchema, buildExportModel, toFactmarkJson } from '../shared/index.js';
import { generateArticle } from './generate.js';
import { killChild, runLoadedSyncBench, trackChild, type SyncLoad, type SyncResult } from './sync/syncBench.js';

/*
 * Heavy work beside live sync: the sync latency of a room with N readers,
 * first with nothing else running, then while another client keeps the server
 * busy in other rooms with a 10,000-annotation export, a compare of two
 * 24,000-word versions and a 1 MB import of nested <div>s, each over and over.
 */

export interface HeavyWorkResult {
  idle: SyncResult;
  loaded: SyncResult;
  /**
   * The same while busy loops outside factmark, one per worker thread the
   * server has, run at the lowest priority: what any work on the other cores
   * costs live sync on this machine (cores share caches and memory), the
   * floor no scheduling of factmark's own heavy work can go under.
   */
  busyLoops: SyncResult;
  /** What the heavy client got done meanwhile, per request: how many answers, by status. */
  work: Record<string, Record<string, number>>;
}

async function post(origin: string, token: string, body: unknown): Promise<string> {
  const response = await fetch(`${origin}/api/documents`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  if (response.status !== 201) throw new Error(`Preparing the heavy work failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}

/** A generated article's text (blocks joined by a blank line), and a later version with one word in fifty changed. */
function textOf(words: number): { a: string; b: string } {
  const { article } = generateArticle(words, 0, 11);
  const doc = yXmlFragmentToProseMirrorRootNode(article.getXmlFragment(articleFragmentName), articleSchema);
  const blocks: string[] = [];
  doc.forEach((block) => blocks.push(block.textContent));
  const a = blocks.join('\n\n');
  let count = 0;
  const b = a.replace(/[^\s.]+/g, (word) => (++count % 50 === 0 ? 'changed' : word));
  return { a, b };
}

/** Whether the heavy client runs at idle priority: asked for (the default) and `chrt` is there. */
export function heavyClientAtIdle(): boolean {
  if ((process.env['FACTMARK_BENCH_HEAVY_CLIENT'] ?? 'idle') !== 'idle') return false;
  return spawnSync('chrt', ['--version'], { stdio: 'ignore' }).status === 0;
}

export function heavyLoad(work: HeavyWorkResult['work']): SyncLoad {
  const documents = { annotated: '', versionA: '', versionB: '' };
  return {
    name: 'heavy work',
    prepare: async (origin, token) => {
      const { record, article, layer } = generateArticle(30_000, 10_000);
      const fragment = article.getXmlFragment(articleFragmentName);
      const doc = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
      const model = buildExportModel(record, { ydoc: article, fragment, doc }, [{ id: 'team', doc: layer }]);
      documents.annotated = await post(origin, token, { format: 'factmark', content: toFactmarkJson(model) });
      const { a, b } = textOf(24_000);
      documents.versionA = await post(origin, token, { format: 'text', content: a, title: 'Version A' });
      documents.versionB = await post(origin, token, { format: 'text', content: b, title: 'Version B' });
    },
    // The heavy client runs in a process of its own (bench/heavyClient.ts), as
    // another person's machine would: in this one, its requests and their
    // answers would be work of the process that measures the latency. With
    // FACTMARK_BENCH_HEAVY_CLIENT=idle (the default where `chrt` exists) it
    // runs at Linux's idle priority, so its own CPU time (reading 4.6 MB
    // exports) does not take the two cores from the server and the measuring
    // clients, as it would not from another machine; `normal` measures it
    // sharing them.
    run: async (origin, token, done) => {
      const args = ['--import', 'tsx', path.join(import.meta.dirname, 'heavyClient.ts'), JSON.stringify({ origin, token, ...documents })];
      const [command, commandArgs] = heavyClientAtIdle() ? ['chrt', ['--idle', '0', process.execPath, ...args]] : [process.execPath, args];
      const client = spawn(command, commandArgs, { stdio: ['pipe', 'pipe', 'inherit'] });
      trackChild(client);
      let output = '';
      client.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
      });
      const exited = new Promise<void>((resolve) => client.once('exit', () => resolve()));
      while (!done()) await sleep(20);
      client.stdin.end('stop\n');
      await exited;
      const answered = JSON.parse(output) as HeavyWorkResult['work'];
      // Added to what earlier loaded runs did.
      for (const [request, statuses] of Object.entries(answered)) {
        const counts = (work[request] ??= {});
        for (const [status, count] of Object.entries(statuses)) counts[status] = (counts[status] ?? 0) + count;
      }
      return `heavy work done meanwhile: ${JSON.stringify(answered)}`;
    },
  };
}

/** The worker threads the server starts: FACTMARK_WORK_THREADS if set, or its default (one core kept for the event loop, at most four). */
function serverWorkThreads(): number {
  return configFromEnv().workThreads;
}

/**
 * Busy loops at the lowest priority (`nice -n 19`, every thread of them, V8's
 * helper threads included), one per worker thread the server starts,
 * allocating as heavy work does, in processes that have nothing to do with
 * factmark.
 */
export function busyLoopLoad(): SyncLoad {
  const loop = 'const m = new Map(); for (;;) for (let i = 0; i < 1e5; i++) m.set(i, { i, a: [i] });';
  return {
    name: 'busy loops',
    prepare: async () => {},
    run: async (_origin, _token, done) => {
      const loops = Array.from({ length: serverWorkThreads() }, () => {
        const child = spawn('nice', ['-n', '19', process.execPath, '-e', loop], { stdio: 'ignore' });
        trackChild(child);
        child.once('error', () => undefined);
        return child;
      });
      try {
        while (!done()) await sleep(20);
      } finally {
        await Promise.all(loops.map((child) => killChild(child)));
      }
      return `${loops.length} busy loop(s) ran meanwhile`;
    },
  };
}

/** Sync p99 at N readers idle, while the heavy work runs, and while busy loops run: `rounds` runs of each, alternated on one server. */
export async function runHeavyWorkBench(
  readers: number,
  edits: number,
  rounds: number,
  onProgress: (line: string) => void,
  profileDir?: string,
): Promise<HeavyWorkResult> {
  const work: HeavyWorkResult['work'] = {};
  const {
    idle,
    loaded: [loaded, busyLoops],
  } = await runLoadedSyncBench(
    readers,
    { edits, rateHz: 50, rounds, onProgress },
    [heavyLoad(work), busyLoopLoad()],
    // The 10,000-annotation factmark file is about 10 MB.
    { FACTMARK_MAX_IMPORT_BYTES: String(16 * 1024 * 1024) },
    profileDir,
  );
  if (loaded === undefined || busyLoops === undefined) throw new Error('The heavy work benchmark measured nothing under load.');
  return { idle, loaded, busyLoops, work };
}
