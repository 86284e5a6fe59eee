import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

/** An HTML page of `depth` nested `<div>`s around one sentence: hostile to a recursive parser. */
function nestedHtml(depth: number): string {
  return `<html><body>${'<div>'.repeat(depth)}<p>Deep inside.</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** An article of `count` short paragraphs, as Markdown. */
function shortParagraphs(count: number): string {
  return Array.from({ length: count }, (_, index) => `Paragraph ${index} says little.`).join('\n\n');
}

function postJson(server: TestServer, pathname: string, body: unknown): Promise<Response> {
  return api(server, pathname, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

/**
 * Edits one client makes every few milliseconds, and the times another
 * receives them, while `work` runs: what a room sees of the server meanwhile.
 */
async function editWhile(
  writer: TestClient,
  reader: TestClient,
  work: () => Promise<Response>,
): Promise<{ response: Response; sent: number; received: number; relayedDuringWork: number; gaps: number[] }> {
  const arrivals: number[] = [];
  const text = reader.doc.getXmlFragment('prosemirror');
  const seen = () => (text.toString().match(/x/g) ?? []).length;
  const before = seen();
  let lastCount = before;
  const observer = () => {
    const count = seen();
    for (; lastCount < count; lastCount++) arrivals.push(Date.now());
  };
  reader.doc.on('update', observer);
  let sent = 0;
  const timer = setInterval(() => {
    insertText(writer, 0, 0, 'x');
    sent++;
  }, 20);
  const started = Date.now();
  const response = await work();
  await response.arrayBuffer().catch(() => undefined);
  const answered = Date.now();
  clearInterval(timer);
  await eventually(() => expect(lastCount - before).toBe(sent), 10_000);
  reader.doc.off('update', observer);
  const gaps = arrivals.slice(1).map((time, index) => time - (arrivals[index] ?? time));
  return {
    response,
    sent,
    received: arrivals.length,
    relayedDuringWork: arrivals.filter((time) => time > started && time < answered).length,
    gaps,
  };
}

describe('heavy work runs off the event loop', () => {
  let server: TestServer;
  let roomId: string;
  let bigId: string;
  const clients: TestClient[] = [];

  beforeAll(async () => {
    server = await startServer({ env: { FACTMARK_WORK_TIMEOUT_MS: '20000', FACTMARK_MAX_IMPORT_BYTES: String(4 * 1024 * 1024) } });
    roomId = await importArticle(server, 'A room where people keep typing.');
    bigId = await importArticle(server, shortParagraphs(20_000), 'markdown');
    const writer = connectClient(server, roomId);
    const reader = connectClient(server, roomId);
    clients.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);
  }, 120_000);
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  }, 60_000);

  it('refuses a hostile nested-HTML import at once, with a clear error, before parsing it', async () => {
    const started = Date.now();
    const response = await postJson(server, '/api/documents', { format: 'html', content: nestedHtml(200_000) });
    expect(response.status).toBe(400);
    const body = (await response.json()) as { detail: string };
    expect(body.detail).toMatch(/nest more than 1000 deep/);
    process.stdout.write(`nested import: ${response.status} in ${Date.now() - started} ms\n`);
  }, 60_000);

  it('relays a room’s edits while a Markdown export of 20,000 paragraphs is written, and answers it', async () => {
    const [writer, reader] = clients as [TestClient, TestClient];
    const result = await editWhile(writer, reader, () => api(server, `/api/documents/${bigId}/export?format=markdown`));
    expect(result.response.status).toBe(200);
    expect(result.received).toBe(result.sent);
    expect(result.relayedDuringWork).toBeGreaterThan(0);
    process.stdout.write(`markdown export: ${result.sent} edits, longest gap ${Math.max(...result.gaps)} ms\n`);
  }, 60_000);
});

describe('limits of heavy work', () => {
  it('answers 413 with a clear error for a job over the size limit', async () => {
    const server = await startServer({ env: { FACTMARK_MAX_WORK_BYTES: '14000' } });
    try {
      // About 12 KB of text: under the limit as an import, over it as the stored state an export reads.
      const docId = await importArticle(server, shortParagraphs(400), 'markdown');
      const response = await api(server, `/api/documents/${docId}/export?format=html`);
      expect(response.status).toBe(413);
      const body = (await response.json()) as { error: string; detail: string };
      expect(body.detail).toMatch(/^This export reads \d+ bytes; the limit is 14000\.$/);
    } finally {
      await server.stop();
    }
  });

  it('answers 503 with a clear error for a job over the time limit, and works again after it', async () => {
    const server = await startServer({ env: { FACTMARK_WORK_TIMEOUT_MS: '1500', FACTMARK_MAX_IMPORT_BYTES: String(16 * 1024 * 1024) } });
    try {
      // The first job may wait for its worker to start; then the pool is warm.
      await eventually(async () => void (await importArticle(server, 'Warming up.')), 20_000);
      // A long article of links and emphasis: reading it takes the worker many seconds (about 8 MB of Markdown).
      const long = Array.from(
        { length: 100_000 },
        (_, index) => `Paragraph ${index} says *little* about [the bridge](https://example.org/${index}).`,
      );
      const response = await postJson(server, '/api/documents', { format: 'markdown', content: long.join('\n\n') });
      expect(response.status).toBe(503);
      const body = (await response.json()) as { error: string; detail: string };
      // Stopped while reading the article, or, on a busy machine, while still receiving its 8 MB.
      expect(body.error).toBe('Took too long');
      expect(body.detail).toMatch(/^This (?:import|request body) took longer than 1500 ms and was stopped\.$/u);
      // The stopped worker is replaced: the next small job is done.
      await eventually(async () => void (await importArticle(server, 'Small and quick.')), 20_000);
      const documents = (await (await api(server, '/api/documents')).json()) as { documents: { title: string }[] };
      expect(documents.documents.map((record) => record.title).sort()).toEqual(['Small and quick.', 'Warming up.']);
    } finally {
      await server.stop();
    }
  }, 60_000);
});
