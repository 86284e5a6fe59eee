import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** What a running server leaves in its data dir, so the CLI can reach it. */
export interface RuntimeInfo {
  url: string;
  pid: number;
}

const fileName = 'server.json';

export async function writeRuntimeInfo(dataDir: string, info: RuntimeInfo): Promise<void> {
  await writeFile(path.join(dataDir, fileName), `${JSON.stringify(info)}\n`, { mode: 0o600 });
}

export async function readRuntimeInfo(dataDir: string): Promise<RuntimeInfo | null> {
  try {
    return JSON.parse(await readFile(path.join(dataDir, fileName), 'utf8')) as RuntimeInfo;
  } catch {
    return null;
  }
}

export async function removeRuntimeInfo(dataDir: string): Promise<void> {
  await rm(path.join(dataDir, fileName), { force: true });
}

/**
 * The address links the CLI prints should open: the public address when one
 * is set, else the running server's own (it may listen on another port than
 * the configured one), else the configured port on this machine.
 */
export async function linkAddress(config: { dataDir: string; publicUrl: string | null; port: number }): Promise<string> {
  return config.publicUrl ?? (await readRuntimeInfo(config.dataDir))?.url ?? `http://localhost:${config.port}`;
}
