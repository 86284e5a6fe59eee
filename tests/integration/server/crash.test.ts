import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { layerRoomName, listAnnotations, teamLayerId } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

describe('a crash while a room is busy', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('keeps every update any client saw relayed, after kill -9 and a restart', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    let server: TestServer = await startServer({ dataDir: data.dir });
    cleanup.push(() => (server.process.exitCode === null && server.process.signalCode === null ? server.stop() : undefined));
    const docId = await importArticle(server, 'Alpha paragraph.\n\nBeta paragraph.\n\nGamma paragraph.');
    const layerRoom = layerRoomName(docId, teamLayerId);
    const clients: TestClient[] = [];
    const connect = (room: string) => {
      const client = connectClient(server, room);
      clients.push(client);
      cleanup.push(() => client.destroy());
      return client;
    };
    const writers = Array.from({ length: 3 }, () => ({ article: connect(docId), layer: connect(layerRoom) }));
    const observer = { article: connect(docId), layer: connect(layerRoom) };
    await Promise.all(clients.map((client) => synced(client)));

    // Three writers type and mark at once; the server dies mid-stream.
    let running = true;
    const work = writers.map(async (writer, index) => {
      const view = new TestArticle(writer.article.doc);
      for (let step = 0; running; step++) {
        insertText(writer.article, index, 0, `${index}:${step} `);
        if (step % 5 === 0) {
          try {
            mark(view, writer.layer.doc, 'claim', `${index}:${step}`);
          } catch {
            // The words may have moved on while typing; the next step marks again.
          }
        }
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
    });
    await eventually(() => expect(listAnnotations(observer.layer.doc).length).toBeGreaterThan(12), 10_000);
    await server.kill();
    running = false;
    await Promise.all(work);
    const seenArticle = Y.encodeStateAsUpdate(observer.article.doc);
    const seenLayer = Y.encodeStateAsUpdate(observer.layer.doc);
    const seenText = observer.article.text();
    for (const client of clients) client.provider.disconnect();

    server = await startServer({ dataDir: data.dir });
    const restoredArticle = connectClient(server, docId);
    const restoredLayer = connectClient(server, layerRoom);
    cleanup.push(
      () => restoredArticle.destroy(),
      () => restoredLayer.destroy(),
    );
    await Promise.all([synced(restoredArticle), synced(restoredLayer)]);
    expect(Y.snapshotContainsUpdate(Y.snapshot(restoredArticle.doc), seenArticle)).toBe(true);
    expect(Y.snapshotContainsUpdate(Y.snapshot(restoredLayer.doc), seenLayer)).toBe(true);
    const seenIds = listAnnotations(observer.layer.doc).map((annotation) => annotation.id);
    expect(listAnnotations(restoredLayer.doc).map((annotation) => annotation.id)).toEqual(expect.arrayContaining(seenIds));
    // Everything the observer read is still there, in the same order.
    for (const paragraph of seenText.split('\n\n')) {
      const restoredParagraphs = restoredArticle.text().split('\n\n');
      expect(restoredParagraphs.some((restored) => restored.endsWith(paragraph))).toBe(true);
    }
  });
});
