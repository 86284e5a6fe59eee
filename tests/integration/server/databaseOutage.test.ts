import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { startInstances } from '../../support/instances.js';
import { startProxy, type TestProxy } from '../../support/proxy.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

const services = testServices();

describe.skipIf(services === null)(`a database outage${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`, () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('tells every client the server cannot save, closes none, and resumes by itself losing nothing', async () => {
    if (services === null) throw new Error(servicesSkipReason);
    const database = await freshDatabase(services);
    cleanup.push(database.drop);
    // The instances reach PostgreSQL through a link the test can cut and restore on the same port: the database stopping and starting.
    const target = new URL(database.url);
    let link: TestProxy = await startProxy([`http://${target.host}`]);
    const linkPort = Number(new URL(link.url).port);
    cleanup.push(() => link.close());
    const viaLink = new URL(database.url);
    viaLink.host = new URL(link.url).host;
    const [a, b] = (await startInstances(2, { databaseUrl: viaLink.toString(), redisUrl: services.redisUrl })) as [TestServer, TestServer];
    cleanup.push(
      () => a.stop(),
      () => b.stop(),
    );
    const docId = await importArticle(a, 'Council minutes.');
    const track = (client: TestClient) => {
      cleanup.push(() => client.destroy());
      return client;
    };
    const onA = track(connectClient(a, docId));
    const onB = track(connectClient(b, docId));
    await Promise.all([synced(onA), synced(onB)]);
    const closes: number[] = [];
    for (const client of [onA, onB]) client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    insertText(onA, 0, 0, 'Before. ');
    await eventually(() => expect(onB.text()).toBe('Before. Council minutes.'));
    const acknowledged = Y.encodeStateAsUpdate(onB.doc);

    await link.close();
    insertText(onA, 0, 0, 'A during. ');
    insertText(onB, 0, 0, 'B during. ');
    await eventually(() => {
      for (const client of [onA, onB]) expect(client.saveStatuses.at(-1)?.saving).toBe(false);
    }, 10_000);
    for (const server of [a, b]) {
      const answer = await fetch(`${server.url}/healthz`);
      expect(answer.status).toBe(503);
      expect(((await answer.json()) as { store: string }).store).toMatch(/^cannot save: /);
    }
    // Neither edit is relayed while it cannot be stored.
    expect(onB.text()).not.toContain('A during.');
    expect(onA.text()).not.toContain('B during.');
    // A client arriving now is told the same and waits, not closed.
    const late = track(connectClient(a, docId));
    late.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    await eventually(() => expect(late.saveStatuses.at(-1)?.saving).toBe(false), 10_000);

    link = await startProxy([`http://${target.host}`], { port: linkPort });
    await eventually(() => {
      for (const client of [onA, onB, late]) expect(client.saveStatuses.at(-1)?.saving).toBe(true);
    }, 15_000);
    await eventually(() => expect(onA.text()).toBe(onB.text()), 10_000);
    await eventually(() => expect(late.text()).toBe(onA.text()), 10_000);
    expect(onA.text()).toContain('A during. ');
    expect(onA.text()).toContain('B during. ');
    // No connection was closed: no reconnect storm.
    expect(closes).toEqual([]);
    for (const server of [a, b]) expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

    // All of it is in the database: a new instance serves it.
    const c = await startServer({ env: { ...a.env, FACTMARK_DATABASE_URL: database.url, FACTMARK_REDIS_URL: services.redisUrl } });
    cleanup.push(() => c.stop());
    const fresh = track(connectClient({ url: c.url, token: a.token }, docId));
    await synced(fresh);
    expect(fresh.text()).toBe(onA.text());
    expect(Y.snapshotContainsUpdate(Y.snapshot(fresh.doc), acknowledged)).toBe(true);
  });
});
