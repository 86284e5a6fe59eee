import path from 'node:path';
import { packageRoot } from './packageRoot.js';
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
  /** The organisation named as author of ClaimReview exports: its name, home page and logo. */
  organisation: { name: string; url?: string; logo?: string };
  /** Folder of the built client, or null to serve the API only. */
  clientDir: string | null;
  /** Import by URL may fetch pages at private, loopback, link-local and unique-local addresses (an intranet, a test server). */
  allowPrivateAddresses: boolean;
  logLevel: string;
}

type Env = Record<string, string | undefined>;

/** Worker threads unless configured: one core kept for the event loop, at least one thread, at most four. */
function defaultThreads(): number {
  return Math.max(1, Math.min(4, availableParallelism() - 1));
}

/** The server's clock: the real time, or one started at `clockStart` that runs on from there. */
export function clockOf(config: Pick<Config, 'clockStart'>): () => Date {
  if (config.clockStart === null) return () => new Date();
  const offset = Date.parse(config.clockStart) - Date.now();
  return () => new Date(Date.now() + offset);
}

/** An ISO time (the clock's start). */
function time(raw: string, name: string): string {
  if (Number.isNaN(Date.parse(raw))) throw new RangeError(`${name} must be an ISO time such as 2026-03-01T12:00:00Z, not "${raw}".`);
  return raw;
}

/** A whole number of at least zero (a port, bytes, a count). */
function count(raw: string, name: string): number {
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be a non-negative whole number, not "${raw}".`);
  return value;
}

/** A number within bounds (a timer's period: Node runs one outside them every millisecond). */
function between(value: number, least: number, most: number, name: string): number {
  if (value < least || value > most) throw new RangeError(`${name} must be from ${least} to ${most}, not ${value}.`);
  return value;
}

/** A number of at least zero (a rate a second). */
function rate(raw: string, name: string): number {
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a non-negative number, not "${raw}".`);
  return value;
}

function url(protocols: string[]): (raw: string, name: string) => string {
  return (raw, name) => {
    let protocol: string;
    try {
      protocol = new URL(raw).protocol;
    } catch {
      throw new RangeError(`${name} must be a URL (${protocols[0]}//…), not "${raw}".`);
    }
    if (!protocols.includes(protocol)) throw new RangeError(`${name} must be a ${protocols.join(' or ')} URL, not a ${protocol} one.`);
    return raw;
  };
}

/** The durability setting: `power` or `process`. */
export function parseDurability(raw: string, name = 'FACTMARK_DURABILITY'): Durability {
  if (raw === 'power' || raw === 'process') return raw;
  throw new RangeError(`${name} must be "power" or "process", not "${raw}".`);
}

/**
 * One setting: the variable that sets it (and the flag of `factmark serve`,
 * when it has one), what it means, its default as the README shows it, and
 * how its text is read into the {@link Config}.
 */
export interface ConfigOption {
  env: string;
  /** Another variable read when `env` is not set (`PORT`). */
  alias?: string;
  /** The commander flag: `--port <n>`, or `--no-demo` for a switch that turns the setting off. */
  flag?: string;
  /** For a flag, the values it takes. */
  choices?: readonly string[];
  /** The default as people read it ("8 MiB", "cores − 1 (1 to 4)"). */
  shown: string;
  description: string;
  /** Reads the text of the variable or flag (`name` says which, for errors) into the configuration. */
  apply(config: Config, raw: string, name: string): void;
}

/**
 * Every setting, declared once: the configuration loader, `factmark serve
 * --help` and the README's Configuration table (checked by a test) all read
 * this table. Flags win over variables.
 */
