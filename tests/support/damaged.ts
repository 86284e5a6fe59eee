import * as Y from 'yjs';
import { openStore } from '../../server/store/openStore.js';
import { annotationsMap } from '../../shared/index.js';

/**
 * Writes a change to a room straight into a data folder's store, as an old
 * version or a path the server's checks miss could have left it: the server
 * must not be running on that folder.
 */
export async function writeToStore(dataDir: string, room: string, change: (doc: Y.Doc) => void): Promise<void> {
  const store = await openStore({ dataDir });
  try {
    const doc = new Y.Doc();
    const updates = await store.loadUpdates(room);
    if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
    const before = Y.encodeStateVector(doc);
    change(doc);
    await store.appendUpdate(room, Y.encodeStateAsUpdate(doc, before));
  } finally {
    await store.close();
  }
}

/**
 * Adds the entry that used to break every reader: a claim whose anchors are
 * one byte each, bytes that decode to a position naming nothing (Yjs throws
 * "Unexpected case" resolving it). Its quote, kind and author are readable.
 */
export function addBrokenAnchorEntry(layer: Y.Doc, id: string, author = { id: 'mallory', name: 'Mallory' }): void {
  const entry = new Y.Map<unknown>();
  layer.transact(() => {
    annotationsMap(layer).set(id, entry);
    entry.set('span', { start: new Uint8Array([3]), end: new Uint8Array([3]), quote: 'a broken claim', prefix: '', suffix: '' });
    entry.set('made', { author, createdAt: '2026-03-01T00:00:00.000Z', kind: 'claim' });
  });
}
