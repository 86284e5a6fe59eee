import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

describe('relaying updates to every socket of a room', () => {
  let server: TestServer;
  let docId: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'First paragraph.\n\nSecond paragraph.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('brings every reader a burst of small edits, in order, and edits of every frame size', async () => {
    const writer = connectClient(server, docId);
    const readers = Array.from({ length: 5 }, () => connectClient(server, docId));
    clients.push(writer, ...readers);
    await Promise.all([writer, ...readers].map((client) => synced(client)));

    // 300 edits in one turn of the event loop: several updates reach each socket in one tick of the server.
    for (let index = 0; index < 300; index++) insertText(writer, 0, 0, `${index % 10}`);
    // Frames of each length encoding: up to 125 bytes, up to 65,535, and beyond.
    insertText(writer, 1, 0, 'x'.repeat(200));
    insertText(writer, 1, 0, 'y'.repeat(70_000));
    insertText(writer, 1, 0, 'z'.repeat(100));

    await eventually(() => {
      for (const reader of readers) expect(reader.text()).toBe(writer.text());
    }, 10_000);
    expect(writer.text()).toContain(`${'z'.repeat(100)}${'y'.repeat(70_000)}${'x'.repeat(200)}Second paragraph.`);
    // Every reader can still write: what one sends reaches the others.
    insertText(readers[0] as TestClient, 0, 0, 'Reader. ');
    await eventually(() => {
      for (const client of [writer, ...readers]) expect(client.text()).toMatch(/^Reader\. /);
    });
  });
});
