/**
 * What compacting a room costs the event loop: the embedded store merges a
 * room's log of typing updates into one snapshot, with the merge on the
 * event loop (as commands do) or on a worker thread (as the server does).
 * Prints the longest stall of the event loop during each compaction (a
 * timer that should fire every millisecond), median and worst of several.
 * Run with `npx tsx bench/compaction.ts [updates]` (500 by default, the
 * server's FACTMARK_COMPACT_AFTER).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { WorkPool } from '../server/jobs/WorkPool.js';
import { mergeInline } from '../server/store/damage.js';
import { LevelStore } from '../server/store/LevelStore.js';

const updates = Number(process.argv[2] ?? 500);
const rounds = 7;

/** Appends `count` typing updates (one character each, as a person types) to a room. */
async function type(store: LevelStore, room: string, count: number): Promise<void> {
  const doc = new Y.Doc();
  const text = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [text]);
  doc.getXmlFragment('prosemirror').insert(0, [paragraph]);
  await store.appendUpdate(room, Y.encodeStateAsUpdate(doc));
  const written: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => written.push(update));
  for (let index = 0; index < count; index++) text.insert(text.length, 'x');
  for (const update of written) await store.appendUpdate(room, update);
}

/** The longest gap between ticks of a 1 ms timer while `work` runs, in ms. */
async function longestStall(work: () => Promise<void>): Promise<number> {
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  await work();
  clearInterval(timer);
  return Math.max(longest, performance.now() - last);
}

const dir = await mkdtemp(path.join(tmpdir(), 'factmark-compaction-bench-'));
const store = await LevelStore.open(path.join(dir, 'store'), { durability: 'process' });
const pool = new WorkPool({ threads: 1, queue: 8, maxBytes: 1 << 30, timeoutMs: 60_000, memoryMb: 512 });
try {
  const results: Record<string, number[]> = { 'merged on the event loop': [], 'merged on a worker thread': [] };
  // One round unmeasured, so the worker has started and both paths are compiled.
  for (let round = -1; round < rounds; round++) {
    for (const [label, merger] of [
      ['merged on the event loop', mergeInline],
      ['merged on a worker thread', pool.merge],
    ] as const) {
      const room = `room-${round}-${label.length}`;
      await type(store, room, updates);
      store.merger = merger;
      const stall = await longestStall(() => store.compact(room));
      if ((await store.countUpdates(room)) !== 1) throw new Error(`${label}: the room was not compacted.`);
      if (round >= 0) results[label]?.push(stall);
    }
  }
  console.log(`Longest event-loop stall while compacting ${updates} typing updates, ms (${rounds} rounds):`);
  const table: Record<string, { median: number; worst: number }> = {};
  for (const [label, stalls] of Object.entries(results)) {
    stalls.sort((a, b) => a - b);
    table[label] = {
      median: Math.round((stalls[Math.floor(stalls.length / 2)] ?? NaN) * 10) / 10,
      worst: Math.round((stalls[stalls.length - 1] ?? NaN) * 10) / 10,
    };
  }
  console.table(table);
} finally {
  await pool.close();
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
