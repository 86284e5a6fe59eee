import type { WebsocketProvider } from 'y-websocket';
import type * as decoding from 'lib0/decoding';
import { decodeAccessNotice, decodeSaveStatus, saveStatusMessageType, type SaveStatus } from '../../shared/saveStatus.js';

/**
 * Reads one kind of the server's own messages from a provider (they travel
 * as y-websocket "auth" messages); other messages of that type go on to the
 * handler that was there before. Returns a function that stops reading.
 */
function watchNotice<T>(
  provider: WebsocketProvider,
  decode: (decoder: decoding.Decoder) => T | null,
  onNotice: (notice: T) => void,
): () => void {
  const original = provider.messageHandlers[saveStatusMessageType];
  const handler: (typeof provider.messageHandlers)[number] = (encoder, decoder, from, emitSynced, messageType) => {
    const start = decoder.pos;
    const notice = decode(decoder);
    if (notice !== null) {
      onNotice(notice);
      return;
    }
    decoder.pos = start;
    original?.(encoder, decoder, from, emitSynced, messageType);
  };
  provider.messageHandlers[saveStatusMessageType] = handler;
  return () => {
    if (provider.messageHandlers[saveStatusMessageType] === handler && original !== undefined)
      provider.messageHandlers[saveStatusMessageType] = original;
  };
}

/** Reads the server's save status ("cannot save now", "saving again") from a provider's messages. */
export function watchSaveStatus(provider: WebsocketProvider, onStatus: (status: SaveStatus) => void): () => void {
  return watchNotice(provider, decodeSaveStatus, onStatus);
}

/** Calls `onNotice` when the server says who may see the document's layers changed (an assignment revealed or made blind). */
export function watchAccessNotice(provider: WebsocketProvider, onNotice: () => void): () => void {
  return watchNotice(provider, decodeAccessNotice, onNotice);
}
