import { readdir, readFile, stat, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { layerRoomName, listAnnotations, teamLayerId } from '../../../shared/index.js';
import { annotateAs } from '../../support/annotate.js';
import { connectClient, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, tempDataDir, type TestServer } from '../../support/server.js';

const words = Array.from({ length: 40 }, (_, index) => `word${index}`);

/** A data folder whose LevelDB log holds an article and 40 marks, the server stopped; returns its log file. */
async function storedMarks(): Promise<{ dir: string; remove: () => Promise<void>; docId: string; log: string }> {
  const data = await tempDataDir();
  const server = await startServer({ dataDir: data.dir });
  const docId = await importArticle(server, words.join(' '));
  const clients = await annotateAs(
    server,
    docId,
    server.token,
    teamLayerId,
    words.map((word) => ['claim', word]),
  );
  const check = connectClient(server, layerRoomName(docId, teamLayerId));
  await eventually(() => expect(listAnnotations(check.doc).length).toBe(words.length), 10_000);
  for (const client of [...clients, check]) client.destroy();
  await server.stop();
  const store = path.join(data.dir, 'store');
  const logs = (await readdir(store)).filter((name) => name.endsWith('.log'));
  const sizes = await Promise.all(logs.map(async (name) => (await stat(path.join(store, name))).size));
  const biggest = logs[sizes.indexOf(Math.max(...sizes))] ?? '';
  return { ...data, docId, log: path.join(store, biggest) };
}

describe('a damaged LevelDB', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const serve = async (dataDir: string): Promise<TestServer> => {
    const server = await startServer({ dataDir, env: { FACTMARK_LOG_LEVEL: 'info' } });
    cleanup.push(() => server.stop());
    return server;
  };
  const health = async (server: TestServer) => (await (await fetch(`${server.url}/healthz`)).json()) as { ok: boolean; damaged: string[] };

  it('reports garbage in its log, and keeps the log it could not read', async () => {
    const { dir, remove, log } = await storedMarks();
    cleanup.push(remove);
    const bytes = await readFile(log);
    const middle = Math.floor(bytes.length / 2);
    for (let index = 0; index < 64; index++) bytes[middle + index] = (index * 67 + 13) & 0xff;
    await writeFile(log, bytes);

    const server = await serve(dir);
    expect(await health(server)).toMatchObject({ ok: true, damaged: ['unknown'] });
    expect(server.logs()).toMatch(/store damage: LevelDB could not read \d+ bytes of its log/);
    const kept = (await readdir(dir)).filter((name) => name.startsWith('store.damaged-logs-'));
    expect(kept).toHaveLength(1);
    expect(await readFile(path.join(dir, kept[0] ?? '', path.basename(log)))).toEqual(bytes);
  });

  it('reports a log cut short, which LevelDB itself takes for a crash', async () => {
    const { dir, remove, log } = await storedMarks();
    cleanup.push(remove);
    await truncate(log, Math.floor((await stat(log)).size / 3));

    const server = await serve(dir);
    expect((await health(server)).damaged).toEqual(['unknown']);
    expect(server.logs()).toMatch(/store damage: LevelDB holds \d+ batches of updates but had written \d+/);
  });

  it('says nothing of a store that is whole', async () => {
    const { dir, remove, docId } = await storedMarks();
    cleanup.push(remove);
    const server = await serve(dir);
    expect(await health(server)).toMatchObject({ ok: true, damaged: [] });
    const layer = connectClient(server, layerRoomName(docId, teamLayerId));
    cleanup.push(() => layer.destroy());
    await synced(layer);
    expect(listAnnotations(layer.doc)).toHaveLength(words.length);
  });
});
