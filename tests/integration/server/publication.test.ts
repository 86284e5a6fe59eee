import { secondCheck } from '../../support/secondCheck.js';
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/access.js';
import { layerRoomName, teamLayerId, updateAnnotation } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { htmlProblems } from '../../support/exportJudges.js';
import { startInstances } from '../../support/instances.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

const services = testServices();
const story = 'The harbour master said the new pier cost 4 million euros. Locals said the ferry runs twice a day.';
const note = 'INTERNAL: ask Dana before we run this';
const summary = 'Council accounts show the pier cost 6.2 million euros.';

interface Published {
  url: string;
  slug: string;
}

describe('publishing a document', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  /** A server with a document whose team layer holds a checked claim (note, summary, evidence, speaker) and an unchecked one. */
  async function checkedDocument(): Promise<{ server: TestServer; id: string; claim: string; unchecked: string }> {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const id = await importArticle(server, story);
    const article = connectClient(server, id);
    const layer = connectClient(server, layerRoomName(id, teamLayerId));
    cleanup.push(
      () => article.destroy(),
      () => layer.destroy(),
    );
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    const claim = mark(view, layer.doc, 'claim', 'the new pier cost 4 million euros');
    const unchecked = mark(view, layer.doc, 'claim', 'the ferry runs twice a day');
    const speaker = mark(view, layer.doc, 'attribution', 'The harbour master said');
    updateAnnotation(layer.doc, claim, {
      verdict: 'false',
      note,
      summary,
      evidence: [{ url: 'https://council.example/accounts', title: 'Council accounts 2025' }],
    });
    updateAnnotation(layer.doc, speaker, { speaker: { name: 'Piet Hansen', role: 'harbour master' }, sourceType: 'named', links: [claim] });
    await secondCheck(server, id, layer, [claim]);
    await eventually(async () => {
      const text = await (await api(server, `/api/documents/${id}/export?format=csv`)).text();
      expect(text).toContain('Piet Hansen');
      expect(text).toContain(summary);
    });
    return { server, id, claim, unchecked };
  }

  async function invite(server: TestServer, id: string, role: Role): Promise<string> {
    const response = await api(server, `/api/documents/${id}/invites`, json('POST', { role }));
    return ((await response.json()) as { token: string }).token;
  }

  it('serves the public page with no token; republish replaces it, unpublish and the trash take it down at once', async () => {
    const { server, id, claim, unchecked } = await checkedDocument();
    const first = await api(server, `/api/documents/${id}/publish`, json('POST', {}));
    expect(first.status).toBe(200);
    const { url, slug } = (await first.json()) as Published;
    expect(slug).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(url).toBe(`${server.url}/p/${slug}`);

    const page = await fetch(url);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const policy = page.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).toMatch(/style-src 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('script-src');
    const html = await page.text();
    expect(await htmlProblems(html)).toEqual([]);
    expect(html).toContain(`id="claim-${claim}"`);
    expect(html).toContain(summary);
    expect(html).toContain('Piet Hansen');
    expect(html).toContain('https://council.example/accounts');
    expect(html).not.toContain(`claim-${unchecked}`);
    expect(html).not.toContain('INTERNAL');
    expect(html).not.toContain('Tester');
    const ldJson = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)?.[1] ?? '[]';
    expect((JSON.parse(ldJson) as { url: string }[]).map((review) => review.url)).toEqual([`${url}#claim-${claim}`]);

    const record = (await (await api(server, `/api/documents/${id}`)).json()) as { publication?: { slug: string; showAuthors: boolean } };
    expect(record.publication).toMatchObject({ slug, showAuthors: false });

    // Republished with authors: the same address, the new snapshot.
    const again = (await (await api(server, `/api/documents/${id}/publish`, json('POST', { showAuthors: true }))).json()) as Published;
    expect(again.slug).toBe(slug);
    expect(await (await fetch(url)).text()).toContain('Checked by');

    expect((await api(server, `/api/documents/${id}/publish`, { method: 'DELETE' })).status).toBe(200);
    const gone = await fetch(url);
    expect(gone.status).toBe(404);
    expect(await gone.text()).not.toContain(summary);
    expect((await fetch(`${server.url}/p/${'x'.repeat(22)}`)).status).toBe(404);

    // Published again: a new address; the trash takes it down, and restoring does not bring it back.
    const third = (await (await api(server, `/api/documents/${id}/publish`, { method: 'POST' })).json()) as Published;
    expect(third.slug).not.toBe(slug);
    expect((await fetch(third.url)).status).toBe(200);
    expect((await api(server, `/api/documents/${id}`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(third.url)).status).toBe(404);
    expect((await api(server, `/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(200);
    expect((await fetch(third.url)).status).toBe(404);
    expect(((await (await api(server, `/api/documents/${id}`)).json()) as { publication?: unknown }).publication).toBeUndefined();
  });

  it('shows an article’s title once when the article opens on it', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const id = await importArticle(server, `# Harbour pier opens\n\n${story}`, 'markdown');
    const published = (await (await api(server, `/api/documents/${id}/publish`, json('POST', {}))).json()) as Published;
    const html = await (await fetch(published.url)).text();
    expect(html.match(/<h[1-6][^>]*>Harbour pier opens<\/h[1-6]>/g)).toHaveLength(1);
    expect(await htmlProblems(html)).toEqual([]);
  });

  it('lets owners and editors publish and unpublish, and no one else', async () => {
    const { server, id } = await checkedDocument();
    for (const role of ['annotator', 'viewer'] as const) {
      const token = await invite(server, id, role);
      expect((await api(server, `/api/documents/${id}/publish`, { ...json('POST', {}), token })).status, role).toBe(403);
      expect((await api(server, `/api/documents/${id}/publish`, { method: 'DELETE', token })).status, role).toBe(403);
    }
    expect((await api(server, `/api/documents/${id}/publish`, { ...json('POST', {}), token: null })).status).toBe(401);
    const editor = await invite(server, id, 'editor');
    const published = await api(server, `/api/documents/${id}/publish`, { ...json('POST', {}), token: editor });
    expect(published.status).toBe(200);
    const { url } = (await published.json()) as Published;
    expect((await fetch(url)).status).toBe(200);
    expect((await api(server, `/api/documents/${id}/publish`, { method: 'DELETE', token: editor })).status).toBe(200);
    expect((await fetch(url)).status).toBe(404);
    expect((await api(server, `/api/documents/${id}/publish`, json('POST', { showAuthors: 'yes' }))).status).toBe(400);
    expect((await fetch(url, { method: 'POST' })).status).toBe(405);
  });

  it('publishes and unpublishes from the command line, through the running server', async () => {
    const { server, id, claim } = await checkedDocument();
    const factmark = (...args: string[]) =>
      run(process.execPath, ['bin/factmark.js', ...args, '--data', server.dataDir], { cwd: root, env: { ...process.env, ...server.env } });
    const { stdout } = await factmark('publish', id);
    const url = stdout.trim();
    expect(url).toMatch(new RegExp(`^${server.url}/p/[A-Za-z0-9_-]{22}$`));
    expect(await (await fetch(url)).text()).toContain(`id="claim-${claim}"`);
    await factmark('publish', id, '--unpublish');
    expect((await fetch(url)).status).toBe(404);
  });

  it.skipIf(services === null)(
    `serves a page published on one instance from another, and unpublished there at once (PostgreSQL)${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`,
    async () => {
      if (services === null) return;
      const database = await freshDatabase(services);
      cleanup.push(database.drop);
      const [first, second] = await startInstances(2, { databaseUrl: database.url, redisUrl: services.redisUrl });
      cleanup.push(
        () => first?.stop(),
        () => second?.stop(),
      );
      if (first === undefined || second === undefined) throw new Error('The instances did not start.');
      const id = await importArticle(first, story);
      const published = (await (await api(first, `/api/documents/${id}/publish`, json('POST', {}))).json()) as Published;
      const page = await fetch(`${second.url}/p/${published.slug}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('No claim of this article has been checked yet.');
      expect((await api(second, `/api/documents/${id}/publish`, { method: 'DELETE' })).status).toBe(200);
      expect((await fetch(`${first.url}/p/${published.slug}`)).status).toBe(404);
    },
  );
});
