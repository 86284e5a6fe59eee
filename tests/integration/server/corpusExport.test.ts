import { execFile } from 'node:child_process';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toFactmarkJson } from '../../../shared/index.js';
import { annotatedFixture } from '../../support/annotatedFixture.js';
import { parseCsvStrictly } from '../../support/exportJudges.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';
import { annotationMustFailures } from '../../support/w3cAnnotationSchemas.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

interface Line {
  id: string;
  text: string;
  layers: string[];
  marks: { layer: string; quote: string; start: number | null; end: number | null }[];
}

describe('corpus exports through the server and the CLI', () => {
  let server: TestServer;
  let collection: string;
  let outside: string;
  const inCollection: string[] = [];
  const scratch = tempDataDir();

  beforeAll(async () => {
    server = await startServer();
    collection = ((await (await api(server, '/api/collections', json('POST', { name: 'Ghost buses' }))).json()) as { id: string }).id;
    for (const id of ['bus1', 'bus2', 'bus3']) {
      const file = JSON.parse(toFactmarkJson(annotatedFixture().model())) as { document: { id: string } };
      file.document.id = id;
      expect((await api(server, '/api/documents', json('POST', { format: 'factmark', content: file }))).status).toBe(201);
      inCollection.push(id);
    }
    inCollection.push(await importArticle(server, 'A story with no marks, in the collection too.'));
    for (const id of inCollection)
      expect((await api(server, `/api/documents/${id}`, json('PATCH', { collections: [collection] }))).status).toBe(200);
    outside = await importArticle(server, 'A story outside the collection.');
  });
  afterAll(async () => {
    await server.stop();
    await (await scratch).remove();
  });

  const exported = async (query: string) => {
    const response = await api(server, `/api/export?${query}`);
    expect(response.status).toBe(200);
    return { text: new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer()), response };
  };

  it('streams a collection as JSON Lines: one parsable line per document, its marks in code points of its text', async () => {
    const { text, response } = await exported(`collection=${collection}&format=jsonl`);
    expect(response.headers.get('content-type')).toMatch(/jsonl/);
    const lines = text
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((line) => line.id).sort()).toEqual([...inCollection].sort());
    const all = (await exported('format=jsonl')).text.trimEnd().split('\n');
    expect(all.map((line) => (JSON.parse(line) as Line).id).sort()).toEqual([...inCollection, outside].sort());
    const marked = lines.filter((line) => line.marks.length > 0);
    expect(marked).toHaveLength(3);
    for (const line of marked) {
      expect(line.layers).toEqual(['team', 'p-student']);
      const codePoints = Array.from(line.text);
      for (const mark of line.marks)
        if (mark.start !== null && mark.end !== null) expect(codePoints.slice(mark.start, mark.end).join('')).toBe(mark.quote);
    }
  });

  it('streams every document as one Web Annotation collection the W3C schemas accept', async () => {
    const { text } = await exported('format=wa');
    const wa = JSON.parse(text) as { '@context': unknown; total: number; first: { items: { target: { source: string } }[] } };
    expect(annotationMustFailures('collection')(wa)).toEqual([]);
    expect(annotationMustFailures('page')({ '@context': wa['@context'], ...wa.first })).toEqual([]);
    const mustFailures = annotationMustFailures();
    for (const item of wa.first.items) expect(mustFailures(item)).toEqual([]);
    expect(wa.total).toBe(wa.first.items.length);
    expect(new Set(wa.first.items.map((item) => /documents\/([^/]+)\//.exec(item.target.source)?.[1]))).toEqual(
      new Set(['bus1', 'bus2', 'bus3']),
    );
  });

  it('streams a collection as one strict RFC 4180 CSV with the document id on every row', async () => {
    const { text: jsonl } = await exported(`collection=${collection}&format=jsonl`);
    const marks = jsonl
      .trimEnd()
      .split('\n')
      .reduce((sum, line) => sum + (JSON.parse(line) as Line).marks.length, 0);
    const { text } = await exported(`collection=${collection}&format=csv`);
    const [header, ...rows] = parseCsvStrictly(text) as [string[], ...string[][]];
    expect(header[0]).toBe('document');
    expect(rows).toHaveLength(marks);
    expect(new Set(rows.map((row) => row[0]))).toEqual(new Set(['bus1', 'bus2', 'bus3']));
  });

  it('gives the datasheet of the same corpus', async () => {
    const response = await api(server, `/api/export/datasheet?collection=${collection}&format=json`);
    expect(response.status).toBe(200);
    const sheet = (await response.json()) as { documents: number; marks: number; agreement: { documents: number } };
    const { text } = await exported(`collection=${collection}&format=jsonl`);
    expect(sheet.documents).toBe(inCollection.length);
    expect(sheet.marks).toBe(
      text
        .trimEnd()
        .split('\n')
        .reduce((sum, line) => sum + (JSON.parse(line) as Line).marks.length, 0),
    );
    expect(sheet.agreement.documents).toBe(3);
    const markdown = await (await api(server, `/api/export/datasheet?collection=${collection}`)).text();
    expect(markdown).toContain('# Datasheet: Ghost buses');
  });

  it('answers an unknown collection or format with a clear 4xx before sending anything', async () => {
    const unknown = await api(server, '/api/export?collection=c-nothere&format=jsonl');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { detail: string }).detail).toContain('c-nothere');
    const format = await api(server, `/api/export?collection=${collection}&format=pdf`);
    expect(format.status).toBe(400);
    expect(((await format.json()) as { detail: string }).detail).toMatch(/jsonl, wa, csv/);
  });

  it('gives a token for one document only that document, in the layer it works in', async () => {
    const issued = (await (await api(server, '/api/documents/bus1/invites', json('POST', { role: 'viewer' }))).json()) as { token: string };
    const response = await api(server, '/api/export?format=jsonl', { token: issued.token });
    const lines = (await response.text())
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line) as Line);
    expect(lines.map((line) => line.id)).toEqual(['bus1']);
    expect(lines[0]?.layers).toEqual(['team']);
    expect(lines[0]?.marks.every((mark) => mark.layer === 'team')).toBe(true);
  });

  it('writes the corpus and its datasheet from the CLI, the same as the API, and no file for an unknown collection', async () => {
    const dir = (await scratch).dir;
    const output = path.join(dir, 'corpus.jsonl');
    const env = { ...process.env, ...server.env };
    const { stderr } = await run(
      process.execPath,
      ['bin/factmark.js', 'export', '--collection', collection, '--format', 'jsonl', '-o', output, '--data', server.dataDir],
      { cwd: root, env },
    );
    expect(stderr).toContain(`Exported ${inCollection.length} documents`);
    const { text } = await exported(`collection=${collection}&format=jsonl`);
    expect(await readFile(output, 'utf8')).toBe(text);
    expect(await readFile(`${output}.datasheet.md`, 'utf8')).toContain('## Marks by kind');
    const missing = path.join(dir, 'missing.jsonl');
    await expect(
      run(process.execPath, ['bin/factmark.js', 'export', '--collection', 'c-nothere', '-o', missing, '--data', server.dataDir], {
        cwd: root,
        env,
      }),
    ).rejects.toMatchObject({ stderr: expect.stringContaining('c-nothere') as unknown });
    await expect(access(missing)).rejects.toThrow();
    // Two commands, each a process starting TypeScript: slow on a busy machine.
  }, 120_000);
});
