import type { ConnectionState } from './connection.js';

type Status = ConnectionState['status'];

function waitingText(unsynced: number): string {
  return unsynced === 1 ? '1 change waiting' : `${unsynced} changes waiting`;
}

/** For each state: its label (without the waiting count) and what it means for the reader. */
const descriptions: Record<Status, (state: ConnectionState) => { label: string; detail: string }> = {
  connected: () => ({ label: 'Connected', detail: 'Your changes reach everyone live.' }),
  connecting: (state) => ({
    label: 'Connecting…',
    detail: state.unsynced > 0 ? 'Your changes are kept in this browser and sent once connected.' : 'Opening the live connection.',
  }),
  reconnecting: (state) => ({
    label: 'Reconnecting…',
    detail: `${state.reason === null ? '' : `The server said: ${state.reason}. `}Keep working: changes are sent when the connection returns.`,
  }),
  offline: () => ({ label: 'Offline', detail: 'Keep working: changes are sent when the connection returns.' }),
  refused: (state) => ({ label: 'Disconnected', detail: `The server refused the connection: ${state.reason ?? ''}` }),
};

/** While the server cannot save (its disk or database), that is what the reader needs to know. */
const cannotSave = {
  label: 'Server cannot save · changes kept here',
  detail: 'The server cannot save right now. Keep working: your changes stay in this browser and are sent when it can.',
};

/** Shows whether edits are reaching the server, and, whenever they are not, how many are waiting. */
export function ConnectionIndicator({ state }: { state: ConnectionState }) {
  // A connection opened during an outage waits for the store, told why, before it syncs.
  const waitingForStore =
    state.serverCannotSave && (state.status === 'connected' || state.status === 'connecting' || state.status === 'reconnecting');
  const { label, detail } = waitingForStore ? cannotSave : descriptions[state.status](state);
  const shown = state.status !== 'connected' && state.unsynced > 0 ? `${label.replace(/…$/, '')} · ${waitingText(state.unsynced)}` : label;
  return (
    <span className={`connection connection-${state.status}`} role="status" title={detail} data-unsynced={state.unsynced}>
      <span className="dot" aria-hidden="true" />
      {shown}
    </span>
  );
}
