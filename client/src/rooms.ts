import * as decoding from 'lib0/decoding';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { afterOpen, holdOpen } from './afterOpen.js';
import type { Api } from './api.js';
import { Liveness } from './liveness.js';
import { UnsavedCopy } from './unsavedCopy.js';

/** A Y.Doc kept in sync with one room of the server, and in the browser while offline. */
export interface Room {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The copy this browser keeps, so work done offline survives a reload and is sent when the connection returns. */
  local: IndexeddbPersistence;
  /** Whether the connection still carries messages, and how many local changes the server is not known to hold. */
  liveness: Liveness;
  /** Local changes kept synchronously until the IndexedDB copy holds them, so a reload at once loses none. */
  unsaved: UnsavedCopy;
}

interface Held {
  api: Api;
  holders: number;
  stopSkipping: () => void;
}

/**
 * The rooms open in this page, shared by name. A room can be opened ahead of
 * the page that shows it (the document's rooms as soon as the session is
 * known, while the page is still being drawn), and is closed when its last
 * holder lets it go.
 */
const byName = new Map<string, Room>();
const holds = new Map<Room, Held>();

/** Opens a room, or shares the one already open; every call needs a {@link releaseRoom}. */
export function holdRoom(api: Api, name: string): Room {
  const shared = byName.get(name);
  const held = shared === undefined ? undefined : holds.get(shared);
  if (shared !== undefined && held !== undefined && held.api === api) {
    held.holders++;
    return shared;
  }
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(`factmark:${name}`, doc);
  const provider = new WebsocketProvider(api.syncUrl, name, doc, { params: { token: api.tokenValue } });
  const room = { doc, provider, local, liveness: new Liveness(provider, doc), unsaved: new UnsavedCopy(name, doc, local, provider) };
  // A room opened with another link is not shared: new holders get this one.
  byName.set(name, room);
  holds.set(room, { api, holders: 1, stopSkipping: skipEncodingFirstAnswer(doc, provider, local) });
  return room;
}

/** Lets a room go; the last holder closes it. */
export function releaseRoom(room: Room, name: string): void {
  const held = holds.get(room);
  if (held === undefined) return;
  held.holders--;
  if (held.holders > 0) return;
  holds.delete(room);
  if (byName.get(name) === room) byName.delete(name);
  held.stopSkipping();
  room.liveness.destroy();
  room.unsaved.destroy();
  room.provider.destroy();
  void room.local.destroy();
  room.doc.destroy();
}

/** Opens a room now for a page about to show it; let go after a while if no page took it. */
export function openAhead(api: Api, name: string, holdMs = 10_000): Room {
  const room = holdRoom(api, name);
  setTimeout(() => releaseRoom(room, name), holdMs);
  return room;
}

/** Resolves once the room's connection is open and it has asked the server for what it lacks. */
export function whenConnected(room: Room): Promise<void> {
  const { provider } = room;
  return new Promise((resolve) => {
    if (provider.wsconnected) {
      resolve();
      return;
    }
    // The provider sends its sync step 1 right after telling of the connection.
    const onStatus = ({ status }: { status: string }) => {
      if (status !== 'connected') return;
      provider.off('status', onStatus);
      resolve();
    };
    provider.on('status', onStatus);
  });
}

/** The y-protocols sync message types that carry an update: sync step 2 and an update. */
const messageSync = 0;
const syncStep2 = 1;
const syncUpdate = 2;

/** The update a y-websocket message carries (a copy), or null when it carries none. */
function updateOf(message: unknown): Uint8Array | null {
  if (!(message instanceof ArrayBuffer)) return null;
  try {
    const decoder = decoding.createDecoder(new Uint8Array(message));
    if (decoding.readVarUint(decoder) !== messageSync) return null;
    const type = decoding.readVarUint(decoder);
    return type === syncStep2 || type === syncUpdate ? decoding.readVarUint8Array(decoder).slice() : null;
  } catch {
    return null;
  }
}

/**
 * Yjs encodes every transaction again as an update for the doc's 'update'
 * listeners. The server's first answer, megabytes for a layer of thousands
 * of annotations, needs none of that: the provider and the unsynced count
 * ignore what came from the server, and IndexedDB is given the answer as it
 * arrived, once the page has opened (every mark drawn) and is idle. So for the transactions applying it, and
 * only those, the listeners are set aside just before Yjs would encode.
 * Returns the function that stops it.
 */
export function skipEncodingFirstAnswer(doc: Y.Doc, provider: WebsocketProvider, local: IndexeddbPersistence): () => void {
  let setAside: Set<unknown> | undefined;
  let skipped = false;
  // Whether the message being handled was applied with the listeners set aside.
  let skippedNow = false;
  // The updates applied so, as they arrived; null once one of them could not be kept so (then the whole state is kept).
  let held: Uint8Array[] | null = [];
  let copy: (() => void) | null = null;
  // The page is still opening until the room has the server's content: no copy is made before.
  const releaseOpen = holdOpen();
  const putBack = () => {
    if (setAside === undefined) return;
    for (const listener of doc._observers.get('update') ?? []) setAside.add(listener);
    doc._observers.set('update', setAside);
    setAside = undefined;
  };
  const onCleanup = (transaction: Y.Transaction) => {
    putBack();
    if (transaction.origin === provider && !provider.synced) {
      setAside = doc._observers.get('update');
      doc._observers.delete('update');
      skipped = true;
      skippedNow = true;
    }
  };
  // Heard after the provider has handled the message (it listens first): what its transactions skipped.
  const onMessage = (event: MessageEvent) => {
    if (!skippedNow) return;
    skippedNow = false;
    const update = updateOf(event.data);
    if (update === null) held = null;
    else held?.push(update);
  };
  let socket: WebSocket | null = null;
  const onStatus = ({ status }: { status: string }) => {
    if (status !== 'connecting' || provider.ws === socket) return;
    socket?.removeEventListener('message', onMessage);
    socket = provider.ws;
    socket?.addEventListener('message', onMessage);
  };
  const onSync = (synced: boolean) => {
    if (synced) releaseOpen();
    if (!synced || !skipped || copy !== null) return;
    copy = afterOpen(() => {
      copy = null;
      skipped = false;
      const updates = held ?? [Y.encodeStateAsUpdate(doc)];
      held = [];
      for (const update of updates) local._storeUpdate(update, provider);
    });
  };
  doc.on('afterTransactionCleanup', onCleanup);
  doc.on('afterAllTransactions', putBack);
  provider.on('sync', onSync);
  provider.on('status', onStatus);
  onStatus({ status: 'connecting' });
  return () => {
    doc.off('afterTransactionCleanup', onCleanup);
    doc.off('afterAllTransactions', putBack);
    provider.off('sync', onSync);
    provider.off('status', onStatus);
    socket?.removeEventListener('message', onMessage);
    copy?.();
    releaseOpen();
  };
}
