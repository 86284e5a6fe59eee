import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId } from '../../../shared/index.js';
import { TestArticle } from '../../support/article.js';
import { connectClient, synced } from '../../support/client.js';
import { startInstances } from '../../support/instances.js';
import { journalMarks } from '../../support/journal.js';
import { importArticle, startServer, tempDataDir } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';
import pg from 'pg';

const services = testServices();

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');

/** Runs `factmark doctor`; resolves with its output and exit code, whatever the code. */
async function doctor(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; code: number }> {
  try {
    const { stdout } = await run(process.execPath, ['bin/factmark.js', 'doctor', ...args], {
      cwd: root,
      env: { ...process.env, FACTMARK_SECRET: '', FACTMARK_LOG_LEVEL: 'silent', ...env },
    });
    return { stdout, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; code: number };
    return { stdout: failed.stdout, code: failed.code };
  }
}

describe('factmark doctor', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('names the damaged document, leaves the store as it is, and exports what reads', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const server = await startServer({ dataDir: data.dir });
    const damagedId = await importArticle(server, 'One two three four five.');
    const wholeId = await importArticle(server, 'Untouched text.');
    const reader = connectClient(server, damagedId);
    await synced(reader);
    const article = new TestArticle(reader.doc);
    reader.destroy();
    await server.stop();

    // Three marks a crash left in the journal; the second one's bytes damaged.
    const file = path.join(data.dir, 'store.journal');
    const { starts, end } = journalMarks(data.dir, damagedId, article, ['One', 'three', 'five']);
    const offsets = [...starts, end];
    const bytes = await readFile(file);
    const inSecond = Math.floor(((offsets[1] ?? 0) + (offsets[2] ?? 0)) / 2) + 10;
    bytes.writeUInt8(bytes.readUInt8(inSecond) ^ 0x21, inSecond);
    await writeFile(file, bytes);
    const before = await readdir(data.dir);

    const out = path.join(data.dir, 'readable');
    const result = await doctor(['--data', data.dir, '--export-readable', out]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('2 documents, 1 damaged.');
    expect(result.stdout).toMatch(new RegExp(`DAMAGED  ${damagedId}`));
    expect(result.stdout).toMatch(new RegExp(`ok {7}${wholeId}`));
    expect(result.stdout).toContain(`1 update of room ${layerRoomName(damagedId, teamLayerId)}`);
    // The doctor changed nothing: the damaged journal is where it was, byte for byte.
    expect(await readFile(file)).toEqual(bytes);
    expect((await readdir(data.dir)).filter((name) => name !== 'readable').sort()).toEqual(before.sort());
    // What reads is written out: both documents, the damaged one with its two readable marks.
    const exported = JSON.parse(await readFile(path.join(out, `${damagedId}.json`), 'utf8')) as {
      layers: { id: string; annotations: { quote?: string; target?: unknown }[] }[];
    };
    expect(exported.layers.find((layer) => layer.id === teamLayerId)?.annotations).toHaveLength(2);
    expect((await readdir(out)).sort()).toEqual([`${damagedId}.json`, `${wholeId}.json`].sort());
  });

  it('finds nothing wrong in a whole store, and exits 0', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const server = await startServer({ dataDir: data.dir });
    await importArticle(server, 'All well.');
    await server.stop();
    const result = await doctor(['--data', data.dir]);
    expect(result).toMatchObject({ code: 0 });
    expect(result.stdout).toContain('No damage found.');
  });

  it.skipIf(services === null)(
    `checks the database too, naming a stored update that does not decode${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`,
    async () => {
      if (services === null) throw new Error(servicesSkipReason);
      const database = await freshDatabase(services);
      cleanup.push(database.drop);
      const [server] = await startInstances(1, { databaseUrl: database.url, redisUrl: services.redisUrl });
      if (server === undefined) throw new Error('No instance.');
      const docId = await importArticle(server, 'Stored in the database.');
      await server.stop();
      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      await client.query('INSERT INTO factmark_updates (room, data) VALUES ($1, $2)', [docId, Buffer.from([1, 200, 7, 0, 250, 3, 9, 9])]);
      await client.end();

      const result = await doctor([], { FACTMARK_DATABASE_URL: database.url });
      expect(result.code).toBe(1);
      expect(result.stdout).toContain('Checked the database.');
      expect(result.stdout).toContain(`DAMAGED  ${docId}`);
      // However many updates the import and the server's start stored, the one inserted is the one that does not decode.
      expect(result.stdout).toMatch(new RegExp(`${docId}: 1 of \\d+ stored updates do not decode \\(skipped\\)`));
    },
  );
});
