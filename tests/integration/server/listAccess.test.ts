import { describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/access.js';
import { layerRoomName } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { api, importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const json = (method: string, body: unknown, token?: string) => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
  ...(token === undefined ? {} : { token }),
});

/** The lists every token may call (documents by worker, collections) tell it only of what it may read. */
describe('lists across documents, as each token may see them', () => {
  const { server, clients } = useServer();

  const invite = async (docId: string, role: Role, label: string) => {
    const response = await api(server, `/api/documents/${docId}/invites`, json('POST', { role, label }));
    expect(response.status).toBe(201);
    return (await response.json()) as { token: string; invite: { jti: string } };
  };
  const listIds = async (query: string, token?: string) => {
    const response = await api(server, `/api/documents${query}`, token === undefined ? {} : { token });
    expect(response.status).toBe(200);
    return ((await response.json()) as { documents: { id: string }[] }).documents.map((document) => document.id).sort();
  };
  /** Marks words in the student's own layer, in their name; resolves once the server holds the mark. */
  const markOwnLayer = async (docId: string, student: { token: string; invite: { jti: string } }, name: string, words: string) => {
    const article = connectClient(server, docId, { token: student.token });
    const layer = connectClient(server, layerRoomName(docId, `p-${student.invite.jti}`), { token: student.token });
    clients.push(article, layer);
    await Promise.all([synced(article), synced(layer)]);
    mark(new TestArticle(article.doc), layer.doc, 'claim', words, 0, { id: student.invite.jti, name });
  };

  it('filters by worker only through the layers the caller reads: not a classmate’s private layer', async () => {
    const docId = await importArticle(server, 'The council said bus fares would fall in June.\n\nThe union denied any cuts.');
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }))).status).toBe(200);
    const ana = await invite(docId, 'annotator', 'Ana');
    const ben = await invite(docId, 'annotator', 'Ben');
    await markOwnLayer(docId, ana, 'Ana', 'bus fares would fall');
    await markOwnLayer(docId, ben, 'Ben', 'The union denied any cuts');
    // The owner reads every private layer; once both marks are stored, each is found.
    await expect.poll(() => listIds(`?worker=${ben.invite.jti}`)).toEqual([docId]);
    await expect.poll(() => listIds(`?worker=${ana.invite.jti}`)).toEqual([docId]);
    // Ana finds her own work, but not that Ben marked anything (by his id or his name).
    expect(await listIds(`?worker=${ana.invite.jti}`, ana.token)).toEqual([docId]);
    expect(await listIds(`?worker=${ben.invite.jti}`, ana.token)).toEqual([]);
    expect(await listIds('?worker=ben', ana.token)).toEqual([]);
    expect(await listIds('?worker=ben')).toEqual([docId]);
  });

  it('lists for a token of one document only the collections holding it, counting the documents it opens', async () => {
    const create = async (name: string) => {
      const response = await api(server, '/api/collections', json('POST', { name }));
      expect(response.status).toBe(201);
      return ((await response.json()) as { id: string }).id;
    };
    const [shared, other, empty] = [await create('Shared'), await create('Other'), await create('Empty')];
    const first = await importArticle(server, 'The ferry ran late twice in May.');
    const second = await importArticle(server, 'The ferry ran on time in June.');
    const third = await importArticle(server, 'The harbour opened a new berth.');
    for (const [docId, collections] of [
      [first, [shared]],
      [second, [shared]],
      [third, [other]],
    ] as const)
      expect((await api(server, `/api/documents/${docId}`, json('PATCH', { collections }))).status).toBe(200);
    const collectionsFor = async (token?: string) => {
      const response = await api(server, '/api/collections', token === undefined ? {} : { token });
      expect(response.status).toBe(200);
      const { collections } = (await response.json()) as { collections: { id: string; documents: number }[] };
      return Object.fromEntries(collections.map((collection) => [collection.id, collection.documents]));
    };
    const { token } = await invite(first, 'viewer', 'Reader');
    expect(await collectionsFor(token)).toEqual({ [shared]: 1 });
    expect(await collectionsFor()).toMatchObject({ [shared]: 2, [other]: 1, [empty]: 0 });
  });
});
