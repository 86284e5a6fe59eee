import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { layerRoomName, listAnnotations, teamLayerId } from '../../../shared/index.js';
import { closeCodes } from '../../../server/closeCodes.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { startInstances } from '../../support/instances.js';
import { startProxy, type TestProxy } from '../../support/proxy.js';
import { importArticle, type TestServer } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

const services = testServices();

/** Writers typing and marking through the proxy until stopped. */
interface Writing {
  articles: TestClient[];
  layers: TestClient[];
  stop(): Promise<void>;
}

describe.skipIf(services === null)(
  `losing one of two instances behind a proxy${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`,
  () => {
    const cleanup: (() => Promise<void> | void)[] = [];
    afterEach(async () => {
      for (const step of cleanup.splice(0).reverse()) await step();
    });

    /** Two instances on a new database, a proxy in front, and an article on them. */
    async function setUp(): Promise<{ a: TestServer; b: TestServer; proxy: TestProxy; docId: string }> {
      if (services === null) throw new Error(servicesSkipReason);
      const database = await freshDatabase(services);
      cleanup.push(database.drop);
      // Compacting every few updates, so both instances compact the rooms they are both writing to.
      const [a, b] = (await startInstances(
        2,
        { databaseUrl: database.url, redisUrl: services.redisUrl },
        { FACTMARK_COMPACT_AFTER: '5' },
      )) as [TestServer, TestServer];
      cleanup.push(
        () => a.stop(),
        () => b.stop(),
      );
      const proxy = await startProxy([a.url, b.url]);
      cleanup.push(() => proxy.close());
      const docId = await importArticle(
        b,
        'Harbour news.\n\nThe council met on Monday.\n\nResidents were not asked.\n\nThe vote is next week.',
      );
      return { a, b, proxy, docId };
    }

    /** Four writers, each with an article and a layer client, spread over both instances by the proxy. */
    async function startWriting(proxy: TestProxy, token: string, docId: string): Promise<Writing> {
      const gateway = { url: proxy.url, token };
      const connect = (room: string) => {
        const client = connectClient(gateway, room);
        cleanup.push(() => client.destroy());
        return client;
      };
      const articles = Array.from({ length: 4 }, () => connect(docId));
      const layers = Array.from({ length: 4 }, () => connect(layerRoomName(docId, teamLayerId)));
      await Promise.all([...articles, ...layers].map((client) => synced(client)));
      let running = true;
      const work = articles.map(async (article, index) => {
        const view = new TestArticle(article.doc);
        for (let step = 0; running; step++) {
          insertText(article, index, 0, `${index}:${step} `);
          if (step % 4 === 0) {
            try {
              mark(view, layers[index]?.doc ?? new Y.Doc(), 'claim', `${index}:${step}`);
            } catch {
              // The words may not have reached this client's view yet; the next round marks again.
            }
          }
          await new Promise((resolve) => setTimeout(resolve, 5));
        }
      });
      return {
        articles,
        layers,
        stop: async () => {
          running = false;
          await Promise.all(work);
        },
      };
    }

    /** Waits until every client holds the same article and layer, and returns them. */
    async function converged(writing: Writing): Promise<{ article: Uint8Array; layer: Uint8Array }> {
      const [firstArticle, firstLayer] = [writing.articles[0], writing.layers[0]];
      if (firstArticle === undefined || firstLayer === undefined) throw new Error('No clients.');
      await eventually(() => {
        for (const client of writing.articles) expect(client.text()).toBe(firstArticle.text());
        for (const client of writing.layers) {
          expect(Y.encodeStateVector(client.doc)).toEqual(Y.encodeStateVector(firstLayer.doc));
        }
      }, 15_000);
      return { article: Y.encodeStateAsUpdate(firstArticle.doc), layer: Y.encodeStateAsUpdate(firstLayer.doc) };
    }

    /** A fresh client of the surviving instance: does it hold everything a client had? */
    async function expectStored(server: TestServer, docId: string, seen: { article: Uint8Array[]; layer: Uint8Array[] }): Promise<void> {
      const article = connectClient(server, docId);
      const layer = connectClient(server, layerRoomName(docId, teamLayerId));
      cleanup.push(
        () => article.destroy(),
        () => layer.destroy(),
      );
      await Promise.all([synced(article), synced(layer)]);
      for (const update of seen.article) expect(Y.snapshotContainsUpdate(Y.snapshot(article.doc), update)).toBe(true);
      for (const update of seen.layer) expect(Y.snapshotContainsUpdate(Y.snapshot(layer.doc), update)).toBe(true);
    }

    it('moves the clients of a kill -9’d instance to the other and loses nothing any client saw', async () => {
      const { a, b, proxy, docId } = await setUp();
      const writing = await startWriting(proxy, a.token, docId);
      expect(proxy.counts.every((count) => count >= 4)).toBe(true);
      await eventually(() => expect(listAnnotations(writing.layers[3]?.doc ?? new Y.Doc()).length).toBeGreaterThan(8), 10_000);

      // Counted before the kill: clients may reach B before the kill is confirmed.
      const reconnectsBefore = proxy.counts[1] ?? 0;
      await a.kill();
      // What every client held when the instance died: relayed to it, or its own.
      const seen = {
        article: writing.articles.map((client) => Y.encodeStateAsUpdate(client.doc)),
        layer: writing.layers.map((client) => Y.encodeStateAsUpdate(client.doc)),
      };
      // Writing goes on until the four clients that were on A have come back through B.
      await eventually(() => expect(proxy.counts[1]).toBeGreaterThanOrEqual(reconnectsBefore + 4), 20_000);
      await writing.stop();
      const final = await converged(writing);

      // The clients that were on A now go through B.
      expect(proxy.counts[1]).toBeGreaterThanOrEqual(reconnectsBefore + 4);
      await expectStored(b, docId, { article: [...seen.article, final.article], layer: [...seen.layer, final.layer] });
    });

    it('catches up what an instance stored but died before it could publish', async () => {
      if (services === null) throw new Error(servicesSkipReason);
      const database = await freshDatabase(services);
      cleanup.push(database.drop);
      // A reaches Redis through a link the test can cut; B reaches it directly.
      const redisUrl = new URL(services.redisUrl);
      const redisLink = await startProxy([`http://${redisUrl.host}`]);
      cleanup.push(() => redisLink.close());
      const [a, b] = (await startInstances(2, {
        databaseUrl: database.url,
        redisUrl: [`redis://${new URL(redisLink.url).host}`, services.redisUrl],
      })) as [TestServer, TestServer];
      cleanup.push(
        () => a.stop(),
        () => b.stop(),
      );
      const docId = await importArticle(a, 'Last words.');
      const onA = connectClient(a, docId);
      const onB = connectClient(b, docId);
      cleanup.push(
        () => onA.destroy(),
        () => onB.destroy(),
      );
      await Promise.all([synced(onA), synced(onB)]);
      insertText(onA, 0, 0, 'Heard. ');
      await eventually(() => expect(onB.text()).toBe('Heard. Last words.'));

      // A stores this edit but cannot publish it, then dies; its client gives up too.
      await redisLink.close();
      insertText(onA, 0, 0, 'Unheard. ');
      await eventually(async () => {
        const exported = await fetch(`${b.url}/api/documents/${docId}/export?format=text`, {
          headers: { Authorization: `Bearer ${b.token}` },
        });
        expect(await exported.text()).toContain('Unheard. ');
      });
      onA.destroy();
      await a.kill();
      expect(onB.text()).toBe('Heard. Last words.');
      // B notices A's silence and reads the room back from the store.
      await eventually(() => expect(onB.text()).toBe('Unheard. Heard. Last words.'), 15_000);
    });

    it('tells clients to reconnect on SIGTERM, and they carry on on the other instance', async () => {
      const { a, b, proxy, docId } = await setUp();
      const writing = await startWriting(proxy, a.token, docId);
      const codes: number[] = [];
      for (const client of [...writing.articles, ...writing.layers]) {
        client.provider.on('connection-close', (event) => {
          if (event !== null) codes.push(event.code);
        });
      }
      // Some writing on both instances first, then A stops while it goes on.
      await eventually(() => expect(writing.articles.every((client) => client.text().includes(':2 '))).toBe(true));
      await a.stop();
      await eventually(() => expect(codes.filter((code) => code === 1012)).toHaveLength(4), 20_000);
      await writing.stop();
      const final = await converged(writing);

      // The four sockets on A were told to reconnect, none to give up.
      expect(codes.filter((code) => code === 1012)).toHaveLength(4);
      expect(closeCodes.shuttingDown.code).toBe(1012);
      expect(codes.filter((code) => code >= 4400 && code < 4500)).toEqual([]);
      await expectStored(b, docId, { article: [final.article], layer: [final.layer] });
    });
  },
);
