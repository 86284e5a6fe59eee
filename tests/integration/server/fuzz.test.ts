import net from 'node:net';
import fc from 'fast-check';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const maxMessageBytes = 64 * 1024;

/** A valid sync update message around some payload. */
function syncMessage(syncType: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, syncType);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/** Hostile frames: random bytes, truncated and corrupted real messages, lying lengths, wrong types. */
function hostileFrames(realUpdate: Uint8Array): fc.Arbitrary<Uint8Array | string> {
  const real = syncMessage(2, realUpdate);
  return fc.oneof(
    fc.uint8Array({ minLength: 0, maxLength: 64 }),
    fc.uint8Array({ minLength: 1, maxLength: 2048 }).map((bytes) => syncMessage(2, bytes)),
    fc.uint8Array({ minLength: 1, maxLength: 512 }).map((bytes) => syncMessage(1, bytes)),
    fc.uint8Array({ minLength: 1, maxLength: 512 }).map((bytes) => syncMessage(0, bytes)),
    fc.integer({ min: 1, max: real.length - 1 }).map((cut) => real.slice(0, cut)),
    fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })).map(([at, value]) => {
      const corrupt = real.slice();
      corrupt[at] = value;
      return corrupt;
    }),
    fc.constantFrom(
      new Uint8Array([0, 2, 0xff, 0xff, 0xff, 0xff, 0x0f]),
      new Uint8Array([1, 0xff, 0xff, 0xff, 0x7f, 1, 2]),
      new Uint8Array([7, 7, 7]),
      new Uint8Array([3, 9]),
    ),
    fc.uint8Array({ minLength: 1, maxLength: 256 }).map((bytes) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, bytes);
      return encoding.toUint8Array(encoder);
    }),
    fc.string({ maxLength: 100 }),
  );
}

function openRaw(server: TestServer, room: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${room}?token=${server.token}`);
    socket.on('error', () => undefined);
    socket.once('open', () => resolve(socket));
    socket.once('close', () => reject(new Error('closed before open')));
  });
}

/** Sends raw bytes on a TCP connection and resolves with what the server answered, if anything. */
function rawRequest(server: TestServer, text: string): Promise<string> {
  const { hostname, port } = new URL(server.url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), hostname, () => socket.write(text));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', () => resolve(answer));
    setTimeout(() => socket.destroy(), 1000);
  });
}

describe('hostile websocket input', () => {
  let server: TestServer;
  let docId: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ args: ['--max-message-bytes', String(maxMessageBytes)] });
    docId = await importArticle(server, 'The stored article must survive.\n\nEvery word of it.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('answers unreadable request targets with 400 and stays up', async () => {
    for (const target of ['//', '///', '//a:b']) {
      expect(await rawRequest(server, `GET ${target} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400/);
      await rawRequest(
        server,
        `GET ${target} HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n`,
      );
    }
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
  });

  it('refuses an oversized message with a close code the client will not retry', async () => {
    const socket = await openRaw(server, docId);
    const code = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(syncMessage(2, new Uint8Array(maxMessageBytes + 10)));
    expect(await code).toBe(4413);
  });

  it('closes a connection whose state vector is malformed as a bad request', async () => {
    const socket = await openRaw(server, docId);
    const code = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send(syncMessage(0, new Uint8Array([0xff])));
    expect(await code).toBe(4400);
  });

  it('stays up, keeps other clients syncing and leaves the stored document unchanged', async () => {
    const alice = connectClient(server, docId);
    const bob = connectClient(server, docId);
    clients.push(alice, bob);
    await Promise.all([synced(alice), synced(bob)]);
    const before = await (await api(server, `/api/documents/${docId}/export?format=text`)).text();

    // A real update from a doc unrelated to the article, to corrupt and cut.
    const stranger = new Y.Doc();
    stranger.getText('t').insert(0, 'stranger text');
    const samples = fc.sample(hostileFrames(Y.encodeStateAsUpdate(stranger)), { numRuns: 300, seed: 20261123 });
    const closes: number[] = [];
    for (let batch = 0; batch < samples.length; batch += 20) {
      const socket = await openRaw(server, docId);
      const closed = new Promise<void>((resolve) => socket.once('close', (code) => (closes.push(code), resolve())));
      for (const frame of samples.slice(batch, batch + 20)) {
        if (socket.readyState === WebSocket.OPEN) socket.send(frame);
      }
      // An oversized frame too, now and then.
      if (batch % 100 === 0 && socket.readyState === WebSocket.OPEN) socket.send(new Uint8Array(maxMessageBytes + 1024));
      await Promise.race([closed, new Promise((resolve) => setTimeout(resolve, 200))]);
      socket.terminate();
    }
    expect(closes.length).toBeGreaterThan(5);
    // 4422: a well-formed update that writes outside the article's schema, refused at the door.
    expect(closes.filter((code) => ![1006, 1009, 4400, 4413, 4422].includes(code))).toEqual([]);

    const health = await fetch(`${server.url}/healthz`);
    expect(health.status).toBe(200);
    insertText(alice, 1, 0, 'Still live: ');
    await eventually(() => expect(bob.text()).toContain('Still live: Every word'));
    const after = await (await api(server, `/api/documents/${docId}/export?format=text`)).text();
    expect(after).toBe(before.replace('Every word', 'Still live: Every word'));
    expect(alice.text()).toBe(after);
  });
});
