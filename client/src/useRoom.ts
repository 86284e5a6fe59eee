import { useEffect, useState } from 'react';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Api } from './api.js';
import { watchConnection, type ConnectionState } from './connection.js';

/** A Y.Doc kept in sync with one room of the server, and in the browser while offline. */
export interface Room {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/**
 * Connects a new Y.Doc to a room for as long as the component stays. The doc
 * is also kept in IndexedDB, so work done offline survives a reload and is
 * sent when the connection returns.
 */
export function useRoom(api: Api, name: string): { room: Room | null; connection: ConnectionState; ready: boolean } {
  const [room, setRoom] = useState<Room | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({ status: 'connecting', unsynced: 0, reason: null });
  // True once the doc holds the server's content, or what this browser kept
  // of it: editing before that would add blocks beside the ones to come.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`factmark:${name}`, doc);
    const provider = new WebsocketProvider(api.syncUrl, name, doc, { params: { token: api.tokenValue } });
    const stopWatching = watchConnection(provider, doc, setConnection, `factmark:unsynced:${name}`);
    const onSync = (synced: boolean) => {
      if (synced) setReady(true);
    };
    provider.on('sync', onSync);
    void local.whenSynced.then(() => {
      // What this browser kept counts only if it holds something.
      if (doc.store.clients.size > 0) setReady(true);
    });
    // The provider is an external system whose lifetime is this effect's; render needs it too.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRoom({ doc, provider });
    return () => {
      provider.off('sync', onSync);
      setReady(false);
      stopWatching();
      provider.destroy();
      void local.destroy();
      doc.destroy();
    };
  }, [api, name]);
  return { room, connection, ready };
}

/** The state of two connections as one: the worse status, and their waiting changes added. */
export function combineConnections(a: ConnectionState, b: ConnectionState): ConnectionState {
  const rank: ConnectionState['status'][] = ['connected', 'connecting', 'reconnecting', 'offline', 'refused'];
  const worse = rank.indexOf(a.status) >= rank.indexOf(b.status) ? a : b;
  return { status: worse.status, reason: worse.reason, unsynced: a.unsynced + b.unsynced };
}
