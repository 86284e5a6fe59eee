import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { startInstances } from '../../support/instances.js';
import { importArticle, type TestServer } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, startOwnRedis, testServices } from '../../support/services.js';

const services = testServices();

async function health(server: TestServer): Promise<{ status: number; body: { ok: boolean; store: string; redis: string } }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as { ok: boolean; store: string; redis: string } };
}

describe.skipIf(services === null)(`a Redis restart mid-editing${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`, () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('resynchronizes the instances from the store, and /healthz tells while Redis is away', async () => {
    if (services === null) throw new Error(servicesSkipReason);
    const database = await freshDatabase(services);
    cleanup.push(database.drop);
    // A Redis of this test's own, so restarting it disturbs no other test.
    const redis = await startOwnRedis();
    cleanup.push(redis.stop);
    const [a, b] = (await startInstances(2, { databaseUrl: database.url, redisUrl: redis.url })) as [TestServer, TestServer];
    cleanup.push(
      () => a.stop(),
      () => b.stop(),
    );
    const docId = await importArticle(a, 'First paragraph.\n\nSecond paragraph.');
    const connect = (server: TestServer) => {
      const client = connectClient(server, docId);
      cleanup.push(() => client.destroy());
      return client;
    };
    const onA = connect(a);
    const onB = connect(b);
    await Promise.all([synced(onA), synced(onB)]);

    let running = true;
    const type = async (client: TestClient, block: number, label: string) => {
      for (let step = 0; running; step++) {
        insertText(client, block, 0, `${label}${step} `);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
    };
    const typing = [type(onA, 0, 'a'), type(onB, 1, 'b')];
    await eventually(() => expect(onB.text()).toContain('a10 '));

    await redis.stop();
    // Both instances keep taking edits while Redis is away.
    await eventually(async () => expect((await health(a)).status).toBe(503));
    const typedOnB = onB.text();
    await eventually(() => expect(onB.text().length).toBeGreaterThan(typedOnB.length + 20));
    await redis.start();
    // Typing goes on while Redis comes back, until the instances answer healthy again.
    await eventually(async () => expect((await health(a)).status).toBe(200));
    running = false;
    await Promise.all(typing);

    // Nothing typed on either side during the outage is missing on the other.
    await eventually(() => {
      expect(onB.text()).toBe(onA.text());
      expect(Y.encodeStateVector(onB.doc)).toEqual(Y.encodeStateVector(onA.doc));
    }, 15_000);
    await eventually(async () => {
      expect(await health(a)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, redis: 'ok' }) as unknown });
    });

    // Live again: an edit on one side shows on the other.
    insertText(onA, 0, 0, 'After the restart. ');
    await eventually(() => expect(onB.text()).toContain('After the restart. '));
  });

  it('reports Redis as unreachable on /healthz with a 503 while it is down, and still serves', async () => {
    if (services === null) throw new Error(servicesSkipReason);
    const database = await freshDatabase(services);
    cleanup.push(database.drop);
    const redis = await startOwnRedis();
    cleanup.push(redis.stop);
    const [a] = (await startInstances(1, { databaseUrl: database.url, redisUrl: redis.url })) as [TestServer];
    cleanup.push(() => a.stop());
    expect(await health(a)).toEqual({ status: 200, body: expect.objectContaining({ ok: true, store: 'ok', redis: 'ok' }) as unknown });
    await redis.stop();
    await eventually(async () => {
      const answer = await health(a);
      expect(answer.status).toBe(503);
      expect(answer.body).toMatchObject({ ok: false, store: 'ok', redis: expect.stringMatching(/^unreachable: /) as unknown });
    });
    // A document no one had open still opens and takes edits.
    const docId = await importArticle(a, 'Opened while Redis is away.');
    const client = connectClient(a, docId);
    cleanup.push(() => client.destroy());
    await synced(client);
    insertText(client, 0, 0, 'Still here. ');
    const reader = connectClient(a, docId);
    cleanup.push(() => reader.destroy());
    await eventually(() => expect(reader.text()).toBe('Still here. Opened while Redis is away.'));
  });
});
