import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { articleFragmentName, articleSchema, toText, type SaveStatus } from '../../shared/index.js';
import { watchSaveStatus } from '../../client/src/serverNotices.js';
import type { TestServer } from './server.js';
import { eventually } from './eventually.js';

/** A real y-websocket client in Node, as a browser's would be. */
export interface TestClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** The article's text, as the `text` export would give it. */
  text(): string;
  /** What the server said of saving, in order (read as the editor reads it). */
  saveStatuses: SaveStatus[];
  destroy(): void;
}

/**
 * Connects a `WebsocketProvider` to a room. BroadcastChannel is off, so two
 * clients in this process only meet through the server.
 */
export function connectClient(
  server: Pick<TestServer, 'url' | 'token'>,
  room: string,
  options: { token?: string; connect?: boolean } = {},
): TestClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`${server.url.replace(/^http/, 'ws')}/sync`, room, doc, {
    params: { token: options.token ?? server.token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: options.connect ?? true,
  });
  const saveStatuses: SaveStatus[] = [];
  watchSaveStatus(provider, (status) => saveStatuses.push(status));
  return {
    doc,
    provider,
    saveStatuses,
    text: () => toText(yXmlFragmentToProseMirrorRootNode(doc.getXmlFragment(articleFragmentName), articleSchema)),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves once the client has synced with the server. */
export function synced(client: TestClient, timeoutMs = 10_000): Promise<void> {
  return eventually(() => {
    if (!client.provider.synced) throw new Error('The client has not synced yet.');
  }, timeoutMs);
}

/** Resolves with the close code once the server closes the client for good. */
export function closedWith(client: TestClient, timeoutMs = 10_000): Promise<number> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The connection was not closed.')), timeoutMs);
    client.provider.on('closed', ({ code }) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** Resolves with the close code and reason once the server closes the client for good. */
export function closeOf(client: TestClient, timeoutMs = 10_000): Promise<{ code: number; reason: string }> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The connection was not closed.')), timeoutMs);
    client.provider.on('closed', ({ code, reason }) => {
      clearTimeout(timer);
      resolve({ code, reason });
    });
  });
}

/** Inserts text into the n-th paragraph (or heading) of the article at a character offset. */
export function insertText(client: TestClient, blockIndex: number, offset: number, text: string): void {
  const block = client.doc.getXmlFragment(articleFragmentName).get(blockIndex);
  if (!(block instanceof Y.XmlElement)) throw new RangeError(`There is no block ${blockIndex}.`);
  let textNode = block.get(0);
  if (!(textNode instanceof Y.XmlText)) {
    textNode = new Y.XmlText();
    block.insert(0, [textNode]);
  }
  (textNode as Y.XmlText).insert(offset, text);
}
