import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { Api } from './api.js';
import { watchConnection, type ConnectionState } from './connection.js';

/** A Y.Doc kept in sync with one room of the server. */
export interface Room {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** Connects a new Y.Doc to a room for as long as the component stays, following its connection. */
export function useRoom(api: Api, name: string): { room: Room | null; connection: ConnectionState; ready: boolean } {
  const [room, setRoom] = useState<Room | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({ status: 'connecting', unsynced: 0, reason: null });
  // True once the doc holds the server's content: editing before that would
  // add blocks beside the ones still to arrive.
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(api.syncUrl, name, doc, { params: { token: api.tokenValue } });
    const stopWatching = watchConnection(provider, doc, setConnection);
    const onSync = (synced: boolean) => {
      if (synced) setReady(true);
    };
    provider.on('sync', onSync);
    // The provider is an external system whose lifetime is this effect's; render needs it too.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRoom({ doc, provider });
    return () => {
      provider.off('sync', onSync);
      setReady(false);
      stopWatching();
      provider.destroy();
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
