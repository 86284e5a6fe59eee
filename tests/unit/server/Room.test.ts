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

  it('gives a client with nothing yet the whole document, as it is after every change', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    const store = await LevelStore.open(path.join(dir, 'store'));
    const earlier = new Y.Doc();
    earlier.getText('t').insert(0, 'stored before. ');
    await store.appendUpdate('doc', Y.encodeStateAsUpdate(earlier));
    const room = await Room.load('doc', store, log, 1000);
    const textFor = async () => {
      const { socket, received } = recordingSocket();
      const connection = new Connection(socket, room, 'read', log);
      await room.answerSyncStep1(connection, Y.encodeStateVector(new Y.Doc()));
      const answer = received.at(-1) ?? new Uint8Array();
      // [sync, sync step 2, …]: the answer to a sync step 1.
      expect(Array.from(answer.subarray(0, 2))).toEqual([0, 1]);
      const message = decodeClientMessage(answer);
      if (message.type !== 'update') throw new Error(`expected a document update, got ${message.type}`);
      const replica = new Y.Doc();
      Y.applyUpdate(replica, message.update);
      return replica.getText('t').toString();
    };
    expect(await textFor()).toBe('stored before. ');

    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(room.doc));
    writer.getText('t').insert(writer.getText('t').length, 'Then edited.');
    await room.receiveUpdate(null, Y.encodeStateAsUpdate(writer));
    expect(await textFor()).toBe('stored before. Then edited.');
    expect(await textFor()).toBe('stored before. Then edited.');
    room.destroy();
    await store.close();
  });
});
