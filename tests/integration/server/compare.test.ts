import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layerRoomName, listAnnotations, teamLayerId, updateAnnotation, type Comparison } from '../../../shared/index.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { readCompareFixture } from '../../support/compareFixture.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

describe('comparing two documents through the API and the CLI', () => {
  let server: TestServer;
  let wire: string;
  let rewrite: string;
  let claimId: string;

  beforeAll(async () => {
    server = await startServer();
    wire = await importArticle(server, readCompareFixture('wire.md'), 'markdown');
    rewrite = await importArticle(server, readCompareFixture('rewrite.md'), 'markdown');
    // A reviewer marks the rewrite live: a claim, and an attribution naming the speaker.
    const article = connectClient(server, rewrite);
    const layer = connectClient(server, layerRoomName(rewrite, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    claimId = mark(view, layer.doc, 'claim', 'corrosion in 45 percent of its steel supports');
    const attribution = mark(view, layer.doc, 'attribution', 'said Dana Whitfield');
    updateAnnotation(layer.doc, attribution, { speaker: { name: 'Dana Whitfield', role: 'senior adviser' } });
    const check = connectClient(server, layerRoomName(rewrite, teamLayerId));
    await eventually(() => expect(listAnnotations(check.doc)).toHaveLength(2));
    for (const client of [article, layer, check]) client.destroy();
  });
  afterAll(async () => {
    await server.stop();
  });

  it('answers the alignment as JSON, with the annotations in place', async () => {
    const response = await api(server, `/api/compare?a=${wire}&b=${rewrite}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/json');
    const comparison = (await response.json()) as Comparison;
    expect(comparison.a).toMatchObject({ id: wire, title: 'Council votes to close Harbour Street footbridge' });
    expect(comparison.summary.sentences).toEqual({ same: 3, changed: 8, moved: 1, onlyA: 5, onlyB: 2 });
    expect(comparison.quotations.map((pair) => pair.status)).toEqual(['verbatim', 'reworded', 'verbatim', 'only-a', 'reworded', 'only-a']);
    const claim = comparison.b.annotations.find((annotation) => annotation.id === claimId);
    expect(claim === undefined ? '' : comparison.b.text.slice(claim.start, claim.end)).toBe(
      'corrosion in 45 percent of its steel supports',
    );
    // The attribution's speaker and title win over the text's.
    expect(comparison.quotations[0]?.speakers).toMatchObject({
      a: { name: 'Dana Whitfield', role: "spokeswoman for the city's public works department", source: 'text' },
      b: { name: 'Dana Whitfield', role: 'senior adviser', source: 'annotation' },
      differs: ['role'],
    });
  });

  it('answers a standalone HTML page and plain text', async () => {
    const html = await api(server, `/api/compare?a=${wire}&b=${rewrite}&format=html`);
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toContain('text/html');
    expect(html.headers.get('content-disposition')).toContain(`${wire}-${rewrite}.compare.html`);
    const page = await html.text();
    expect(page).not.toMatch(/<script/i);
    expect(page).toContain('Title differs');
    expect(page).toContain('<span class="a a-claim"');
    const text = await (await api(server, `/api/compare?a=${wire}&b=${rewrite}&format=text`)).text();
    expect(text).toContain('! title differs: A Dana Whitfield (spokeswoman for the city');
  });

  it.each([
    ['no b', (a: string) => `/api/compare?a=${a}`, 400, 'missing b'],
    ['no parameters', () => '/api/compare', 400, 'missing a'],
    ['an unknown format', (a: string) => `/api/compare?a=${a}&b=${a}&format=pdf`, 400, 'Unknown comparison format "pdf"'],
    ['an unknown document', (a: string) => `/api/compare?a=${a}&b=nosuchdocument`, 404, 'There is no document "nosuchdocument"'],
    ['a malformed id', (a: string) => `/api/compare?a=${encodeURIComponent('../../x')}&b=${a}`, 404, 'There is no document'],
  ])('refuses %s with a clear error', async (_name, pathname, status, detail) => {
    const before = await (await api(server, '/api/documents')).json();
    const response = await api(server, pathname(wire));
    expect(response.status).toBe(status);
    const body = (await response.json()) as { error: string; detail: string };
    expect(body.error).not.toBe('');
    expect(body.detail).toContain(detail);
    expect(await (await api(server, '/api/documents')).json()).toEqual(before);
  });

  it('needs a token that opens both documents', async () => {
    const invite = await api(server, `/api/documents/${wire}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'viewer' }),
    });
    const { token } = (await invite.json()) as { token: string };
    const refused = await api(server, `/api/compare?a=${wire}&b=${rewrite}`, { token });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as { detail: string }).detail).toContain(rewrite);
    expect((await api(server, `/api/compare?a=${wire}&b=${wire}`, { token })).status).toBe(200);
    expect((await api(server, `/api/compare?a=${wire}&b=${rewrite}`, { token: null })).status).toBe(401);
  });

  it("hides the team layer's annotations from a student working blind, and shows them once revealed", async () => {
    const patch = (revealed: boolean) =>
      api(server, `/api/documents/${rewrite}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ assignment: { revealed } }),
      });
    expect((await patch(false)).status).toBe(200);
    try {
      const invite = await api(server, `/api/documents/${rewrite}/invites`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'annotator', label: 'Student' }),
      });
      const { token } = (await invite.json()) as { token: string };
      const blind = (await (await api(server, `/api/compare?a=${rewrite}&b=${rewrite}`, { token })).json()) as Comparison;
      expect(blind.a.annotations).toEqual([]);
      expect(blind.summary.sentences.same).toBe(blind.a.sentences.length);
      expect((await patch(true)).status).toBe(200);
      const revealed = (await (await api(server, `/api/compare?a=${rewrite}&b=${rewrite}`, { token })).json()) as Comparison;
      expect(revealed.a.annotations.map((annotation) => annotation.kind).sort()).toEqual(['attribution', 'claim']);
    } finally {
      await api(server, `/api/documents/${rewrite}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ assignment: null }),
      });
    }
  });

  it('compares on the command line through the running server, then on the store', async () => {
    const text = await factmark('compare', wire, rewrite, '--data', server.dataDir);
    expect(text.stdout).toContain('Sentences: 3 same, 8 changed (1 moved), 5 only in A, 2 only in B.');
    expect(text.stdout).toContain('[reworded]');
    const output = path.join(server.dataDir, 'comparison.json');
    await factmark('compare', wire, rewrite, '--format', 'json', '-o', output, '--data', server.dataDir);
    const fromFile = JSON.parse(await readFile(output, 'utf8')) as Comparison;
    expect(fromFile.summary.quotations).toEqual({ verbatim: 2, reworded: 2, onlyA: 2, onlyB: 0 });
    await expect(factmark('compare', wire, 'nosuchdocument', '--data', server.dataDir)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('There is no document "nosuchdocument"'),
    });
    await expect(factmark('compare', wire, rewrite, '--format', 'pdf', '--data', server.dataDir)).rejects.toMatchObject({
      stderr: expect.stringContaining('text, json, html'),
    });

    await server.stop();
    try {
      const html = await factmark('compare', wire, rewrite, '--format', 'html', '--data', server.dataDir);
      expect(html.stdout).toContain('<span class="a a-claim"');
      expect(html.stdout).not.toMatch(/<script/i);
      await expect(factmark('compare', 'nosuchdocument', rewrite, '--data', server.dataDir)).rejects.toMatchObject({
        code: 1,
        stderr: expect.stringContaining('There is no document "nosuchdocument"'),
      });
    } finally {
      server = await startServer({ dataDir: server.dataDir });
    }
  });
});
