import { readFile } from 'node:fs/promises';
import path from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindLabels, toFactmarkJson, verdictLabels, type ExportedAnnotation } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { launchBrowser } from '../../../support/browser.js';
import { api, startServer, type TestServer } from '../../../support/server.js';
import { commentRanges, commentTexts, hostileWordFiles } from '../../../support/wordFiles.js';

const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Sends a file to the import API as the request body, as the browser and the CLI do. */
const postFile = (server: TestServer, bytes: Uint8Array, type: string, query = '') =>
  api(server, `/api/documents${query}`, { method: 'POST', headers: { 'Content-Type': type }, body: bytes as Uint8Array<ArrayBuffer> });

const documentCount = async (server: TestServer) =>
  ((await (await api(server, '/api/documents')).json()) as { documents: unknown[] }).documents.length;

/** Every annotation of a document, all layers together, from its lossless export. */
async function annotationsOf(server: TestServer, id: string): Promise<ExportedAnnotation[]> {
  const response = await api(server, `/api/documents/${id}/export?format=factmark`);
  expect(response.status).toBe(200);
  const file = (await response.json()) as { layers: { annotations: ExportedAnnotation[] }[] };
  return file.layers.flatMap((layer) => layer.annotations);
}

/** What a Word comment's first line says of a mark: its kind, and a claim's verdict. */
const headingOf = (annotation: ExportedAnnotation) =>
  annotation.kind === 'claim' ? `${kindLabels.claim} · ${verdictLabels[annotation.verdict]}` : kindLabels[annotation.kind];

