import type { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { watchSaveStatus } from './saveStatus.js';

/** What the connection indicator shows. */
export interface ConnectionState {
  status: 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';
  /** Local changes made since the server last had everything. */
  unsynced: number;
  /** Why the server refused the connection, when it did. */
  reason: string | null;
  /** True while the server says it cannot save (its disk or database): changes are kept here and sent when it can. */
  serverCannotSave?: boolean;
}

/**
 * Follows a provider's connection and counts local changes the server has
 * not yet received, calling `onChange` with each new state. The count is
 * kept under `storageKey` so it survives a reload while offline.
 */
export function watchConnection(
  provider: WebsocketProvider,
  doc: Y.Doc,
  onChange: (state: ConnectionState) => void,
  storageKey?: string,
): () => void {
  const stored = storageKey === undefined ? 0 : Number(window.localStorage.getItem(storageKey) ?? 0) || 0;
  // A room opened ahead of the page may be connected and synced already.
  let state: ConnectionState = { status: provider.synced ? 'connected' : 'connecting', unsynced: stored, reason: null };
  let everConnected = provider.wsconnected;
  const set = (next: Partial<ConnectionState>) => {
    state = { ...state, ...next };
    if (storageKey !== undefined) {
      if (state.unsynced > 0) window.localStorage.setItem(storageKey, String(state.unsynced));
      else window.localStorage.removeItem(storageKey);
    }
    onChange(state);
  };
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (state.status === 'refused') return;
    if (status === 'connected') everConnected = true;
    // A new connection is told again if the server still cannot save.
    if (status !== 'connected' && state.serverCannotSave === true) set({ serverCannotSave: false });
    else if (status === 'connecting') set({ status: everConnected ? 'reconnecting' : 'connecting' });
    else set({ status: 'offline' });
  };
  const onSync = (synced: boolean) => {
    // Our sync step 2 goes out when the server's step 1 arrives, just before its step 2 marks us synced.
    if (synced) set({ status: 'connected', unsynced: 0, reason: null });
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    // Changes from the server, or loaded back from IndexedDB, are not waiting to be sent.
    if (origin === provider || (typeof origin === 'object' && origin !== null && 'whenSynced' in origin)) return;
    if (!provider.wsconnected || !provider.synced) set({ unsynced: state.unsynced + 1 });
  };
  const onClosed = (event: { code: number; reason: string }) =>
    set({ status: 'refused', reason: event.reason || `closed (${event.code})` });
  // A close the provider reconnects after (the server asked to slow down, or restarts): say why while reconnecting.
  const onConnectionClose = (event: { code: number; reason: string } | null) => {
    if (event !== null && event.reason !== '' && !(event.code >= 4400 && event.code < 4500)) set({ reason: event.reason });
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  provider.on('connection-close', onConnectionClose);
  doc.on('update', onUpdate);
  const stopStatus = watchSaveStatus(provider, (status) => set({ serverCannotSave: !status.saving }));
  onChange(state);
  return () => {
    stopStatus();
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('closed', onClosed);
    provider.off('connection-close', onConnectionClose);
    doc.off('update', onUpdate);
  };
}