export const configOptions: readonly ConfigOption[] = [
  {
    env: 'FACTMARK_PORT',
    alias: 'PORT',
    flag: '-p, --port <port>',
    shown: '4321',
    description: 'port to listen on (0: any free port)',
    apply: (config, raw, name) => void (config.port = count(raw, name)),
  },
  {
    env: 'FACTMARK_HOST',
    flag: '--host <host>',
    shown: '127.0.0.1',
    description: 'address to listen on',
    apply: (config, raw) => void (config.host = raw),
  },
  {
    env: 'FACTMARK_DATA',
    flag: '-d, --data <dir>',
    shown: '`./data`',
    description: "store, token secret, running server's address",
    apply: (config, raw) => void (config.dataDir = path.resolve(raw)),
  },
  {
    env: 'FACTMARK_SECRET',
    shown: 'generated into the data folder',
    description:
      'HMAC secret for tokens; a data folder with documents but no secret refuses to start (`rotate-secret`); required with a database URL',
    apply: (config, raw) => void (config.secret = raw),
  },
  {
    env: 'FACTMARK_PUBLIC_URL',
    flag: '--public-url <url>',
    shown: 'from host and port',
    description: 'URL people reach the server at, used in printed and invitation links',
    apply: (config, raw) => void (config.publicUrl = raw),
  },
  {
    env: 'FACTMARK_DEMO',
    flag: '--no-demo',
    shown: 'demo on',
    description: '0 (or the flag): skip the demo article on first start',
    apply: (config, raw) => void (config.demo = raw !== '0'),
  },
  {
    env: 'FACTMARK_MAX_MESSAGE_BYTES',
    flag: '--max-message-bytes <n>',
    shown: '8 MiB',
    description: 'largest websocket message',
    apply: (config, raw, name) => void (config.maxMessageBytes = count(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_IMPORT_BYTES',
    flag: '--max-import-bytes <n>',
    shown: '2 MiB',
    description: 'largest imported article',
    apply: (config, raw, name) => void (config.maxImportBytes = count(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_DOCUMENTS',
    flag: '--max-documents <n>',
    shown: '10000',
    description: 'most documents the server holds',
    apply: (config, raw, name) => void (config.maxDocuments = count(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_CONNECTIONS_PER_IP',
    shown: '200',
    description: 'websocket connections open at once from one address; more are closed with 4430',
    apply: (config, raw, name) => void (config.maxConnectionsPerIp = count(raw, name)),
  },
  {
    env: 'FACTMARK_TRUST_PROXY',
    shown: '0',
    description: "1: count connections and requests per address by the proxy's `X-Forwarded-For`, not the proxy's own address",
    apply: (config, raw) => void (config.trustProxy = raw === '1'),
  },
  {
    env: 'FACTMARK_COMPACT_AFTER',
    shown: '500',
    description: "compact a room's log after this many updates",
    apply: (config, raw, name) => void (config.compactAfterUpdates = count(raw, name)),
  },
  {
    env: 'FACTMARK_RATE_LIMIT',
    flag: '--rate-limit <n>',
    shown: '50',
    description: 'API requests a second from one address, bursts of ten times that (0: none); more get 429',
    apply: (config, raw, name) => void (config.rateLimit = rate(raw, name)),
  },
  {
    env: 'FACTMARK_AUTH_FAILURES_PER_MINUTE',
    flag: '--auth-failures-per-minute <n>',
    shown: '20',
    description: 'failed authentications a minute from one address, API and websockets (0: none); past it, all from it wait',
    apply: (config, raw, name) => void (config.authFailuresPerMinute = rate(raw, name)),
  },
  {
    env: 'FACTMARK_WORK_THREADS',
    flag: '--work-threads <n>',
    shown: 'cores − 1 (1 to 4)',
    description: 'worker threads for exports, imports, compare, agreement and scores',
    apply: (config, raw, name) => void (config.workThreads = Math.max(1, count(raw, name))),
  },
  {
    env: 'FACTMARK_WORK_QUEUE',
    shown: '32',
    description: 'heavy jobs that may wait for a thread; more get 503',
    apply: (config, raw, name) => void (config.workQueue = count(raw, name)),
  },
  {
    env: 'FACTMARK_WORK_TIMEOUT_MS',
    flag: '--work-timeout-ms <n>',
    shown: '30000',
    description: 'longest one heavy job may take (waiting included); then it is stopped: 503',
    apply: (config, raw, name) => void (config.workTimeoutMs = count(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_WORK_BYTES',
    flag: '--max-work-bytes <n>',
    shown: '128 MiB',
    description: 'largest document state or import one job may read; more gets 413',
    apply: (config, raw, name) => void (config.maxWorkBytes = count(raw, name)),
  },
  {
    env: 'FACTMARK_WORK_MEMORY_MB',
    shown: '1024',
    description: 'heap of one worker thread, in MiB',
    apply: (config, raw, name) => void (config.workMemoryMb = count(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_MESSAGES_PER_SECOND',
    shown: '200',
    description: 'messages a second per connection (bursts of twice that); more are slowed',
    apply: (config, raw, name) => void (config.maxMessagesPerSecond = rate(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_PENDING_BYTES',
    shown: '1 MiB',
    description: 'updates one connection may leave waiting for what they depend on',
    apply: (config, raw, name) => void (config.maxPendingBytes = count(raw, name)),
  },
  {
    env: 'FACTMARK_MAX_PENDING_MS',
    shown: '10000',
    description: 'how long such an update may wait',
    apply: (config, raw, name) => void (config.maxPendingMs = count(raw, name)),
  },
  {
    env: 'FACTMARK_DURABILITY',
    flag: '--durability <level>',
    choices: ['power', 'process'],
    shown: 'power',
    description: '`power` or `process`: what an acknowledged edit survives (see Durability)',
    apply: (config, raw, name) => void (config.durability = parseDurability(raw, name)),
  },
  {
    env: 'FACTMARK_DATABASE_URL',
    shown: 'none (embedded store)',
    description: '`postgres://user:password@host:5432/db`: the PostgreSQL store (see Running several instances)',
    apply: (config, raw, name) => void (config.databaseUrl = url(['postgres:', 'postgresql:'])(raw, name)),
  },
  {
    env: 'FACTMARK_REDIS_URL',
    shown: 'none',
    description: '`redis://host:6379`: live updates, cursors and access changes pass between instances',
    apply: (config, raw, name) => void (config.redisUrl = url(['redis:', 'rediss:'])(raw, name)),
  },
  {
    env: 'FACTMARK_TRASH_CHECK_MS',
    shown: '3600000',
    description: 'how often the trash is checked for documents past their 30 days, to erase (and on start)',
    apply: (config, raw, name) => void (config.trashCheckMs = between(count(raw, name), 100, 2_147_483_647, name)),
  },
  {
    env: 'FACTMARK_CLOCK',
    shown: 'the real time',
    description: "an ISO time the server's clock starts at and runs on from, to try what it does later (erasing the trash)",
    apply: (config, raw, name) => void (config.clockStart = time(raw, name)),
  },
  {
    env: 'FACTMARK_ORGANISATION',
    shown: 'factmark',
    description: "the organisation that publishes the fact-checks: every ClaimReview's author",
    apply: (config, raw) => void (config.organisation = { ...config.organisation, name: raw }),
  },
  {
    env: 'FACTMARK_ORGANISATION_URL',
    shown: 'none',
    description: "its home page (http(s)): each review's `author.url`",
    apply: (config, raw, name) =>
      void (config.organisation = { ...config.organisation, url: new URL(url(['https:', 'http:'])(raw, name)).href }),
  },
  {
    env: 'FACTMARK_ORGANISATION_LOGO',
    shown: 'none',
    description: "its logo image's address (http(s)): each review's `author.logo`",
    apply: (config, raw, name) =>
      void (config.organisation = { ...config.organisation, logo: new URL(url(['https:', 'http:'])(raw, name)).href }),
  },
  {
    env: 'FACTMARK_CLIENT_DIR',
    shown: 'the built client (`dist/client`)',
    description: 'folder of the web client to serve',
    apply: (config, raw) => void (config.clientDir = path.resolve(raw)),
  },
  {
    env: 'FACTMARK_ALLOW_PRIVATE_ADDRESSES',
    shown: '0',
    description:
      '1: import by URL may fetch pages at private, loopback, link-local and unique-local addresses (an intranet); refused by default',
    apply: (config, raw) => void (config.allowPrivateAddresses = raw === '1'),
  },
  {
    env: 'FACTMARK_LOG_LEVEL',
    shown: 'info',
    description: 'pino log level (logs are JSON on stderr)',
    apply: (config, raw) => void (config.logLevel = raw),
  },
];

/** The configuration every setting starts from. */
function defaults(): Config {
  return {
    host: '127.0.0.1',
    port: 4321,
    dataDir: path.resolve('data'),
    secret: null,
    publicUrl: null,
    demo: true,
    maxMessageBytes: 8 * 1024 * 1024,
    maxImportBytes: defaultMaxImportBytes,
    maxDocuments: 10_000,
    maxConnectionsPerIp: 200,
    maxMessagesPerSecond: 200,
    maxPendingBytes: 1024 * 1024,
    maxPendingMs: 10_000,
    trustProxy: false,
    databaseUrl: null,
    redisUrl: null,
    compactAfterUpdates: 500,
    workThreads: defaultThreads(),
    workQueue: 32,
    maxWorkBytes: 128 * 1024 * 1024,
    workTimeoutMs: 30_000,
    workMemoryMb: 1024,
    rateLimit: 50,
    authFailuresPerMinute: 20,
    durability: 'power',
    clockStart: null,
    trashCheckMs: 3600 * 1000,
    organisation: { name: 'factmark' },
    clientDir: path.join(packageRoot, 'dist', 'client'),
    allowPrivateAddresses: false,
    logLevel: 'info',
  };
}

/** The configuration from environment variables alone (an empty one counts as not set), with defaults for the rest. */
export function configFromEnv(env: Env = process.env): Config {
  const config = defaults();
  for (const option of configOptions) {
    const names = option.alias === undefined ? [option.env] : [option.env, option.alias];
    const name = names.find((candidate) => (env[candidate] ?? '') !== '');
    if (name !== undefined) option.apply(config, env[name] ?? '', name);
  }
  return config;
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
