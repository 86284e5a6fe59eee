import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import type * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId, toFactmarkJson, toWebAnnotation, updateAnnotation } from '../../../shared/index.js';
import { annotatedFixture } from '../../support/annotatedFixture.js';
import {
  activeContent,
  footnotesOf,
  htmlProblems,
  inlineTexts,
  parseCsvStrictly,
  parseCsvWithPython,
  renderMarkdown,
} from '../../support/exportJudges.js';
import { hostileNotes } from '../../support/hostileFixture.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, insertText, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

const postJson = (server: TestServer, pathname: string, body: unknown) =>
  api(server, pathname, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const exportOf = async (server: TestServer, id: string, format: string) => {
  const response = await api(server, `/api/documents/${id}/export?format=${format}`);
  expect(response.status).toBe(200);
  return response;
};
const documentCount = async (server: TestServer) =>
  ((await (await api(server, '/api/documents')).json()) as { documents: unknown[] }).documents.length;

/** Marks a live document through real clients, with an edit after marking. */
async function markLive(server: TestServer, id: string): Promise<void> {
  const article = connectClient(server, id);
  const layer = connectClient(server, layerRoomName(id, teamLayerId));
  await Promise.all([synced(article), synced(layer)]);
  const view = new TestArticle(article.doc);
  const claim = mark(view, layer.doc, 'claim', 'rents rose 12% last year');
  const inner = mark(view, layer.doc, 'claim', '12%');
  const attribution = mark(view, layer.doc, 'attribution', 'The housing minister, Amara Ødegård, said');
  // The verdicts set by the owner and approved at the second check by an editor, as a ClaimReview publishes only those.
  const owner = { id: ((await (await api(server, '/api/session')).json()) as { tokenId: string }).tokenId, name: 'Owner' };
  updateAnnotation(layer.doc, claim, { verdict: 'misleading', verdictBy: owner, note: 'Only in the capital 🏙️.' });
  updateAnnotation(layer.doc, inner, { verdict: 'true', verdictBy: owner });
  updateAnnotation(layer.doc, attribution, { speaker: { name: 'Amara Ødegård', role: 'housing minister' }, links: [claim] });
  mark(view, layer.doc, 'denial', 'disputed the figure');
  insertText(article, 0, 0, 'Update: ');
  const check = connectClient(server, layerRoomName(id, teamLayerId));
  await eventually(() => expect(check.doc.getMap('annotations').size).toBe(4));
  const invited = (await (await postJson(server, `/api/documents/${id}/invites`, { role: 'editor', label: 'Eddie' })).json()) as {
    token: string;
    invite: { jti: string };
  };
  const editor = connectClient(server, layerRoomName(id, teamLayerId), { token: invited.token });
  await synced(editor);
  for (const approved of [claim, inner])
    updateAnnotation(editor.doc, approved, { checkStatus: 'checked', approvedBy: { id: invited.invite.jti, name: 'Eddie' } });
  await eventually(() =>
    expect([claim, inner].map((approved) => (check.doc.getMap('annotations').get(approved) as Y.Map<unknown>).get('checkStatus'))).toEqual([
      'checked',
      'checked',
    ]),
  );
  for (const client of [article, layer, check, editor]) client.destroy();
}

describe('exports and imports through the server', () => {
  let server: TestServer;
  let liveId: string;

  beforeAll(async () => {
    server = await startServer();
    liveId = await importArticle(
      server,
      'The housing minister, Amara Ødegård, said rents rose 12% last year.\n\nTenant groups disputed the figure.',
    );
    await markLive(server, liveId);
  });
  afterAll(() => server.stop());

  it('gives back an identical factmark export after importing one, for several documents', async () => {
    const fixture = toFactmarkJson(annotatedFixture().model());
    const fixtureResponse = await postJson(server, '/api/documents', { format: 'factmark', content: fixture });
    expect(fixtureResponse.status).toBe(201);
    const fixtureId = ((await fixtureResponse.json()) as { id: string }).id;
    expect(fixtureId).toBe('fixture1');
    expect(await (await exportOf(server, fixtureId, 'factmark')).text()).toBe(fixture);

    const live = await (await exportOf(server, liveId, 'factmark')).text();
    const other = await startServer();
    try {
      const response = await postJson(other, '/api/documents', { format: 'factmark', content: live });
      expect(response.status).toBe(201);
      expect(await (await exportOf(other, liveId, 'factmark')).text()).toBe(live);
      // Imported twice, the second copy gets a new id and the same content.
      const again = (await (await postJson(other, '/api/documents', { format: 'factmark', content: live })).json()) as { id: string };
      expect(again.id).not.toBe(liveId);
      const copy = JSON.parse(await (await exportOf(other, again.id, 'factmark')).text()) as { document: { id: string } };
      expect({ ...copy, document: { ...copy.document, id: liveId } }).toEqual(JSON.parse(live));
    } finally {
      await other.stop();
    }
  });

  it('exports every format with offsets into the text export', async () => {
    const text = await (await exportOf(server, liveId, 'text')).text();
    expect(text.startsWith('Update: The housing minister')).toBe(true);
    const wa = (await (await exportOf(server, liveId, 'wa')).json()) as {
      first: { items: { target: { selector: { type: string; exact?: string; start?: number; end?: number }[] } }[] };
    };
    for (const item of wa.first.items) {
      const quote = item.target.selector.find((selector) => selector.type === 'TextQuoteSelector');
      const position = item.target.selector.find((selector) => selector.type === 'TextPositionSelector');
      // Offsets count code points, as W3C says and Python slices.
      expect(Array.from(text).slice(position?.start, position?.end).join('')).toBe(quote?.exact);
    }
    const unpublished = await exportOf(server, liveId, 'claimreview');
    expect(await unpublished.json()).toEqual([]);
    expect(JSON.parse(decodeURIComponent(unpublished.headers.get('x-factmark-warnings') ?? '[]'))).toContainEqual(
      expect.stringContaining('review URL'),
    );
    const patch = (body: unknown) =>
      api(server, `/api/documents/${liveId}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    for (const bad of [{ publishedAt: 'last Thursday' }, { sourceUrl: 'not a url at all' }, { reviewUrl: 'https://check.example/a#b' }]) {
      const refused = await patch(bad);
      expect(refused.status).toBe(400);
      expect(((await refused.json()) as { detail: string }).detail).toMatch(/ISO 8601|absolute http|#fragment/);
    }
    // A bad value beside a good one changes nothing: the title stays as it was.
    const titled = (await (await api(server, `/api/documents/${liveId}`)).json()) as { title: string };
    expect((await patch({ title: 'A title never stored', reviewUrl: 'not a url' })).status).toBe(400);
    expect(((await (await api(server, `/api/documents/${liveId}`)).json()) as { title: string }).title).toBe(titled.title);
    const source = { sourceUrl: 'https://news.example/rents', publishedAt: '2026-02-27', reviewUrl: 'https://check.example/2026/rents' };
    expect(await (await patch(source)).json()).toMatchObject(source);
    const claimReview = await exportOf(server, liveId, 'claimreview');
    const reviews = (await claimReview.json()) as { url: string; claimReviewed: string; itemReviewed: { author?: { name: string } } }[];
    expect(reviews.map((review) => review.claimReviewed).sort()).toEqual(['12%', 'rents rose 12% last year']);
    for (const review of reviews) expect(review.url).toMatch(/^https:\/\/check\.example\/2026\/rents#claim-[A-Za-z0-9_-]+$/);
    expect(reviews.find((review) => review.claimReviewed === 'rents rose 12% last year')?.itemReviewed.author?.name).toBe('Amara Ødegård');
    expect(JSON.parse(decodeURIComponent(claimReview.headers.get('x-factmark-skipped') ?? '[]'))).toEqual([]);
    const csv = await (await exportOf(server, liveId, 'csv')).text();
    expect((parse(csv, { bom: true, columns: true }) as unknown[]).length).toBe(4);
    const html = await exportOf(server, liveId, 'html');
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).not.toContain('<script');
    expect(await (await exportOf(server, liveId, 'markdown')).text()).toContain('[^1]:');
  });

  it('keeps where an imported HTML page says it was published: its canonical address and publication time', async () => {
    const id = await importArticle(
      server,
      '<html><head><title>Rents</title><link rel="canonical" href="https://news.example/rents"><meta property="article:published_time" content="2026-02-27T06:00:00Z"></head><body><p>Rents rose.</p></body></html>',
      'html',
    );
    expect(await (await api(server, `/api/documents/${id}`)).json()).toMatchObject({
      sourceUrl: 'https://news.example/rents',
      publishedAt: '2026-02-27T06:00:00Z',
    });
  });

  it('exports a hostile document so that every outside reader sees text, never code', async () => {
    const id = await importArticle(
      server,
      `<!DOCTYPE html><html><head><title>Council &lt;/script&gt; vote</title></head><body>
<h1>Council *vote* &amp; [^2]</h1>
<p>&lt;img src=x onerror=alert(1)&gt; came through the import, with <a href="javascript:alert(2)">a hostile link</a> and <a href="https://news.example/a">a real one</a>.</p>
<p># not a heading<br>- not a list<br>[^1]: not a footnote</p>
<ul><li>مرحبا بالعالم 👩‍👩‍👧 ~~strike~~ | pipe</li></ul>
<p>This sentence will be deleted.</p></body></html>`,
      'html',
    );
    const article = connectClient(server, id);
    const layer = connectClient(server, layerRoomName(id, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    const image = mark(view, layer.doc, 'claim', '<img src=x onerror=alert(1)>');
    const attribution = mark(view, layer.doc, 'attribution', 'a hostile link');
    const rightToLeft = mark(view, layer.doc, 'claim', 'مرحبا بالعالم');
    const orphan = mark(view, layer.doc, 'denial', 'will be deleted');
    updateAnnotation(layer.doc, image, {
      verdict: 'false',
      note: hostileNotes.image,
      // A javascript: evidence link never gets this far: the server refuses it at the door (door.test.ts).
      evidence: [
        { url: 'https://evidence.example/t', title: '<b>t</b>' },
        { url: 'https://evidence.example/report', title: '[Report](javascript:alert(9))' },
      ],
    });
    updateAnnotation(layer.doc, attribution, { speaker: { name: '@SUM(1+1)', role: hostileNotes.attributionRole }, links: [image] });
    updateAnnotation(layer.doc, rightToLeft, { verdict: 'mixed', note: hostileNotes.rightToLeft });
    updateAnnotation(layer.doc, orphan, { note: hostileNotes.denial, links: [image] });
    const { from, to } = view.rangeOf('This sentence will be deleted.');
    view.delete(from, to);
    const check = connectClient(server, layerRoomName(id, teamLayerId));
    await eventually(() => expect(check.doc.getMap('annotations').size).toBe(4));
    for (const client of [article, layer, check]) client.destroy();
    await eventually(async () => expect(await (await exportOf(server, id, 'text')).text()).not.toContain('will be deleted'));

    const text = await (await exportOf(server, id, 'text')).text();
    expect(text).toContain('<img src=x onerror=alert(1)> came through the import');

    const markdown = renderMarkdown(await (await exportOf(server, id, 'markdown')).text());
    expect(activeContent(markdown.html)).toEqual([]);
    const blocks = text.split('\n\n').filter((block) => block !== '');
    expect(inlineTexts(markdown.tokens).slice(0, blocks.length)).toEqual(blocks);
    const { defined, referenced } = footnotesOf(markdown.tokens);
    expect(defined).toHaveLength(4);
    expect(defined.filter((label) => !referenced.has(label))).toEqual([]);

    const csv = await (await exportOf(server, id, 'csv')).text();
    const rows = parseCsvStrictly(csv);
    expect(rows).toHaveLength(1 + 4);
    const python = parseCsvWithPython(csv);
    if (python !== null) expect(python).toEqual(rows);
    const note = rows[0]?.indexOf('note') ?? -1;
    expect(rows.map((row) => row[note])).toContain(`'${hostileNotes.image}`);

    for (const format of ['wa', 'claimreview']) {
      const json = await (await exportOf(server, id, format)).text();
      expect(json).not.toMatch(/[<>&]/);
      // Notes are internal: the Web Annotation export carries them, a ClaimReview never does.
      const carried = JSON.stringify(JSON.parse(json)).includes(JSON.stringify(hostileNotes.image).slice(1, -1));
      expect(carried).toBe(format === 'wa');
    }
    expect(await htmlProblems(await (await exportOf(server, id, 'html')).text())).toEqual([]);
  });

  it('places Web Annotations on a document and reports what it cannot anchor', async () => {
    const target = await importArticle(
      server,
      'The housing minister, Amara Ødegård, said rents rose 12% last year.\n\nTenant groups disputed the figure.',
    );
    const wa = JSON.parse(toWebAnnotation(annotatedFixture().model(), { publicUrl: 'https://x.example' })) as {
      first: { items: unknown[] };
    };
    const source = (await (await exportOf(server, liveId, 'wa')).json()) as { first: { items: unknown[] } };
    const items = [...source.first.items, ...wa.first.items.slice(0, 2)];
    const response = await postJson(server, `/api/documents/${target}/annotations`, {
      format: 'wa',
      content: { type: 'AnnotationPage', items },
    });
    expect(response.status).toBe(200);
    const report = (await response.json()) as { imported: number; unanchored: string[] };
    expect(report.imported).toBe(6);
    expect(report.unanchored).toHaveLength(2);
    const csv = parse(await (await exportOf(server, target, 'csv')).text(), { bom: true, columns: true }) as {
      status: string;
      quote: string;
    }[];
    expect(
      csv
        .filter((row) => row.status === 'anchored')
        .map((row) => row.quote)
        .sort(),
    ).toEqual(
      ['12%', 'Amara Ødegård, said', 'disputed the figure', 'rents rose 12% last year']
        .sort()
        .map((quote) => (quote === 'Amara Ødegård, said' ? 'The housing minister, Amara Ødegård, said' : quote)),
    );
    expect(csv.filter((row) => row.status === 'orphaned')).toHaveLength(2);
  });

  it.each([
    ['broken JSON', '{"format": "factmark", "version": 1,', /not valid JSON/],
    ['wrong types', JSON.stringify({ format: 'factmark', version: 1, document: { id: 5 } }), /document\.id/],
    [
      'offsets out of range',
      (() => {
        const file = JSON.parse(toFactmarkJson(annotatedFixture().model())) as {
          layers: { annotations: { start: number | null; end: number | null }[] }[];
        };
        Object.assign(file.layers[0]?.annotations[0] ?? {}, { start: 0, end: 99_999 });
        return JSON.stringify(file);
      })(),
      /past the end/,
    ],
    [
      'a huge value',
      (() => {
        const file = JSON.parse(toFactmarkJson(annotatedFixture().model())) as { document: { title: string } };
        file.document.title = 't'.repeat(5000);
        return JSON.stringify(file);
      })(),
      /document\.title/,
    ],
  ])('refuses a factmark file with %s and stores nothing', async (_name, content, message) => {
    const before = await documentCount(server);
    const response = await postJson(server, '/api/documents', { format: 'factmark', content });
    expect(response.status).toBe(400);
    expect(((await response.json()) as { detail: string }).detail).toMatch(message);
    expect(await documentCount(server)).toBe(before);
  });

  it('refuses bad Web Annotation input and changes nothing', async () => {
    const before = await (await exportOf(server, liveId, 'factmark')).text();
    for (const content of ['{"type": "Annotation"', { type: 'Collection', items: [] }]) {
      const response = await postJson(server, `/api/documents/${liveId}/annotations`, { format: 'wa', content });
      expect(response.status).toBe(400);
    }
    // An annotation that cannot be read is refused on its own, with the reason; nothing is stored.
    const refused = await postJson(server, `/api/documents/${liveId}/annotations`, {
      format: 'wa',
      content: { type: 'AnnotationPage', items: [{ type: 'Annotation', target: 7 }] },
    });
    expect(await refused.json()).toMatchObject({
      imported: 0,
      refused: 1,
      refusals: [expect.stringMatching(/^annotation 1\b.*: it has no selector/)],
    });
    expect((await postJson(server, `/api/documents/${liveId}/annotations`, { format: 'csv', content: '' })).status).toBe(400);
    expect(await (await exportOf(server, liveId, 'factmark')).text()).toBe(before);
  });

  it('exports and imports from the CLI, one layer or all, a folder with a summary', async () => {
    const out = path.join(server.dataDir, 'live.factmark.json');
    await factmark('export', liveId, '--format', 'factmark', '-o', out, '--data', server.dataDir);
    expect(await readFile(out, 'utf8')).toBe(await (await exportOf(server, liveId, 'factmark')).text());
    const team = await factmark('export', liveId, '--format', 'csv', '--layer', 'team', '--data', server.dataDir);
    expect(team.stdout).toContain('rents rose 12% last year');
    await expect(factmark('export', liveId, '--format', 'csv', '--layer', 'nope', '--data', server.dataDir)).rejects.toMatchObject({
      stderr: expect.stringContaining('has no layer'),
    });
    const skipped = await factmark('export', 'fixture1', '--format', 'claimreview', '--data', server.dataDir);
    expect(skipped.stderr).toContain('no verdict yet');
    // A skipped claim is named by its words as well as its id.
    expect(skipped.stderr).toMatch(/Skipped claim “[^”]+” \(\S+\): no verdict yet/);
    expect(skipped.stderr).toMatch(/Warning: Set the address where the fact-check is published/);

    const data = await tempDataDir();
    try {
      await writeFile(path.join(data.dir, 'a.md'), '# One\n\nFirst story.');
      await writeFile(path.join(data.dir, 'b.txt'), 'Second story.');
      await writeFile(path.join(data.dir, 'c.json'), await readFile(out, 'utf8'));
      await writeFile(path.join(data.dir, 'd.html'), '<p>   </p>');
      const folder = await factmark('import', data.dir, '--data', path.join(data.dir, 'store-dir')).catch(
        (error: { stdout: string; stderr: string }) => error,
      );
      expect(folder.stdout).toContain('Imported 3 of 4 files');
      expect(folder.stdout).toContain('d.html: The article is empty');
      expect(folder.stderr).toContain('4/4');
    } finally {
      await data.remove();
    }
  });
});
