import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPage, readPageFixture, startPageServer, type PageServer } from '../../support/pageServer.js';
import { api, startServer, type TestServer } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

async function documentCount(server: TestServer): Promise<number> {
  return ((await (await api(server, '/api/documents')).json()) as { documents: unknown[] }).documents.length;
}

describe('importing an article by its address', () => {
  let pages: PageServer;
  let server: TestServer;

  beforeAll(async () => {
    pages = await startPageServer();
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v1.html')));
    pages.serve('/old/harbour', { status: 301, headers: { Location: '/news/harbour' } });
    pages.serve('/loop', { status: 302, headers: { Location: '/loop' } });
    pages.serve('/to-file', { status: 302, headers: { Location: 'file:///etc/passwd' } });
    pages.serve('/notes.txt', { headers: { 'Content-Type': 'text/plain' }, body: 'Not a page.' });
    pages.serve('/huge', htmlPage(`<html><body><p>${'word '.repeat(4_000_000)}</p></body></html>`));
    pages.serve('/empty', htmlPage('<html><head><title>Nothing</title></head><body><nav>Home</nav></body></html>'));
    // The test page server is on this machine: this server is allowed to reach it.
    server = await startServer({ env: { FACTMARK_ALLOW_PRIVATE_ADDRESSES: '1' } });
  });
  afterAll(async () => {
    await server.stop();
    await pages.close();
  });

  it('fetches the page, extracts the article and keeps its address and publication date', async () => {
    const response = await api(server, '/api/documents', json({ format: 'url', url: `${pages.origin}/news/harbour` }));
    expect(response.status).toBe(201);
    const record = (await response.json()) as Record<string, unknown>;
    expect(record).toMatchObject({
      format: 'url',
      title: 'Harbour board approves two new berths',
      sourceUrl: `${pages.origin}/news/harbour`,
      publishedAt: '2026-03-14T08:30:00Z',
    });
    const text = await (await api(server, `/api/documents/${String(record.id)}/export?format=text`)).text();
    expect(text).toContain('at a cost of 40 million euros');
    expect(text).toContain('said Maria Ortega');
    // The site's navigation, footer and script are not the article.
    expect(text).not.toContain('Sport');
    expect(text).not.toContain('All rights reserved');
    expect(text).not.toContain('document.title');
    // Links come out absolute, so the import keeps them.
    const html = await (await api(server, `/api/documents/${String(record.id)}/export?format=factmark`)).text();
    expect(html).toContain(`${pages.origin}/minutes/2026-03-09`);
    // The lossless export keeps the date, for ClaimReview.
    const review = await (await api(server, `/api/documents/${String(record.id)}/export?format=factmark`)).json();
    expect(JSON.stringify(review)).toContain('2026-03-14T08:30:00Z');
  });

  it('follows a redirect, and keeps the address given', async () => {
    const response = await api(server, '/api/documents', json({ format: 'url', url: `${pages.origin}/old/harbour` }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ sourceUrl: `${pages.origin}/old/harbour`, publishedAt: '2026-03-14T08:30:00Z' });
  });

  it.each([
    ['no address', { format: 'url' }, /address of the page/],
    ['not an address', { format: 'url', url: 'the harbour story' }, /not an address/],
    ['another scheme', { format: 'url', url: 'file:///etc/passwd' }, /Only http\(s\)/],
    ['a user name in it', { format: 'url', url: 'http://admin:secret@127.0.0.1/' }, /user name or password/],
    ['a page that is not HTML', { format: 'url', url: 'PAGES/notes.txt' }, /not an HTML page \(it is text\/plain\)/],
    ['a missing page', { format: 'url', url: 'PAGES/gone' }, /answered 404/],
    ['a redirect loop', { format: 'url', url: 'PAGES/loop' }, /redirects more than 5 times/],
    ['a redirect to another scheme', { format: 'url', url: 'PAGES/to-file' }, /Only http\(s\)/],
    ['a page with no article', { format: 'url', url: 'PAGES/empty' }, /No article was found|empty/],
    ['a host that does not exist', { format: 'url', url: 'http://nowhere.invalid/' }, /was not found/],
  ])('refuses %s with a clear 400, and stores nothing', async (_case, body, detail) => {
    const before = await documentCount(server);
    const sent = 'url' in body ? { ...body, url: body.url.replace('PAGES', pages.origin) } : body;
    const response = await api(server, '/api/documents', json(sent));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(detail);
    expect(await documentCount(server)).toBe(before);
  });

  it('refuses a page over the size limit with 413, and stores nothing', async () => {
    const before = await documentCount(server);
    const response = await api(server, '/api/documents', json({ format: 'url', url: `${pages.origin}/huge` }));
    expect(response.status).toBe(413);
    expect(await documentCount(server)).toBe(before);
  });

  it('imports by address from the command line', async () => {
    const { stdout } = await run(
      process.execPath,
      ['bin/factmark.js', 'import', '--url', `${pages.origin}/news/harbour`, '--data', server.dataDir],
      {
        cwd: root,
        env: { ...process.env, ...server.env },
      },
    );
    expect(stdout).toMatch(new RegExp(`^Imported "Harbour board approves two new berths" from ${pages.origin}/news/harbour as \\w+`));
  });
});

describe('an address on this machine, by default', () => {
  let pages: PageServer;
  let server: TestServer;

  beforeAll(async () => {
    pages = await startPageServer();
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v1.html')));
    server = await startServer();
  });
  afterAll(async () => {
    await server.stop();
    await pages.close();
  });

  it.each([
    ['the loopback address', 'http://127.0.0.1:PORT/news/harbour'],
    ['the IPv6 loopback address', 'http://[::1]:PORT/news/harbour'],
    ['an IPv4-mapped IPv6 loopback address', 'http://[::ffff:127.0.0.1]:PORT/news/harbour'],
    ['a name that resolves to loopback', 'http://localhost:PORT/news/harbour'],
    ['a link-local address (cloud metadata)', 'http://169.254.169.254/latest/meta-data/'],
    ['a private network address', 'http://10.0.0.1/'],
  ])('is refused: %s, never fetched', async (_case, address) => {
    const before = await documentCount(server);
    const url = address.replace('PORT', new URL(pages.origin).port);
    const response = await api(server, '/api/documents', json({ format: 'url', url }));
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(/private, loopback or link-local address/);
    expect(pages.hits('/news/harbour')).toBe(0);
    expect(await documentCount(server)).toBe(before);
  });
});
