import { appendFile, mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ClassicLevel } from 'classic-level';
import { pino } from 'pino';
import { Room } from '../../../server/Room.js';
import { LevelStore } from '../../../server/store/LevelStore.js';
import { readJournal, scanJournal, UpdateJournal } from '../../../server/store/UpdateJournal.js';

function textUpdate(text: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(doc);
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc.getText('t').toString();
}

/** Opens a journal; a damaged one would be moved aside to `<file>.aside`. */
function openJournal(file: string): { journal: UpdateJournal; entries: { room: string; update: Uint8Array }[]; movedTo: string | null } {
  const { journal, scan, movedTo } = UpdateJournal.open(file, () => `${file}.aside`);
  return { journal, entries: scan.entries, movedTo };
}

describe('UpdateJournal', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-journal-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('gives back what was appended, room by room, after a reopen', () => {
    const file = path.join(dir, 'j');
    const { journal, entries } = openJournal(file);
    expect(entries).toEqual([]);
    journal.append('doc', textUpdate('first'));
    journal.append('doc/layer/team', textUpdate('Zoë’s second'));
    journal.close();

    const reopened = openJournal(file);
    expect(reopened.entries.map((entry) => [entry.room, textOf([entry.update])])).toEqual([
      ['doc', 'first'],
      ['doc/layer/team', 'Zoë’s second'],
    ]);
    reopened.journal.close();
  });

  it('drops a frame cut short by a crash and keeps the ones before it', async () => {
    const file = path.join(dir, 'j');
    const { journal } = openJournal(file);
    journal.append('doc', textUpdate('whole'));
    journal.append('doc', textUpdate('torn'));
    journal.close();
    const size = (await stat(file)).size;
    await truncate(file, size - 3);

    const reopened = openJournal(file);
    expect(reopened.entries.map((entry) => textOf([entry.update]))).toEqual(['whole']);
    // The torn tail is cut off, so what is appended next can be read back.
    reopened.journal.append('doc', textUpdate('after'));
    reopened.journal.close();
    expect(openJournal(file).entries.map((entry) => textOf([entry.update]))).toEqual(['whole', 'after']);
  });

  it('keeps the frames after one whose checksum does not match, and moves the damaged file aside', async () => {
    const file = path.join(dir, 'j');
    const { journal } = openJournal(file);
    journal.append('doc', textUpdate('good'));
    journal.close();
    const bytes = await readFile(file);
    const garbled = Buffer.from(bytes);
    garbled[garbled.length - 1] = (garbled[garbled.length - 1] ?? 0) ^ 0xff;
    await appendFile(file, garbled);
    await appendFile(file, bytes);
    const damaged = await readFile(file);

    const reopened = openJournal(file);
    expect(reopened.entries.map((entry) => textOf([entry.update]))).toEqual(['good', 'good']);
    expect(reopened.movedTo).toBe(`${file}.aside`);
    expect(await readFile(`${file}.aside`)).toEqual(damaged);
    reopened.journal.close();
    // The new journal holds the frames that read, and nothing damaged.
    expect(scanJournal(readJournal(file))).toMatchObject({ damaged: [], tornBytes: 0 });
  });

  it('tells which room and how many frames a damaged stretch held', () => {
    const frames = ['one', 'two', 'three'].map((word) => {
      const file = path.join(dir, word);
      const { journal } = openJournal(file);
      journal.append('d1/layer/team', textUpdate(word));
      journal.close();
      return readJournal(file);
    });
    const bytes = Buffer.concat(frames);
    const second = frames[0]?.length ?? 0;
    // A byte of the second frame's update flipped: its header still names its room.
    const at = second + (frames[1]?.length ?? 0) - 2;
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0x55, at);
    const scan = scanJournal(bytes);
    expect(scan.entries.map((entry) => textOf([entry.update]))).toEqual(['one', 'three']);
    expect(scan.damaged).toEqual([{ start: second, end: second + (frames[1]?.length ?? 0), room: 'd1/layer/team', frames: 1 }]);
  });

  it('finds every good frame after a half-written one (a write cut off by a full disk)', () => {
    const file = path.join(dir, 'j');
    const { journal } = openJournal(file);
    journal.append('doc', textUpdate('before'));
    journal.close();
    const whole = readJournal(file);
    const half = whole.subarray(0, Math.floor(whole.length / 2));
    const later = Array.from({ length: 20 }, () => whole);
    const scan = scanJournal(Buffer.concat([whole, half, ...later]));
    expect(scan.entries).toHaveLength(21);
    expect(scan.damaged).toHaveLength(1);
  });
});

