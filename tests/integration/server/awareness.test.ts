import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { encodeAwarenessUpdate, type AwarenessEntry } from '../../../server/awarenessUpdate.js';
import { connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** The names a client sees beside other people's cursors, by client id. */
function namesSeen(client: TestClient): Map<number, string | undefined> {
  const names = new Map<number, string | undefined>();
  for (const [id, state] of client.provider.awareness.getStates()) {
    if (id !== client.doc.clientID) names.set(id, (state['user'] as { name?: string } | undefined)?.name);
  }
  return names;
}

describe('awareness belongs to the connection', () => {
  let server: TestServer;
  let docId: string;
  const clients: TestClient[] = [];
  const connect = (token?: string) => {
    const client = connectClient(server, docId, token === undefined ? {} : { token });
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'The minister said the bridge was safe.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  async function invite(role: string, label: string): Promise<string> {
    const response = await api(server, `/api/documents/${docId}/invites`, json('POST', { role, label }));
    return ((await response.json()) as { token: string }).token;
  }

  /** A raw socket on the article for a token, sending hand-made awareness messages. */
  async function openRaw(
    token: string,
  ): Promise<{ send: (entries: AwarenessEntry[]) => void; closed: Promise<{ code: number; reason: string }> }> {
    const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/sync/${docId}?token=${token}`);
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
    );
    await new Promise((resolve) => socket.once('open', resolve));
    const send = (entries: AwarenessEntry[]) => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 1);
      encoding.writeVarUint8Array(encoder, encodeAwarenessUpdate(entries));
      socket.send(encoding.toUint8Array(encoder));
    };
    return { send, closed };
  }

  it('shows the name the server holds for a token, not the one a socket claims', async () => {
    const desk = await invite('editor', 'Desk: Ana');
    const ana = connect(desk);
    const bob = connect();
    await Promise.all([synced(ana), synced(bob)]);
    ana.provider.awareness.setLocalStateField('user', { name: 'The Minister', color: '#000000' });
    await eventually(() => expect(namesSeen(bob).get(ana.doc.clientID)).toBe('Desk: Ana'));
    const renamed = await api(server, '/api/session/name', { ...json('PUT', { name: 'Ana Ruiz' }), token: desk });
    expect(renamed.status).toBe(200);
    ana.provider.awareness.setLocalStateField('cursor', { moved: true });
    await eventually(() => expect(namesSeen(bob).get(ana.doc.clientID)).toBe('Ana Ruiz'));
    const empty = await api(server, '/api/session/name', { ...json('PUT', { name: '  ' }), token: desk });
    expect(empty.status).toBe(400);
  });

  it('refuses a viewer who overwrites another person’s state; everyone keeps seeing the real one', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([synced(alice), synced(bob)]);
    alice.provider.awareness.setLocalStateField('user', { name: 'Alice', color: '#d1495b' });
    await eventually(() => expect(namesSeen(bob).get(alice.doc.clientID)).toBe('Owner'));
    const viewer = await invite('viewer', 'Viewer');
    const { send, closed } = await openRaw(viewer);
    const clock = alice.provider.awareness.meta.get(alice.doc.clientID)?.clock ?? 0;
    send([{ client: alice.doc.clientID, clock: clock + 5, state: JSON.stringify({ user: { name: 'Impostor', color: '#000' } }) }]);
    const close = await closed;
    expect(close.code).toBe(4425);
    expect(close.reason).toMatch(/another connection/);
    expect(namesSeen(bob).get(alice.doc.clientID)).toBe('Owner');
  });

  it('refuses a viewer adding 2,000 ghost people; none of them reaches anyone', async () => {
    const bob = connect();
    await synced(bob);
    const before = bob.provider.awareness.getStates().size;
    const viewer = await invite('viewer', 'Ghost maker');
    const { send, closed } = await openRaw(viewer);
    const state = JSON.stringify({ user: { name: 'ghost' }, padding: 'g'.repeat(200) });
    send(Array.from({ length: 2000 }, (_, index) => ({ client: 900_000 + index, clock: 1, state })));
    expect((await closed).code).toBe(4425);
    // A later presence change reaching bob means anything relayed before it has arrived too.
    const carol = connect();
    await synced(carol);
    carol.provider.awareness.setLocalStateField('cursor', { after: 'the refusal' });
    await eventually(() => expect(bob.provider.awareness.getStates().get(carol.doc.clientID)?.cursor).toEqual({ after: 'the refusal' }));
    expect(bob.provider.awareness.getStates().size).toBeLessThanOrEqual(before + 2);
    expect([...bob.provider.awareness.getStates().keys()].filter((id) => id >= 900_000 && id < 902_000)).toEqual([]);
  });

  it('refuses a state over 4 KB', async () => {
    const viewer = await invite('viewer', 'Large');
    const { send, closed } = await openRaw(viewer);
    send([{ client: 123_456, clock: 1, state: JSON.stringify({ padding: 'x'.repeat(5000) }) }]);
    const close = await closed;
    expect(close.code).toBe(4425);
    expect(close.reason).toMatch(/4096 bytes/);
  });
});
