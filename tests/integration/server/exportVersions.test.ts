import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId, updateAnnotation } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const formats = ['factmark', 'wa', 'html', 'csv', 'markdown', 'claimreview'];

/** A CSV export's rows without the header, each cell as text. */
const csvRows = (csv: string) =>
  csv
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n')
    .slice(1);

describe('exports of a document are placed once per version', () => {
  let server: TestServer;
  let id: string;
  let article: TestClient;
  let layer: TestClient;
  const exported = async (format: string) => {
    const response = await api(server, `/api/documents/${id}/export?format=${format}`);
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    server = await startServer();
    id = await importArticle(server, 'The minister said rents rose 12% last year.\n\nCritics disputed the figure.');
    article = connectClient(server, id);
    layer = connectClient(server, layerRoomName(id, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
  });
  afterAll(async () => {
    article.destroy();
    layer.destroy();
    await server.stop();
  });

  it('gives the same file for an unchanged document, and a new one after each change to its marks, text or record', async () => {
    const view = new TestArticle(article.doc);
    const claim = mark(view, layer.doc, 'claim', 'rents rose 12% last year');
    await eventually(async () => expect(csvRows(await exported('csv'))).toHaveLength(1));

    // Unchanged: every format twice, the same bytes (HTML says the day it was exported, the same within a test).
    for (const format of formats) expect(await exported(format)).toBe(await exported(format));

    // A field of a mark changed.
    updateAnnotation(layer.doc, claim, { verdict: 'misleading', note: 'Only in the capital.' });
    await eventually(async () => expect(await exported('csv')).toContain('Only in the capital.'));
    expect(await exported('markdown')).toContain('Only in the capital.');

    // A new mark.
    mark(view, layer.doc, 'denial', 'disputed the figure');
    await eventually(async () => expect(csvRows(await exported('csv'))).toHaveLength(2));
    expect(await exported('html')).toContain('disputed the figure');

    // The text moved: offsets follow it.
    const before = JSON.parse(await exported('factmark')) as { layers: { annotations: { quote: string; start: number }[] }[] };
    insertText(article, 0, 0, 'Update: ');
    await eventually(async () => expect(await exported('text')).toMatch(/^Update: /));
    const after = JSON.parse(await exported('factmark')) as typeof before;
    const startOf = (file: typeof before, quote: string) =>
      file.layers[0]?.annotations.find((annotation) => annotation.quote === quote)?.start ?? -1;
    expect(startOf(after, 'rents rose 12% last year')).toBe(startOf(before, 'rents rose 12% last year') + 'Update: '.length);

    // The record: a new title.
    const renamed = await api(server, `/api/documents/${id}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Rents, checked' }),
    });
    expect(renamed.status).toBe(200);
    expect(await exported('html')).toContain('<title>Rents, checked</title>');
  });
});
