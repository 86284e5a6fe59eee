import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

/** Opens a sync socket as if forwarded for an address; resolves with its close code, or 'open' if it stays open. */
function connectAs(server: TestServer, docId: string, forwardedFor: string, opened: WebSocket[]): Promise<number | 'open'> {
  const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${docId}?token=${server.token}`, {
    headers: { 'X-Forwarded-For': forwardedFor },
  });
  opened.push(socket);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('open'), 500);
    socket.once('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

describe('per-address limits behind a proxy', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  async function serverWith(env: Record<string, string>): Promise<{ server: TestServer; docId: string; sockets: WebSocket[] }> {
    const server = await startServer({ env: { FACTMARK_MAX_CONNECTIONS_PER_IP: '2', ...env } });
    const sockets: WebSocket[] = [];
    cleanup.push(
      () => server.stop(),
      () => sockets.forEach((socket) => socket.terminate()),
    );
    return { server, docId: await importArticle(server, 'Behind the proxy.'), sockets };
  }

  it('counts each client the trusted proxy names apart, by the address the proxy added', async () => {
    const { server, docId, sockets } = await serverWith({ FACTMARK_TRUST_PROXY: '1' });
    // Five clients behind one proxy: all let in.
    const results = await Promise.all(
      ['10.0.0.1', '10.0.0.2', '10.0.0.3', '10.0.0.4', '10.0.0.5'].map((ip) => connectAs(server, docId, ip, sockets)),
    );
    expect(results).toEqual(['open', 'open', 'open', 'open', 'open']);
    // One client, whatever it claims before the proxy's entry, is held to the limit.
    const same = [];
    for (const claimed of ['1.1.1.1', '2.2.2.2', '3.3.3.3']) same.push(await connectAs(server, docId, `${claimed}, 10.9.9.9`, sockets));
    expect(same).toEqual(['open', 'open', 4430]);
  });

  it('ignores X-Forwarded-For unless told to trust it', async () => {
    const { server, docId, sockets } = await serverWith({});
    const results = [];
    for (const ip of ['10.0.0.1', '10.0.0.2', '10.0.0.3']) results.push(await connectAs(server, docId, ip, sockets));
    expect(results).toEqual(['open', 'open', 4430]);
  });
});