describe('LevelStore with its journal', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-store-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('stores updates a crash left only in the journal when it opens again', async () => {
    const location = path.join(dir, 'store');
    const store = await LevelStore.open(location);
    await store.appendUpdate('doc', textUpdate('in the store'));
    await store.close();
    // As if the process died after the journal write and before LevelDB's batch.
    const { journal } = openJournal(`${location}.journal`);
    journal.append('doc', textUpdate('only journaled'));
    journal.close();

    const reopened = await LevelStore.open(location);
    const text = textOf(await reopened.loadUpdates('doc'));
    expect(text).toContain('in the store');
    expect(text).toContain('only journaled');
    expect(await reopened.listRooms('')).toEqual(['doc']);
    await reopened.close();
    // Once LevelDB has them the journal holds no update, only the count of batches written.
    const left = scanJournal(readJournal(`${location}.journal`));
    expect(left.entries).toEqual([]);
    expect(left.checkpoint).toBeGreaterThan(0);
  });

  it('reads its own appends at once, before their batch is written', async () => {
    const store = await LevelStore.open(path.join(dir, 'store'));
    const appends = ['one ', 'two ', 'three'].map((word) => store.appendUpdate('doc', textUpdate(word)));
    await Promise.all(appends);
    expect(await store.countUpdates('doc')).toBe(3);
    await store.compact('doc');
    expect(await store.countUpdates('doc')).toBe(1);
    expect(textOf(await store.loadUpdates('doc'))).toHaveLength('one two three'.length);
    await store.close();
  });
});

describe('LevelStore with an update that does not decode', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-store-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('reports it when the room loads, serves the rest, and sets it aside when compacting', async () => {
    const location = path.join(dir, 'store');
    const store = await LevelStore.open(location);
    await store.appendUpdate('doc', textUpdate('readable'));
    const garbage = new Uint8Array([1, 200, 7, 0, 250, 3, 9, 9]);
    await store.appendUpdate('doc', garbage);
    const room = await Room.load('doc', store, pino({ level: 'silent' }), 1000);
    expect(room.doc.getText('t').toString()).toBe('readable');
    room.destroy();
    expect(await store.listDamage()).toMatchObject([{ room: 'doc', updates: 1 }]);

    await store.compact('doc');
    expect(textOf(await store.loadUpdates('doc'))).toBe('readable');
    await store.close();
    const raw = new ClassicLevel<string, Uint8Array>(location, { keyEncoding: 'utf8', valueEncoding: 'view' });
    expect((await raw.values({ gte: 'q!doc!', lt: 'q!doc!~' }).all()).map((value) => Array.from(value))).toEqual([Array.from(garbage)]);
    await raw.close();
  });
});

describe('LevelStore with a damaged table file', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-store-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('serves the updates that read, on both sides of the damage, and reports the room', async () => {
    const location = path.join(dir, 'store');
    const store = await LevelStore.open(location);
    const count = 2000;
    for (let index = 0; index < count; index++) await store.appendUpdate('doc', textUpdate(`${index} `.padEnd(300, '.')));
    await store.close();
    // Into a table file, as LevelDB does on its own over time.
    const raw = new ClassicLevel<string, Uint8Array>(location, { keyEncoding: 'utf8', valueEncoding: 'view' });
    await raw.open();
    await raw.compactRange('u!', 'u!~');
    await raw.close();
    const table = (await readdir(location)).find((name) => name.endsWith('.ldb')) ?? '';
    const bytes = await readFile(path.join(location, table));
    for (let index = 0; index < 64; index++) {
      const at = Math.floor(bytes.length / 3) + index;
      bytes.writeUInt8(bytes.readUInt8(at) ^ 0x5a, at);
    }
    await writeFile(path.join(location, table), bytes);

    const reopened = await LevelStore.open(location);
    const updates = await reopened.loadUpdates('doc');
    expect(updates.length).toBeGreaterThan(count / 2);
    expect(updates.length).toBeLessThan(count);
    // The last update, after the damage, is still there.
    expect(updates.map((update) => textOf([update]))).toContain(`${count - 1} `.padEnd(300, '.'));
    expect(await reopened.listDamage()).toMatchObject([
      { room: 'doc', problem: expect.stringMatching(/could not read some stored updates/) },
    ]);
    await reopened.close();
  });
});
