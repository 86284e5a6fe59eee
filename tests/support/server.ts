import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..', '..');

/** A factmark server in its own process, as users run it. */
export interface TestServer {
  url: string;
  /** The owner token printed at start. */
  token: string;
  dataDir: string;
  /** The variables it was started with beyond the defaults (to run the CLI as it runs). */
  env: Record<string, string>;
  process: ChildProcess;
  /** What it has logged so far (JSON lines on stderr). */
  logs(): string;
  /** Stops it gracefully (SIGTERM) and waits for it to exit. */
  stop(): Promise<void>;
  /** Kills it at once (SIGKILL), as a crash would. */
  kill(): Promise<void>;
}

/** Makes an empty data folder, removed by the returned function. */
export async function tempDataDir(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factmark-test-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

function exited(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * Starts `factmark serve` on a free port with a data folder (a new one unless
 * given, so restarts can reuse it) and resolves once it prints its link.
 */
export async function startServer(
  options: { dataDir?: string; port?: number; demo?: boolean; env?: Record<string, string>; args?: string[] } = {},
): Promise<TestServer> {
  const dataDir = options.dataDir ?? (await tempDataDir()).dir;
  const args = [
    'bin/factmark.js',
    'serve',
    '--data',
    dataDir,
    '--port',
    String(options.port ?? 0),
    ...(options.demo === true ? [] : ['--no-demo']),
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, FACTMARK_LOG_LEVEL: 'warn', FACTMARK_SECRET: '', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString();
  });
  const link = await new Promise<URL>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start within 20 s.\n${errors}`)), 20_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /(http:\/\/\S+\?token=\S+)/.exec(output);
      if (match?.[1] !== undefined) {
        clearTimeout(timer);
        resolve(new URL(match[1]));
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server exited with ${code}.\n${errors}`));
    });
  });
  return {
    url: link.origin,
    token: link.searchParams.get('token') ?? '',
    dataDir,
    env: { FACTMARK_LOG_LEVEL: 'warn', FACTMARK_SECRET: '', ...options.env },
    process: child,
    logs: () => errors,
    stop: async () => {
      child.kill('SIGTERM');
      await exited(child);
    },
    kill: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}

/** Calls the server's HTTP API with the owner token (or the given one). */
export async function api(server: TestServer, pathname: string, init: RequestInit & { token?: string | null } = {}): Promise<Response> {
  const { token = server.token, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (token !== null) headers.set('Authorization', `Bearer ${token}`);
  try {
    return await fetch(`${server.url}${pathname}`, { ...rest, headers });
  } catch (error) {
    // A server that is gone says why in its log, which the test's failure should show.
    const { exitCode, signalCode } = server.process;
    if (exitCode === null && signalCode === null) throw error;
    throw new Error(`The server exited (${exitCode ?? signalCode}) before ${pathname}; its log ends:\n${server.logs().slice(-3000)}`, {
      cause: error,
    });
  }
}

/** Imports an article through the API and returns its id. */
export async function importArticle(server: TestServer, content: string, format = 'text'): Promise<string> {
  const response = await api(server, '/api/documents', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ format, content }),
  });
  if (response.status !== 201) throw new Error(`Import failed: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { id: string }).id;
}
