import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
});

describe('bad input to the HTTP API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(() => server.stop());

  it.each([
    ['an assignment whose "revealed" is not a boolean', '', 'PATCH', { assignment: { revealed: 'yes' } }, 'assignment.revealed'],
    ['a title that is not text', '', 'PATCH', { title: 7 }, 'title'],
    ['an invitation for a role there is not', '/invites', 'POST', { role: 'admin' }, 'role'],
    ['an invitation whose expiry is not a duration', '/invites', 'POST', { role: 'viewer', expiresIn: 'soon' }, 'expiresIn'],
    ['an answer key that is not a layer id', '/answer-key', 'PUT', { layer: 3 }, 'layer'],
  ])('answers %s with 400 naming the field, and changes nothing', async (_name, route, method, body, path) => {
    const id = await importArticle(server, 'A short article.');
    const before = await (await api(server, `/api/documents/${id}`)).json();
    const response = await api(server, `/api/documents/${id}${route}`, json(method, body));
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: string; detail: string; path?: string };
    expect(answer.path).toBe(path);
    expect(answer.detail).toContain(path);
    expect(await (await api(server, `/api/documents/${id}`)).json()).toEqual(before);
    expect((await (await api(server, `/api/documents/${id}/invites`)).json()) as unknown).toEqual({ invites: [] });
  });

  it('says which field is missing', async () => {
    const response = await api(server, '/api/documents', json('POST', { content: 'No format given.' }));
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: 'Malformed request', path: 'format' });
  });
});