describe('Word and PDF files through the API', () => {
  let server: TestServer;
  let annotatedId: string;
  let exported: Uint8Array;

  beforeAll(async () => {
    // A small import limit, so the file limit (eight times it) is easy to pass.
    server = await startServer({ args: ['--max-import-bytes', '200000'] });
    const response = await api(server, '/api/documents', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'factmark', content: toFactmarkJson(annotatedFixture().model()) }),
    });
    expect(response.status).toBe(201);
    annotatedId = ((await response.json()) as { id: string }).id;
  });

  afterAll(async () => {
    await server.stop();
  });

  it('exports a document as a Word file in which every mark is a comment on exactly its words', async () => {
    const response = await api(server, `/api/documents/${annotatedId}/export?format=docx`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(docxType);
    expect(response.headers.get('content-disposition')).toMatch(/filename\*=UTF-8''.*\.docx$/);
    exported = new Uint8Array(await response.arrayBuffer());

    const annotations = await annotationsOf(server, annotatedId);
    const ranges = await commentRanges(exported);
    const texts = await commentTexts(exported);
    expect(ranges.size).toBe(annotations.length);
    // Each comment, by what its range covers and what its first line says, is one mark's words, kind and verdict.
    const comments = [...ranges].map(([id, words]) => `${words.replace(/\n\n/g, '')} | ${(texts.get(id) ?? '').split('\n')[0]}`);
    const marks = annotations.map((annotation) => `${annotation.quote.replace(/\n\n/g, '')} | ${headingOf(annotation)}`);
    expect(comments.sort()).toEqual(marks.sort());
    // An independent reader finds the article's text.
    const raw = await mammoth.extractRawText({ buffer: Buffer.from(exported) });
    const text = await (await api(server, `/api/documents/${annotatedId}/export?format=text`)).text();
    for (const paragraph of text.split('\n\n').filter((item) => item !== '')) expect(raw.value).toContain(paragraph);
  });

  it('imports that Word file again as a new document that keeps every mark on its words', async () => {
    const response = await postFile(server, exported, docxType, '?filename=ghost-bus.docx');
    expect(response.status).toBe(201);
    const answer = (await response.json()) as {
      id: string;
      title: string;
      format: string;
      dropped: string[];
      notes: { imported: number; unanchored: string[] };
    };
    const before = await annotationsOf(server, annotatedId);
    expect(answer).toMatchObject({ format: 'docx', dropped: [], title: 'Łódź council rejects “ghost bus” report 🚌' });
    expect(answer.notes.imported).toBe(before.length);
    // The one mark whose words were gone before comes back as an orphan, and says so.
    expect(answer.notes.unanchored).toEqual([expect.stringContaining('will be deleted')]);
    const after = await annotationsOf(server, answer.id);
    const describe = (list: ExportedAnnotation[]) =>
      list
        .map((annotation) =>
          JSON.stringify([annotation.kind, annotation.status, annotation.quote, annotation.start, annotation.verdict, annotation.note]),
        )
        .sort();
    expect(describe(after)).toEqual(describe(before));
  });

  it('imports a Word draft saved by LibreOffice: its title, and its comments as notes by their authors', async () => {
    const bytes = await readFile(path.join(import.meta.dirname, '../../../fixtures/docx/libreoffice-draft.docx'));
    const response = await postFile(server, new Uint8Array(bytes), `${docxType}; charset=binary`, '?filename=draft.docx');
    expect(response.status).toBe(201);
    const answer = (await response.json()) as { id: string; title: string };
    expect(answer.title).toBe('Ferry fares to rise — draft');
    const notes = (await annotationsOf(server, answer.id)).map(({ kind, quote, note, author }) => ({
      kind,
      quote,
      note,
      author: author.name,
    }));
    expect(notes.sort((a, b) => a.quote.localeCompare(b.quote))).toEqual([
      { kind: 'claim', quote: '15 percent', note: 'Source? The ministry release says 12%.', author: 'Zoë Adeyemi' },
      { kind: 'claim', quote: 'Nobody on Ærø can afford this', note: 'Check the quote against the recording.', author: 'Jörg Nakamura' },
    ]);
  });

  it('takes the title given over the one the Word file has', async () => {
    const plain = await readFile(path.join(import.meta.dirname, '../../../fixtures/docx/libreoffice-draft.docx'));
    const titled = await postFile(server, new Uint8Array(plain), docxType, `?title=${encodeURIComponent('Ferries, as filed')}`);
    expect(((await titled.json()) as { title: string }).title).toBe('Ferries, as filed');
  });

  it.each(Object.keys(hostileWordFiles) as (keyof typeof hostileWordFiles)[])(
    'refuses %s with a clear 4xx and stores nothing',
    async (name) => {
      const count = await documentCount(server);
      const response = await postFile(server, await hostileWordFiles[name](), docxType, '?filename=draft.docx');
      const body = (await response.json()) as { error: string; detail: string };
      const expected: Record<keyof typeof hostileWordFiles, [number, RegExp]> = {
        'a zip bomb': [413, /unpacks to 70 MiB; the most is 64 MiB/],
        'a zip bomb that lies about its size': [413, /unpacks to more than it declares \(word\/media\/padding\.bin/],
        'a deeply nested document': [400, /nested more than 200 levels/],
        'an external relationship': [400, /points outside itself \(http:\/\/attacker\.example/],
        'a .docm with macros renamed .docx': [400, /holds macros/],
        'a file that is not a zip': [400, /not a Word file/],
      };
      const [status, detail] = expected[name];
      expect(response.status).toBe(status);
      expect(body.error).toBe('Import refused');
      expect(body.detail).toMatch(detail);
      expect(await documentCount(server)).toBe(count);
    },
  );

  it('refuses a PDF that is not a PDF, and a file over the limit, storing nothing', async () => {
    const count = await documentCount(server);
    const fake = await postFile(server, new TextEncoder().encode('%PDF-1.7\nthis is not really a PDF'), 'application/pdf');
    expect(fake.status).toBe(400);
    expect(((await fake.json()) as { detail: string }).detail).toMatch(/This PDF could not be read/);
    const large = await postFile(server, new Uint8Array(1_700_000), 'application/pdf');
    expect(large.status).toBe(413);
    expect(await documentCount(server)).toBe(count);
  });

  it('imports a PDF report as its text, titled by its heading', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.newPage();
      await page.setContent(
        '<!doctype html><html lang="en"><body style="font: 12pt Georgia, serif"><h1 style="font-size: 24pt">Ferry safety review</h1>' +
          '<p>Inspectors found that two of the four ferries sailed without a working radar in October.</p>' +
          '<p>The operator said the radars had been repaired within a week.</p></body></html>',
      );
      const pdf = new Uint8Array(await page.pdf({ format: 'A5' }));
      const response = await postFile(server, pdf, 'application/pdf', '?filename=review.pdf');
      expect(response.status).toBe(201);
      const answer = (await response.json()) as { id: string; title: string; format: string };
      expect(answer).toMatchObject({ title: 'Ferry safety review', format: 'pdf' });
      const text = await (await api(server, `/api/documents/${answer.id}/export?format=text`)).text();
      expect(text).toBe(
        'Ferry safety review\n\nInspectors found that two of the four ferries sailed without a working radar in October.\n\n' +
          'The operator said the radars had been repaired within a week.',
      );
    } finally {
      await browser.close();
    }
  });

  it('still imports JSON as before, and says how to send a Word file asked for in JSON', async () => {
    const postJson = (body: unknown) =>
      api(server, '/api/documents', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
    expect((await postJson({ format: 'text', content: 'Ferries run twice a day, the operator said.' })).status).toBe(201);
    const inJson = await postJson({ format: 'docx', content: 'UEsDBBQ=' });
    expect(inJson.status).toBe(400);
    expect(((await inJson.json()) as { detail: string }).detail).toMatch(/send the file itself as the body/);
    // An old Word file (.doc) is neither JSON nor a type the API reads.
    const doc = await postFile(server, new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]), 'application/msword');
    expect(doc.status).toBe(415);
    expect(((await doc.json()) as { detail: string }).detail).toContain('application/pdf');
  });
});
