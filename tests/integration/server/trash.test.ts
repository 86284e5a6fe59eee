import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { Documents, DocumentNotFoundError, trashDays } from '../../../server/Documents.js';
import { openStore } from '../../../server/store/openStore.js';
import { articleRoomName } from '../../../shared/index.js';
import { connectClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { api, importArticle, startServer, tempDataDir } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], { cwd: root, env: { ...process.env, FACTMARK_SECRET: '' } });
const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('renaming, deleting to the trash and restoring documents', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('renames, trashes and restores through the HTTP API, closing open connections with a reason', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const id = await importArticle(server, 'A story about a bridge.');
    const renamed = await api(server, `/api/documents/${id}`, json('PATCH', { title: '  Bridge   story ' }));
    expect(renamed.status).toBe(200);
    expect(((await renamed.json()) as { title: string }).title).toBe('Bridge story');
    expect((await api(server, `/api/documents/${id}`, json('PATCH', { title: '   ' }))).status).toBe(400);

    const open = connectClient(server, articleRoomName(id));
    cleanup.push(async () => open.destroy());
    await eventually(() => expect(open.provider.wsconnected).toBe(true));
    const closed = new Promise<{ code: number; reason: string }>((resolve) =>
      open.provider.ws?.addEventListener('close', (event) => resolve({ code: event.code, reason: event.reason })),
    );
    const deleted = await api(server, `/api/documents/${id}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);
    expect(await closed).toEqual({ code: 4403, reason: 'This document was moved to the trash' });

    expect((await api(server, `/api/documents/${id}`)).status).toBe(404);
    expect((await api(server, `/api/documents/${id}/export?format=text`)).status).toBe(404);
    const listed = (await (await api(server, '/api/documents')).json()) as { documents: unknown[] };
    expect(listed.documents).toEqual([]);
    const trash = (await (await api(server, '/api/trash')).json()) as { documents: { id: string; title: string; purgeAt: string }[] };
    expect(trash.documents.map((record) => [record.id, record.title])).toEqual([[id, 'Bridge story']]);

    expect((await api(server, `/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(200);
    expect((await api(server, `/api/documents/${id}/export?format=text`)).status).toBe(200);
    expect((await api(server, `/api/trash/${id}/restore`, { method: 'POST' })).status).toBe(404);
  });

  it('keeps a trashed document restorable for 30 days, then it is gone', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const store = await openStore({ dataDir: data.dir });
    cleanup.push(() => store.close());
    let now = new Date('2026-03-01T12:00:00Z');
    const documents = new Documents(store, { maxImportBytes: 1 << 20, maxDocuments: 100 }, undefined, undefined, () => now);
    const kept = await documents.create({ format: 'text', content: 'Kept story.' });
    const dropped = await documents.create({ format: 'text', content: 'Dropped story.' });
    await documents.trash(kept.id);
    await documents.trash(dropped.id);
    now = new Date(now.getTime() + (trashDays - 1) * 24 * 3600 * 1000);
    expect((await documents.restore(kept.id)).title).toBe('Kept story.');
    now = new Date(now.getTime() + 2 * 24 * 3600 * 1000);
    expect(await documents.listTrash()).toEqual([]);
    await expect(documents.restore(dropped.id)).rejects.toBeInstanceOf(DocumentNotFoundError);
    await expect(documents.get(dropped.id)).rejects.toBeInstanceOf(DocumentNotFoundError);
    expect((await documents.list()).map((record) => record.title)).toEqual(['Kept story.']);
  });

  /** A data folder holding one imported text file; returns the folder and the document id. */
  async function importedStory(): Promise<{ dir: string; id: string }> {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const file = path.join(data.dir, 'story.txt');
    await writeFile(file, 'Harbour story.');
    const imported = await factmark('import', file, '--data', data.dir);
    return { dir: data.dir, id: /as (\S+)$/m.exec(imported.stdout)?.[1] ?? '' };
  }

  it('renames, deletes and lists the trash from the command line', async () => {
    const { dir, id } = await importedStory();
    expect((await factmark('rename', id, 'Harbour, revised', '--data', dir)).stdout).toContain('is now “Harbour, revised”');
    expect((await factmark('delete', id, '--data', dir)).stdout).toContain('Moved “Harbour, revised”');
    expect((await factmark('trash', '--data', dir)).stdout).toContain(`${id}\tHarbour, revised`);
  });

  it('restores from the trash from the command line', async () => {
    const { dir, id } = await importedStory();
    await factmark('delete', id, '--data', dir);
    expect((await factmark('restore', id, '--data', dir)).stdout).toContain('Restored “story”');
    expect((await factmark('export', id, '--data', dir)).stdout).toBe('Harbour story.\n');
  });
});
