import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

describe('live sync through the server', () => {
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
    docId = await importArticle(server, 'The minister said the bridge was safe.\n\nEngineers disagreed.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('gives a new client the imported article', async () => {
    const reader = connect();
    await synced(reader);
    expect(reader.text()).toBe('The minister said the bridge was safe.\n\nEngineers disagreed.');
  });

  it('converges edits both ways between two clients', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([synced(alice), synced(bob)]);
    insertText(alice, 0, 0, 'Alice: ');
    await eventually(() => expect(bob.text()).toMatch(/^Alice: The minister/));
    insertText(bob, 1, 'Engineers'.length, ' (Bob)');
    await eventually(() => expect(alice.text()).toContain('Engineers (Bob) disagreed.'));
    // Concurrent edits at the same place converge to the same text on both sides.
    insertText(alice, 1, 0, 'A ');
    insertText(bob, 1, 0, 'B ');
    await eventually(() => {
      expect(alice.text()).toBe(bob.text());
      expect(alice.text()).toMatch(/\n\n(A B |B A )Engineers/);
    });
  });

  it('relays awareness (cursors and names) between clients', async () => {
    const alice = connect();
    const bob = connect();
    await Promise.all([synced(alice), synced(bob)]);
    // The name shown is the one the server holds for the token, set over HTTP.
    const named = await api(server, '/api/session/name', {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name: 'Zoë Ørsted' }),
    });
    expect(named.status).toBe(200);
    alice.provider.awareness.setLocalStateField('user', { name: 'Zoë Ørsted', color: '#d1495b' });
    await eventually(() => {
      const names = Array.from(bob.provider.awareness.getStates().values()).map(
        (state) => (state['user'] as { name?: string } | undefined)?.name,
      );
      expect(names).toContain('Zoë Ørsted');
    });
    alice.destroy();
    await eventually(() => expect(bob.provider.awareness.getStates().has(alice.doc.clientID)).toBe(false));
  });
});
