import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { closedWith, connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
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

  it('slows a connection that sends too many messages a second, answering every one and closing none', async () => {
    // The last test's connections are closed on the server's side once a new one from this address is let in.
    await eventually(async () => {
      const probe = connectClient(server, docId);
      try {
        await synced(probe, 2000);
      } finally {
        probe.destroy();
      }
    }, 20_000);
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${docId}?token=${server.token}`);
    const closes: number[] = [];
    socket.on('close', (code) => closes.push(code));
    let answers = 0;
    socket.on('message', (data: Buffer) => {
      // [sync, sync step 2, …]: the answer to a sync step 1.
      if (data[0] === 0 && data[1] === 1) answers++;
    });
    await new Promise((resolve) => socket.once('open', resolve));
    // Thirty sync step 1 messages at once: three times the burst five a second allows.
    for (let index = 0; index < 30; index++) socket.send(new Uint8Array([0, 0, 1, 0]));
    await eventually(() => expect(answers).toBe(30), 20_000);
    expect(closes).toEqual([]);
    socket.close();
  });
});
