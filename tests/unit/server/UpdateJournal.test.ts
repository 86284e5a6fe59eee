import { appendFile, mkdtemp, readFile, rm, stat, truncate } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LevelStore } from '../../../server/store/LevelStore.js';
import { UpdateJournal } from '../../../server/store/UpdateJournal.js';

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

describe('UpdateJournal', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-journal-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('gives back what was appended, room by room, after a reopen', () => {
    const file = path.join(dir, 'j');
    const { journal, entries } = UpdateJournal.open(file);
    expect(entries).toEqual([]);
    journal.append('doc', textUpdate('first'));
    journal.append('doc/layer/team', textUpdate('Zoë’s second'));
    journal.close();

    const reopened = UpdateJournal.open(file);
    expect(reopened.entries.map((entry) => [entry.room, textOf([entry.update])])).toEqual([
      ['doc', 'first'],
      ['doc/layer/team', 'Zoë’s second'],
    ]);
    reopened.journal.close();
  });

  it('drops a frame cut short by a crash and keeps the ones before it', async () => {
    const file = path.join(dir, 'j');
    const { journal } = UpdateJournal.open(file);
    journal.append('doc', textUpdate('whole'));
    journal.append('doc', textUpdate('torn'));
    journal.close();
    const size = (await stat(file)).size;
    await truncate(file, size - 3);

    const reopened = UpdateJournal.open(file);
    expect(reopened.entries.map((entry) => textOf([entry.update]))).toEqual(['whole']);
    // The torn tail is cut off, so what is appended next can be read back.
    reopened.journal.append('doc', textUpdate('after'));
    reopened.journal.close();
    expect(UpdateJournal.open(file).entries.map((entry) => textOf([entry.update]))).toEqual(['whole', 'after']);
  });

  it('stops at a frame whose checksum does not match', async () => {
    const file = path.join(dir, 'j');
    const { journal } = UpdateJournal.open(file);
    journal.append('doc', textUpdate('good'));
    journal.close();
    const bytes = await readFile(file);
    const garbled = Buffer.from(bytes);
    garbled[garbled.length - 1] = (garbled[garbled.length - 1] ?? 0) ^ 0xff;
    await appendFile(file, garbled);
    expect(UpdateJournal.open(file).entries.map((entry) => textOf([entry.update]))).toEqual(['good']);
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
    const { journal } = UpdateJournal.open(`${location}.journal`);
    journal.append('doc', textUpdate('only journaled'));
    journal.close();

    const reopened = await LevelStore.open(location);
    const text = textOf(await reopened.loadUpdates('doc'));
    expect(text).toContain('in the store');
    expect(text).toContain('only journaled');
    expect(await reopened.listRooms('')).toEqual(['doc']);
    await reopened.close();
    // Once LevelDB has them the journal is empty again.
    expect((await stat(`${location}.journal`)).size).toBe(0);
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
