import { layerRoomName, type AnnotationKind } from '../../shared/index.js';
import { mark, TestArticle } from './article.js';
import { connectClient, synced, type TestClient } from './client.js';
import type { TestServer } from './server.js';

/**
 * Marks words in a layer as the holder of `token` would: a real client on the
 * article and one on the layer, live through the server. Returns both
 * clients, for the caller to destroy.
 */
export async function annotateAs(
  server: TestServer,
  docId: string,
  token: string,
  layer: string,
  marks: [AnnotationKind, string][],
): Promise<TestClient[]> {
  const article = connectClient(server, docId, { token });
  const layerClient = connectClient(server, layerRoomName(docId, layer), { token });
  await Promise.all([synced(article), synced(layerClient)]);
  const view = new TestArticle(article.doc);
  for (const [kind, words] of marks) mark(view, layerClient.doc, kind, words);
  return [article, layerClient];
}
