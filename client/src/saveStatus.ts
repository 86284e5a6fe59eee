import type { WebsocketProvider } from 'y-websocket';
import { decodeSaveStatus, saveStatusMessageType, type SaveStatus } from '../../shared/saveStatus.js';

/**
 * Reads the server's save status ("cannot save now", "saving again") from a
 * provider's messages; other messages of the same type go to the provider's
 * own handler. Returns a function that stops reading.
 */
export function watchSaveStatus(provider: WebsocketProvider, onStatus: (status: SaveStatus) => void): () => void {
  const original = provider.messageHandlers[saveStatusMessageType];
  const handler: (typeof provider.messageHandlers)[number] = (encoder, decoder, from, emitSynced, messageType) => {
    const start = decoder.pos;
    const status = decodeSaveStatus(decoder);
    if (status !== null) {
      onStatus(status);
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
