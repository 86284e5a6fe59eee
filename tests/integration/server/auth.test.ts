import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeToken } from '../../../server/tokens.js';
import { closedWith, connectClient, synced } from '../../support/client.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

describe('tokens', () => {
  let server: TestServer;
  let docId: string;

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'A guarded article.');
  });
  afterAll(() => server.stop());

  const forged = () => encodeToken({ role: 'owner', doc: '*' }, 'not-the-server-secret');
  const tampered = () => {
    const [payload, signature] = server.token.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString()) as Record<string, unknown>;
    return `${Buffer.from(JSON.stringify({ ...claims, doc: 'other' })).toString('base64url')}.${signature ?? ''}`;
  };

  it.each([
    ['no token', null],
    ['a malformed token', 'not-a-token'],
    ['a forged token', 'forged'],
    ['a tampered token', 'tampered'],
  ])('answers an API call with %s with 401', async (_name, kind) => {
    const token = kind === 'forged' ? forged() : kind === 'tampered' ? tampered() : kind;
    for (const pathname of ['/api/documents', `/api/documents/${docId}`, `/api/documents/${docId}/export?format=text`]) {
      const response = await api(server, pathname, { token });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ error: 'Unauthorized' });
    }
  });

  it('refuses an import with a bad token and stores nothing', async () => {
    const response = await api(server, '/api/documents', {
      token: forged(),
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'text', content: 'Sneaky.' }),
    });
    expect(response.status).toBe(401);
    const list = (await (await api(server, '/api/documents')).json()) as { documents: unknown[] };
    expect(list.documents).toHaveLength(1);
  });

  it('answers an expired token with 401, and accepts it before it expires', async () => {
    const secret = (await readFile(path.join(server.dataDir, 'secret'), 'utf8')).trim();
    const now = Math.floor(Date.now() / 1000);
    const expired = await api(server, '/api/documents', { token: encodeToken({ role: 'owner', doc: '*', exp: now - 1 }, secret) });
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ detail: 'The token has expired.' });
    const valid = await api(server, '/api/documents', { token: encodeToken({ role: 'owner', doc: '*', exp: now + 60 }, secret) });
    expect(valid.status).toBe(200);
  });

  it('closes a websocket with a forged token with code 4401 and sends it nothing', async () => {
    const client = connectClient(server, docId, { token: forged() });
    expect(await closedWith(client)).toBe(4401);
    expect(client.text()).toBe('');
    client.destroy();
  });

  it('closes a websocket with no token with code 4401', async () => {
    const client = connectClient(server, docId, { token: '' });
    expect(await closedWith(client)).toBe(4401);
    client.destroy();
  });

  it('closes a websocket to an unknown room with code 4400', async () => {
    const client = connectClient(server, 'no-such-doc');
    expect(await closedWith(client)).toBe(4400);
    client.destroy();
  });

  it('lets a valid token sync', async () => {
    const client = connectClient(server, docId);
    await synced(client);
    expect(client.text()).toBe('A guarded article.');
    client.destroy();
  });
});
