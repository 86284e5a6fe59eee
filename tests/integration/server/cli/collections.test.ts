import { execFile } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');

describe('factmark collection, tag, list and corpus export on the store, with no server running', () => {
  let data: Awaited<ReturnType<typeof tempDataDir>>;
  const factmark = async (...args: string[]) =>
    run(process.execPath, ['bin/factmark.js', ...args, '--data', data.dir], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });
  const ids: string[] = [];

  beforeAll(async () => {
    data = await tempDataDir();
    for (const [name, text] of [
      ['ferry.md', '# Ferry delayed\n\nThe operator said the ferry was on time.'],
      ['bridge.md', '# Bridge closes\n\nThe council said the bridge closes in June.'],
    ] as const) {
      const file = path.join(data.dir, name);
      await writeFile(file, text);
      ids.push(/as (\S+)$/m.exec((await factmark('import', file)).stdout)?.[1] ?? '');
    }
  });
  afterAll(() => data.remove());

  it('makes a collection, files and tags documents, lists them filtered, and exports the collection', async () => {
    const collection = (await factmark('collection', 'create', 'Transport', '--description', 'Ferries and bridges')).stdout.trim();
    expect(collection).toMatch(/^c-/);
    const [ferry = '', bridge = ''] = ids;
    expect((await factmark('collection', 'add', collection, ferry, bridge)).stdout).toContain('Added 2 documents');
    expect((await factmark('collection', 'remove', collection, bridge)).stdout).toContain('Removed 1 document');
    expect((await factmark('tag', ferry, 'Night Boats', 'ports')).stdout.trim()).toBe('night-boats ports');
    expect((await factmark('tag', ferry, 'ports', '--remove')).stdout.trim()).toBe('night-boats');
    expect((await factmark('collection', 'list')).stdout).toBe(`${collection}\t1 documents\tTransport\n`);
    const listed = (await factmark('list', '--collection', collection, '--tag', 'night-boats')).stdout.trim().split('\n');
    expect(listed.map((line) => line.split('\t')[0])).toEqual([ferry]);

    const output = path.join(data.dir, 'transport.jsonl');
    await factmark('export', '--collection', collection, '-o', output);
    const lines = (await readFile(output, 'utf8')).trimEnd().split('\n');
    expect(lines.map((line) => (JSON.parse(line) as { id: string; tags: string[] }).id)).toEqual([ferry]);
    expect(await readFile(`${output}.datasheet.md`, 'utf8')).toContain('# Datasheet: Transport');
    const all = (await factmark('export', '--all', '--format', 'csv')).stdout;
    expect(all.startsWith('\uFEFFdocument,')).toBe(true);
    // A dozen commands, each a process starting TypeScript.
  }, 180_000);

  it('refuses an unknown collection, a bad tag or a corpus in a single-document format, and changes nothing', async () => {
    const [ferry = ''] = ids;
    const before = (await factmark('list')).stdout;
    await expect(factmark('collection', 'add', 'c-nothere', ferry)).rejects.toMatchObject({
      stderr: expect.stringContaining('c-nothere') as unknown,
    });
    await expect(factmark('tag', ferry, '<b>')).rejects.toMatchObject({ stderr: expect.stringContaining('<b>') as unknown });
    await expect(factmark('export', '--all', '--format', 'html')).rejects.toMatchObject({
      stderr: expect.stringContaining('jsonl, wa, csv') as unknown,
    });
    expect((await factmark('list')).stdout).toBe(before);
  }, 120_000);
});
