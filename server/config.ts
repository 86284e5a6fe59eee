import path from 'node:path';
import { availableParallelism } from 'node:os';
import { defaultMaxImportBytes } from '../shared/index.js';
import type { Durability } from './store/UpdateJournal.js';

/** Everything the server can be configured with, by flag or `FACTMARK_*` variable. */
export interface Config {
  host: string;
  port: number;
  /** Folder of the embedded store, the secret and the running server's address. */
  dataDir: string;
  /** HMAC secret for tokens; generated into the data dir when not given. */
  secret: string | null;
  /** The URL people reach the server at, used in printed and invite links. */
  publicUrl: string | null;
  /** Create the demo article when the store has no documents. */
  demo: boolean;
  /** Largest websocket message, in bytes. */
  maxMessageBytes: number;
  /** Largest imported article, in bytes. */
  maxImportBytes: number;
  /** Most documents the server will hold. */
  maxDocuments: number;
  /** Most websocket connections open at once from one IP address. */
  maxConnectionsPerIp: number;
  /** Count connections per address by the proxy's `X-Forwarded-For`, not the socket (behind a load balancer). */
  trustProxy: boolean;
  /** Most messages a second one connection may send (bursts of twice that); more are slowed down. */
  maxMessagesPerSecond: number;
  /** Most bytes of updates one connection may leave waiting for changes the server never received. */
  maxPendingBytes: number;
  /** Longest such an update may wait, in milliseconds. */
  maxPendingMs: number;
  /** A `postgres://` URL: the PostgreSQL store instead of the embedded one. */
  databaseUrl: string | null;
  /** A `redis://` URL: share live updates and awareness with the other instances through Redis. */
  redisUrl: string | null;
  /** Compact a room's update log into one snapshot after this many updates. */
  compactAfterUpdates: number;
  /** Worker threads for heavy work (exports, imports, compare, agreement, scores). */
  workThreads: number;
  /** Heavy jobs that may wait for a thread; more are answered 503. */
  workQueue: number;
  /** Largest input of one heavy job in bytes (the document state it reads, the text it imports); more is answered 413. */
  maxWorkBytes: number;
  /** Longest a heavy job may take in milliseconds, waiting included; then it is stopped and answered 503. */
  workTimeoutMs: number;
  /** Heap of one worker thread, in MiB. */
  workMemoryMb: number;
  /** API requests a second one address may make (bursts of ten times that); more are answered 429. */
  rateLimit: number;
  /** Failed authentications a minute one address may make (bursts of that many); more are answered 429. */
  authFailuresPerMinute: number;
  /**
   * What an acknowledged update survives with the embedded store: `power`
   * (flushed to the disk before it is relayed, many at once) or `process`
   * (in the operating system: a crash of the server, not of the machine).
   */
  durability: Durability;
  /**
   * The time the server's clock starts at (an ISO time), running on from
   * there; null for the real time. For trying what the server does later,
   * as erasing what has been in the trash for 30 days.
   */
  clockStart: string | null;
  /** How often the trash is checked for documents to erase, in milliseconds (and once on start). */
  trashCheckMs: number;
  /** The organisation named as author of ClaimReview exports. */
  organisation: { name: string; url?: string };
  /** Folder of the built client, or null to serve the API only. */
  clientDir: string | null;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

/** Worker threads unless configured: one core kept for the event loop, at least one thread, at most four. */
function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

function envTime(env: Env, name: string): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  if (Number.isNaN(Date.parse(raw))) throw new RangeError(`${name} must be an ISO time such as 2026-03-01T12:00:00Z, not "${raw}".`);
  return raw;
}

/** The server's clock: the real time, or one started at `clockStart` that runs on from there. */
export function clockOf(config: Pick<Config, 'clockStart'>): () => Date {
  if (config.clockStart === null) return () => new Date();
  const offset = Date.parse(config.clockStart) - Date.now();
  return () => new Date(Date.now() + offset);
}

function envNumber(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number, not "${raw}".`);
  return value;
}

function envUrl(env: Env, name: string, protocols: string[]): string | null {
  const raw = env[name];
  if (raw === undefined || raw === '') return null;
  let protocol: string;
  try {
    protocol = new URL(raw).protocol;
  } catch {
    throw new RangeError(`${name} must be a URL (${protocols[0]}//…), not "${raw}".`);
  }
  if (!protocols.includes(protocol)) throw new RangeError(`${name} must be a ${protocols.join(' or ')} URL, not a ${protocol} one.`);
  return raw;
}

