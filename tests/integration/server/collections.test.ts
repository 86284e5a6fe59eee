import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/access.js';
import { toFactmarkJson } from '../../../shared/index.js';
import { annotateAs } from '../../support/annotate.js';
import { annotatedFixture } from '../../support/annotatedFixture.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const json = (method: string, body: unknown, token?: string) => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
  ...(token === undefined ? {} : { token }),
});

/** A factmark export of the annotated fixture, its marks made by someone else, as a new document. */
function fixtureBy(author: { id: string; name: string } | null, id: string): unknown {
  const file = JSON.parse(toFactmarkJson(annotatedFixture().model())) as {
    document: { id: string; title: string };
    layers: { annotations: { author: unknown }[] }[];
  };
  file.document.id = id;
  file.document.title = `Ghost buses (${id})`;
  if (author !== null) for (const layer of file.layers) for (const annotation of layer.annotations) annotation.author = author;
  return file;
}

describe('collections and tags through the API', () => {
  let server: TestServer;
  let marked: string;
  let byAna: string;
  let plain: string;

  const listIds = async (query: string, token?: string) => {
    const response = await api(server, `/api/documents${query}`, token === undefined ? {} : { token });
    expect(response.status).toBe(200);
    return ((await response.json()) as { documents: { id: string }[] }).documents.map((document) => document.id).sort();
  };
  const recordOf = async (id: string) =>
    (await (await api(server, `/api/documents/${id}`)).json()) as { collections?: string[]; tags?: string[] };
  const invite = async (docId: string, role: Role) =>
    ((await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role }))).json()) as { token: string }).token;
  const create = async (name: string) => {
    const response = await api(server, '/api/collections', json('POST', { name }));
    expect(response.status).toBe(201);
    return ((await response.json()) as { id: string }).id;
  };

  beforeAll(async () => {
    server = await startServer();
    for (const [author, id] of [
      [null, 'marked1'],
      [{ id: 'ana-1', name: 'Ana Ruiz' }, 'byana1'],
    ] as const) {
      const response = await api(server, '/api/documents', json('POST', { format: 'factmark', content: fixtureBy(author, id) }));
      expect(response.status).toBe(201);
    }
    [marked, byAna] = ['marked1', 'byana1'];
    plain = await importArticle(server, 'The mayor said the buses ran on time.');
  });
  afterAll(() => server.stop());

  it('lets owners make, rename and delete collections, and lists them with their documents', async () => {
    const id = await create('  Night   buses ');
    const renamed = await api(
      server,
      `/api/collections/${id}`,
      json('PATCH', { name: 'Night transport', description: 'The winter series' }),
    );
    expect(renamed.status).toBe(200);
    expect(await api(server, `/api/documents/${plain}`, json('PATCH', { collections: [id] }))).toHaveProperty('status', 200);
    const listed = (await (await api(server, '/api/collections')).json()) as {
      collections: { id: string; name: string; documents: number }[];
    };
    expect(listed.collections.find((collection) => collection.id === id)).toMatchObject({ name: 'Night transport', documents: 1 });
    const deleted = await api(server, `/api/collections/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(((await deleted.json()) as { documents: number }).documents).toBe(1);
    expect((await recordOf(plain)).collections).toBeUndefined();
    expect((await api(server, `/api/collections/${id}`, { method: 'DELETE' })).status).toBe(404);
  });

  it('refuses a bad name with a clear 400, and changes nothing', async () => {
    const before = await (await api(server, '/api/collections')).text();
    const response = await api(server, '/api/collections', json('POST', { name: '   ' }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/name/);
    expect(await (await api(server, '/api/collections')).text()).toBe(before);
  });

  it('refuses a second collection of one name, in any case, made or renamed, and changes nothing', async () => {
    const port = await create('Port beat');
    const other = await create('Rail beat');
    const before = await (await api(server, '/api/collections')).text();
    for (const [path, method] of [
      ['/api/collections', 'POST'],
      [`/api/collections/${other}`, 'PATCH'],
    ] as const) {
      const response = await api(server, path, json(method, { name: 'port BEAT' }));
      expect(response.status).toBe(400);
      expect(((await response.json()) as { detail: string }).detail).toContain(`already a collection named "Port beat" (${port})`);
    }
    expect(await (await api(server, '/api/collections')).text()).toBe(before);
    // Its own name, given again, is no clash.
    expect((await api(server, `/api/collections/${port}`, json('PATCH', { name: 'Port beat', description: 'Ships' }))).status).toBe(200);
  });

  it('lets the document’s editors file it, but not manage collections; annotators and viewers neither', async () => {
    const id = await create('Desk A');
    const editor = await invite(marked, 'editor');
    const filed = await api(
      server,
      `/api/documents/${marked}`,
      json('PATCH', { collections: [id], tags: ['Night Buses', 'ports', 'ports'] }, editor),
    );
    expect(filed.status).toBe(200);
    expect(await recordOf(marked)).toMatchObject({ collections: [id], tags: ['night-buses', 'ports'] });
    // Another document, a title, a collection: not an editor's.
    expect((await api(server, `/api/documents/${byAna}`, json('PATCH', { tags: ['x'] }, editor))).status).toBe(403);
    expect((await api(server, `/api/documents/${marked}`, json('PATCH', { title: 'Mine', tags: ['x'] }, editor))).status).toBe(403);
    expect((await api(server, '/api/collections', json('POST', { name: 'Editor’s' }, editor))).status).toBe(403);
    expect((await api(server, `/api/collections/${id}`, json('PATCH', { name: 'Renamed' }, editor))).status).toBe(403);
    expect((await api(server, `/api/collections/${id}`, { method: 'DELETE', token: editor })).status).toBe(403);
    for (const role of ['annotator', 'viewer'] as const) {
      const token = await invite(marked, role);
      expect((await api(server, `/api/documents/${marked}`, json('PATCH', { tags: ['mine'] }, token))).status).toBe(403);
    }
    expect((await recordOf(marked)).tags).toEqual(['night-buses', 'ports']);
  });

  it('refuses an unknown collection or a bad tag with a clear 4xx, and changes nothing', async () => {
    const before = await recordOf(byAna);
    const unknown = await api(server, `/api/documents/${byAna}`, json('PATCH', { collections: ['c-nothere'], tags: ['fine'] }));
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain('c-nothere');
    const badTag = await api(server, `/api/documents/${byAna}`, json('PATCH', { tags: ['fine', '<script>'] }));
    expect(badTag.status).toBe(400);
    expect(((await badTag.json()) as { path?: string }).path).toBe('tags');
    expect(await recordOf(byAna)).toEqual(before);
  });

  it('filters the list by collection, tag, dates and who made a mark in it', async () => {
    const id = await create('Filtered');
    await api(server, `/api/documents/${byAna}`, json('PATCH', { collections: [id], tags: ['rail'] }));
    await api(server, `/api/documents/${plain}`, json('PATCH', { tags: ['rail', 'ports'] }));
    expect(await listIds(`?collection=${id}`)).toEqual([byAna]);
    expect(await listIds('?tag=RAIL')).toEqual([byAna, plain].sort());
    expect(await listIds(`?tag=rail&collection=${id}`)).toEqual([byAna]);
    expect(await listIds('?worker=ana%20ruiz')).toEqual([byAna]);
    expect(await listIds('?worker=ana-1')).toEqual([byAna]);
    expect(await listIds('?worker=test')).toEqual([marked]);
    expect(await listIds('?worker=nobody')).toEqual([]);
    // The factmark files keep the fixture's import time (2 March); the article was imported now.
    expect(await listIds('?from=2026-03-02&to=2026-03-02')).toEqual([byAna, marked].sort());
    expect(await listIds(`?from=${new Date(Date.now() - 60_000).toISOString()}`)).toEqual([plain]);
    expect(await listIds('?to=2000-01-01')).toEqual([]);
    // A per-document token lists only its document, filters or not.
    expect(await listIds('?tag=rail', await invite(plain, 'viewer'))).toEqual([plain]);
  });

  it('finds a worker’s new mark at once: what it read of a layer before is read again once the layer changed', async () => {
    expect(await listIds('?worker=test')).toEqual([marked]);
    const clients = await annotateAs(server, byAna, server.token, 'team', [['claim', 'the night buses ran']]);
    try {
      await expect.poll(() => listIds('?worker=test')).toEqual([byAna, marked].sort());
    } finally {
      for (const client of clients) client.destroy();
    }
  });

  it('answers a bad filter with a clear 4xx instead of an empty list', async () => {
    const unknown = await api(server, '/api/documents?collection=c-nothere');
    expect(unknown.status).toBe(404);
    const date = await api(server, '/api/documents?from=last%20week');
    expect(date.status).toBe(400);
    expect(((await date.json()) as { path?: string }).path).toBe('from');
  });
});
