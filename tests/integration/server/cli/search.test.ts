import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { searchAnswerSchema } from '../../../../shared/api/index.js';
import { eventually } from '../../../support/eventually.js';
import { importArticle, startServer, tempDataDir } from '../../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], {
    cwd: root,
    env: { ...process.env, FACTMARK_SECRET: '', FACTMARK_LOG_LEVEL: 'warn' },
  });

describe('factmark search', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('searches the data folder with no server running, indexing what commands imported', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const file = path.join(data.dir, 'ferry.txt');
    await writeFile(file, 'The operator said the ferry to Sandvik was on time.');
    const id = /as (\S+)$/m.exec((await factmark('import', file, '--data', data.dir)).stdout)?.[1] ?? '';
    const { stdout } = await factmark('search', 'sandvik', '--data', data.dir);
    expect(stdout).toContain(`ferry (${id}) · text`);
    expect(stdout).toContain('[Sandvik]');
    expect(stdout).toContain(`/#/d/${id}/at/`);
    const json = searchAnswerSchema.parse(JSON.parse((await factmark('search', 'sandvik', '--json', '--data', data.dir)).stdout));
    expect(json.hits.map((hit) => hit.document.id)).toEqual([id]);
    expect((await factmark('search', 'sandvik', '--kind', 'claim', '--data', data.dir)).stdout).toBe('Nothing found.\n');
  });

  it('asks the running server that holds the store, and refuses a search without words or filters', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const id = await importArticle(server, 'Lighthouse keepers counted gannets on the skerry.');
    await eventually(async () => {
      const { stdout } = await factmark('search', 'gannets', '--json', '--data', server.dataDir);
      expect(searchAnswerSchema.parse(JSON.parse(stdout)).hits.map((hit) => hit.document.id)).toEqual([id]);
    }, 15_000);
    // Its links open the running server, on whatever port it listens.
    expect((await factmark('search', 'gannets', '--data', server.dataDir)).stdout).toContain(`${server.url}/#/d/${id}/at/`);
    await expect(factmark('search', '--data', server.dataDir)).rejects.toMatchObject({
      stderr: expect.stringContaining('Give words to find'),
    });
  });
});
