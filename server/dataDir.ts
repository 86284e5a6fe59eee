import { chmod, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Makes everything the server writes private to its user: from now on
 * (a umask of 077, so LevelDB's and the journal's files are created 0600 and
 * folders 0700), and for what an earlier version left readable in the data
 * folder. The folder holds the token secret and every document.
 */
export async function secureDataDir(dataDir: string): Promise<void> {
  process.umask(0o077);
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const tighten = async (dir: string): Promise<void> => {
    await chmod(dir, 0o700);
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const entryPath = path.join(dir, entry.name);
      if (entry.isDirectory()) await tighten(entryPath);
      else if (entry.isFile()) await chmod(entryPath, 0o600);
    }
  };
  await tighten(dataDir);
}
