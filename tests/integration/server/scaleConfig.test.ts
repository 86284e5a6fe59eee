import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDataDir } from '../../support/server.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '..', '..', '..');
const services = testServices();

/** Runs `factmark serve` (or another command) with some variables; resolves with its failure. */
async function failing(args: string[], env: Record<string, string>): Promise<{ code: number; stderr: string }> {
  try {
    await run(process.execPath, ['bin/factmark.js', ...args], {
      cwd: root,
      env: { ...process.env, FACTMARK_SECRET: '', FACTMARK_LOG_LEVEL: 'warn', ...env },
      timeout: 20_000,
    });
  } catch (error) {
    const failure = error as { code?: number; stderr?: string };
    return { code: failure.code ?? -1, stderr: failure.stderr ?? '' };
  }
  throw new Error(`factmark ${args.join(' ')} did not fail.`);
}

describe('configuring several instances', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const serve = async (env: Record<string, string>) => {
    const data = await tempDataDir();
    cleanup.push(data.remove);
    return failing(['serve', '--port', '0', '--no-demo', '--data', data.dir], env);
  };

  it.each([
    ['FACTMARK_DATABASE_URL', 'mysql://db/factmark', /FACTMARK_DATABASE_URL must be a postgres: or postgresql: URL, not a mysql: one/],
    ['FACTMARK_DATABASE_URL', 'not a url', /FACTMARK_DATABASE_URL must be a URL \(postgres:\/\/…\), not "not a url"/],
    ['FACTMARK_REDIS_URL', 'http://cache:6379', /FACTMARK_REDIS_URL must be a redis: or rediss: URL, not a http: one/],
  ])('refuses %s=%s with a clear message', async (name, value, message) => {
    const { code, stderr } = await serve({ [name]: value, FACTMARK_SECRET: 'shared' });
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
  });

  it('refuses a database URL without a shared secret, for serve and the other commands', async () => {
    const env = { FACTMARK_DATABASE_URL: 'postgres://factmark@127.0.0.1:1/factmark' };
    for (const result of [await serve(env), await failing(['export', 'abc'], env)]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('FACTMARK_SECRET must be set with FACTMARK_DATABASE_URL');
    }
  });

  it('says which database it could not reach, without its password', async () => {
    const { code, stderr } = await serve({
      FACTMARK_DATABASE_URL: 'postgres://factmark:hunter2@127.0.0.1:1/factmark',
      FACTMARK_SECRET: 's',
    });
    expect(code).toBe(1);
    expect(stderr).toContain('The database at postgres://factmark:***@127.0.0.1:1/factmark could not be opened');
    expect(stderr).not.toContain('hunter2');
  });

  it.skipIf(services === null)(
    `says which Redis it could not reach${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`,
    async () => {
      if (services === null) return;
      const database = await freshDatabase(services);
      cleanup.push(database.drop);
      const { code, stderr } = await serve({
        FACTMARK_DATABASE_URL: database.url,
        FACTMARK_REDIS_URL: 'redis://127.0.0.1:1',
        FACTMARK_SECRET: 's',
      });
      expect(code).toBe(1);
      expect(stderr).toContain('Redis at redis://127.0.0.1:1 could not be reached');
    },
  );
});
