import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AddedVersion, VersionList } from '../../../shared/api/index.js';
import {
  deleteAnnotation,
  fromFactmarkJson,
  layerRoomName,
  listAnnotations,
  teamLayerId,
  updateAnnotation,
  type AnnotationKind,
  type Comparison,
  type ScoreReport,
} from '../../../shared/index.js';
import { annotateAs } from '../../support/annotate.js';
import { mark, TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { htmlPage, readPageFixture, startPageServer, type PageServer } from '../../support/pageServer.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const json = (body: unknown, token?: string) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
  ...(token === undefined ? {} : { token }),
});

describe('versions of a story', () => {
  let pages: PageServer;
  let server: TestServer;
  let story: string;
  const marks: Record<string, string> = {};

  const versions = async (id: string): Promise<VersionList> =>
    (await (await api(server, `/api/documents/${id}/versions`)).json()) as VersionList;
  const teamMarks = async (id: string) => {
    const file = fromFactmarkJson(await (await api(server, `/api/documents/${id}/export?format=factmark`)).text());
    return file.layers.find((layer) => layer.id === teamLayerId)?.annotations ?? [];
  };
  const invite = async (id: string, role: string): Promise<string> => {
    const response = await api(server, `/api/documents/${id}/invites`, json({ role, label: role }));
    return ((await response.json()) as { token: string }).token;
  };

  beforeAll(async () => {
    pages = await startPageServer();
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v1.html')));
    server = await startServer({ env: { FACTMARK_ALLOW_PRIVATE_ADDRESSES: '1' } });
    const created = await api(server, '/api/documents', json({ format: 'url', url: `${pages.origin}/news/harbour` }));
    story = ((await created.json()) as { id: string }).id;
    // The desk marks the first version live.
    const article = connectClient(server, story);
    const layer = connectClient(server, layerRoomName(story, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    marks.cost = mark(view, layer.doc, 'claim', 'at a cost of 40 million euros');
    marks.traffic = mark(view, layer.doc, 'claim', 'Container traffic at the port has doubled since 2019');
    marks.ortega = mark(view, layer.doc, 'attribution', 'said Maria Ortega, a spokeswoman for the port authority');
    marks.jobs = mark(view, layer.doc, 'claim', 'The board expects the berths to bring 300 jobs to the town');
    updateAnnotation(layer.doc, marks.traffic, { verdict: 'mostly-true', note: 'Port statistics 2019–2025.' });
    updateAnnotation(layer.doc, marks.ortega, { speaker: { name: 'Maria Ortega', role: 'spokeswoman' }, links: [marks.traffic] });
    const check = connectClient(server, layerRoomName(story, teamLayerId));
    await eventually(() => expect(listAnnotations(check.doc)).toHaveLength(4));
    for (const client of [article, layer, check]) client.destroy();
  });
  afterAll(async () => {
    await server.stop();
    await pages.close();
  });

  it('refetches an unchanged page: says so and stores nothing', async () => {
    const response = await api(server, `/api/documents/${story}/versions`, json({}));
    expect(response.status).toBe(200);
    const answer = (await response.json()) as AddedVersion;
    expect(answer).toMatchObject({ status: 'unchanged', record: { id: story }, carried: 0, orphans: [] });
    expect((await versions(story)).versions.map((record) => record.id)).toEqual([story]);
  });

  it('refetches a changed page as a new version, carrying the marks over and listing those that no longer fit', async () => {
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v2.html')));
    const response = await api(server, `/api/documents/${story}/versions`, json({}));
    expect(response.status).toBe(201);
    const added = (await response.json()) as AddedVersion;
    expect(added.record).toMatchObject({
      id: `${story}-v2`,
      story: { id: story, version: 2 },
      format: 'url',
      sourceUrl: `${pages.origin}/news/harbour`,
      publishedAt: '2026-03-14T08:30:00Z',
    });
    expect(added.carried).toBe(2);
    expect(added.orphans.map((orphan) => orphan.quote).sort()).toEqual([
      'The board expects the berths to bring 300 jobs to the town',
      'at a cost of 40 million euros',
    ]);
    const list = await versions(story);
    expect(list.story).toBe(story);
    expect(list.versions.map((record) => [record.id, record.story?.version])).toEqual([
      [story, 1],
      [`${story}-v2`, 2],
    ]);
    // Every field is carried, ids too (so the attribution still links its claim); orphans keep their quote.
    const carried = new Map((await teamMarks(`${story}-v2`)).map((annotation) => [annotation.id, annotation]));
    expect(carried.get(marks.traffic ?? '')).toMatchObject({
      status: 'anchored',
      verdict: 'mostly-true',
      note: 'Port statistics 2019–2025.',
    });
    expect(carried.get(marks.ortega ?? '')).toMatchObject({
      status: 'anchored',
      speaker: { name: 'Maria Ortega' },
      links: [marks.traffic],
    });
    expect(carried.get(marks.cost ?? '')).toMatchObject({ status: 'orphaned', quote: 'at a cost of 40 million euros' });
    expect(carried.get(marks.jobs ?? '')).toMatchObject({ status: 'orphaned' });
    // The first version keeps its own marks, all in place.
    expect((await teamMarks(story)).every((annotation) => annotation.status === 'anchored')).toBe(true);
  });

  it('takes a refetched page’s byline and date as it now gives them, not the earlier page’s', async () => {
    const first = readPageFixture('harbour-v1.html').replace('By Ines Calloway', 'By Ines Calloway and Teo Marsh');
    pages.serve('/news/harbour-byline', htmlPage(first));
    const created = await api(server, '/api/documents', json({ format: 'url', url: `${pages.origin}/news/harbour-byline` }));
    const id = ((await created.json()) as { id: string }).id;
    const updated = readPageFixture('harbour-v2.html')
      .replace('By Ines Calloway', 'By Teo Marsh')
      .replaceAll('2026-03-14T08:30:00Z', '2026-03-15T17:05:00Z');
    pages.serve('/news/harbour-byline', htmlPage(updated));
    const second = (await (await api(server, `/api/documents/${id}/versions`, json({}))).json()) as AddedVersion;
    expect(second.record).toMatchObject({ byline: 'By Teo Marsh', publishedAt: '2026-03-15T17:05:00Z' });
    // A page that no longer names its writer or date leaves them unknown, not the earlier page's.
    const unsigned = readPageFixture('harbour-v1.html')
      .replace(/<p class="byline">[^<]*<\/p>/, '')
      .replace(/<meta property="article:published_time"[^>]*>/, '')
      .replace(/<script type="application\/ld\+json">[\s\S]*?<\/script>/, '');
    pages.serve('/news/harbour-byline', htmlPage(unsigned));
    const third = (await (await api(server, `/api/documents/${id}/versions`, json({}))).json()) as AddedVersion;
    expect(third.status).toBe('added');
    expect(third.record.byline).toBeUndefined();
    expect(third.record.publishedAt).toBeUndefined();
  });

  it('compares any two versions with the comparison view', async () => {
    const response = await api(server, `/api/compare?a=${story}&b=${story}-v2`);
    expect(response.status).toBe(200);
    const comparison = (await response.json()) as Comparison;
    expect(comparison.a.text).toContain('40 million euros');
    expect(comparison.b.text).toContain('55 million euros');
    expect(comparison.summary.sentences.changed).toBeGreaterThan(0);
  });

  it('adds pasted text as a version, from any version of the story', async () => {
    const content = (await (await api(server, `/api/documents/${story}-v2/export?format=text`)).text()).replace('55 million', '58 million');
    const response = await api(server, `/api/documents/${story}/versions`, json({ format: 'text', content, title: 'Berths, third take' }));
    expect(response.status).toBe(201);
    const added = (await response.json()) as AddedVersion;
    expect(added.record).toMatchObject({
      id: `${story}-v3`,
      title: 'Berths, third take',
      format: 'text',
      story: { id: story, version: 3 },
    });
    // Carried from the latest version: its orphans stay orphans, the rest are placed.
    expect(added.carried).toBe(2);
    expect(added.orphans).toHaveLength(2);
    // The same text again is no new version.
    const again = await api(server, `/api/documents/${story}-v3/versions`, json({ format: 'text', content }));
    expect(again.status).toBe(200);
    expect(((await again.json()) as AddedVersion).status).toBe('unchanged');
  });

  it('lets owners and editors add versions, and no one else; an editor opens the version they added', async () => {
    const content = 'A fourth take on the harbour story, written for this test.';
    for (const role of ['annotator', 'viewer']) {
      const token = await invite(story, role);
      const before = (await versions(story)).versions.length;
      const refused = await api(server, `/api/documents/${story}/versions`, json({ format: 'text', content }, token));
      expect(refused.status).toBe(403);
      expect((await versions(story)).versions).toHaveLength(before);
      // Reading the timeline is for everyone the document opens to.
      expect((await api(server, `/api/documents/${story}/versions`, { token })).status).toBe(200);
    }
    const editor = await invite(story, 'editor');
    const response = await api(server, `/api/documents/${story}/versions`, json({ format: 'text', content }, editor));
    expect(response.status).toBe(201);
    const { record } = (await response.json()) as AddedVersion;
    expect((await api(server, `/api/documents/${record.id}`, { token: editor })).status).toBe(200);
    // A token for another story opens none of this one.
    const other = await api(server, '/api/documents', json({ format: 'text', content: 'Another story altogether.' }));
    const outsider = await invite(((await other.json()) as { id: string }).id, 'editor');
    expect((await api(server, `/api/documents/${story}/versions`, json({ format: 'text', content: 'x' }, outsider))).status).toBe(403);
    expect((await api(server, `/api/documents/${record.id}`, { token: outsider })).status).toBe(403);
  });

  it.each([
    ['a bad address', { url: 'not an address' }, 400],
    ['an unknown format', { format: 'rtf', content: 'x' }, 400],
    ['a factmark file', { format: 'factmark', content: '{}' }, 400],
    ['no content', { format: 'text' }, 400],
    ['empty text', { format: 'text', content: '   ' }, 400],
  ])('refuses %s with a clear 400, and stores nothing', async (_case, body, status) => {
    const before = await versions(story);
    const response = await api(server, `/api/documents/${story}/versions`, json(body));
    expect(response.status).toBe(status);
    expect(((await response.json()) as { detail: string }).detail).not.toBe('');
    expect(await versions(story)).toEqual(before);
  });

  it('is a 404 for a document that does not exist', async () => {
    expect((await api(server, '/api/documents/nothere/versions', json({ format: 'text', content: 'x' }))).status).toBe(404);
  });
});

describe('versions from the command line', () => {
  let pages: PageServer;

  beforeAll(async () => {
    pages = await startPageServer();
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v1.html')));
  });
  afterAll(async () => {
    await pages.close();
  });

  it('imports a page, refetches it unchanged and changed, and imports a file as a version', async () => {
    const { dir, remove } = await tempDataDir();
    const env = { ...process.env, FACTMARK_SECRET: '', FACTMARK_ALLOW_PRIVATE_ADDRESSES: '1' };
    const factmark = async (...args: string[]) =>
      (await run(process.execPath, ['bin/factmark.js', ...args, '--data', dir], { cwd: root, env })).stdout;
    try {
      const imported = await factmark('import', '--url', `${pages.origin}/news/harbour`);
      const id = /as (\w+)$/m.exec(imported)?.[1] ?? '';
      expect(id).not.toBe('');
      expect(await factmark('refetch', id)).toMatch(/^Unchanged: .*nothing stored/);
      pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v2.html')));
      expect(await factmark('refetch', id)).toMatch(
        new RegExp(`^Added version 2 of story ${id} as ${id}-v2: 0 marks carried over, 0 orphaned`),
      );
      const file = path.join(dir, 'third.md');
      await writeFile(file, '# Berths, third take\n\nThe harbour board now puts the cost at 58 million euros.\n');
      expect(await factmark('import', file, '--version-of', `${id}-v2`)).toMatch(new RegExp(`^Added version 3 of story ${id} as ${id}-v3`));
    } finally {
      await remove();
    }
  });
});

describe('a new version of a published document', () => {
  const { server } = useServer();

  it('is not published itself, and unpublishing the first version takes its page down', async () => {
    const first = await importArticle(server, 'The bridge cost 12 million euros.\n\nIt opened in May.');
    const published = await api(server, `/api/documents/${first}/publish`, json({}));
    expect(published.status).toBe(200);
    const { slug } = (await published.json()) as { slug: string };
    expect((await fetch(`${server.url}/p/${slug}`)).status).toBe(200);

    const response = await api(
      server,
      `/api/documents/${first}/versions`,
      json({ format: 'text', content: 'The bridge cost 15 million euros.\n\nIt opened in June.' }),
    );
    expect(response.status).toBe(201);
    const added = (await response.json()) as AddedVersion;
    expect(added.record.id).toBe(`${first}-v2`);
    expect(added.record.publication).toBeUndefined();
    const stored = (await (await api(server, `/api/documents/${added.record.id}`)).json()) as { publication?: unknown };
    expect(stored.publication).toBeUndefined();

    expect((await api(server, `/api/documents/${first}/publish`, { method: 'DELETE' })).status).toBe(200);
    expect((await fetch(`${server.url}/p/${slug}`)).status).toBe(404);
  });
});

describe('a new version of a class assignment', () => {
  const { server, clients } = useServer();

  const send = (method: string, route: string, body: unknown) => api(server, route, { ...json(body), method });
  const layerMarks = async (id: string, layer: string) => {
    const file = fromFactmarkJson(await (await api(server, `/api/documents/${id}/export?format=factmark`)).text());
    return (file.layers.find((found) => found.id === layer)?.annotations ?? []).map((annotation) => [annotation.status, annotation.quote]);
  };
  /** Invites a student to a document: their token and their private layer. */
  const invite = async (docId: string, label: string) => {
    const response = await api(server, `/api/documents/${docId}/invites`, json({ role: 'annotator', label }));
    expect(response.status).toBe(201);
    const issued = (await response.json()) as { token: string; invite: { jti: string } };
    return { token: issued.token, layer: `p-${issued.invite.jti}` };
  };
  /** Adds pasted text as the story's next version. */
  const addVersion = async (docId: string, content: string) => {
    const response = await api(server, `/api/documents/${docId}/versions`, json({ format: 'text', content }));
    expect(response.status).toBe(201);
    return (await response.json()) as AddedVersion;
  };

  it('carries each student’s private layer, the answer key and the layers’ names; a removed layer stays behind', async () => {
    const first = await importArticle(server, 'The council said bus fares would fall in June.\n\nAn audit found fares rose by a tenth.');
    expect((await send('PATCH', `/api/documents/${first}`, { assignment: { revealed: false } })).status).toBe(200);
    const marked: Record<string, [AnnotationKind, string][]> = {
      ana: [
        ['claim', 'bus fares would fall in June'],
        ['claim', 'fares rose by a tenth'],
      ],
      ben: [['claim', 'fares rose by a tenth']],
      key: [['claim', 'bus fares would fall in June']],
      gone: [['claim', 'bus fares would fall in June']],
    };
    const layers: Record<string, string> = {};
    for (const [name, marks] of Object.entries(marked)) {
      const student = await invite(first, name);
      layers[name] = student.layer;
      clients.push(...(await annotateAs(server, first, student.token, student.layer, marks)));
      await eventually(async () => expect(await layerMarks(first, student.layer)).toHaveLength(marks.length));
    }
    const { ana = '', ben = '', key = '', gone = '' } = layers;
    expect((await send('PUT', `/api/documents/${first}/answer-key`, { layer: key })).status).toBe(200);
    expect((await send('PATCH', `/api/documents/${first}/layers/${key}`, { name: 'Teacher’s key' })).status).toBe(200);
    expect((await send('PATCH', `/api/documents/${first}/layers/${gone}`, { removed: true })).status).toBe(200);

    const added = await addVersion(first, 'The council said bus fares would fall in June.\n\nAn audit found fares rose by a fifth.');
    // Ana's second claim and Ben's only one lost their words; the key's claim and Ana's first are placed.
    expect(added.otherLayers).toEqual({ layers: 3, carried: 2, orphans: 2 });
    const next = added.record.id;
    expect(added.record).toMatchObject({ answerKey: key, layerNames: { [key]: 'Teacher’s key' }, assignment: { revealed: false } });
    expect(await layerMarks(next, ana)).toEqual([
      ['anchored', 'bus fares would fall in June'],
      ['orphaned', 'fares rose by a tenth'],
    ]);
    expect(await layerMarks(next, ben)).toEqual([['orphaned', 'fares rose by a tenth']]);
    expect(await layerMarks(next, key)).toEqual([['anchored', 'bus fares would fall in June']]);
    expect(await layerMarks(next, gone)).toEqual([]);
    expect(added.record.removedLayers).toEqual([gone]);
    // The class is scored on the new version against the same key, with no more set-up: every student
    // by their invitation's name, one who has not marked yet (Cy) too.
    await invite(first, 'cy');
    const scores = await api(server, `/api/documents/${next}/scores`);
    expect(scores.status).toBe(200);
    const report = (await scores.json()) as ScoreReport;
    expect(report.key).toMatchObject({ id: key, name: 'Teacher’s key', spans: 1 });
    expect(report.students.map((student) => [student.name, student.spans])).toEqual([
      ['ana', 1],
      ['ben', 0],
      ['cy', 0],
    ]);
    // The layer list of the new version names each layer as the first version's does.
    const listed = (await (await api(server, `/api/documents/${next}/layers`)).json()) as { layers: { id: string; label: string }[] };
    expect(listed.layers.find((layer) => layer.id === ana)?.label).toBe('ana');
    expect(listed.layers.find((layer) => layer.id === key)?.label).toBe('Teacher’s key');
  });

  it('keeps an answer key that has no marks, and one in the team layer', async () => {
    const content = 'The depot will close in May.\n\nFares will rise by 4%.';
    const first = await importArticle(server, content);
    const key = await invite(first, 'key');
    // The key's holder marks, then takes the mark back: the layer exists, with no marks.
    const [article, layer] = await annotateAs(server, first, key.token, key.layer, [['claim', 'Fares will rise by 4%']]);
    await eventually(async () => expect(await layerMarks(first, key.layer)).toHaveLength(1));
    if (layer !== undefined) for (const mark of listAnnotations(layer.doc)) deleteAnnotation(layer.doc, mark.id);
    await eventually(async () => expect(await layerMarks(first, key.layer)).toHaveLength(0));
    for (const client of [article, layer]) client?.destroy();
    expect((await send('PUT', `/api/documents/${first}/answer-key`, { layer: key.layer })).status).toBe(200);
    const empty = await addVersion(first, content.replace('May', 'June'));
    expect(empty.record.answerKey).toBe(key.layer);
    expect((await api(server, `/api/documents/${empty.record.id}/scores`)).status).toBe(200);

    expect((await send('PUT', `/api/documents/${empty.record.id}/answer-key`, { layer: teamLayerId })).status).toBe(200);
    const team = await addVersion(empty.record.id, content.replace('May', 'July'));
    expect(team.record.answerKey).toBe(teamLayerId);
  });
});
