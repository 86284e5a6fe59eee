import { execFile } from 'node:child_process';
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { api, importArticle, startServer, tempDataDir } from '../../support/server.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const factmark = (...args: string[]) =>
  run(process.execPath, ['bin/factmark.js', ...args], {
    cwd: root,
    env: { ...process.env, FACTMARK_SECRET: '', FACTMARK_LOG_LEVEL: 'warn' },
  });

/** Every file and folder under a folder, with its permission bits. */
async function modes(dir: string): Promise<{ path: string; mode: number; folder: boolean }[]> {
  const found: { path: string; mode: number; folder: boolean }[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const entryPath = path.join(dir, entry.name);
    found.push({ path: entryPath, mode: (await stat(entryPath)).mode & 0o777, folder: entry.isDirectory() });
    if (entry.isDirectory()) found.push(...(await modes(entryPath)));
  }
  return found;
}

describe('secrets and tokens', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('prints the same owner link on every start, a revocable invite listed with the others', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const first = await startServer({ dataDir: data.dir });
    await first.stop();
    const second = await startServer({ dataDir: data.dir });
    expect(second.token).toBe(first.token);
    await second.stop();

    const listed = await factmark('invite', '--list', '--data', data.dir);
    const line = listed.stdout.split('\n').find((row) => row.includes('Owner link printed at start')) ?? '';
    expect(line).toMatch(/all documents\s+owner\s+active/);
    const jti = line.split(/\s+/)[0] ?? '';
    expect((await factmark('invite', '--revoke', jti, '--data', data.dir)).stdout).toContain(`Revoked ${jti}`);

    const third = await startServer({ dataDir: data.dir });
    cleanup.push(() => third.stop());
    expect(third.token).not.toBe(first.token);
    expect((await api(third, '/api/documents', { token: first.token })).status).toBe(401);
    expect((await api(third, '/api/documents')).status).toBe(200);
  });

  it('revokes the start link of a running server from the command line: it stops working at once', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    const listed = (await (await api(server, '/api/invites')).json()) as { invites: { jti: string; docId: string; label: string }[] };
    const start = listed.invites.find((invite) => invite.docId === '*');
    expect(start?.label).toBe('Owner link printed at start');
    const { stdout } = await run(process.execPath, ['bin/factmark.js', 'invite', '--revoke', start?.jti ?? '', '--data', server.dataDir], {
      cwd: root,
      env: { ...process.env, ...server.env },
    });
    expect(stdout).toContain('Revoked');
    expect((await api(server, '/api/documents')).status).toBe(401);
  });

  it('refuses to start on documents whose secret was lost, saying how to rotate it, and starts after a rotation', async () => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    const server = await startServer({ dataDir: data.dir });
    const id = await importArticle(server, 'A document signed for.');
    const invite = (await (
      await api(server, `/api/documents/${id}/invites`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'viewer' }),
      })
    ).json()) as { token: string };
    await server.stop();
    await rm(path.join(data.dir, 'secret'));

    await expect(startServer({ dataDir: data.dir })).rejects.toThrow(/its token secret .* is missing[\s\S]*factmark rotate-secret/);
    await expect(factmark('export', id, '--data', data.dir)).rejects.toMatchObject({ stderr: expect.stringMatching(/rotate-secret/) });

    const rotated = await factmark('rotate-secret', '--data', data.dir);
    expect(rotated.stdout).toMatch(/New token secret written .* 2 links that were active stopped working/);
    const restarted = await startServer({ dataDir: data.dir });
    cleanup.push(() => restarted.stop());
    expect((await api(restarted, `/api/documents/${id}`)).status).toBe(200);
    expect((await api(restarted, `/api/documents/${id}`, { token: invite.token })).status).toBe(401);
    // Three server starts and three command runs: more than the default 30 s on a busy machine.
  }, 90_000);

  it('refuses to rotate the secret under a running server', async () => {
    const server = await startServer();
    cleanup.push(() => server.stop());
    await expect(factmark('rotate-secret', '--data', server.dataDir)).rejects.toMatchObject({
      stderr: expect.stringMatching(/A server is running .*: stop it first/),
    });
  });

  it('writes every file private to its user (0600) and every folder 0700, the journal included', async () => {
    const server = await startServer();
    await importArticle(server, 'Private words.');
    const found = await modes(server.dataDir);
    await server.stop();
    expect(found.map((entry) => path.basename(entry.path))).toEqual(expect.arrayContaining(['secret', 'store', 'store.journal']));
    for (const entry of found)
      expect({ path: entry.path, mode: entry.mode.toString(8) }).toEqual({ path: entry.path, mode: entry.folder ? '700' : '600' });
    expect(((await stat(server.dataDir)).mode & 0o777).toString(8)).toBe('700');
  });
});
