import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { LevelStore } from './LevelStore.js';
import type { Store } from './Store.js';

/** Opens the configured store: the embedded LevelDB store in `<dataDir>/store`. */
export async function openStore(config: { dataDir: string }): Promise<Store> {
  await mkdir(config.dataDir, { recursive: true });
  return LevelStore.open(path.join(config.dataDir, 'store'));
}
