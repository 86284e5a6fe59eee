import { useEffect, useState } from 'react';
import type { Api } from './api.js';
import { watchConnection, type ConnectionState } from './connection.js';
import { holdRoom, releaseRoom, type Room } from './rooms.js';

export type { Room } from './rooms.js';

/**
 * Holds a room for as long as the component stays, and follows its
 * connection. With no name (the room is not known yet) it holds none.
 */
export function useRoom(api: Api, name: string | null): { room: Room | null; connection: ConnectionState; ready: boolean } {
  const [room, setRoom] = useState<Room | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({
    status: 'connecting',
    unsynced: 0,
    reason: null,
    serverCannotSave: false,
  });
  // The room whose doc holds the server's content, or what this browser kept
  // of it: editing before that would add blocks beside the ones to come. Kept
  // by name, so the render after switching rooms is not ready for the new one.
  const [readyRoom, setReadyRoom] = useState<string | null>(null);
  useEffect(() => {
    if (name === null) return;
    const held = holdRoom(api, name);
    const { doc, provider, local, liveness } = held;
    const stopWatching = watchConnection(provider, liveness, setConnection, `factmark:unsynced:${name}`);
    const onSync = (synced: boolean) => {
      if (synced) setReadyRoom(name);
    };
    provider.on('sync', onSync);
    // The room is an external system whose lifetime is this effect's; render needs it too.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setRoom(held);
    // It may have been opened ahead, and be synced already.
    if (provider.synced) setReadyRoom(name);
    void local.whenSynced.then(() => {
      // What this browser kept counts only if it holds something.
      if (doc.store.clients.size > 0) setReadyRoom(name);
    });
    return () => {
      provider.off('sync', onSync);
      setReadyRoom(null);
      stopWatching();
      releaseRoom(held, name);
    };
  }, [api, name]);
  return { room: name === null ? null : room, connection, ready: name !== null && readyRoom === name };
}

/** The state of two connections as one: the worse status, and their waiting changes added. */
export function combineConnections(a: ConnectionState, b: ConnectionState): ConnectionState {
  const rank: ConnectionState['status'][] = ['connected', 'connecting', 'reconnecting', 'offline', 'refused'];
  const worse = rank.indexOf(a.status) >= rank.indexOf(b.status) ? a : b;
  return {
    status: worse.status,
    reason: worse.reason,
    unsynced: a.unsynced + b.unsynced,
    serverCannotSave: a.serverCannotSave === true || b.serverCannotSave === true,
  };
}
