import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layerRoomName, listAnnotations, teamLayerId } from '../../../shared/index.js';
import { readJournal, scanJournal } from '../../../server/store/UpdateJournal.js';
import { TestArticle } from '../../support/article.js';
import { connectClient, synced, type TestClient } from '../../support/client.js';
import { journalMarks } from '../../support/journal.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

/** Flips bits of one byte. */
function flip(bytes: Buffer, offset: number, bits: number): void {
  bytes.writeUInt8(bytes.readUInt8(offset) ^ bits, offset);
}

const words = Array.from({ length: 12 }, (_, index) => `word${index}`);

/**
 * A data folder holding an article, and a journal holding `count` marks on
 * its team layer that a crash kept from LevelDB: each made by a client of its
 * own, so no mark depends on another. Returns the journal's frames' offsets.
 */
async function crashedWithMarks(count: number): Promise<{ dir: string; remove: () => Promise<void>; docId: string; frames: number[] }> {
  const data = await tempDataDir();
  const server = await startServer({ dataDir: data.dir });
  const docId = await importArticle(server, words.join(' '));
  const reader = connectClient(server, docId);
  await synced(reader);
  const article = new TestArticle(reader.doc);
  reader.destroy();
  await server.stop();
  const { starts: frames } = journalMarks(
    data.dir,
    docId,
    article,
    Array.from({ length: count }, (_, index) => words[index % words.length] ?? 'word0'),
  );
  return { ...data, docId, frames };
}

describe('a damaged journal', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const serve = async (dataDir: string): Promise<TestServer> => {
    const server = await startServer({ dataDir, env: { FACTMARK_LOG_LEVEL: 'info' } });
    cleanup.push(() => server.stop());
    return server;
  };
  const marksOn = async (server: TestServer, docId: string): Promise<number> => {
    const layer: TestClient = connectClient(server, layerRoomName(docId, teamLayerId));
    cleanup.push(() => layer.destroy());
    await synced(layer);
    return listAnnotations(layer.doc).length;
  };

  it('keeps every frame after a flipped byte in an early one, moves the file aside and reports the document', async () => {
    const { dir, remove, docId, frames } = await crashedWithMarks(20);
    cleanup.push(remove);
    const file = path.join(dir, 'store.journal');
    const bytes = await readFile(file);
    // A byte in the middle of the second frame's update.
    const second = frames[1] ?? 0;
    const third = frames[2] ?? 0;
    flip(bytes, Math.floor((second + third) / 2) + 20, 0x40);
    await writeFile(file, bytes);

    const server = await serve(dir);
    expect(await marksOn(server, docId)).toBe(19);
    // The damaged journal is kept whole beside the store; the new one holds no damage.
    const aside = (await readdir(dir)).filter((name) => name.startsWith('store.journal.damaged-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(dir, aside[0] ?? ''))).toEqual(bytes);
    expect(scanJournal(readJournal(file)).damaged).toEqual([]);
    // Logged: which room, how many updates, where the evidence is.
    const logged = server
      .logs()
      .split('\n')
      .filter((line) => line.includes('damage'));
    expect(logged.join('\n')).toContain(layerRoomName(docId, teamLayerId));
    expect(logged.join('\n')).toMatch(/1 update of room/);
    // Shown in /healthz, and to owners in the document list.
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { ok: boolean; damaged: string[] };
    expect(health).toMatchObject({ ok: true, damaged: [docId] });
    const list = (await (await api(server, '/api/documents')).json()) as { documents: { id: string; damaged?: { updates: number } }[] };
    expect(list.documents.find((record) => record.id === docId)?.damaged).toMatchObject({ updates: 1 });
  });

  it('loses nothing when the very first frame is damaged but the rest are whole', async () => {
    const { dir, remove, docId, frames } = await crashedWithMarks(10);
    cleanup.push(remove);
    const file = path.join(dir, 'store.journal');
    const bytes = await readFile(file);
    // The first mark's frame: its length field garbled, so even its size is unknown.
    flip(bytes, (frames[0] ?? 0) + 1, 0x7f);
    await writeFile(file, bytes);
    const server = await serve(dir);
    expect(await marksOn(server, docId)).toBe(9);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { damaged: string[] };
    // The header that names the room is what was damaged: the document cannot be named, but the damage is shown.
    expect(health.damaged.length).toBe(1);
  });

  it('reads every good frame after a half-written one', async () => {
    const { dir, remove, docId, frames } = await crashedWithMarks(11);
    cleanup.push(remove);
    const file = path.join(dir, 'store.journal');
    const bytes = await readFile(file);
    const first = bytes.subarray(frames[0] ?? 0, frames[1]);
    // A write cut off halfway (a full disk), then ten whole frames after it.
    await writeFile(file, Buffer.concat([bytes.subarray(0, frames[1]), first.subarray(0, first.length / 2), bytes.subarray(frames[1])]));
    const server = await serve(dir);
    expect(await marksOn(server, docId)).toBe(11);
  });

  it('drops a torn last frame quietly, as a crash mid-write leaves it', async () => {
    const { dir, remove, docId } = await crashedWithMarks(5);
    cleanup.push(remove);
    const file = path.join(dir, 'store.journal');
    const bytes = await readFile(file);
    await writeFile(file, bytes.subarray(0, bytes.length - 7));
    const server = await serve(dir);
    expect(await marksOn(server, docId)).toBe(4);
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { damaged: string[] };
    expect(health.damaged).toEqual([]);
    expect((await readdir(dir)).filter((name) => name.includes('damaged'))).toEqual([]);
  });
});
