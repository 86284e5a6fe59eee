import path from 'node:path';
import type { Config } from '../config.js';
import type { Logger } from '../log.js';
import { MiniSearchIndex } from './MiniSearchIndex.js';
import { PostgresSearchIndex } from './PostgresSearchIndex.js';
import type { SearchIndex } from './SearchIndex.js';

/** The folder of the embedded store's search index. */
export function searchDir(dataDir: string): string {
  return path.join(dataDir, 'search');
}

/** The search index that goes with the store: PostgreSQL's full-text search with a database, else MiniSearch in the data folder. */
export async function openSearchIndex(config: Pick<Config, 'dataDir' | 'databaseUrl'>, log: Logger): Promise<SearchIndex> {
  if (config.databaseUrl !== null) return PostgresSearchIndex.open(config.databaseUrl);
  return MiniSearchIndex.open(searchDir(config.dataDir), log);
}
