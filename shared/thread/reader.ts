import * as Y from 'yjs';
import { replyProblem, threadStateKey, threadStateProblem, threadsMapName, type Reply, type ThreadState } from './schema.js';

/** The discussion under one mark, as read from its layer. */
export interface Thread {
  markId: string;
  /** Oldest first; deleted ones kept as tombstones. */
  replies: Reply[];
  /** Null until someone resolves it. */
  state: ThreadState | null;
}

/** A thread entry that could not be read: left out, and reported. */
export interface DamagedThreadEntry {
  markId: string;
  /** The key inside the thread (a reply id or `state`), or null when the thread itself is unreadable. */
  key: string | null;
  problem: string;
}

/** A layer's threads by mark id, and what of them could not be read. */
export interface ThreadReading {
  threads: Map<string, Thread>;
  damaged: DamagedThreadEntry[];
}

/** The replies of a thread that are not deleted. */
export function liveReplies(thread: Thread | undefined): Reply[] {
  return thread === undefined ? [] : thread.replies.filter((reply) => !reply.deleted);
}

/** How many replies a thread has (deleted ones not counted). */
export function replyCount(thread: Thread | undefined): number {
  return liveReplies(thread).length;
}

/** A thread is open when it has a reply and nobody resolved it since. */
export function isOpenThread(thread: Thread | undefined): boolean {
  return replyCount(thread) > 0 && thread?.state?.resolved !== true;
}

function byTime(a: Reply, b: Reply): number {
  if (a.createdAt !== b.createdAt) return a.createdAt < b.createdAt ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Reads one thread's map; what cannot be read is reported into `damaged`. */
function readThreadMap(markId: string, map: Y.Map<unknown>, damaged: DamagedThreadEntry[]): Thread {
  const thread: Thread = { markId, replies: [], state: null };
  map.forEach((value, key) => {
    if (key === threadStateKey) {
      const problem = threadStateProblem(value);
      if (problem === null) thread.state = value as ThreadState;
      else damaged.push({ markId, key, problem });
      return;
    }
    let problem = replyProblem(value);
    if (problem === null && (value as Reply).id !== key) problem = `id: is not the key it is kept under ("${key.slice(0, 64)}")`;
    if (problem === null && (value as Reply).markId !== markId) problem = 'markId: is not the mark the thread is under';
    if (problem === null) thread.replies.push(value as Reply);
    else damaged.push({ markId, key, problem });
  });
  thread.replies.sort(byTime);
  return thread;
}

/**
 * Every thread of a layer. Total: an entry that is not a thread, a reply or a
 * state as the schema says is left out and listed in `damaged`; never throws.
 */
export function readThreads(layer: Y.Doc): ThreadReading {
  const threads = new Map<string, Thread>();
  const damaged: DamagedThreadEntry[] = [];
  let root: Y.Map<unknown>;
  try {
    root = layer.getMap<unknown>(threadsMapName);
  } catch (error) {
    // A peer made `threads` some other type: nothing of it can be read.
    damaged.push({ markId: '', key: null, problem: `the threads are not a map: ${(error as Error).message}` });
    return { threads, damaged };
  }
  root.forEach((value, markId) => {
    if (!(value instanceof Y.Map)) {
      damaged.push({ markId, key: null, problem: 'is not a map of replies' });
      return;
    }
    threads.set(markId, readThreadMap(markId, value as Y.Map<unknown>, damaged));
  });
  return { threads, damaged };
}

/** The thread under one mark (empty when it has none), read as {@link readThreads} reads it. */
export function readThread(layer: Y.Doc, markId: string, damaged: DamagedThreadEntry[] = []): Thread {
  try {
    const value = layer.getMap<unknown>(threadsMapName).get(markId);
    if (value instanceof Y.Map) return readThreadMap(markId, value as Y.Map<unknown>, damaged);
    if (value !== undefined) damaged.push({ markId, key: null, problem: 'is not a map of replies' });
  } catch (error) {
    damaged.push({ markId, key: null, problem: `the threads are not a map: ${(error as Error).message}` });
  }
  return { markId, replies: [], state: null };
}
