import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { closeCodes } from '../../../server/closeCodes.js';
import { Connection } from '../../../server/Connection.js';
import { decodeClientMessage, encodeUpdate } from '../../../server/protocol.js';
import { Room } from '../../../server/Room.js';
import { LevelStore } from '../../../server/store/LevelStore.js';

/** Holds the real store's appends back until released, as a very slow disk (or a database) would. */
function holdAppends(store: LevelStore): (() => void)[] {
  const held: (() => void)[] = [];
  // Without its journal's synchronous append the room must wait for the store.
  (store as { appendUpdateNow?: unknown }).appendUpdateNow = undefined;
  const append = store.appendUpdate.bind(store);
  store.appendUpdate = async (room, update) => {
    await new Promise<void>((resolve) => held.push(resolve));
    await append(room, update);
  };
  return held;
}

/** A socket that records what the server sends. */
function recordingSocket(): { socket: WebSocket; received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  const socket = { OPEN: 1, readyState: 1, send: (message: Uint8Array) => received.push(message), close: () => undefined };
  return { socket: socket as unknown as WebSocket, received };
}

const log = pino({ level: 'silent' });

describe('Room', () => {
  let dir: string;
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('relays an update only after the store has it', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    const store = await LevelStore.open(path.join(dir, 'store'));
    const held = holdAppends(store);
    const room = await Room.load('doc', store, log, 1000);
    const writer = recordingSocket();
    const reader = recordingSocket();
    const writerConnection = new Connection(writer.socket, room, 'write', log);
    const readerConnection = new Connection(reader.socket, room, 'read', log);
    writerConnection.open();
    readerConnection.open();
    const before = reader.received.length;

    const client = new Y.Doc();
    client.getText('t').insert(0, 'stored first');
    writerConnection.receive(encodeUpdate(Y.encodeStateAsUpdate(client)));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(reader.received.length).toBe(before);

    for (const release of held.splice(0)) release();
    await room.idle();
    expect(reader.received.length).toBe(before + 1);
    const relayed = decodeClientMessage(reader.received[before] ?? new Uint8Array());
    expect(relayed.type).toBe('update');
    expect(await store.countUpdates('doc')).toBe(1);
    room.destroy();
    await store.close();
  });

  it('relays nothing and closes every connection when the store refuses an update', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    const store = await LevelStore.open(path.join(dir, 'store'));
    const room = await Room.load('doc', store, log, 1000);
    const writer = recordingSocket();
    const reader = recordingSocket();
    const closed: number[] = [];
    reader.socket.close = (code?: number) => void closed.push(code ?? 0);
    const writerConnection = new Connection(writer.socket, room, 'write', log);
    const readerConnection = new Connection(reader.socket, room, 'read', log);
    writerConnection.open();
    readerConnection.open();
    const before = reader.received.length;
    store.appendUpdateNow = () => {
      throw new Error('disk full');
    };

    const client = new Y.Doc();
    client.getText('t').insert(0, 'never stored');
    await expect(room.receiveUpdate(writerConnection, Y.encodeStateAsUpdate(client))).rejects.toThrow('disk full');
    expect(reader.received.length).toBe(before);
    expect(room.broken).toBe(true);
    expect(closed).toEqual([closeCodes.internalError.code]);
    room.destroy();
    await store.close();
  });
});
