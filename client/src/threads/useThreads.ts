import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { readThreads, threadsMap, type ThreadReading } from '../../../shared/thread/index.js';

const none: ThreadReading = { threads: new Map(), damaged: [] };

/** A layer's threads by mark id, kept up to date as replies sync in. */
export function useThreads(layer: Y.Doc | null): ThreadReading {
  const [reading, setReading] = useState<ThreadReading>(none);
  useEffect(() => {
    if (layer === null) return;
    const threads = threadsMap(layer);
    const read = () => setReading(readThreads(layer));
    read();
    threads.observeDeep(read);
    return () => threads.unobserveDeep(read);
  }, [layer]);
  return reading;
}
