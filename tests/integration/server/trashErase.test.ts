import { afterEach, describe, expect, it } from 'vitest';
import { trashDays } from '../../../server/Documents.js';
import { openStore } from '../../../server/store/openStore.js';
import { articleRoomName, layerRoomName, teamLayerId } from '../../../shared/index.js';
import { annotateAs } from '../../support/annotate.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

const day = 24 * 3600 * 1000;
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function trash(server: TestServer): Promise<{ id: string; purgeAt: string }[]> {
  const response = await api(server, '/api/trash');
  expect(response.status).toBe(200);
  return ((await response.json()) as { documents: { id: string; purgeAt: string }[] }).documents;
}

describe('erasing what has been in the trash for 30 days', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  // Four starts of the server, and a wait for the clock to pass a document's 30 days: longer than most tests.
  it('erases a document, its layers and its links from the store: on start, and while the server runs', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const start = Date.parse('2026-03-01T12:00:00Z');
    // The server's clock starts where the test says and runs on from there.
    const serve = async (clock: number, env: Record<string, string> = {}) => {
      const server = await startServer({ dataDir: data.dir, env: { FACTMARK_CLOCK: new Date(clock).toISOString(), ...env } });
      cleanup.push(() => server.stop());
      return server;
    };

    let server = await serve(start);
    const erased = await importArticle(server, 'The bridge would open in May, the council said.');
    const later = await importArticle(server, 'The ferry will run all winter, the operator said.');
    const kept = await importArticle(server, 'The harbour budget rose by a tenth.');
    const clients = await annotateAs(server, erased, server.token, teamLayerId, [['claim', 'The bridge would open in May']]);
    await eventually(async () => {
      const exported = await api(server, `/api/documents/${erased}/export?format=csv`);
      expect((await exported.text()).split('\n').filter((line) => line.trim() !== '')).toHaveLength(2);
    });
    for (const client of clients) client.destroy();
    expect((await api(server, `/api/documents/${erased}/invites`, json('POST', { role: 'annotator', label: 'Student 1' }))).status).toBe(
      201,
    );
    expect((await api(server, `/api/documents/${erased}`, { method: 'DELETE' })).status).toBe(200);
    await server.stop();

    // A day before its 30 days are up, it is still in the trash.
    server = await serve(start + (trashDays - 1) * day);
    expect((await trash(server)).map((record) => record.id)).toEqual([erased]);
    expect((await api(server, `/api/documents/${later}`, { method: 'DELETE' })).status).toBe(200);
    await server.stop();

    // Past them, a start erases it; the one trashed a day ago stays restorable.
    server = await serve(start + (trashDays + 1) * day);
    const [waiting, ...others] = await trash(server);
    expect(others).toEqual([]);
    expect(waiting?.id).toBe(later);
    expect((await api(server, `/api/trash/${erased}/restore`, { method: 'POST' })).status).toBe(404);
    expect((await api(server, `/api/documents/${erased}`)).status).toBe(404);
    await server.stop();

    // A server that runs past a document's 30 days erases it by itself.
    server = await serve(Date.parse(waiting?.purgeAt ?? '') - 15_000, { FACTMARK_TRASH_CHECK_MS: '200', FACTMARK_LOG_LEVEL: 'info' });
    expect((await trash(server)).map((record) => record.id)).toEqual([later]);
    await eventually(async () => expect(await trash(server)).toEqual([]), 30_000, 200);
    // Out of the list as soon as its time is up; gone from the store once the server says it erased it.
    await eventually(() => expect(server.logs()).toMatch(new RegExp(`"documents":\\["${later}"\\][^\\n]*erased 1 documents`)), 30_000, 200);
    expect((await api(server, `/api/documents/${kept}`)).status).toBe(200);
    await server.stop();

    // Nothing of either is left in the store: no record, no updates of the article or a layer, no link.
    const store = await openStore({ dataDir: data.dir });
    try {
      for (const id of [erased, later]) {
        expect(await store.getDocument(id)).toBeNull();
        expect(await store.listRooms(id)).toEqual([]);
        expect(await store.loadUpdates(articleRoomName(id))).toEqual([]);
        expect(await store.loadUpdates(layerRoomName(id, teamLayerId))).toEqual([]);
        expect(await store.listInvites(id)).toEqual([]);
      }
      expect((await store.listDocuments()).map((record) => record.id)).toEqual([kept]);
      expect((await store.loadUpdates(articleRoomName(kept))).length).toBeGreaterThan(0);
    } finally {
      await store.close();
    }
  }, 120_000);
});