/** The durability setting: `power` unless `FACTMARK_DURABILITY` says `process`. */
export function parseDurability(raw: string | undefined, name = 'FACTMARK_DURABILITY'): Durability {
  if (raw === undefined || raw === '' || raw === 'power') return 'power';
  if (raw === 'process') return 'process';
  throw new RangeError(`${name} must be "power" or "process", not "${raw}".`);
}

function envDurability(env: Env): Durability {
  return parseDurability(env['FACTMARK_DURABILITY']);
}

/** The configuration from environment variables alone, with defaults for the rest. */
export function configFromEnv(env: Env = process.env): Config {
  return {
    host: env['FACTMARK_HOST'] ?? '127.0.0.1',
    port: envNumber(env, 'FACTMARK_PORT', envNumber(env, 'PORT', 4321)),
    dataDir: path.resolve(env['FACTMARK_DATA'] ?? 'data'),
    secret: env['FACTMARK_SECRET'] ?? null,
    publicUrl: env['FACTMARK_PUBLIC_URL'] ?? null,
    demo: env['FACTMARK_DEMO'] !== '0',
    maxMessageBytes: envNumber(env, 'FACTMARK_MAX_MESSAGE_BYTES', 8 * 1024 * 1024),
    maxImportBytes: envNumber(env, 'FACTMARK_MAX_IMPORT_BYTES', defaultMaxImportBytes),
    maxDocuments: envNumber(env, 'FACTMARK_MAX_DOCUMENTS', 10_000),
    maxConnectionsPerIp: envNumber(env, 'FACTMARK_MAX_CONNECTIONS_PER_IP', 200),
    maxMessagesPerSecond: envNumber(env, 'FACTMARK_MAX_MESSAGES_PER_SECOND', 200),
    maxPendingBytes: envNumber(env, 'FACTMARK_MAX_PENDING_BYTES', 1024 * 1024),
    maxPendingMs: envNumber(env, 'FACTMARK_MAX_PENDING_MS', 10_000),
    trustProxy: env['FACTMARK_TRUST_PROXY'] === '1',
    databaseUrl: envUrl(env, 'FACTMARK_DATABASE_URL', ['postgres:', 'postgresql:']),
    redisUrl: envUrl(env, 'FACTMARK_REDIS_URL', ['redis:', 'rediss:']),
    compactAfterUpdates: envNumber(env, 'FACTMARK_COMPACT_AFTER', 500),
    workThreads: Math.max(1, envNumber(env, 'FACTMARK_WORK_THREADS', defaultThreads())),
    workQueue: envNumber(env, 'FACTMARK_WORK_QUEUE', 32),
    maxWorkBytes: envNumber(env, 'FACTMARK_MAX_WORK_BYTES', 128 * 1024 * 1024),
    workTimeoutMs: envNumber(env, 'FACTMARK_WORK_TIMEOUT_MS', 30_000),
    workMemoryMb: envNumber(env, 'FACTMARK_WORK_MEMORY_MB', 1024),
    rateLimit: envNumber(env, 'FACTMARK_RATE_LIMIT', 50),
    authFailuresPerMinute: envNumber(env, 'FACTMARK_AUTH_FAILURES_PER_MINUTE', 20),
    durability: envDurability(env),
    clockStart: envTime(env, 'FACTMARK_CLOCK'),
    trashCheckMs: envNumber(env, 'FACTMARK_TRASH_CHECK_MS', 3600 * 1000),
    organisation: {
      name: env['FACTMARK_ORGANISATION'] ?? 'factmark',
      ...(env['FACTMARK_ORGANISATION_URL'] === undefined ? {} : { url: env['FACTMARK_ORGANISATION_URL'] }),
    },
    clientDir: env['FACTMARK_CLIENT_DIR'] ?? path.resolve(import.meta.dirname, '..', 'dist', 'client'),
    logLevel: env['FACTMARK_LOG_LEVEL'] ?? 'info',
  };
}

/**
 * Throws unless instances sharing a database also share a token secret: one
 * generated into each data folder would make every instance refuse the
 * others' tokens.
 */
export function requireSharedSecret(config: Pick<Config, 'databaseUrl' | 'secret'>): void {
  if (config.databaseUrl !== null && (config.secret ?? '') === '') {
    throw new Error('FACTMARK_SECRET must be set with FACTMARK_DATABASE_URL: every instance on one database must sign tokens alike.');
  }
}
