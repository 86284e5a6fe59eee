import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { teamLayerId, type AnnotationKind, type LayerAgreement, type ScoreReport } from '../../../shared/index.js';
import { annotateAs } from '../../support/annotate.js';
import type { TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

const story = 'The council said bus fares would fall in June.\n\nThe union denied any cuts.\n\nAn audit found fares rose by a tenth.';
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('answer keys, class scores and agreement', () => {
  let server: TestServer;
  let docId: string;
  const students: Record<'ana' | 'ben' | 'cy', { token: string; layer: string }> = {} as never;
  const clients: TestClient[] = [];

  const annotate = async (token: string, layer: string, marks: [AnnotationKind, string][]) => {
    clients.push(...(await annotateAs(server, docId, token, layer, marks)));
  };

  const scores = async (query = '', token?: string) =>
    api(server, `/api/documents/${docId}/scores${query}`, token === undefined ? {} : { token });

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, story);
    expect((await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }))).status).toBe(200);
    for (const name of ['ana', 'ben', 'cy'] as const) {
      const response = await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label: name.toUpperCase() }));
      const issued = (await response.json()) as { token: string; invite: { jti: string } };
      students[name] = { token: issued.token, layer: `p-${issued.invite.jti}` };
    }
    // The teacher's key, in the team layer.
    await annotate(server.token, teamLayerId, [
      ['attribution', 'The council said'],
      ['claim', 'bus fares would fall in June'],
      ['denial', 'The union denied any cuts'],
      ['claim', 'fares rose by a tenth'],
    ]);
    // Ana: two spans exactly as the key, one overlapping; misses the denial.
    await annotate(students.ana.token, students.ana.layer, [
      ['attribution', 'The council said'],
      ['claim', 'bus fares would fall in June'],
      ['claim', 'fares rose'],
    ]);
    // Ben: one overlapping claim, and the denial marked as a claim. Cy marks nothing.
    await annotate(students.ben.token, students.ben.layer, [
      ['claim', 'fares would fall'],
      ['claim', 'The union denied any cuts'],
    ]);
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('refuses scores before there is a key, and bad answer keys, changing nothing', async () => {
    const early = await scores();
    expect(early.status).toBe(409);
    expect(((await early.json()) as { detail: string }).detail).toContain('no answer key');
    const unknown = await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: 'p-nobody' }));
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { detail: string }).detail).toContain('no layer "p-nobody"');
    expect((await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: 7 }))).status).toBe(400);
    expect((await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: teamLayerId }))).status).toBe(200);
    expect((await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: null }))).status).toBe(200);
    const student = await api(server, `/api/documents/${docId}/answer-key`, {
      ...json('PUT', { layer: teamLayerId }),
      token: students.ana.token,
    });
    expect(student.status).toBe(403);
    expect((await api(server, '/api/documents/nosuchdoc/answer-key', json('PUT', { layer: teamLayerId }))).status).toBe(404);
    const record = (await (await api(server, `/api/documents/${docId}`)).json()) as { answerKey?: string; assignment?: unknown };
    expect(record.answerKey).toBeUndefined();
    expect(record.assignment).toEqual({ revealed: false });
  });

  it('scores each student against the key the owner chose, and lists what the class missed', async () => {
    const set = await api(server, `/api/documents/${docId}/answer-key`, json('PUT', { layer: teamLayerId }));
    expect(((await set.json()) as { answerKey: string }).answerKey).toBe(teamLayerId);
    let report: ScoreReport | undefined;
    await eventually(async () => {
      report = (await (await scores()).json()) as ScoreReport;
      expect(report.key.spans).toBe(4);
      expect(report.students.map((student) => [student.name, student.spans])).toEqual([
        ['ANA', 3],
        ['BEN', 2],
        ['CY', 0],
      ]);
    }, 10_000);
    const [ana, ben, cy] = report?.students ?? [];
    // Ana: 3 of 4 key spans overlap, all 3 of hers do → F1 2·1·¾/(1 + ¾) = 6/7; exactly: 2 → P ⅔, R ½, F1 4/7.
    expect(ana?.overlap.all.f1).toBeCloseTo(6 / 7, 10);
    expect(ana?.exact.all.f1).toBeCloseTo(4 / 7, 10);
    expect(ana?.overlap.denial.recall).toBe(0);
    // Ben: 1 of 4, 1 of 2 → F1 2·½·¼/(¾) = 1/3; nothing exact.
    expect(ben?.overlap.all.f1).toBeCloseTo(1 / 3, 10);
    expect(ben?.exact.all.f1).toBe(0);
    // Cy marked nothing: recall 0.
    expect(cy?.overlap.all).toMatchObject({ recall: 0, f1: 0 });
    expect(ana?.kappa.all).toBeGreaterThan(ben?.kappa.all ?? 1);
    expect(ana?.alpha.all).toBeGreaterThan(ben?.alpha.all ?? 1);
    expect(report?.mostMissed.map((span) => [span.quote, span.missed, span.total])).toEqual([
      ['The union denied any cuts', 3, 3],
      ['The council said', 2, 3],
      ['fares rose by a tenth', 2, 3],
      ['bus fares would fall in June', 1, 3],
    ]);
    expect(report?.mostMissed[0]?.missedBy).toEqual(['ANA', 'BEN', 'CY']);
    expect(report?.classAlpha?.all).toBeLessThan(1);
  });

  it('exports the scores and the missed spans as CSV', async () => {
    const response = await scores('?format=csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain(`${docId}.scores.csv`);
    const body = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    expect(body.startsWith('\uFEFF')).toBe(true);
    const rows = parse(body.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.map((row) => [row['student'], row['f1_overlap'], row['f1_exact']])).toEqual([
      ['ANA', '0.8571', '0.5714'],
      ['BEN', '0.3333', '0.0000'],
      ['CY', '0.0000', '0.0000'],
    ]);
    const missed = parse(await (await scores('?format=csv&table=missed')).text(), { columns: true, bom: true }) as Record<string, string>[];
    expect(missed[0]).toMatchObject({ kind: 'denial', quote: 'The union denied any cuts', missed: '3', students: '3' });
    const bad = await scores('?format=xlsx');
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { detail: string }).detail).toContain('json, csv, text');
  });

  it('shows scores only to owners', async () => {
    const response = await scores('', students.ana.token);
    expect(response.status).toBe(403);
  });

  it('compares any layers a token may read, pairwise and all together', async () => {
    const pair = (await (
      await api(server, `/api/documents/${docId}/agreement?layers=${teamLayerId},${students.ana.layer}`)
    ).json()) as LayerAgreement;
    expect(pair.layers.map((layer) => layer.name)).toEqual(['Team', 'ANA']);
    expect(pair.pairs).toHaveLength(1);
    const repeated = (await (
      await api(server, `/api/documents/${docId}/agreement?layers=${Array(500).fill(teamLayerId).join(',')},${students.ana.layer}`)
    ).json()) as LayerAgreement;
    expect(repeated.pairs).toHaveLength(1);
    expect(pair.pairs[0]?.overlap.all.f1).toBeCloseTo(6 / 7, 10);
    expect(pair.alpha?.all).toBeCloseTo(pair.pairs[0]?.alpha.all ?? NaN, 10);
    const all = (await (await api(server, `/api/documents/${docId}/agreement`)).json()) as LayerAgreement;
    expect(all.layers.map((layer) => layer.id)).toEqual(expect.arrayContaining([teamLayerId, students.ana.layer, students.ben.layer]));
    expect(all.pairs).toHaveLength((all.layers.length * (all.layers.length - 1)) / 2);
    // A blind student may not compare with a classmate, nor ask for an unknown layer.
    const peek = await api(server, `/api/documents/${docId}/agreement?layers=${students.ana.layer},${students.ben.layer}`, {
      token: students.ana.token,
    });
    expect(peek.status).toBe(403);
    expect((await api(server, `/api/documents/${docId}/agreement?layers=${teamLayerId},p-nobody`)).status).toBe(400);
  });

  it('gives the same scores on the command line, through the server and from the store', async () => {
    const api_csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await (await scores('?format=csv')).arrayBuffer());
    // Through the running server, several at once.
    const [remote, text, missing, pair] = await Promise.all([
      factmark('scores', docId, '--format', 'csv', '--data', server.dataDir),
      factmark('scores', docId, '--data', server.dataDir),
      factmark('scores', 'nosuchdoc', '--data', server.dataDir).then(
        () => null,
        (error: { stderr: string }) => error,
      ),
      factmark('agreement', docId, '--layers', `${teamLayerId},${students.ben.layer}`, '--data', server.dataDir),
    ]);
    expect(remote.stdout).toBe(api_csv);
    expect(text.stdout).toContain('Answer key: Team (4 spans); 3 students.');
    expect(text.stdout).toMatch(/3\/3 {2}denial {2}“The union denied any cuts”/);
    expect(missing?.stderr).toContain('no document "nosuchdoc"');
    expect(pair.stdout).toMatch(/Team\s+BEN\s+0\.3333/);
    expect(pair.stdout).toContain(`BEN (${students.ben.layer}): 2 spans`);
    for (const client of clients.splice(0)) client.destroy();
    await server.stop();
    const local = await factmark('scores', docId, '--format', 'csv', '--data', server.dataDir);
    expect(local.stdout).toBe(api_csv);
    await expect(factmark('answer-key', docId, '--data', server.dataDir)).rejects.toMatchObject({
      stderr: expect.stringContaining('or --clear'),
    });
    const cleared = await factmark('answer-key', docId, '--clear', '--data', server.dataDir);
    expect(cleared.stdout).toContain('has no answer key now');
    await expect(factmark('scores', docId, '--data', server.dataDir)).rejects.toMatchObject({
      stderr: expect.stringContaining('no answer key'),
    });
    server = await startServer({ dataDir: server.dataDir });
  });
});
