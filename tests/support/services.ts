import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import pg from 'pg';

const root = path.resolve(import.meta.dirname, '..', '..');
const envFile = path.join(root, '.test-services.env');

/** Where the PostgreSQL server and Redis for the multi-instance tests are, if they run. */
export interface TestServices {
  /** A database the tests may create other databases from. */
  databaseUrl: string;
  redisUrl: string;
}

/**
 * The services `scripts/test-services.sh start` started: from the environment
 * (as CI exports them), else from the file that script writes. Null when
 * neither says, and the tests that need them skip.
 */
export function testServices(): TestServices | null {
  const fromFile: Record<string, string> = {};
  try {
    for (const line of readFileSync(envFile, 'utf8').split('\n')) {
      const match = /^(\w+)=(.*)$/.exec(line.trim());
      if (match?.[1] !== undefined && match[2] !== undefined) fromFile[match[1]] = match[2];
    }
  } catch {
    // No file: the services were not started here.
  }
  const databaseUrl = process.env['FACTMARK_TEST_DATABASE_URL'] ?? fromFile['FACTMARK_TEST_DATABASE_URL'];
  const redisUrl = process.env['FACTMARK_TEST_REDIS_URL'] ?? fromFile['FACTMARK_TEST_REDIS_URL'];
  if (databaseUrl === undefined || databaseUrl === '' || redisUrl === undefined || redisUrl === '') return null;
  return { databaseUrl, redisUrl };
}

/** Why the multi-instance tests skip, shown in their names when they do. */
export const servicesSkipReason = 'no PostgreSQL/Redis: run `bash scripts/test-services.sh start` to include these tests';

/** A new empty database on the test PostgreSQL server, dropped by `drop`. */
export async function freshDatabase(services: TestServices): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `factmark_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: services.databaseUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(services.databaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: services.databaseUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('No port.'))));
    });
  });
}

/** A Redis server of the test's own, which it may kill and start again on the same port. */
export interface OwnRedis {
  url: string;
  /** Kills it (SIGKILL), as a crash would. */
  stop(): Promise<void>;
  /** Starts a new, empty one on the same port. */
  start(): Promise<void>;
}

/** Starts Debian's `redis-server` on a free port, keeping nothing on disk. */
export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const launch = async (): Promise<ChildProcess> => {
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      let output = '';
      const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (/Ready to accept connections/i.test(output)) {
          clearTimeout(timer);
          resolve();
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`redis-server exited with ${code}:\n${output}`));
      });
    });
    return child;
  };
  const kill = async (process: ChildProcess) => {
    if (process.exitCode !== null || process.signalCode !== null) return;
    const exited = new Promise((resolve) => process.once('exit', resolve));
    process.kill('SIGKILL');
    await exited;
  };
  let current = await launch();
  return {
    url: `redis://127.0.0.1:${port}`,
    stop: () => kill(current),
    start: async () => {
      await kill(current);
      current = await launch();
    },
  };
}
