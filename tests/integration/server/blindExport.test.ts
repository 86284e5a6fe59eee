import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateAs } from '../../support/annotate.js';
import type { TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const formats = ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text'];

function json(body: unknown, method = 'POST'): RequestInit {
  return { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) };
}

describe('a blind student’s exports', () => {
  let server: TestServer;
  let docId: string;
  let quiet: { token: string; jti: string };
  let busy: { token: string; jti: string };
  const clients: TestClient[] = [];

  async function invite(label: string): Promise<{ token: string; jti: string }> {
    const response = await api(server, `/api/documents/${docId}/invites`, json({ role: 'annotator', label }));
    const issued = (await response.json()) as { token: string; invite: { jti: string } };
    return { token: issued.token, jti: issued.invite.jti };
  }

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'The mayor said the bridge would open in May. Officials denied it.');
    expect((await api(server, `/api/documents/${docId}`, json({ assignment: { revealed: false } }, 'PATCH'))).status).toBe(200);
    quiet = await invite('Quiet student');
    busy = await invite('Busy student');
    clients.push(...(await annotateAs(server, docId, busy.token, `p-${busy.jti}`, [['claim', 'the bridge would open in May']])));
    // The busy student's layer is stored before the quiet one asks anything.
    await eventually(async () => {
      const layers = (await (await api(server, `/api/documents/${docId}/layers`)).json()) as { layers: { id: string }[] };
      expect(layers.layers.map((layer) => layer.id)).toContain(`p-${busy.jti}`);
    }, 10_000);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it.each(formats)('exports the quiet student’s own empty layer as %s', async (format) => {
    const response = await api(server, `/api/documents/${docId}/export?format=${format}`, { token: quiet.token });
    const body = await response.text();
    expect(response.status, body).toBe(200);
    expect(body).not.toContain(busy.jti);
    expect(body).not.toContain('the bridge would open in May"');
  });

  it('exports the quiet student’s layer when named, too', async () => {
    const response = await api(server, `/api/documents/${docId}/export?format=csv&layer=p-${quiet.jti}`, { token: quiet.token });
    expect(response.status).toBe(200);
  });

  it('exports the busy student’s own mark to her, and not to the quiet one', async () => {
    const response = await api(server, `/api/documents/${docId}/export?format=wa`, { token: busy.token });
    expect(await response.text()).toContain('the bridge would open in May');
  });

  it.each([
    ['another student’s layer', () => `/api/documents/${docId}/export?format=csv&layer=p-${busy.jti}`],
    ['the team layer', () => `/api/documents/${docId}/export?format=csv&layer=team`],
    ['a layer that does not exist', () => `/api/documents/${docId}/export?format=csv&layer=nothing-here`],
    ['agreement with another student', () => `/api/documents/${docId}/agreement?layers=p-${quiet.jti},p-${busy.jti}`],
    ['agreement with an unknown layer', () => `/api/documents/${docId}/agreement?layers=p-${quiet.jti},p-nobody`],
  ])('refuses %s without naming any other layer', async (_name, path) => {
    const response = await api(server, path(), { token: quiet.token });
    const body = await response.text();
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(body).toMatch(/"error"/);
    expect(body).not.toContain(busy.jti);
    expect(body).not.toMatch(/team/);
  });

  it('tells an owner a layer does not exist without listing the others', async () => {
    const response = await api(server, `/api/documents/${docId}/export?format=csv&layer=nothing-here`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toBe(`Document ${docId} has no layer "nothing-here".`);
  });
});
