import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openStore } from '../../../server/store/openStore.js';
import {
  annotationDefaults,
  annotationEntryProblem,
  annotationsMap,
  isOlderLayout,
  layerRoomName,
  readLayer,
  teamLayerId,
  type Annotation,
} from '../../../shared/index.js';
import { connectClient, synced } from '../../support/client.js';
import { writeToStore } from '../../support/damaged.js';
import { olderLayouts, writeStoredEntry } from '../../support/olderLayouts.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

const story = 'The mayor said the bridge will reopen in May.\n\nEngineers denied it.';
const anchor = Y.encodeRelativePosition(new Y.RelativePosition(null, 'prosemirror', null, 0));

/** One annotation per older layout, each with fields away from their defaults. */
const annotations: Annotation[] = Object.keys(olderLayouts).map((layout, index) => ({
  ...annotationDefaults(),
  id: `old-${layout}`,
  kind: (['claim', 'denial', 'attribution'] as const)[index % 3] ?? 'claim',
  start: anchor,
  end: anchor,
  quote: `quote of the ${layout} entry`,
  prefix: '',
  suffix: '',
  author: { id: 'ana', name: 'Ana' },
  createdAt: '2025-01-0' + String(index + 1) + 'T00:00:00.000Z',
  updatedAt: '2025-02-0' + String(index + 1) + 'T00:00:00.000Z',
  note: `written in the ${layout} layout`,
  verdict: index === 0 ? 'false' : 'unverified',
  evidence: index === 0 ? [{ url: 'https://records.example/bridge', title: 'Records' }] : [],
  speaker: index === 2 ? { name: 'The mayor', role: 'mayor' } : { name: '', role: '' },
  sourceType: index === 2 ? 'named' : 'named',
  links: [],
}));

async function storedLayer(dataDir: string, room: string): Promise<Y.Doc> {
  const store = await openStore({ dataDir });
  try {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, Y.mergeUpdates(await store.loadUpdates(room)));
    return doc;
  } finally {
    await store.close();
  }
}

describe('a layer stored in older layouts', () => {
  const data = { dir: '', remove: async () => {} };
  let server: TestServer;
  let room: string;

  beforeAll(async () => {
    Object.assign(data, await tempDataDir());
    const first = await startServer({ dataDir: data.dir });
    const docId = await importArticle(first, story);
    room = layerRoomName(docId, teamLayerId);
    await first.stop();
    // As the versions of the day stored them: the door of today would refuse these layouts.
    await writeToStore(data.dir, room, (layer) => {
      const layouts = Object.values(olderLayouts);
      annotations.forEach((annotation, index) => writeStoredEntry(layer, annotation.id, layouts[index]?.(annotation) ?? {}));
    });
    server = await startServer({ dataDir: data.dir });
  });
  afterAll(async () => {
    await server?.stop();
    await data.remove();
  });

  it('exports every annotation before the layer is opened', async () => {
    const docId = room.split('/')[0] ?? '';
    const response = await api(server, `/api/documents/${docId}/export?format=factmark`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-factmark-skipped')).toBeNull();
    const file = (await response.json()) as { layers: { annotations: { id: string; note: string }[] }[] };
    expect(file.layers[0]?.annotations.map(({ id, note }) => ({ id, note })).sort((a, b) => a.id.localeCompare(b.id))).toEqual(
      annotations.map(({ id, note }) => ({ id, note })).sort((a, b) => a.id.localeCompare(b.id)),
    );
  });

  it('is rewritten to the current layout when the layer opens, and that rewrite is stored once', async () => {
    const client = connectClient(server, room);
    await synced(client);
    const map = annotationsMap(client.doc);
    // In the first answer already: a reader never sees the older entries, which it would list as damaged.
    for (const annotation of annotations) {
      const entry = map.get(annotation.id);
      expect(entry).toBeInstanceOf(Y.Map);
      expect(isOlderLayout(entry as Y.Map<unknown>)).toBe(false);
      expect(annotationEntryProblem(entry)).toBeNull();
    }
    const reading = readLayer(client.doc);
    expect(reading.damaged).toEqual([]);
    expect(reading.annotations.sort((a, b) => a.id.localeCompare(b.id))).toEqual([...annotations].sort((a, b) => a.id.localeCompare(b.id)));
    client.destroy();
    await server.stop();

    const stored = await storedLayer(data.dir, room);
    annotationsMap(stored).forEach((entry) => expect(isOlderLayout(entry)).toBe(false));
    expect(readLayer(stored).annotations).toHaveLength(annotations.length);
    stored.destroy();
    server = await startServer({ dataDir: data.dir });
  });
});
