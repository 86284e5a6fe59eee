import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readThread, threadsMap, type DamagedThreadEntry, type Thread, type ThreadReading } from '../../../shared/thread/index.js';

const none: ThreadReading = { threads: new Map(), damaged: [] };

/** One mark's thread as read, with what of it could not be read. */
interface Read {
  thread: Thread;
  damaged: DamagedThreadEntry[];
}

function readOne(layer: Y.Doc, markId: string): Read {
  const damaged: DamagedThreadEntry[] = [];
  return { thread: readThread(layer, markId, damaged), damaged };
}

/**
 * A layer's threads by mark id, kept up to date as replies sync in. Only the
 * threads a change touched are read again: reading ten thousand replies
 * takes about 100 ms, too long for every reply that arrives.
 */
export function useThreads(layer: Y.Doc | null): ThreadReading {
  const [reading, setReading] = useState<ThreadReading>(none);
  useEffect(() => {
    if (layer === null) return;
    const threads = threadsMap(layer);
    const cache = new Map<string, Read>();
    const publish = () => {
      const read = [...cache.values()];
      setReading({
        threads: new Map(read.map((item) => [item.thread.markId, item.thread])),
        damaged: read.flatMap((item) => item.damaged),
      });
    };
    for (const markId of threads.keys()) cache.set(markId, readOne(layer, markId));
    publish();
    const changed = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
      const marks = new Set<string>();
      for (const event of events) {
        if (event.target === threads) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) marks.add(key);
        else if (typeof event.path[0] === 'string') marks.add(event.path[0]);
      }
      for (const markId of marks) {
        if (threads.has(markId)) cache.set(markId, readOne(layer, markId));
        else cache.delete(markId);
      }
      publish();
    };
    threads.observeDeep(changed);
    return () => threads.unobserveDeep(changed);
  }, [layer]);
  return reading;
}
