import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, listAnnotations, teamLayerId, updateAnnotation } from '../../../shared/index.js';
import { coveredText, mark, TestArticle } from '../../support/article.js';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

describe('annotation layers through the server', () => {
  let server: TestServer;
  let docId: string;
  const clients: TestClient[] = [];
  const connect = (room: string) => {
    const client = connectClient(server, room);
    clients.push(client);
    return client;
  };
  /** A reviewer: the article and the team layer, both live. */
  const reviewer = async () => {
    const article = connect(docId);
    const layer = connect(layerRoomName(docId, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    return { article, layer, view: new TestArticle(article.doc) };
  };

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'The council said the new bridge was safe.\n\nEngineers disagreed.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('relays marks live and keeps them on their words while others type', async () => {
    const alice = await reviewer();
    const bob = await reviewer();
    const id = mark(alice.view, alice.layer.doc, 'claim', 'the new bridge was safe');
    await eventually(() => expect(coveredText(bob.view, bob.layer.doc, id)).toBe('the new bridge was safe'));

    insertText(bob.article, 0, 0, 'On Monday, ');
    insertText(bob.article, 0, 'On Monday, The council said the new bridge was'.length, ' perfectly');
    await eventually(() => expect(alice.article.text()).toContain('was perfectly safe'));
    expect(coveredText(alice.view, alice.layer.doc, id)).toBe('the new bridge was perfectly safe');
    expect(coveredText(bob.view, bob.layer.doc, id)).toBe('the new bridge was perfectly safe');

    updateAnnotation(bob.layer.doc, id, { verdict: 'misleading', note: 'Inspection report pending.' });
    await eventually(() =>
      expect(listAnnotations(alice.layer.doc)[0]).toMatchObject({ verdict: 'misleading', note: 'Inspection report pending.' }),
    );
  });

  it('keeps the layer across a restart', async () => {
    const before = await reviewer();
    const id = mark(before.view, before.layer.doc, 'denial', 'Engineers disagreed');
    const check = await reviewer();
    await eventually(() => expect(listAnnotations(check.layer.doc).map((annotation) => annotation.id)).toContain(id));
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
    server = await startServer({ dataDir: server.dataDir });
    const after = await reviewer();
    expect(coveredText(after.view, after.layer.doc, id)).toBe('Engineers disagreed');
  });
});
