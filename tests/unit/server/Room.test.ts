import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Connection } from '../../../server/Connection.js';
import { decodeClientMessage, encodeUpdate } from '../../../server/protocol.js';
import * as syncProtocol from 'y-protocols/sync';
import * as encoding from 'lib0/encoding';
import { Room } from '../../../server/Room.js';
import { LevelStore } from '../../../server/store/LevelStore.js';
import { eventually } from '../../support/eventually.js';
import { SaveState } from '../../../server/store/SaveState.js';
import { StoreUnavailableError } from '../../../server/store/Store.js';
import { saveStatusMessageType } from '../../../shared/index.js';
import * as decoding from 'lib0/decoding';

/** The update a relayed update message carries. */
function decodeUpdateMessage(message: Uint8Array): Uint8Array {
  const decoder = decoding.createDecoder(message);
  decoding.readVarUint(decoder);
  decoding.readVarUint(decoder);
  return decoding.readVarUint8Array(decoder);
}

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
  const socket = {
    OPEN: 1,
    readyState: 1,
    send: (message: Uint8Array) => received.push(message),
    close: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
  };
  return { socket: socket as unknown as WebSocket, received };
}

const log = pino({ level: 'silent' });

/** The text of an article's first paragraph (what the door lets a room hold), made if the doc has none yet. */
function paragraphText(doc: Y.Doc): Y.XmlText {
  const fragment = doc.getXmlFragment('prosemirror');
  if (fragment.length === 0) {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText()]);
    fragment.insert(0, [paragraph]);
  }
  return (fragment.get(0) as Y.XmlElement).get(0) as Y.XmlText;
}

/** A room loaded from a store that already holds some text, written by `earlier`. */
async function roomWithStoredText(dir: string, text: string): Promise<{ store: LevelStore; earlier: Y.Doc; room: Room }> {
  const store = await LevelStore.open(path.join(dir, 'store'));
  const earlier = new Y.Doc();
  paragraphText(earlier).insert(0, text);
  await store.appendUpdate('doc', Y.encodeStateAsUpdate(earlier));
  return { store, earlier, room: await Room.load('doc', store, log, 1000) };
}

