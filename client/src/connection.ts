import type { WebsocketProvider } from 'y-websocket';
import type { Liveness } from './liveness.js';
import { watchSaveStatus } from './serverNotices.js';

/**
 * What the connection indicator shows: the state of the connection, and the
 * local changes the server is not known to hold. One word per state, so a
 * new one is one more member.
 */
export interface ConnectionState {
  status: 'connecting' | 'connected' | 'reconnecting' | 'offline' | 'refused';
  /** Local changes the server is not known to hold (made here, or before a reload). */
  unsynced: number;
  /** Why the server refused the connection, or closed it asking us to come back (slow down, restarting). */
  reason: string | null;
  /** True while the server says it cannot save (its disk or database): changes are kept here and sent when it can. */
  serverCannotSave: boolean;
}

/**
 * Follows a provider's connection, and the browser's own online state before
 * it (the browser knows at once when the network is gone; the provider only
 * once its socket is found dead), and whether the server can save, calling
 * `onChange` with each new state. Changes made before a reload and not yet
 * sent are kept under `storageKey`, so the count survives it.
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
  let serverCannotSave = false;
  let last: ConnectionState | null = null;
  let later: ReturnType<typeof setTimeout> | null = null;
  let stored = -1;
  const tell = (now: boolean) => {
    const state: ConnectionState = {
      status: providerStatus !== 'refused' && !window.navigator.onLine ? 'offline' : providerStatus,
      unsynced: earlier + liveness.waiting,
      reason,
      serverCannotSave,
    };
    // Stored before anything is skipped: a count held back (below) may return to what was last told.
    if (storageKey !== undefined && stored !== state.unsynced) {
      stored = state.unsynced;
      if (state.unsynced > 0) window.localStorage.setItem(storageKey, String(state.unsynced));
      else window.localStorage.removeItem(storageKey);
    }
    if (
      last !== null &&
      last.status === state.status &&
      last.unsynced === state.unsynced &&
      last.reason === state.reason &&
      last.serverCannotSave === state.serverCannotSave
    )
      return;
    // While connected, the count of changes waiting moves with every keystroke (sent, then
    // answered) and is not shown: it is told at most every `countEveryMs` then. Each telling
    // draws the page again, and React then reads the editor's whole text to keep its selection.
    const onlyCount =
      last !== null &&
      last.status === 'connected' &&
      state.status === 'connected' &&
      last.reason === state.reason &&
      last.serverCannotSave === state.serverCannotSave;
    if (onlyCount && !now) {
      later ??= setTimeout(() => {
        later = null;
        tell(true);
      }, countEveryMs);
      return;
    }
    if (later !== null) clearTimeout(later);
    later = null;
    last = state;
    onChange(state);
  };
  const update = () => tell(false);
  const onStatus = ({ status }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
    if (providerStatus === 'refused') return;
    if (status === 'connected') everConnected = true;
    else {
      // A new connection is told again if the server still cannot save.
      serverCannotSave = false;
      providerStatus = status === 'connecting' ? (everConnected ? 'reconnecting' : 'connecting') : 'offline';
    }
    update();
  };
  const onSync = (synced: boolean) => {
    if (!synced) return;
    // Our sync step 2 went out with everything kept from before the reload.
    earlier = 0;
    providerStatus = 'connected';
    reason = null;
    update();
  };
  const onClosed = (event: { code: number; reason: string }) => {
    providerStatus = 'refused';
    reason = event.reason || `closed (${event.code})`;
    update();
  };
  // A close the provider reconnects after (the server asked to slow down, or restarts): say why while reconnecting.
  const onConnectionClose = (event: { code: number; reason: string } | null) => {
    if (event === null || event.reason === '' || (event.code >= 4400 && event.code < 4500)) return;
    reason = event.reason;
    update();
  };
  provider.on('status', onStatus);
  provider.on('sync', onSync);
  provider.on('closed', onClosed);
  provider.on('connection-close', onConnectionClose);
  const stopLiveness = liveness.onChange(update);
  const stopSaveStatus = watchSaveStatus(provider, (status) => {
    serverCannotSave = !status.saving;
    liveness.setServerSaving(status.saving);
    update();
  });
  window.addEventListener('online', update);
  window.addEventListener('offline', update);
  update();
  return () => {
    provider.off('status', onStatus);
    provider.off('sync', onSync);
    provider.off('closed', onClosed);
    provider.off('connection-close', onConnectionClose);
    stopLiveness();
    stopSaveStatus();
    window.removeEventListener('online', update);
    window.removeEventListener('offline', update);
    if (later !== null) clearTimeout(later);
  };
}

/** How often, at most, a connected room tells how many changes are waiting. */
const countEveryMs = 250;
