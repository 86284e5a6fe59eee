import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const post = (server: TestServer, body: string, contentType = 'application/json') =>
  api(server, '/api/documents', { method: 'POST', headers: { 'Content-Type': contentType }, body });

describe('HTTP API', () => {
  let server: TestServer;

  beforeAll(async () => {
    server = await startServer({ args: ['--max-import-bytes', '20000', '--max-documents', '6'] });
  });
  afterAll(() => server.stop());

  const documentCount = async () => ((await (await api(server, '/api/documents')).json()) as { documents: unknown[] }).documents.length;

  it('answers /healthz', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ ok: true });
  });

  it('imports Markdown, lists it with title and date, and exports its text', async () => {
    const id = await importArticle(server, '# Vote delayed\n\nThe mayor *said* the vote was delayed.', 'markdown');
    const list = (await (await api(server, '/api/documents')).json()) as { documents: { id: string; title: string; createdAt: string }[] };
    const record = list.documents.find((document) => document.id === id);
    expect(record?.title).toBe('Vote delayed');
    expect(Number.isNaN(Date.parse(record?.createdAt ?? ''))).toBe(false);
    expect(await (await api(server, `/api/documents/${id}`)).json()).toMatchObject({ id, title: 'Vote delayed', format: 'markdown' });
    const exported = await api(server, `/api/documents/${id}/export?format=text`);
    expect(exported.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(exported.headers.get('content-disposition')).toContain('attachment');
    expect(await exported.text()).toBe('Vote delayed\n\nThe mayor said the vote was delayed.');
  });

  it('imports hostile HTML as clean text', async () => {
    const id = await importArticle(
      server,
      '<p onclick="alert(1)">Kept <script>alert(2)</script><a href="javascript:alert(3)">text</a></p><iframe src="x"></iframe>',
      'html',
    );
    expect(await (await api(server, `/api/documents/${id}/export?format=text`)).text()).toBe('Kept text');
  });

  it('uses a given title', async () => {
    const response = await post(server, JSON.stringify({ format: 'text', content: 'Body.', title: 'Chosen títle' }));
    expect(response.status).toBe(201);
    expect(await response.json()).toMatchObject({ title: 'Chosen títle' });
  });

  it.each([
    ['malformed JSON', '{"format": "text", ', 400, 'Malformed JSON'],
    ['a body that is not an object', '["text"]', 400, 'Malformed request'],
    // From 64 KiB a body is parsed on a worker thread: the same answers.
    ['malformed JSON of more than 64 KiB', `{"format": "text", "content": "${'x'.repeat(70_000)}`, 400, 'Malformed JSON'],
    [
      'a body of more than 64 KiB that is not an object',
      JSON.stringify(Array.from({ length: 12_000 }, () => 'text')),
      400,
      'Malformed request',
    ],
    ['an unknown format', JSON.stringify({ format: 'pdf', content: 'x' }), 400, 'Import refused'],
    ['empty content', JSON.stringify({ format: 'text', content: '  \n ' }), 400, 'Import refused'],
    ['content that is not a string', JSON.stringify({ format: 'text', content: 42 }), 400, 'Import refused'],
    ['a title that is not a string', JSON.stringify({ format: 'text', content: 'x', title: 7 }), 400, 'Malformed request'],
    ['an oversized article', JSON.stringify({ format: 'text', content: 'é'.repeat(15000) }), 413, 'Import refused'],
    ['an oversized body', JSON.stringify({ format: 'text', content: 'x'.repeat(200_000) }), 413, 'Request too large'],
  ])('refuses %s with a clear error and stores nothing', async (_name, body, status, error) => {
    const before = await documentCount();
    const response = await post(server, body);
    expect(response.status).toBe(status);
    const answer = (await response.json()) as { error: string; detail: string };
    expect(answer.error).toBe(error);
    expect(answer.detail.length).toBeGreaterThan(5);
    expect(await documentCount()).toBe(before);
  });

  it('refuses a body that is not JSON', async () => {
    const response = await post(server, 'format=text', 'application/x-www-form-urlencoded');
    expect(response.status).toBe(415);
  });

  it('answers 404 for unknown documents and APIs', async () => {
    expect((await api(server, '/api/documents/nope')).status).toBe(404);
    expect((await api(server, '/api/documents/nope/export?format=text')).status).toBe(404);
    expect((await api(server, '/api/nothing')).status).toBe(404);
  });

  it('refuses an unknown export format', async () => {
    const id = await importArticle(server, 'Some text.');
    const response = await api(server, `/api/documents/${id}/export?format=odt`);
    expect(response.status).toBe(400);
  });

  it('refuses imports past the document limit', async () => {
    while ((await documentCount()) < 6) await importArticle(server, 'Filler.');
    const response = await post(server, JSON.stringify({ format: 'text', content: 'One too many.' }));
    expect(response.status).toBe(409);
    expect(await documentCount()).toBe(6);
  });

  it('serves security headers', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
