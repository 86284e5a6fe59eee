import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/**
 * Whether the server can save what a room's clients send. Sent as a
 * y-websocket "auth" message (type 2) of a kind of its own (1): the stock
 * provider reads only kind 0 (permission denied) and ignores other kinds, so
 * clients that do not know this message are not disturbed by it. The access
 * notice (kind 2) travels the same way.
 */
export interface SaveStatus {
  /** False while the server's store cannot write: changes stay with the client until it can. */
  saving: boolean;
  /** Why not, in words, when it cannot. */
  detail: string;
}

/** The y-websocket message type the status travels in. */
export const saveStatusMessageType = 2;
const saveStatusKind = 1;
const accessNoticeKind = 2;

/** Encodes a status message for a client. */
export function encodeSaveStatus(status: SaveStatus): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, saveStatusMessageType);
  encoding.writeVarUint(encoder, saveStatusKind);
  encoding.writeVarUint(encoder, status.saving ? 0 : 1);
  encoding.writeVarString(encoder, status.detail);
  return encoding.toUint8Array(encoder);
}

/**
 * Reads a status message from a decoder positioned after the message type;
 * null when the message is another kind of auth message (or malformed).
 */
export function decodeSaveStatus(decoder: decoding.Decoder): SaveStatus | null {
  try {
    if (decoding.readVarUint(decoder) !== saveStatusKind) return null;
    const saving = decoding.readVarUint(decoder) === 0;
    return { saving, detail: decoding.readVarString(decoder) };
  } catch {
    return null;
  }
}

/**
 * Tells a document's open pages that who may see what changed (an assignment
 * revealed or made blind): they read the document again, so a student's
 * banner and list of layers follow at once.
 */
export function encodeAccessNotice(): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, saveStatusMessageType);
  encoding.writeVarUint(encoder, accessNoticeKind);
  return encoding.toUint8Array(encoder);
}

/** Whether a message (its decoder positioned after the message type) is the access notice. */
export function decodeAccessNotice(decoder: decoding.Decoder): true | null {
  try {
    return decoding.readVarUint(decoder) === accessNoticeKind ? true : null;
  } catch {
    return null;
  }
}
