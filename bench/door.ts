/**
 * What the door costs a room per update: typing updates (as y-prosemirror
 * sends them) applied through a real room with 50 readers and the embedded
 * store, and the door's check of the same updates on its own.
 * Run with `npx tsx bench/door.ts`; prints microseconds per update.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { Connection } from '../server/Connection.js';
import { updateProblem } from '../server/door/index.js';
import { Room } from '../server/Room.js';
import { LevelStore } from '../server/store/LevelStore.js';

const updatesMeasured = 3000;
const warmUp = 1000;
const readers = 50;

const log = pino({ level: 'silent' });
const dir = await mkdtemp(path.join(tmpdir(), 'factmark-door-bench-'));
const store = await LevelStore.open(path.join(dir, 'store'));
const seed = new Y.Doc();
const paragraph = new Y.XmlElement('paragraph');
paragraph.insert(0, [new Y.XmlText('Benchmark article.')]);
seed.getXmlFragment('prosemirror').insert(0, [paragraph]);
await store.appendUpdate('doc', Y.encodeStateAsUpdate(seed));
const room = await Room.load('doc', store, log, 1_000_000);
const socket = () =>
  ({
    OPEN: 1,
    readyState: 1,
    send: () => undefined,
    close: () => undefined,
    pause: () => undefined,
    resume: () => undefined,
  }) as unknown as WebSocket;
const writer = new Connection(socket(), room, 'write', log);
writer.open();
for (let index = 0; index < readers; index++) new Connection(socket(), room, 'read', log).open();

const client = new Y.Doc();
Y.applyUpdate(client, Y.encodeStateAsUpdate(seed));
const updates: Uint8Array[] = [];
client.on('update', (update: Uint8Array) => updates.push(update));
const text = (client.getXmlFragment('prosemirror').get(0) as Y.XmlElement).get(0) as Y.XmlText;
for (let index = 0; index < warmUp + updatesMeasured; index++) text.insert(text.length, `#${index};`);

const shadow = new Y.Doc();
Y.applyUpdate(shadow, Y.encodeStateAsUpdate(seed));
let doorMs = 0;
let roomMs = 0;
for (const [index, update] of updates.entries()) {
  const beforeDoor = performance.now();
  if (updateProblem(shadow, 'article', update) !== null) throw new Error('The door refused a typing update.');
  const afterDoor = performance.now();
  Y.applyUpdate(shadow, update);
  const beforeRoom = performance.now();
  await room.receiveUpdate(writer, update);
  const afterRoom = performance.now();
  if (index >= warmUp) {
    doorMs += afterDoor - beforeDoor;
    roomMs += afterRoom - beforeRoom;
  }
}
const perUpdate = (ms: number) => Math.round((ms / updatesMeasured) * 10_000) / 10;
console.log(`door check: ${perUpdate(doorMs)} µs per update`);
console.log(`room (door, apply, store, relay to ${readers}): ${perUpdate(roomMs)} µs per update`);
console.log(`door's share: ${Math.round((doorMs / roomMs) * 1000) / 10}%`);
room.destroy();
await store.close();
await rm(dir, { recursive: true, force: true });
