import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { articleFragmentName } from '../../../shared/index.js';
import { encodeUpdate } from '../../../server/protocol.js';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

const article = 'The minister said the bridge was safe.';

/** The first paragraph's text of an article doc. */
const firstText = (doc: Y.Doc): Y.XmlText => (doc.getXmlFragment(articleFragmentName).get(0) as Y.XmlElement).get(0) as Y.XmlText;

/**
 * A bare socket to a document's room, resolved once the room has joined it (its first message, the
 * server's sync step 1, has arrived): what a client sends before then waits in a small early buffer
 * that a burst of held updates would overflow.
 */
async function openRaw(
  server: TestServer,
  docId: string,
): Promise<{ socket: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${docId}?token=${server.token}`);
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  await new Promise((resolve, reject) => {
    socket.once('message', resolve);
    void closed.then(({ code, reason }) => reject(new Error(`closed before joining: ${code} ${reason}`)));
  });
  return { socket, closed };
}

describe('updates whose dependencies never arrive', () => {
  let server: TestServer;
  const clients: TestClient[] = [];
  const maxPendingBytes = 64 * 1024;

  beforeAll(async () => {
    server = await startServer({ env: { FACTMARK_MAX_PENDING_BYTES: String(maxPendingBytes), FACTMARK_MAX_PENDING_MS: '1500' } });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  /**
   * A writer's updates to the article, the first one (which every later one
   * depends on) kept back: `[withheld, ...dependent]`.
   */
  async function dependentUpdates(docId: string, count: number, size: number): Promise<Uint8Array[]> {
    const copy = connectClient(server, docId);
    clients.push(copy);
    await synced(copy);
    const source = new Y.Doc();
    Y.applyUpdate(source, Y.encodeStateAsUpdate(copy.doc));
    const updates: Uint8Array[] = [];
    source.on('update', (update: Uint8Array) => updates.push(update));
    const text = firstText(source);
    text.insert(0, 'Withheld. ');
    for (let index = 0; index < count; index++) text.insert(text.length, `[${index}]${'p'.repeat(size)}`);
    return updates;
  }

  it('closes a connection that leaves more than the limit pending, stores none of it, and keeps the room live', async () => {
    const docId = await importArticle(server, article);
    const alice = connectClient(server, docId);
    const bob = connectClient(server, docId);
    clients.push(alice, bob);
    await Promise.all([synced(alice), synced(bob)]);
    const [, ...dependent] = await dependentUpdates(docId, 40, 4 * 1024);
    const { socket, closed } = await openRaw(server, docId);
    for (const update of dependent) socket.send(encodeUpdate(update));
    expect(await closed).toEqual({ code: 4424, reason: 'Updates depend on changes the server never received' });

    insertText(alice, 0, 0, 'Live: ');
    await eventually(() => expect(bob.text()).toBe(`Live: ${article}`));
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const fresh = connectClient(server, docId);
    clients.push(fresh);
    await synced(fresh);
    expect(fresh.text()).toBe(`Live: ${article}`);
  });

  it('applies a pending update once what it lacks arrives', async () => {
    const docId = await importArticle(server, article);
    const bob = connectClient(server, docId);
    clients.push(bob);
    await synced(bob);
    const [withheld, ...dependent] = await dependentUpdates(docId, 2, 10);
    const { socket } = await openRaw(server, docId);
    for (const update of dependent) socket.send(encodeUpdate(update));
    socket.send(encodeUpdate(withheld as Uint8Array));
    await eventually(() => expect(bob.text()).toBe(`Withheld. ${article}[0]pppppppppp[1]pppppppppp`));
    socket.close();
  });

  it('closes a connection whose pending update waits longer than the limit', async () => {
    const docId = await importArticle(server, article);
    const [, dependent] = await dependentUpdates(docId, 1, 10);
    const { socket, closed } = await openRaw(server, docId);
    socket.send(encodeUpdate(dependent as Uint8Array));
    expect((await closed).code).toBe(4424);
  });
});

describe('many pending updates under a generous limit', () => {
  let server: TestServer;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({
      env: {
        FACTMARK_MAX_PENDING_BYTES: String(64 * 1024 * 1024),
        FACTMARK_MAX_PENDING_MS: '120000',
        FACTMARK_MAX_MESSAGES_PER_SECOND: '100000',
      },
    });
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it(
    'are each held once, not merged with every update: honest edits keep flowing, and all apply once what they lack arrives',
    { timeout: 150_000 },
    async () => {
      const docId = await importArticle(server, article);
      const alice = connectClient(server, docId);
      const bob = connectClient(server, docId);
      clients.push(alice, bob);
      await Promise.all([synced(alice), synced(bob)]);
      const source = new Y.Doc();
      Y.applyUpdate(source, Y.encodeStateAsUpdate(alice.doc));
      const updates: Uint8Array[] = [];
      source.on('update', (update: Uint8Array) => updates.push(update));
      const text = firstText(source);
      text.insert(0, 'Withheld. ');
      // Three thousand updates of a kilobyte each, every one depending on the first: 3 MB pending. Each goes
      // right after the first rather than at the end, so Yjs does not merge them into one growing string the
      // writer copies again for every update (quadratic: seconds of this test's own time on a busy machine).
      for (let index = 0; index < 3000; index++) text.insert('Withheld. '.length, `|${'q'.repeat(1024)}`);
      const [withheld, ...dependent] = updates as [Uint8Array, ...Uint8Array[]];
      const { socket, closed } = await openRaw(server, docId);
      let closedWith = 'open';
      void closed.then(({ code, reason }) => (closedWith = `closed: ${code} ${reason}`));
      for (const update of dependent) socket.send(encodeUpdate(update));

      insertText(alice, 0, 0, 'Live: ');
      await eventually(() => expect(bob.text()).toBe(`Live: ${article}`));
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200);

      // The held updates belong to this connection: were it closed, they would be gone with it.
      expect(closedWith).toBe('open');
      socket.send(encodeUpdate(withheld));
      // Three thousand held updates applied and relayed: 2 s alone, over a minute on two cores busy with other tests.
      await eventually(() => expect(bob.text().split('|')).toHaveLength(3001), 120_000).catch((error: unknown) => {
        // What the server said about it, to tell a refusal or a dropped connection from slowness.
        throw new Error(`${(error as Error).message}\nServer log:\n${server.logs().slice(-4000)}`);
      });
      // Each edit once, in an order Yjs chose (the live edit and the withheld one were concurrent).
      const final = bob.text();
      expect(final.split('Live: ')).toHaveLength(2);
      expect(final.split('Withheld. ')).toHaveLength(2);
      expect(final.endsWith(article)).toBe(true);
      socket.close();
    },
  );
});
