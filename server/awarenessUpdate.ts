import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** One client's entry in an awareness update: its presence as JSON text, `"null"` when it left. */
export interface AwarenessEntry {
  client: number;
  clock: number;
  state: string;
}

/** Reads an awareness update (y-protocols' encoding) entry by entry, without applying it. */
export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const entries: AwarenessEntry[] = [];
  for (let index = 0; index < count; index++) {
    const client = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    entries.push({ client, clock, state });
  }
  if (decoding.hasContent(decoder)) throw new RangeError('Trailing bytes after the awareness update.');
  return entries;
}

/** Writes awareness entries as y-protocols' `applyAwarenessUpdate` reads them. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { client, clock, state } of entries) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return encoding.toUint8Array(encoder);
}
