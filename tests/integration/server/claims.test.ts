import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { feedImportSchema, similarClaimsSchema, type SimilarClaims } from '../../../shared/api/claims.js';
import { updateAnnotation } from '../../../shared/annotation.js';
import { layerRoomName, teamLayerId } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const feedFile = path.join(root, 'tests', 'fixtures', 'claimreview', 'feeds', 'harbour-desk.jsonld');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

const json = (body: string) => ({ method: 'POST', headers: { 'Content-Type': 'application/ld+json' }, body });

describe('the claims database', () => {
  const { server, clients } = useServer();

  async function similar(text: string, token?: string): Promise<SimilarClaims> {
    const response = await api(server, `/api/claims/similar?${new URLSearchParams({ text, limit: '3' }).toString()}`, {
      token: token ?? server.token,
    });
    expect(response.status).toBe(200);
    return similarClaimsSchema.parse(await response.json());
  }

  async function invite(docId: string, role: string): Promise<string> {
    const response = await api(server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role }),
    });
    expect(response.status).toBe(201);
    return ((await response.json()) as { token: string }).token;
  }

  /** Marks words of a document as a claim through a real client, with a verdict; returns the mark's id. */
  async function markClaim(docId: string, words: string, verdict: 'false' | 'true' | 'unverified'): Promise<string> {
    const article = connectClient(server, docId);
    const layer = connectClient(server, layerRoomName(docId, teamLayerId));
    clients.push(article, layer);
    await Promise.all([synced(article), synced(layer)]);
    const id = mark(new TestArticle(article.doc), layer.doc, 'claim', words);
    // A verdict's history line is in its writer's name (the door checks it): the owner's token, called Rita here.
    const session = (await (await api(server, '/api/session')).json()) as { tokenId: string };
    if (verdict !== 'unverified')
      updateAnnotation(layer.doc, id, { verdict }, null, new Date(), { id: session.tokenId, name: 'Rita Reviewer' });
    return id;
  }

  it('imports a ClaimReview feed through the API, counting what it cannot read, and finds its claims', async () => {
    const response = await api(server, '/api/claims/feeds?name=harbour', json(await readFile(feedFile, 'utf8')));
    expect(response.status).toBe(200);
    const report = feedImportSchema.parse(await response.json());
    expect(report).toMatchObject({ feed: 'harbour', imported: 2 });
    expect(report.unread.map((item) => item.reason)).toEqual(['it has no claimReviewed text', 'not a JSON-LD object']);

    const found = await similar('The port authority says dredging the harbour costs 12 million euros');
    expect(found.results[0]).toMatchObject({
      source: 'feed',
      verdict: 'Misleading',
      reviewer: 'Harbour Fact Desk',
      speaker: 'Port Authority',
      date: '2025-04-02',
      link: 'https://checks.example.org/2025/harbour-dredging',
    });
    // A link that is not http(s) is dropped, not passed on.
    const ferry = await similar('ferry timetable cut by half');
    expect(ferry.results[0]).toMatchObject({ claim: 'The ferry timetable was cut by half in 2024', link: null, verdict: 'Rated 1' });
  });

  it('refuses a feed in which nothing reads, keeping what its name held before', async () => {
    const good = await api(server, '/api/claims/feeds?name=keep', json(await readFile(feedFile, 'utf8')));
    expect(good.status).toBe(200);
    for (const body of ['[]', '{"@type": "DataFeed", "dataFeedElement": [{"@type": "WebPage"}]}']) {
      const empty = await api(server, '/api/claims/feeds?name=keep', json(body));
      expect(empty.status).toBe(400);
      expect(((await empty.json()) as { detail: string }).detail).toContain('the feed "keep" keeps its 2 claim reviews');
    }
    const feeds = (await (await api(server, '/api/claims/feeds')).json()) as { feeds: { feed: string; claims: number }[] };
    expect(feeds.feeds).toContainEqual({ feed: 'keep', claims: 2 });
  });

  it('refuses a feed that is not JSON, and a feed from anyone but an owner', async () => {
    const broken = await api(server, '/api/claims/feeds', json('{"@type": "ClaimReview",'));
    expect(broken.status).toBe(400);
    expect(((await broken.json()) as { detail: string }).detail).toContain('not JSON');
    const docId = await importArticle(server, 'A short note.');
    const editor = await invite(docId, 'editor');
    const refused = await api(server, '/api/claims/feeds', { ...json('[]'), token: editor });
    expect(refused.status).toBe(403);
    const missing = await api(server, '/api/claims/similar?text=');
    expect(missing.status).toBe(400);
  });

  it('learns of a claim marked through a live client, once it has a verdict', async () => {
    const docId = await importArticle(server, 'The mayor said the new tram line carried 40,000 passengers a day in its first month.');
    const id = await markClaim(docId, 'the new tram line carried 40,000 passengers a day', 'false');
    await eventually(async () => {
      const found = await similar('Forty thousand people a day rode the new tram line');
      expect(found.results[0]).toMatchObject({
        source: 'workspace',
        document: docId,
        mark: id,
        verdict: 'false',
        reviewer: 'Rita Reviewer',
        link: `#/d/${docId}/m/${id}`,
      });
    }, 15_000);
    // An unreviewed claim is in the database but not offered as already checked: once the same
    // layer's reviewed claim is found, its unreviewed one has been read too.
    const other = await importArticle(server, 'Officials said the bridge will reopen in March after repairs costing 2 million euros.');
    const unreviewed = await markClaim(other, 'the bridge will reopen in March', 'unverified');
    await markClaim(other, 'repairs costing 2 million euros', 'true');
    await eventually(async () => {
      expect((await similar('repairs costing two million euros')).results[0]?.document).toBe(other);
    }, 15_000);
    const found = await similar('bridge will reopen in March');
    expect(found.results.some((result) => result.mark === unreviewed)).toBe(false);
  });

  it("reads a new version's claims at once, and does not offer a claim its own copies in the story's other versions", async () => {
    const first = await importArticle(server, 'The harbour board said the new crane lifted 900 containers on its first day.');
    const id = await markClaim(first, 'the new crane lifted 900 containers on its first day', 'true');
    const added = await api(server, `/api/documents/${first}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        format: 'text',
        content: 'The harbour board said on Monday the new crane lifted 900 containers on its first day.',
      }),
    });
    expect(added.status).toBe(201);
    const second = ((await added.json()) as { record: { id: string } }).record.id;
    // The copy carried into the new version is read without a restart, and the mark is one review, shown once from
    // its latest version.
    await eventually(async () => {
      const found = await similar('the new crane lifted 900 containers on its first day');
      expect(found.results.filter((result) => result.mark === id).map((result) => result.document)).toEqual([second]);
    }, 15_000);
    // Looked up from either version, the claim finds neither itself nor its copy.
    for (const document of [first, second]) {
      const query = new URLSearchParams({
        text: 'the new crane lifted 900 containers on its first day',
        limit: '3',
        exclude: `${document}/${id}`,
      });
      const response = await api(server, `/api/claims/similar?${query.toString()}`);
      expect(similarClaimsSchema.parse(await response.json()).results.filter((result) => result.mark === id)).toEqual([]);
    }
  });

  it('shows a token only the claims of documents it may read, and every feed', async () => {
    const secret = await importArticle(server, 'The council said the lighthouse repairs cost 300,000 euros last winter.');
    await markClaim(secret, 'the lighthouse repairs cost 300,000 euros', 'true');
    await eventually(async () => {
      expect((await similar('lighthouse repairs cost 300,000 euros')).results[0]?.document).toBe(secret);
    }, 15_000);
    const elsewhere = await importArticle(server, 'Another story entirely.');
    const viewer = await invite(elsewhere, 'viewer');
    const seen = await similar('lighthouse repairs cost 300,000 euros', viewer);
    expect(seen.results.some((result) => result.document === secret)).toBe(false);
    // Feeds are for everyone.
    expect((await similar('dredging the harbour will cost twelve million euros', viewer)).results[0]?.source).toBe('feed');
  });

  it('imports a feed and looks claims up from the CLI, through the running server', async () => {
    const imported = await factmark('claims', 'import', feedFile, '--data', server.dataDir);
    expect(imported.stdout).toContain('imported 2 claim reviews as feed "harbour-desk"; 2 items not read');
    const found = await factmark('claims', 'similar', 'harbour dredging will cost 12 million euros', '--json', '--data', server.dataDir);
    const answer = similarClaimsSchema.parse(JSON.parse(found.stdout));
    expect(answer.results[0]).toMatchObject({ source: 'feed', verdict: 'Misleading' });
    const feeds = (await (await api(server, '/api/claims/feeds')).json()) as { feeds: { feed: string; claims: number }[] };
    expect(feeds.feeds).toEqual(expect.arrayContaining([{ feed: 'harbour-desk', claims: 2 }]));
  });
});
