import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId, updateAnnotation } from '../../../shared/index.js';
import { addReply, deleteReply, setThreadResolved } from '../../../shared/thread/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { parseCsvStrictly } from '../../support/exportJudges.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';
import { annotationMustFailures } from '../../support/w3cAnnotationSchemas.js';

const exportOf = async (server: TestServer, id: string, format: string) => {
  const response = await api(server, `/api/documents/${id}/export?format=${format}`);
  expect(response.status).toBe(200);
  return response.text();
};

interface WaItem {
  id: string;
  motivation: string;
  target: unknown;
  body: { purpose: string; value: string }[];
  creator: { name: string };
}

describe('threads in exports', () => {
  let server: TestServer;
  let docId: string;
  let claim: string;
  let denial: string;

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'The council said bus fares fell by a third.\n\nDrivers denied any cut.');
    const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
    const me = { id: session.tokenId, name: 'Inès Ørsted' };
    const article = connectClient(server, docId);
    const layer = connectClient(server, layerRoomName(docId, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    claim = mark(view, layer.doc, 'claim', 'bus fares fell by a third');
    denial = mark(view, layer.doc, 'denial', 'denied any cut');
    updateAnnotation(layer.doc, claim, { verdict: 'misleading' });
    addReply(layer.doc, {
      markId: claim,
      body: 'Source? "Fares", =SUM(A1)\nsecond line 🚌',
      author: me,
      mentions: [],
      at: '2026-03-01T09:00:00.000Z',
    });
    const gone = addReply(layer.doc, { markId: claim, body: 'Never mind.', author: me, mentions: [], at: '2026-03-01T09:01:00.000Z' });
    deleteReply(layer.doc, { markId: claim, replyId: gone.id, by: me, at: '2026-03-01T09:02:00.000Z' });
    addReply(layer.doc, { markId: claim, body: 'The budget, table 4.', author: me, mentions: [me.id], at: '2026-03-01T09:03:00.000Z' });
    setThreadResolved(layer.doc, { markId: claim, resolved: true, by: me, at: '2026-03-01T10:00:00.000Z' });
    const check = connectClient(server, layerRoomName(docId, teamLayerId));
    await eventually(async () => {
      const json = JSON.parse(await exportOf(server, docId, 'factmark')) as { layers: { threads: unknown[] }[] };
      expect(json.layers[0]?.threads).toHaveLength(1);
      expect(JSON.stringify(json)).toContain('2026-03-01T10:00:00.000Z');
    });
    for (const client of [article, layer, check]) client.destroy();
  });
  afterAll(() => server.stop());

  it('keeps threads in factmark JSON: export, import elsewhere, export again gives the same file', async () => {
    const exported = await exportOf(server, docId, 'factmark');
    const thread = (
      JSON.parse(exported) as { layers: { threads: { markId: string; replies: { body: string; deleted: boolean }[]; state: unknown }[] }[] }
    ).layers[0]?.threads[0];
    expect(thread?.markId).toBe(claim);
    expect(thread?.replies.map((reply) => [reply.body, reply.deleted])).toEqual([
      ['Source? "Fares", =SUM(A1)\nsecond line 🚌', false],
      ['', true],
      ['The budget, table 4.', false],
    ]);
    const other = await startServer();
    try {
      const response = await api(other, '/api/documents', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ format: 'factmark', content: exported }),
      });
      expect(response.status).toBe(201);
      expect(await exportOf(other, docId, 'factmark')).toBe(exported);
    } finally {
      await other.stop();
    }
  });

  it('writes each reply as a W3C replying annotation targeting its mark, valid by the W3C schemas', async () => {
    const wa = JSON.parse(await exportOf(server, docId, 'wa')) as { total: number; first: { items: WaItem[] } };
    const replies = wa.first.items.filter((item) => item.motivation === 'replying');
    const claimItem = wa.first.items.find((item) => item.id.endsWith(`/annotations/${claim}`));
    expect(replies.map((item) => item.body[0]?.value)).toEqual(['Source? "Fares", =SUM(A1)\nsecond line 🚌', 'The budget, table 4.']);
    expect(wa.total).toBe(wa.first.items.length);
    const must = annotationMustFailures();
    for (const item of replies) {
      expect(item.target).toBe(claimItem?.id);
      expect(item.body[0]?.purpose).toBe('replying');
      expect(item.creator.name).toBe('Inès Ørsted');
      expect(must(item), item.id).toEqual([]);
    }
    expect(annotationMustFailures('collection')(wa)).toEqual([]);
  });

  it('counts replies in the CSV column `replies`, deleted ones not counted', async () => {
    const rows = parseCsvStrictly((await exportOf(server, docId, 'csv')).replace(/^\uFEFF/, ''));
    const header = rows[0] ?? [];
    const count = (id: string) => rows.find((row) => row[header.indexOf('id')] === id)?.[header.indexOf('replies')];
    expect(header.at(-1)).toBe('replies');
    expect(count(claim)).toBe('2');
    expect(count(denial)).toBe('0');
  });

  it('leaves threads out of the HTML page and the Markdown', async () => {
    for (const format of ['html', 'markdown']) {
      const page = await exportOf(server, docId, format);
      expect(page).toContain('bus fares fell by a third');
      expect(page).not.toContain('table 4');
      expect(page).not.toContain('Source?');
    }
  });
});
