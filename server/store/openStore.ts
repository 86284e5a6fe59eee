import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { LevelStore } from './LevelStore.js';
import type { Store } from './Store.js';
import type { Durability } from './UpdateJournal.js';

/**
 * Opens the configured store: PostgreSQL when a database URL is given (for
 * several instances), else the embedded LevelDB store in `<dataDir>/store`.
 */
export async function openStore(config: { dataDir: string; databaseUrl?: string | null; durability?: Durability }): Promise<Store> {
  // The data dir also holds the running server's address, whichever the store.
  await mkdir(config.dataDir, { recursive: true });
  if (config.databaseUrl !== undefined && config.databaseUrl !== null) {
    // Loaded only for a database: the embedded store needs no PostgreSQL client.
    const { PostgresStore } = await import('./PostgresStore.js');
    return PostgresStore.open(config.databaseUrl);
  }
  return LevelStore.open(path.join(config.dataDir, 'store'), { durability: config.durability ?? 'power' });
}
