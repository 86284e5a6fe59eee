import 'fake-indexeddb/auto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { IndexeddbPersistence } from 'y-indexeddb';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { skipEncodingFirstAnswer } from '../../../client/src/rooms.js';
import { articleFragmentName, articleSchema, toText } from '../../../shared/index.js';
import { connectClient, insertText, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

/** The article a doc holds, as text. */
function textOf(doc: Y.Doc): string {
  return toText(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(articleFragmentName), articleSchema));
}

/** What this browser keeps of a room, read as a page opened later reads it. */
async function keptLocally(name: string): Promise<string> {
  const doc = new Y.Doc();
  const local = new IndexeddbPersistence(name, doc);
  try {
    await local.whenSynced;
    return textOf(doc);
  } finally {
    await local.destroy();
  }
}

describe('a room applying the server’s first answer', () => {
  let server: TestServer;
  const cleanups: (() => unknown)[] = [];
  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
  });
  beforeEach(() => {
    // The page's idle callbacks: as soon as nothing else is waiting.
    vi.stubGlobal('window', {
      requestIdleCallback: (callback: () => void) => setTimeout(callback, 0),
      cancelIdleCallback: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    });
  });
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    vi.unstubAllGlobals();
  });

  /** A room opened as the page opens it, its listeners set aside for the first answer; records the origins of the updates heard. */
  async function openRoom(docId: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider; heard: unknown[] }> {
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(`factmark:${docId}`, doc);
    await local.whenSynced;
    const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, docId, doc, {
      params: { token: server.token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
    });
    cleanups.push(
      () => doc.destroy(),
      () => provider.destroy(),
      () => local.destroy(),
    );
    const heard: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(origin));
    cleanups.push(skipEncodingFirstAnswer(doc, provider, local));
    provider.connect();
    await eventually(() => expect(provider.synced).toBe(true));
    return { doc, provider, heard };
  }

  it('gives the update listeners none of it, keeps it in this browser once idle, and gives them later changes', async () => {
    const docId = await importArticle(server, 'The port reopened on Monday, the mayor said.');
    const name = `factmark:${docId}`;
    const doc = new Y.Doc();
    const local = new IndexeddbPersistence(name, doc);
    await local.whenSynced;
    const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, docId, doc, {
      params: { token: server.token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
    });
    cleanups.push(
      () => doc.destroy(),
      () => provider.destroy(),
      () => local.destroy(),
    );
    const heard: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => heard.push(origin));
    cleanups.push(skipEncodingFirstAnswer(doc, provider, local));
    provider.connect();

    await eventually(() => expect(provider.synced).toBe(true));
    expect(textOf(doc)).toBe('The port reopened on Monday, the mayor said.');
    expect(heard).not.toContain(provider);
    await eventually(async () => expect(await keptLocally(name)).toBe('The port reopened on Monday, the mayor said.'));

    // Listeners are back for what comes next.
    const other = connectClient(server, docId);
    cleanups.push(() => other.destroy());
    await synced(other);
    insertText(other, 0, 0, 'Yes: ');
    await eventually(() => expect(heard).toContain(provider));
    expect(textOf(doc)).toBe('Yes: The port reopened on Monday, the mayor said.');
    await eventually(async () => expect(await keptLocally(name)).toBe('Yes: The port reopened on Monday, the mayor said.'));
  });

  it('keeps what a browser that already had the room lacked, so a reload has the whole of it', async () => {
    const docId = await importArticle(server, 'The port reopened on Monday.');
    const name = `factmark:${docId}`;
    const first = await openRoom(docId);
    await eventually(async () => expect(await keptLocally(name)).toBe('The port reopened on Monday.'));
    first.provider.destroy();

    // Written by someone else while this browser is away; the server relays what it has stored.
    const other = connectClient(server, docId);
    const watcher = connectClient(server, docId);
    cleanups.push(
      () => other.destroy(),
      () => watcher.destroy(),
    );
    await Promise.all([synced(other), synced(watcher)]);
    insertText(other, 0, 0, 'Yes: ');
    await eventually(() => expect(textOf(watcher.doc)).toBe('Yes: The port reopened on Monday.'));

    const second = await openRoom(docId);
    expect(textOf(second.doc)).toBe('Yes: The port reopened on Monday.');
    expect(second.heard).not.toContain(second.provider);
    await eventually(async () => expect(await keptLocally(name)).toBe('Yes: The port reopened on Monday.'));
  });
});
