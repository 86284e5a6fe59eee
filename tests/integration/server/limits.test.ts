import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { closedWith, connectClient, synced, type TestClient } from '../../support/client.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

describe('limits', () => {
  let server: TestServer;
  let docId: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { FACTMARK_MAX_CONNECTIONS_PER_IP: '3', FACTMARK_MAX_MESSAGES_PER_SECOND: '5' } });
    docId = await importArticle(server, 'Limited article.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('closes connections past the limit for one address with 4430', async () => {
    const first = Array.from({ length: 3 }, () => connectClient(server, docId));
    clients.push(...first);
    await Promise.all(first.map((client) => synced(client)));
    const extra = connectClient(server, docId);
    clients.push(extra);
    expect(await closedWith(extra)).toBe(4430);
    for (const client of first.splice(0)) client.provider.disconnect();
  });

  it('closes a connection that sends too many messages a second with 4429', async () => {
    await new Promise((resolve) => setTimeout(resolve, 300));
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${docId}?token=${server.token}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    // Query-awareness messages: harmless, but fifty at once is far over five a second.
    for (let index = 0; index < 50; index++) socket.send(new Uint8Array([3]));
    expect(await closed).toEqual({ code: 4429, reason: 'Too many messages: slow down' });
  });
});
