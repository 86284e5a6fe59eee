import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { encodeSaveStatus } from '../shared/index.js';

/** Top-level message types of the y-websocket protocol. */
export const messageSync = 0;
export const messageAwareness = 1;
export const messageQueryAwareness = 3;

/** Encodes a sync step 1 (our state vector) for a client. */
export function encodeSyncStep1(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** Encodes a sync step 2: what the doc has that a client's state vector lacks. */
export function encodeSyncStep2(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Encodes a sync step 2 that is a whole document's state, already encoded as an update. */
export function encodeSyncStep2Of(state: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  encoding.writeVarUint(encoder, syncProtocol.messageYjsSyncStep2);
  encoding.writeVarUint8Array(encoder, state);
  return encoding.toUint8Array(encoder);
}

/** Whether a state vector is that of an empty document: a client that has nothing yet. */
export function isEmptyStateVector(stateVector: Uint8Array): boolean {
  return stateVector.length === 1 && stateVector[0] === 0;
}

/** Encodes a document update to relay. */
export function encodeUpdate(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageSync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Encodes the server's save status for clients: saving, or why it cannot (the store's failure). */
export function encodeStatus(failure: Error | null): Uint8Array {
  return encodeSaveStatus(
    failure === null
      ? { saving: true, detail: '' }
      : { saving: false, detail: 'The server cannot save changes now; yours are kept here and sent when it can.' },
  );
}

/** Wraps an awareness update (y-protocols' encoding) as a message. */
export function awarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, messageAwareness);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

/** Encodes an awareness update for some clients. */
export function encodeAwareness(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  return awarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
}

/** A decoded client message. */
export type ClientMessage =
  | { type: 'sync-step-1'; stateVector: Uint8Array }
  | { type: 'sync-step-2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'query-awareness' };

/** The message could not be decoded. */
export class ProtocolError extends Error {
  override readonly name = 'ProtocolError';
}

/** Decodes one client message; throws a {@link ProtocolError} when malformed. */
export function decodeClientMessage(data: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(data);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    if (type === messageSync) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (syncType === syncProtocol.messageYjsSyncStep1) message = { type: 'sync-step-1', stateVector: payload };
      else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate)
        message = { type: 'update', update: payload };
      else throw new ProtocolError(`Unknown sync message type ${syncType}.`);
    } else if (type === messageAwareness) {
      message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
    } else if (type === messageQueryAwareness) {
      message = { type: 'query-awareness' };
    } else {
      throw new ProtocolError(`Unknown message type ${type}.`);
    }
    if (decoding.hasContent(decoder)) throw new ProtocolError('Trailing bytes after the message.');
    return message;
  } catch (error) {
    if (error instanceof ProtocolError) throw error;
    throw new ProtocolError(`Malformed message: ${(error as Error).message}`);
  }
}
