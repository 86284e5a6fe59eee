import { openStore } from '../../../server/store/openStore.js';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

describe('durability', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const track = (client: TestClient) => {
    cleanup.push(() => client.destroy());
    return client;
  };
  const serverIn = async (dataDir: string, env: Record<string, string> = {}): Promise<TestServer> => {
    const server = await startServer({ dataDir, env });
    cleanup.push(() => (server.process.exitCode === null && server.process.signalCode === null ? server.stop() : undefined));
    return server;
  };

  it('keeps every edit across a graceful restart', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const first = await serverIn(data.dir);
    const docId = await importArticle(first, 'Original paragraph.');
    const writer = track(connectClient(first, docId));
    await synced(writer);
    insertText(writer, 0, 0, 'Edited before restart. ');
    const reader = track(connectClient(first, docId));
    await eventually(() => expect(reader.text()).toBe('Edited before restart. Original paragraph.'));
    writer.destroy();
    reader.destroy();
    await first.stop();

    const second = await serverIn(data.dir);
    const list = (await (await fetch(`${second.url}/api/documents`, { headers: { Authorization: `Bearer ${second.token}` } })).json()) as {
      documents: { id: string }[];
    };
    expect(list.documents.map((record) => record.id)).toEqual([docId]);
    const after = track(connectClient(second, docId));
    await synced(after);
    expect(after.text()).toBe('Edited before restart. Original paragraph.');
  });

  for (const durability of ['power', 'process']) {
    it(`loses nothing that was relayed when the server is killed with SIGKILL (FACTMARK_DURABILITY=${durability})`, async () => {
      const data = await tempDataDir();
      cleanup.push(data.remove);
      const first = await serverIn(data.dir, { FACTMARK_DURABILITY: durability });
      const docId = await importArticle(first, 'Start.');
      const writer = track(connectClient(first, docId));
      const observer = track(connectClient(first, docId));
      await Promise.all([synced(writer), synced(observer)]);
      // Many small edits; the server dies the moment the observer has seen the last one.
      for (let index = 0; index < 60; index++) insertText(writer, 0, 0, `${index} `);
      await eventually(() => expect(observer.text()).toMatch(/^59 58 /), 10_000, 1);
      await first.kill();
      const seen = observer.text();
      writer.provider.disconnect();
      observer.provider.disconnect();

      const second = await serverIn(data.dir);
      const after = track(connectClient(second, docId));
      await synced(after);
      expect(after.text()).toBe(seen);
    });
  }

  it('compacts the update log without losing edits', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const server = await startServer({ dataDir: data.dir, env: { FACTMARK_COMPACT_AFTER: '10' } });
    cleanup.push(() => server.stop());
    const docId = await importArticle(server, 'Base.');
    const writer = track(connectClient(server, docId));
    await synced(writer);
    for (let index = 0; index < 35; index++) insertText(writer, 0, 0, 'x');
    const reader = track(connectClient(server, docId));
    await eventually(() => expect(reader.text()).toBe(`${'x'.repeat(35)}Base.`));
    writer.destroy();
    reader.destroy();
    await server.stop();
    const store = await openStore({ dataDir: data.dir });
    const storedUpdates = await store.countUpdates(docId);
    await store.close();
    expect(storedUpdates).toBeLessThan(10);
    const again = await serverIn(data.dir);
    const after = track(connectClient(again, docId));
    await synced(after);
    expect(after.text()).toBe(`${'x'.repeat(35)}Base.`);
  });
});
