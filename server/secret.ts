import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Store } from './store/Store.js';
import { generateSecret } from './tokens.js';

/** The data folder holds documents or links but not the secret they were signed with. */
export class SecretMissingError extends Error {
  override readonly name = 'SecretMissingError';
}

/** The secret's file in a data folder. */
export function secretFile(dataDir: string): string {
  return path.join(dataDir, 'secret');
}

async function readSecret(file: string): Promise<string | null> {
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    return stored === '' ? null : stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    return null;
  }
}

/** Why a store without a secret must not get a new one silently, or null when it is empty. */
async function lostSecret(store: Pick<Store, 'listDocuments' | 'listInvites'>, dataDir: string): Promise<string | null> {
  const [documents, invites] = await Promise.all([store.listDocuments(), store.listInvites()]);
  if (documents.length === 0 && invites.length === 0) return null;
  return (
    `The data folder ${dataDir} holds ${documents.length} documents and ${invites.length} invitation links, ` +
    `but its token secret (${secretFile(dataDir)}) is missing: every link was signed with it, and a new secret ` +
    `would make them all stop working without a word. Restore the file from a backup, or make a new secret ` +
    `knowingly with \`factmark rotate-secret --data ${dataDir}\` (every existing link stops working; the start link is issued anew).`
  );
}

/**
 * The token secret: the configured one, else the one in the data dir. On a
 * first start (a store with no documents and no links) it is generated there,
 * readable only by its owner. A store that holds documents or links but has
 * lost its secret is refused with a {@link SecretMissingError} that says how
 * to restore or rotate it; so is a missing secret when `store` is null (the
 * store belongs to a running server that knows the secret).
 */
export async function loadSecret(
  dataDir: string,
  configured: string | null,
  store: Pick<Store, 'listDocuments' | 'listInvites'> | null,
): Promise<string> {
  if (configured !== null && configured !== '') return configured;
  const file = secretFile(dataDir);
  const stored = await readSecret(file);
  if (stored !== null) return stored;
  const lost = store === null ? `The data folder ${dataDir} has no token secret (${file}).` : await lostSecret(store, dataDir);
  if (lost !== null) throw new SecretMissingError(lost);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const secret = generateSecret();
  // `wx` fails if another process created it first; then read theirs.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readSecret(file)) ?? secret;
  }
}

/**
 * Replaces the data folder's secret with a new one (the old one, if any, is
 * gone: every token it signed stops working). Written whole or not at all.
 */
export async function rotateSecret(dataDir: string): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const file = secretFile(dataDir);
  const next = `${file}.new`;
  await writeFile(next, `${generateSecret()}\n`, { mode: 0o600 });
  await rename(next, file);
}
