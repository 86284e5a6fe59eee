import { randomBytes } from 'node:crypto';
import { startServer, type TestServer } from './server.js';

/** Where several instances keep and share their state. */
export interface SharedBackends {
  databaseUrl: string;
  redisUrl: string;
}

/**
 * Starts server processes on one database and one Redis, with one secret, as
 * several instances behind a load balancer run: a token from one works on all.
 */
export async function startInstances(
  count: number,
  backends: SharedBackends,
  extraEnv: Record<string, string> = {},
): Promise<TestServer[]> {
  const env = {
    FACTMARK_DATABASE_URL: backends.databaseUrl,
    FACTMARK_REDIS_URL: backends.redisUrl,
    FACTMARK_SECRET: randomBytes(24).toString('base64url'),
    ...extraEnv,
  };
  return Promise.all(Array.from({ length: count }, () => startServer({ env })));
}
