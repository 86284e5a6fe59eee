import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { api, startServer, tempDataDir } from '../../../support/server.js';
import { commentRanges, hostileWordFiles } from '../../../support/wordFiles.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });
const draft = path.join(root, 'tests/fixtures/docx/libreoffice-draft.docx');

describe('factmark CLI with Word and PDF files', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('imports a Word draft with its comments as notes, and exports the document as a Word file with them as comments', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const imported = await factmark('import', draft, '--data', data.dir);
    expect(imported.stdout).toMatch(/^Imported "Ferry fares to rise — draft" as \S+\n {2}2 comments kept as notes on marks\n$/);
    const id = /as (\S+)$/m.exec(imported.stdout)?.[1] ?? '';
    const output = path.join(data.dir, 'out.docx');
    await factmark('export', id, '--format', 'docx', '-o', output, '--data', data.dir);
    const ranges = [...(await commentRanges(new Uint8Array(await readFile(output)))).values()];
    expect(ranges.sort()).toEqual(['15 percent', 'Nobody on Ærø can afford this']);
    // Without -o, the bytes go to a pipe as they are.
    const piped = await run(process.execPath, ['bin/factmark.js', 'export', id, '--format', 'docx', '--data', data.dir], {
      cwd: root,
      env: { ...process.env, FACTMARK_SECRET: '' },
      encoding: 'buffer',
    });
    expect(piped.stdout.subarray(0, 2).toString()).toBe('PK');
  });

  it('imports a folder of Word, PDF and text files, saying what failed and what each file lost', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const folder = path.join(data.dir, 'inbox');
    await mkdir(folder);
    await copyFile(draft, path.join(folder, 'ferry.docx'));
    await writeFile(path.join(folder, 'macro.docx'), await hostileWordFiles['a .docm with macros renamed .docx']());
    await writeFile(path.join(folder, 'scan.pdf'), 'not a pdf at all');
    await writeFile(path.join(folder, 'note.txt'), 'The ferry left late, the harbour master said.');
    const failed = await factmark('import', folder, '--data', data.dir).catch((error: { stdout: string; code: number }) => error);
    expect('code' in failed && failed.code).toBe(1);
    expect(failed.stdout).toContain('Imported 2 of 4 files');
    expect(failed.stdout).toContain('ferry.docx:\n  2 comments kept as notes on marks');
    expect(failed.stdout).toMatch(/macro\.docx: The Word file holds macros/);
    expect(failed.stdout).toMatch(/scan\.pdf: This PDF could not be read/);
  });

  it('imports a Word file through the running server that holds the store', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const { stdout } = await factmark('import', draft, '--title', 'Ferry fares (desk copy)', '--data', server.dataDir);
    expect(stdout).toContain('Imported "Ferry fares (desk copy)"');
    expect(stdout).toContain('2 comments kept as notes on marks');
    const list = (await (await api(server, '/api/documents')).json()) as { documents: { id: string; title: string }[] };
    expect(list.documents.map((record) => record.title)).toEqual(['Ferry fares (desk copy)']);
    const output = path.join(server.dataDir, 'desk.docx');
    await factmark('export', list.documents[0]?.id ?? '', '--format', 'docx', '-o', output, '--data', server.dataDir);
    expect([...(await commentRanges(new Uint8Array(await readFile(output)))).values()].sort()).toEqual([
      '15 percent',
      'Nobody on Ærø can afford this',
    ]);
  });

  it('tells in its help that Word files and PDFs import and Word files export', async () => {
    expect((await factmark('import', '--help')).stdout).toMatch(/\.docx, \.pdf/);
    expect((await factmark('export', '--help')).stdout).toMatch(/docx/);
  });
});
