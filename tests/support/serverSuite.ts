import { afterAll, beforeAll } from 'vitest';
import type { TestClient } from './client.js';
import { startServer, type TestServer } from './server.js';

/** A server shared by one test file, and the clients its tests connect. */
export interface ServerSuite {
  /** The server started for the file: each field reads it (reading one before it started throws). */
  readonly server: TestServer;
  /** The clients the file's tests connect: each is destroyed after the file. */
  readonly clients: TestClient[];
}

/** Starts a factmark server (with these options) for the test file; destroys its clients and stops it after the file. */
export function useServer(options: Parameters<typeof startServer>[0] = {}): ServerSuite {
  let running: TestServer | undefined;
  const clients: TestClient[] = [];
  beforeAll(async () => {
    running = await startServer(options);
  });
  afterAll(async () => {
    for (const client of clients.splice(0)) client.destroy();
    await running?.stop();
  });
  const started = (): TestServer => {
    if (running === undefined) throw new Error('The server did not start.');
    return running;
  };
  const server: TestServer = {
    get url() {
      return started().url;
    },
    get token() {
      return started().token;
    },
    get dataDir() {
      return started().dataDir;
    },
    get env() {
      return started().env;
    },
    get process() {
      return started().process;
    },
    logs: () => started().logs(),
    stop: () => started().stop(),
    kill: () => started().kill(),
  };
  return { server, clients };
}
