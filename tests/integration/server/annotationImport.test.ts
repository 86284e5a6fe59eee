import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, importArticle, startServer, type TestServer } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const fixtures = path.join(root, 'tests', 'fixtures', 'annotations');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

const postJson = (server: TestServer, pathname: string, body: unknown) =>
  api(server, pathname, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

interface Report {
  imported: number;
  updated: number;
  anchored: number;
  byQuote: number;
  orphaned: number;
  refused: number;
  unanchored: string[];
  refusals: string[];
}

async function importFile(server: TestServer, id: string, file: string, layer?: string): Promise<Report> {
  const content = await readFile(path.join(fixtures, file), 'utf8');
  const response = await postJson(server, `/api/documents/${id}/annotations`, {
    format: 'wa',
    content,
    ...(layer === undefined ? {} : { layer }),
  });
  expect(response.status).toBe(200);
  return (await response.json()) as Report;
}

async function csvRows(server: TestServer, id: string): Promise<Record<string, string>[]> {
  const response = await api(server, `/api/documents/${id}/export?format=csv`);
  return parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[];
}

describe('importing other tools’ annotations', () => {
  let server: TestServer;
  let id: string;

  beforeAll(async () => {
    server = await startServer();
    id = await importArticle(server, await readFile(path.join(fixtures, 'article.txt'), 'utf8'));
  });
  afterAll(async () => {
    await server.stop();
  });

  it('accounts for every annotation of Hypothesis’s and Recogito’s files, and counts how each was placed', async () => {
    expect(await importFile(server, id, 'hypothesis-export.json')).toMatchObject({
      imported: 4,
      updated: 0,
      anchored: 2,
      byQuote: 1,
      orphaned: 1,
      refused: 2,
      unanchored: [expect.stringMatching(/^annotation 6 \(id [^)]+\): its quote/)],
      refusals: [
        expect.stringMatching(/^annotation 4 \(id [^)]+\): it has no selector/),
        expect.stringMatching(/^annotation 5 \(id [^)]+\): it has only RangeSelector/),
      ],
    });
    expect(await importFile(server, id, 'hypothesis-jsonld.json')).toMatchObject({ imported: 2, anchored: 2, refused: 0 });
    expect(await importFile(server, id, 'recogito.json')).toMatchObject({ imported: 3, anchored: 3, orphaned: 0, refused: 0 });
    expect(await importFile(server, id, 'w3c-page.json')).toMatchObject({ imported: 2, anchored: 1, byQuote: 1, refused: 1 });
    const rows = await csvRows(server, id);
    expect(rows).toHaveLength(4 + 2 + 3 + 2);
    const text = Array.from(await (await api(server, `/api/documents/${id}/export?format=text`)).text());
    for (const row of rows.filter((candidate) => candidate['status'] === 'anchored'))
      expect(text.slice(Number(row['start']), Number(row['end'])).join('')).toBe(row['quote']);
    expect(rows.find((row) => row['quote'] === 'Critics say the figure is optimistic')).toMatchObject({
      kind: 'denial',
      note: 'Who are the critics? Ask for names.\n\nTags: follow-up',
      author: 'Desk Reader',
    });
  });

  it('updates an annotation imported before instead of adding it again', async () => {
    const before = (await csvRows(server, id)).length;
    expect(await importFile(server, id, 'recogito.json')).toMatchObject({ imported: 3, updated: 3 });
    expect(await importFile(server, id, 'hypothesis-export.json')).toMatchObject({ imported: 4, updated: 4, refused: 2 });
    expect(await csvRows(server, id)).toHaveLength(before);
  });

  it('keeps every field through a Web Annotation export and import into another document', async () => {
    const copy = await importArticle(server, await readFile(path.join(fixtures, 'article.txt'), 'utf8'));
    const exported = await (await api(server, `/api/documents/${id}/export?format=wa`)).text();
    const report = (await (
      await postJson(server, `/api/documents/${copy}/annotations`, { format: 'wa', content: exported })
    ).json()) as Report;
    const original = await csvRows(server, id);
    expect(report).toMatchObject({ imported: original.length, anchored: original.length - 1, orphaned: 1, refused: 0 });
    const columns = (row: Record<string, string>) => {
      const { layer: _layer, ...rest } = row;
      return rest;
    };
    expect((await csvRows(server, copy)).map(columns)).toEqual(original.map(columns));
    // The Web Annotation export of the copy is the original's, but for the document it names.
    const again = await (await api(server, `/api/documents/${copy}/export?format=wa`)).text();
    expect(JSON.parse(again)).toEqual(JSON.parse(exported.replaceAll(`/api/documents/${id}/`, `/api/documents/${copy}/`)));
  });

  it('prints the same counts on the command line, for a Hypothesis export it recognises by its shape', async () => {
    const file = path.join(fixtures, 'hypothesis-export.json');
    const { stdout, stderr } = await factmark('import', file, '--document', id, '--data', server.dataDir);
    expect(stdout + stderr).toContain(
      `Imported 4 annotations onto ${id}, 4 of them imported before and updated: 2 anchored exactly, 1 by quote, 1 orphaned; 2 refused`,
    );
    expect(stdout + stderr).toMatch(/refused: annotation 5 \(id [^)]+\): it has only RangeSelector/);
  });
});
