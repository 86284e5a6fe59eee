import type { ConnectionState } from './connection.js';

function describe(state: ConnectionState): { label: string; detail: string } {
  const waiting = state.unsynced === 1 ? '1 change waiting' : `${state.unsynced} changes waiting`;
  if (state.serverCannotSave === true && state.status === 'connected') {
    return {
      label: 'Server cannot save · changes kept here',
      detail: 'The server cannot save right now. Keep working: your changes stay in this browser and are sent when it can.',
    };
  }
  switch (state.status) {
    case 'connected':
      return { label: 'Connected', detail: 'Your changes reach everyone live.' };
    case 'connecting':
      return {
        label: state.unsynced > 0 ? `Connecting · ${waiting}` : 'Connecting…',
        detail: state.unsynced > 0 ? 'Your changes are kept in this browser and sent once connected.' : 'Opening the live connection.',
      };
    case 'reconnecting':
      return {
        label: state.unsynced > 0 ? `Reconnecting · ${waiting}` : 'Reconnecting…',
        detail: `${state.reason === null ? '' : `The server said: ${state.reason}. `}Keep working: changes are sent when the connection returns.`,
      };
    case 'offline':
      return {
        label: state.unsynced > 0 ? `Offline · ${waiting}` : 'Offline',
        detail: 'Keep working: changes are sent when the connection returns.',
      };
    case 'refused':
      return { label: 'Disconnected', detail: `The server refused the connection: ${state.reason ?? ''}` };
  }
}

/** Shows whether edits are reaching the server, and how many are waiting. */
export function ConnectionIndicator({ state }: { state: ConnectionState }) {
  const { label, detail } = describe(state);
  return (
    <span
      className={`connection connection-${state.serverCannotSave === true ? 'cannot-save' : state.status}`}
      role="status"
      title={detail}
      data-unsynced={state.unsynced}
    >
      <span className="dot" aria-hidden="true" />
      {label}
    </span>
  );
}
