import { randomBytes } from 'node:crypto';
import { startServer, type TestServer } from './server.js';

/** Where several instances keep and share their state. */
export interface SharedBackends {
  databaseUrl: string;
  /** One Redis URL for all, or one per instance (the same Redis reached different ways). */
  redisUrl: string | string[];
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
    FACTMARK_SECRET: randomBytes(24).toString('base64url'),
    ...extraEnv,
  };
  const redisUrlOf = (index: number) => (Array.isArray(backends.redisUrl) ? (backends.redisUrl[index] ?? '') : backends.redisUrl);
  return Promise.all(Array.from({ length: count }, (_, index) => startServer({ env: { ...env, FACTMARK_REDIS_URL: redisUrlOf(index) } })));
}
