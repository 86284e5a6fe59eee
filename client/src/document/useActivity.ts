import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { activityLog, listActivity, type ActivityEntry } from '../../../shared/activity.js';

/** A layer's history, newest first, kept up to date. */
export function useActivity(layer: Y.Doc | null): ActivityEntry[] {
  const [entries, setEntries] = useState<ActivityEntry[]>([]);
  useEffect(() => {
    if (layer === null) return;
    const log = activityLog(layer);
    const read = () => setEntries(listActivity(layer));
    read();
    log.observe(read);
    return () => log.unobserve(read);
  }, [layer]);
  return entries;
}
