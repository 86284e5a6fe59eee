import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { generateSecret } from './tokens.js';

/**
 * The token secret: the configured one, else the one in the data dir,
 * generated there (readable only by its owner) on first start.
 */
export async function loadSecret(dataDir: string, configured: string | null): Promise<string> {
  if (configured !== null && configured !== '') return configured;
  const file = path.join(dataDir, 'secret');
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored !== '') return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(dataDir, { recursive: true });
  const secret = generateSecret();
  // `wx` fails if another process created it first; then read theirs.
  try {
    await writeFile(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  }
}
