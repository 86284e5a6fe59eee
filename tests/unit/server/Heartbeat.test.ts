import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { Heartbeat } from '../../../server/Heartbeat.js';

let server: WebSocketServer | null = null;
let heartbeat: Heartbeat | null = null;
afterEach(async () => {
  heartbeat?.stop();
  const running = server;
  server = null;
  if (running !== null) await new Promise((resolve) => running.close(resolve));
});

/** A websocket server whose sockets a heartbeat watches, beating every `intervalMs`. */
async function watchedServer(intervalMs: number): Promise<string> {
  const sockets = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  server = sockets;
  await once(sockets, 'listening');
  const beat = new Heartbeat(() => sockets.clients, intervalMs);
  heartbeat = beat;
  sockets.on('connection', (socket) => beat.watch(socket));
  return `ws://127.0.0.1:${(sockets.address() as AddressInfo).port}`;
}

describe('Heartbeat', () => {
  it('ends a socket that stops answering pings, and keeps one that answers', async () => {
    const url = await watchedServer(250);
    const answering = new WebSocket(url);
    // A client gone silent: it no longer answers pings (a laptop shut, a network gone).
    const silent = new WebSocket(url, { autoPong: false });
    await Promise.all([once(answering, 'open'), once(silent, 'open')]);
    const [code] = (await once(silent, 'close')) as [number];
    // Ended without a closing handshake.
    expect(code).toBe(1006);
    expect(answering.readyState).toBe(WebSocket.OPEN);
    answering.close();
  });
});
