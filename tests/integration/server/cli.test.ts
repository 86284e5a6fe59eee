import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { api, startServer, tempDataDir } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });

describe('factmark CLI', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('prints help for every command', async () => {
    const { stdout } = await factmark('--help');
    expect(stdout).toMatch(/serve[\s\S]*import[\s\S]*export/);
    expect((await factmark('import', '--help')).stdout).toContain('--format');
  });

  it('imports a file into the store and exports it, with no server running', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const file = path.join(data.dir, 'story.md');
    await writeFile(file, '# Ferry delayed\n\nThe operator said the ferry was “on time”.');
    const { stdout } = await factmark('import', file, '--data', data.dir);
    const id = /as (\S+)$/m.exec(stdout)?.[1] ?? '';
    expect(stdout).toContain('Imported "Ferry delayed"');
    const exported = await factmark('export', id, '--data', data.dir);
    expect(exported.stdout).toBe('Ferry delayed\n\nThe operator said the ferry was “on time”.\n');
  });

  it('stops quietly when the reader of its output closes early (`export … | head`)', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const file = path.join(data.dir, 'long.md');
    const paragraphs = Array.from({ length: 4000 }, (_, index) => `Paragraph ${index} says the harbour master said the quay was closed.`);
    await writeFile(file, `# Long story\n\n${paragraphs.join('\n\n')}`);
    const id = /as (\S+)$/m.exec((await factmark('import', file, '--data', data.dir)).stdout)?.[1] ?? '';
    const exporting = spawn(process.execPath, ['bin/factmark.js', 'export', id, '--data', data.dir], {
      cwd: root,
      env: { ...process.env, FACTMARK_SECRET: '' },
    });
    let stderr = '';
    exporting.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Read the first chunk, then close the pipe as `head` does.
    await new Promise<void>((resolve) => exporting.stdout.once('data', () => resolve()));
    exporting.stdout.destroy();
    const [code] = (await once(exporting, 'exit')) as [number | null];
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('imports through the running server that holds the store', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const file = path.join(server.dataDir, 'live_import.txt');
    await writeFile(file, 'Live import.\n\nSecond paragraph.');
    const { stdout } = await factmark('import', file, '--data', server.dataDir);
    // A text file is titled by its name.
    expect(stdout).toContain('Imported "live import"');
    const list = (await (await api(server, '/api/documents')).json()) as { documents: { title: string }[] };
    expect(list.documents.map((record) => record.title)).toEqual(['live import']);
  });

  it('fails with a clear message for bad input', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const unknown = path.join(data.dir, 'story.odt');
    await writeFile(unknown, 'x');
    await expect(factmark('import', unknown, '--data', data.dir)).rejects.toMatchObject({ stderr: expect.stringContaining('--format') });
    const notWord = path.join(data.dir, 'story.docx');
    await writeFile(notWord, 'x');
    await expect(factmark('import', notWord, '--data', data.dir)).rejects.toMatchObject({
      stderr: expect.stringContaining('This is not a Word file (.docx): it is not a zip package.'),
    });
    const empty = path.join(data.dir, 'empty.txt');
    await writeFile(empty, '\n\n');
    await expect(factmark('import', empty, '--data', data.dir)).rejects.toMatchObject({ stderr: expect.stringContaining('empty') });
    await expect(factmark('import', path.join(data.dir, 'missing.txt'), '--data', data.dir)).rejects.toMatchObject({
      stderr: expect.stringContaining('ENOENT'),
    });
  });
});
