import { appendFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { ThreadedSearchIndex } from './ThreadedSearchIndex.js';
import type { SearchIndex } from './SearchIndex.js';

/** The folder of the embedded store's search index. */
export function searchDir(dataDir: string): string {
  return path.join(dataDir, 'search');
}

/** The search index that goes with the store: PostgreSQL's full-text search with a database, else MiniSearch in the data folder (in a worker thread). */
export async function openSearchIndex(config: Pick<Config, 'dataDir' | 'databaseUrl' | 'logLevel'>): Promise<SearchIndex> {
  // The PostgreSQL client is loaded only with a database.
  if (config.databaseUrl !== null) return (await import('./PostgresSearchIndex.js')).PostgresSearchIndex.open(config.databaseUrl);
  // In a thread of its own: indexing, searching and saving a big index take the event loop from no one.
  return ThreadedSearchIndex.open(searchDir(config.dataDir), config.logLevel);
}

/**
 * Notes documents a command changed without the server, so that the next
 * search (the server's, or the command's) indexes them again: in the
 * embedded index's pending list, or PostgreSQL's pending table.
 */
export async function notePendingChanges(config: Pick<Config, 'dataDir' | 'databaseUrl'>, docIds: readonly string[]): Promise<void> {
  if (docIds.length === 0) return;
  if (config.databaseUrl === null) {
    const dir = searchDir(config.dataDir);
    await mkdir(dir, { recursive: true, mode: 0o700 });
    await appendFile(path.join(dir, 'pending'), docIds.map((id) => `${id}\n`).join(''));
    return;
  }
  const { PostgresSearchIndex } = await import('./PostgresSearchIndex.js');
  const index = await PostgresSearchIndex.open(config.databaseUrl);
  try {
    await index.notePending(docIds);
  } finally {
    await index.close();
  }
}