/** A client's sync step 1 for a doc, as it sends it. */
function syncStep1Of(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

describe('Room', () => {
  let dir: string;
  afterEach(() => {
    vi.useRealTimers();
    return rm(dir, { recursive: true, force: true });
  });

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
    paragraphText(client).insert(0, 'stored first');
    writerConnection.receive(encodeUpdate(Y.encodeStateAsUpdate(client)));
    // The store has been asked to keep it, and has not yet: nothing is relayed meanwhile.
    await eventually(() => expect(held).toHaveLength(1));
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

  it('relays nothing and keeps every connection when the store refuses an update, and stores it once the store is back', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    const store = await LevelStore.open(path.join(dir, 'store'));
    const saving = new SaveState(store, log, 10);
    const room = await Room.load('doc', store, log, 1000);
    room.saving = saving;
    let refuse = true;
    // As the server's rooms do.
    saving.onChange((failure) => (failure === null ? void room.saveAgain() : room.sendStatus(failure)));
    const writer = recordingSocket();
    const reader = recordingSocket();
    const closed: number[] = [];
    reader.socket.close = (code?: number) => void closed.push(code ?? 0);
    writer.socket.close = (code?: number) => void closed.push(code ?? 0);
    const writerConnection = new Connection(writer.socket, room, 'write', log);
    const readerConnection = new Connection(reader.socket, room, 'read', log);
    writerConnection.open();
    readerConnection.open();
    const before = reader.received.length;
    const append = store.appendUpdateNow?.bind(store);
    store.appendUpdateNow = (name, update) => {
      if (refuse) throw new StoreUnavailableError('disk full');
      append?.(name, update);
    };

    const client = new Y.Doc();
    paragraphText(client).insert(0, 'kept in memory');
    await room.receiveUpdate(writerConnection, Y.encodeStateAsUpdate(client));
    await vi.waitFor(() => expect(saving.failure).not.toBeNull());
    // Told, not closed, and nothing relayed that is not stored.
    const statuses = (socket: { received: Uint8Array[] }) => socket.received.filter((message) => message[0] === saveStatusMessageType);
    await vi.waitFor(() => expect(statuses(reader)).toHaveLength(1));
    expect(reader.received.slice(before).filter((message) => message[0] === 0)).toEqual([]);
    expect(closed).toEqual([]);
    // A later update is left with its client, not applied.
    paragraphText(client).insert(0, 'later ');
    await room.receiveUpdate(writerConnection, Y.encodeStateAsUpdate(client));
    expect(paragraphText(room.doc).toString()).toBe('kept in memory');

    refuse = false;
    await vi.waitFor(() => expect(saving.failure).toBeNull());
    await vi.waitFor(async () => {
      const stored = new Y.Doc();
      Y.applyUpdate(stored, Y.mergeUpdates(await store.loadUpdates('doc')));
      expect(paragraphText(stored).toString()).toBe('kept in memory');
    });
    // Everyone gets what was kept, is told the server saves again and is asked for what it lacks.
    await vi.waitFor(() => expect(statuses(reader)).toHaveLength(2));
    const reader2 = new Y.Doc();
    for (const message of reader.received.slice(before)) {
      if (message[0] === 0 && message[1] === 2) Y.applyUpdate(reader2, decodeUpdateMessage(message));
    }
    expect(paragraphText(reader2).toString()).toBe('kept in memory');
    expect(writer.received.at(-1)?.slice(0, 2)).toEqual(new Uint8Array([0, 0]));
    expect(closed).toEqual([]);
    saving.close();
    room.destroy();
    await store.close();
  });

  it('gives a client with nothing yet the whole document, as it is after every change', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    const { store, room } = await roomWithStoredText(dir, 'stored before. ');
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
      return paragraphText(replica).toString();
    };
    expect(await textFor()).toBe('stored before. ');

    await room.idle();
    const writer = new Y.Doc();
    Y.applyUpdate(writer, Y.encodeStateAsUpdate(room.doc));
    paragraphText(writer).insert(paragraphText(writer).length, 'Then edited.');
    await room.receiveUpdate(null, Y.encodeStateAsUpdate(writer));
    expect(await textFor()).toBe('stored before. Then edited.');
    expect(await textFor()).toBe('stored before. Then edited.');
    room.destroy();
    await store.close();
  });

  it('answers a new reader from the store at once, and asks a returning one only for what the store lacks', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    const { store, earlier, room } = await roomWithStoredText(dir, 'stored before. ');
    const stepsFromRoom = (received: Uint8Array[]) => received.filter((message) => message[0] === 0 && message[1] === 0);

    const reader = recordingSocket();
    const readerConnection = new Connection(reader.socket, room, 'read', log);
    readerConnection.open();
    readerConnection.receive(syncStep1Of(new Y.Doc()));
    const answer = decodeClientMessage(reader.received.find((message) => message[0] === 0 && message[1] === 1) ?? new Uint8Array());
    if (answer.type !== 'update') throw new Error(`expected a document update, got ${answer.type}`);
    const replica = new Y.Doc();
    Y.applyUpdate(replica, answer.update);
    expect(paragraphText(replica).toString()).toBe('stored before. ');
    // The room has not built its doc for that: its own state vector waits for it.
    expect(stepsFromRoom(reader.received)).toHaveLength(0);

    // A returning client, which already has the stored state, sends an edit.
    const returning = recordingSocket();
    const returningConnection = new Connection(returning.socket, room, 'write', log);
    returningConnection.open();
    paragraphText(replica).insert(15, 'Then edited.');
    returningConnection.receive(encodeUpdate(Y.encodeStateAsUpdate(replica, Y.encodeStateVector(earlier))));
    await room.idle();
    // The edit needed the doc: it was built from the store first, and both were asked only for what it lacked.
    for (const received of [reader.received, returning.received]) {
      const [roomStep1] = stepsFromRoom(received);
      expect(Y.decodeStateVector((roomStep1 ?? new Uint8Array()).subarray(3)).get(earlier.clientID)).toBe(17);
    }
    const relayed = reader.received.map((message) => decodeClientMessage(message)).filter((message) => message.type === 'update');
    expect(relayed).toHaveLength(2);
    const check = new Y.Doc();
    for (const message of relayed) if (message.type === 'update') Y.applyUpdate(check, message.update);
    expect(paragraphText(check).toString()).toBe('stored before. Then edited.');
    room.destroy();
    await store.close();
  });

  it('builds its doc a moment after loading when nothing needed it sooner', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-room-'));
    // The room's build timer runs on a clock the test moves; the store's own I/O needs none.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const { store, earlier, room } = await roomWithStoredText(dir, 'stored before.');
    const reader = recordingSocket();
    new Connection(reader.socket, room, 'read', log).open();
    expect(reader.received.filter((message) => message[0] === 0 && message[1] === 0)).toHaveLength(0);
    vi.advanceTimersByTime(999);
    expect(reader.received.filter((message) => message[0] === 0 && message[1] === 0)).toHaveLength(0);
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    const [roomStep1] = reader.received.filter((message) => message[0] === 0 && message[1] === 0);
    expect(Y.decodeStateVector((roomStep1 ?? new Uint8Array()).subarray(3)).get(earlier.clientID)).toBe(16);
    room.destroy();
    await store.close();
  });
});
