import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadSecret, rotateSecret, SecretMissingError } from '../../../server/secret.js';
import type { InviteRecord } from '../../../server/store/Store.js';
import type { DocumentRecord } from '../../../shared/index.js';

/** A store holding some documents and invites, as far as the secret looks. */
function storeWith(documents: number, invites: number) {
  return {
    listDocuments: async () => Array.from({ length: documents }, (_, index) => ({ id: `d${index}` }) as DocumentRecord),
    listInvites: async () => Array.from({ length: invites }, (_, index) => ({ jti: `i${index}` }) as InviteRecord),
  };
}

describe('the token secret', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'factmark-secret-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('is generated on a first start, readable by its owner only, and read back after', async () => {
    const secret = await loadSecret(dir, null, storeWith(0, 0));
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(path.join(dir, 'secret'))).mode & 0o777).toBe(0o600);
    expect(await loadSecret(dir, null, storeWith(3, 2))).toBe(secret);
  });

  it('is the configured one when given', async () => {
    expect(await loadSecret(dir, 'configured', storeWith(3, 0))).toBe('configured');
  });

  it.each([
    ['documents', 2, 0],
    ['invitation links', 0, 1],
  ])(
    'is never made anew for a store that holds %s: that is refused, saying how to restore or rotate it',
    async (_what, documents, invites) => {
      const refused = loadSecret(dir, null, storeWith(documents, invites));
      await expect(refused).rejects.toThrow(SecretMissingError);
      await expect(loadSecret(dir, null, storeWith(documents, invites))).rejects.toThrow(
        /is missing[\s\S]*Restore the file[\s\S]*factmark rotate-secret/,
      );
      await expect(readFile(path.join(dir, 'secret'))).rejects.toMatchObject({ code: 'ENOENT' });
    },
  );

  it('is refused when missing and the store is another process’s', async () => {
    await expect(loadSecret(dir, null, null)).rejects.toThrow(/has no token secret/);
  });

  it('is replaced whole by a rotation, still private', async () => {
    await writeFile(path.join(dir, 'secret'), 'old\n', { mode: 0o600 });
    await rotateSecret(dir);
    const rotated = await loadSecret(dir, null, storeWith(1, 1));
    expect(rotated).not.toBe('old');
    expect(rotated).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect((await stat(path.join(dir, 'secret'))).mode & 0o777).toBe(0o600);
  });
});
