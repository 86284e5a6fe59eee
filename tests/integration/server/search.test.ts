import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId, updateAnnotation } from '../../../shared/index.js';
import { searchAnswerSchema, type SearchAnswer } from '../../../shared/api/index.js';
import { marksHaveCheckStatus } from '../../../shared/search/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

const harbour = 'The harbour authority said cargo volumes rose by 12 percent in March.\n\nDockworkers disputed the figure.';
const orchard = 'Orchard growers expect a late frost to cut the apricot harvest.\n\nThe ministry denied any shortfall.';

/** Searches as the holder of a token; the answer is checked against the shared schema. */
async function search(server: TestServer, query: string, token?: string): Promise<SearchAnswer> {
  const response = await api(server, `/api/search?${query}`, token === undefined ? {} : { token });
  expect(response.status, await response.clone().text()).toBe(200);
  return searchAnswerSchema.parse(await response.json());
}

async function invite(server: TestServer, docId: string, role: string): Promise<string> {
  const response = await api(server, `/api/documents/${docId}/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ role, label: role }),
  });
  expect(response.status).toBe(201);
  return ((await response.json()) as { token: string }).token;
}

/** Every behaviour, run against the embedded index and, with the test services, PostgreSQL's. */
function searchSuite(name: string, start: () => Promise<{ server: TestServer; cleanup: () => Promise<void> }>): void {
  describe(name, () => {
    let server: TestServer;
    let cleanup: () => Promise<void>;
    const clients: TestClient[] = [];
    let harbourId: string;
    let orchardId: string;

    beforeAll(async () => {
      ({ server, cleanup } = await start());
      harbourId = await importArticle(server, harbour);
      orchardId = await importArticle(server, orchard);
    });
    afterAll(async () => {
      for (const client of clients) client.destroy();
      await server.stop();
      await cleanup();
    });

    const connect = (room: string, token?: string) => {
      const client = connectClient(server, room, token === undefined ? {} : { token });
      clients.push(client);
      return client;
    };

    it('finds imported text with a highlighted snippet and a link to the spot, offsets in code points', async () => {
      await eventually(async () => {
        const answer = await search(server, 'q=apricot');
        expect(answer.hits.map((hit) => hit.document.id)).toEqual([orchardId]);
      }, 15_000);
      const [hit] = (await search(server, 'q=apricot')).hits;
      expect(hit?.type).toBe('text');
      const start = orchard.indexOf('apricot');
      expect([hit?.start, hit?.end]).toEqual([start, start + 'apricot'.length]);
      const highlight = hit?.snippet.highlights[0];
      expect(
        Array.from(hit?.snippet.text ?? '')
          .slice(highlight?.start, highlight?.end)
          .join(''),
      ).toBe('apricot');
      expect(hit?.href).toBe(`#/d/${orchardId}/at/${start}-${start + 'apricot'.length}`);
    });

    it('finds new text typed through a live client, eventually', async () => {
      const article = connect(harbourId);
      await synced(article);
      insertText(article, 1, 0, 'Stevedores 🚢 quietly ');
      await eventually(async () => {
        const answer = await search(server, 'q=stevedores');
        expect(answer.hits.map((hit) => hit.document.id)).toEqual([harbourId]);
        // After the emoji (one code point, two UTF-16 units) the offsets count code points.
        const text = `${harbour.split('\n\n')[0]}\n\nStevedores 🚢 quietly ${harbour.split('\n\n')[1]}`;
        const quietly = Array.from(text).join('').indexOf('quietly');
        const inCodePoints = Array.from(text.slice(0, quietly)).length;
        expect((await search(server, 'q=quietly')).hits[0]?.start).toBe(inCodePoints);
      }, 15_000);
    });

    it('finds marks by words, kind, verdict, speaker and author, and links to the mark', async () => {
      const article = connect(harbourId);
      const layer = connect(layerRoomName(harbourId, teamLayerId));
      await Promise.all([synced(article), synced(layer)]);
      const view = new TestArticle(article.doc);
      const claim = mark(view, layer.doc, 'claim', 'cargo volumes rose by 12 percent in March');
      const attribution = mark(view, layer.doc, 'attribution', 'The harbour authority said');
      updateAnnotation(layer.doc, claim, { verdict: 'misleading', note: 'Tonnage fell, per the customs register.' });
      updateAnnotation(layer.doc, attribution, { speaker: { name: 'Harbour Authority', role: '' }, links: [claim] });
      await eventually(async () => {
        const answer = await search(server, 'kind=claim&verdict=misleading');
        expect(answer.hits.map((hit) => hit.mark?.id)).toEqual([claim]);
        expect(answer.hits[0]?.mark?.speaker).toBe('Harbour Authority');
      }, 15_000);
      expect((await search(server, 'q=tonnage')).hits.map((hit) => hit.mark?.id)).toEqual([claim]);
      expect((await search(server, 'speaker=harbour&kind=claim')).hits.map((hit) => hit.mark?.id)).toEqual([claim]);
      expect((await search(server, 'author=tester&kind=attribution')).hits.map((hit) => hit.mark?.id)).toEqual([attribution]);
      expect((await search(server, 'kind=claim&verdict=false')).hits).toEqual([]);
      expect((await search(server, 'kind=claim&to=2000-01-01')).hits).toEqual([]);
      const [hit] = (await search(server, 'kind=claim&verdict=misleading')).hits;
      expect(hit?.href).toBe(`#/d/${harbourId}/m/${claim}`);
      expect(hit?.start).toBe(harbour.indexOf('cargo'));
    });

    it('answers a clear 400 for a bad query, and says when it cannot filter on a review step', async () => {
      const empty = await api(server, '/api/search');
      expect(empty.status).toBe(400);
      const badKind = await api(server, '/api/search?kind=rumour');
      expect(badKind.status).toBe(400);
      expect(((await badKind.json()) as { detail: string }).detail).toContain('kind');
      const badDate = await api(server, '/api/search?q=x&from=yesterday');
      expect(badDate.status).toBe(400);
      // Marks have a review step once the claim workflow adds it to the schema; until then the filter is said to be ignored.
      expect((await search(server, 'kind=claim&status=checked')).ignored).toEqual(marksHaveCheckStatus ? [] : ['status']);
    });

    it('shows a token for one document nothing of another', async () => {
      const token = await invite(server, orchardId, 'editor');
      await eventually(async () => expect((await search(server, 'q=dockworkers')).total).toBe(1), 15_000);
      expect((await search(server, 'q=dockworkers', token)).hits).toEqual([]);
      expect((await search(server, 'q=apricot', token)).hits.map((hit) => hit.document.id)).toEqual([orchardId]);
    });

    it('shows a viewer no private layer, and its owner its own', async () => {
      const annotator = await invite(server, orchardId, 'annotator');
      const viewer = await invite(server, orchardId, 'viewer');
      const privateLayer = (await (await api(server, `/api/documents/${orchardId}`, { token: annotator })).json()) as {
        layers: { id: string }[];
      };
      const own = privateLayer.layers.map((layer) => layer.id).find((id) => id.startsWith('p-'));
      expect(own).toBeDefined();
      const article = connect(orchardId, annotator);
      const layer = connect(layerRoomName(orchardId, own ?? ''), annotator);
      await Promise.all([synced(article), synced(layer)]);
      const id = mark(new TestArticle(article.doc), layer.doc, 'denial', 'The ministry denied any shortfall');
      await eventually(
        async () => expect((await search(server, 'kind=denial', annotator)).hits.map((hit) => hit.mark?.id)).toEqual([id]),
        15_000,
      );
      expect((await search(server, 'kind=denial')).hits.map((hit) => hit.mark?.id)).toEqual([id]);
      expect((await search(server, 'kind=denial', viewer)).hits).toEqual([]);
      expect((await search(server, 'q=shortfall', viewer)).hits.map((hit) => hit.type)).toEqual(['text']);
    });

    it('leaves out the marks of a layer an owner removed, and finds them again once it is restored', async () => {
      const owner = (await (await api(server, `/api/documents/${orchardId}`)).json()) as { layers: { id: string }[] };
      const own = owner.layers.map((layer) => layer.id).find((id) => id.startsWith('p-')) ?? '';
      const removeLayer = (removed: boolean) =>
        api(server, `/api/documents/${orchardId}/layers/${own}`, {
          method: 'PATCH',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ removed }),
        });
      expect((await search(server, 'kind=denial')).hits).toHaveLength(1);
      expect((await removeLayer(true)).status).toBe(200);
      await eventually(async () => expect((await search(server, 'kind=denial')).hits).toEqual([]), 15_000);
      expect((await removeLayer(false)).status).toBe(200);
      await eventually(async () => expect((await search(server, 'kind=denial')).hits).toHaveLength(1), 15_000);
    });

    it('keeps the index over a restart and catches up with what changed while stopped', async () => {
      await server.stop();
      server = await startServer({ dataDir: server.dataDir, env: server.env });
      expect((await search(server, 'q=apricot')).hits.map((hit) => hit.document.id)).toEqual([orchardId]);
      const added = await importArticle(server, 'A lighthouse keeper counted forty gannets.');
      await eventually(async () => expect((await search(server, 'q=gannets')).hits.map((hit) => hit.document.id)).toEqual([added]), 15_000);
    });
  });
}

searchSuite('search (embedded index)', async () => ({ server: await startServer(), cleanup: async () => undefined }));

const services = testServices();
describe.skipIf(services === null)(`search (PostgreSQL)${services === null ? ` — ${servicesSkipReason}` : ''}`, () => {
  searchSuite('PostgreSQL full-text search', async () => {
    if (services === null) throw new Error('No test services.');
    const database = await freshDatabase(services);
    const env = { FACTMARK_DATABASE_URL: database.url, FACTMARK_SECRET: 'search-test-secret-of-thirty-two-chars!!' };
    return { server: await startServer({ env }), cleanup: database.drop };
  });
});
