import type { WebsocketProvider } from 'y-websocket';
import type { Liveness } from './liveness.js';

/**
 * What the connection indicator shows: the state of the connection, and the
 * local changes the server is not known to hold. One word per state, so a
 * new one (the server slowing us down, or unable to save) is one more member.
 */
export interface ConnectionState {
  status: 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';
  /** Local changes the server is not known to hold (made here, or before a reload). */
  unsynced: number;
  /** Why the server refused the connection, when it did. */
  reason: string | null;
}

/**
 * Follows a provider's connection, and the browser's own online state before
 * it (the browser knows at once when the network is gone; the provider only
 * once its socket is found dead), calling `onChange` with each new state.
 * Changes made before a reload and not yet sent are kept under `storageKey`,
 * so the count survives it.
 */
export function watchConnection(
  provider: WebsocketProvider,
  liveness: Liveness,
  onChange: (state: ConnectionState) => void,
  storageKey?: string,
): () => void {
  // Changes counted before this page loaded: sent once the provider has synced (a room opened ahead may have already).
  let earlier = storageKey === undefined || provider.synced ? 0 : Number(window.localStorage.getItem(storageKey) ?? 0) || 0;
  // A room opened ahead of the page may be connected and synced already.
  let providerStatus: ConnectionState['status'] = provider.synced ? 'connected' : 'connecting';
  let everConnected = provider.wsconnected;
  let reason: string | null = null;
  let last: ConnectionState | null = null;
  const update = () => {
    const state: ConnectionState = {
      status: providerStatus !== 'refused' && !window.navigator.onLine ? 'offline' : providerStatus,
      unsynced: earlier + liveness.waiting,
      reason,
    };
    if (last !== null && last.status === state.status && last.unsynced === state.unsynced && last.reason === state.reason) return;
    last = state;
    if (storageKey !== undefined) {
      if (state.unsynced > 0) window.localStorage.setItem(storageKey, String(state.unsynced));
      else window.localStorage.removeItem(storageKey);
    }
    onChange(state);
  };
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (providerStatus === 'refused') return;
    if (status === 'connected') everConnected = true;
    else if (status === 'connecting') providerStatus = everConnected ? 'reconnecting' : 'connecting';
    else providerStatus = 'offline';
    update();
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    // Our sync step 2 went out with everything kept from before the reload.
    earlier = 0;
    providerStatus = 'connected';
    update();
  };
  const onClosed = (event: { code: number; reason: string }) => {
    providerStatus = 'refused';
    reason = event.reason || `closed (${event.code})`;
    update();
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  const stopLiveness = liveness.onChange(update);
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('closed', onClosed);
    stopLiveness();
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
  };
}
