import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { demoArticle, parseRoomName } from '../shared/index.js';
import { isBlindStudent, roomAccess } from './access.js';
import { clientAddress } from './clientAddress.js';
import { closeCodes } from './closeCodes.js';
import { clockOf, type Config } from './config.js';
import { Connection } from './Connection.js';
import { Documents, trashDays } from './Documents.js';
import { Fanout } from './Fanout.js';
import { handleApi } from './http/api.js';
import { HttpError, sendError, sendJson } from './http/errors.js';
import { serveStatic } from './http/static.js';
import type { Logger } from './log.js';
import { Rooms } from './Rooms.js';
import { loadSecret } from './secret.js';
import { damagedDocument, describeDamage, mergeInline, type DamageReport } from './store/damage.js';
import { SaveState } from './store/SaveState.js';
import { StoreUnavailableError, type Store } from './store/Store.js';
import { encodeStatus } from './protocol.js';
import { encodeToken, TokenError, type TokenClaims } from './tokens.js';
import { Gatekeeper } from './Gatekeeper.js';
import { Identities } from './Identities.js';
import { Invites, type IssuedInvite } from './Invites.js';
import { RateLimiter } from './http/RateLimiter.js';
import { WorkPool } from './jobs/WorkPool.js';

const heartbeatMs = 30_000;

/** Messages a socket may send before its room opens (sync step 1, awareness, a few updates); more closes it. */
const maxEarlyMessages = 256;

/** A running factmark server. */
export interface RunningServer {
  /** The base URL it listens at (or the configured public URL). */
  url: string;
  port: number;
  secret: string;
  documents: Documents;
  /** Signs a token with the server's secret. */
  issueToken(claims: Pick<TokenClaims, 'role' | 'doc'> & { exp?: number }): string;
  /** The owner link to print at start: a revocable owner invite to every document, the same on every start. */
  startLink(): Promise<IssuedInvite>;
  /** Closes connections (clients are told to reconnect), waits for writes and closes the store. */
  close(): Promise<void>;
}

/** The request's URL, or null when its target cannot be read as one (`GET //`). */
function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}

function tokenFrom(request: IncomingMessage, url: URL): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return url.searchParams.get('token');
}

/** What `/healthz` reports: whether the store and Redis (when configured) answer, and which documents are damaged. */
interface Health {
  ok: boolean;
  /** "ok", "cannot save: <why>", or "unreachable: <why>". */
  store: string;
  /** "ok", "not configured", or "unreachable: <why>". */
  redis: string;
  /** Documents with damage found in the store ("unknown" for damage that names none); details for owners. */
  damaged: string[];
  /** Every damage report, for an owner's token. */
  damage?: DamageReport[];
}

async function checkHealth(store: Store, fanout: Fanout | null, saving: SaveState, owner: boolean): Promise<Health> {
  const answer = async (check: () => Promise<void>): Promise<string> => {
    try {
      await check();
      return 'ok';
    } catch (error) {
      return `unreachable: ${(error as Error).message}`;
    }
  };
  const ping = async () => {
    try {
      await store.ping();
    } catch (error) {
      // A store that does not answer cannot save either: clients are told as when a write fails.
      saving.failed(error);
      throw error;
    }
  };
  const failure = saving.failure;
  const [storeState, redisState, damage] = await Promise.all([
    failure === null ? answer(ping) : Promise.resolve(`cannot save: ${failure.message}`),
    fanout === null ? Promise.resolve('not configured') : answer(() => fanout.ping()),
    store.listDamage().catch(() => []),
  ]);
  const ok = storeState === 'ok' && (redisState === 'ok' || redisState === 'not configured');
  const damaged = [...new Set(damage.map((report) => damagedDocument(report) ?? 'unknown'))].sort();
  return { ok, store: storeState, redis: redisState, damaged, ...(owner ? { damage } : {}) };
}

/** Whether a request carries a valid owner token for every document (it may see damage in detail). */
function isOwnerRequest(gatekeeper: Gatekeeper, request: IncomingMessage, url: URL): boolean {
  try {
    const claims = gatekeeper.authenticate(tokenFrom(request, url));
    return claims.role === 'owner' && claims.doc === '*';
  } catch {
    return false;
  }
}

/** Makes revocations and assignment changes made on any instance apply on all. */
async function shareAccessChanges(fanout: Fanout, gatekeeper: Gatekeeper, store: Store, log: Logger): Promise<void> {
  gatekeeper.onChange = (change) => fanout.publishAccessChange(change);
  const failed = (error: unknown) => log.error({ err: error }, 'applying another instance’s access change failed');
  await fanout.listenForAccessChanges({
    change: (change) => {
      if (change.type === 'revoked') gatekeeper.revokeHere(change.jti);
      else
        store
          .getDocument(change.id)
          .then((record) => record !== null && gatekeeper.reconsiderHere(record))
          .catch(failed);
    },
    missed: () => void gatekeeper.refresh(store).catch(failed),
  });
}

/** Starts the HTTP and websocket server on an open store. */
export async function startServer(config: Config, store: Store, log: Logger): Promise<RunningServer> {
  const secret = await loadSecret(config.dataDir, config.secret, store);
  const fanout = config.redisUrl === null ? null : await Fanout.open(config.redisUrl, log);
  // Damage is never silent: every start says what the store holds that it could not read.
  for (const report of await store.listDamage()) {
    log.error({ room: report.room, updates: report.updates, evidence: report.evidence }, `store damage: ${describeDamage(report)}`);
  }
  const saving = new SaveState(store, log);
  const rooms = new Rooms(
    store,
    log,
    config.compactAfterUpdates,
    fanout,
    { maxPendingBytes: config.maxPendingBytes, maxPendingMs: config.maxPendingMs },
    saving,
  );
  const pool = new WorkPool({
    threads: config.workThreads,
    queue: config.workQueue,
    maxBytes: config.maxWorkBytes,
    timeoutMs: config.workTimeoutMs,
    memoryMb: config.workMemoryMb,
  });
  // Compaction merges on a worker thread too: merging a few hundred updates would hold up every room.
  store.merger = pool.merge;
  const identities = new Identities(store);
  // Known once the server listens; requests arrive only after that.
  let publicUrl = '';
  // Imports into a room that clients have open go through the room, so they see them live.
  const documents = new Documents(
    store,
    config,
    async (name, update) => {
      const room = await rooms.loaded(name);
      if (room !== null) {
        await room.applyServerUpdate(update);
        return;
      }
      try {
        await store.appendUpdate(name, update);
      } catch (error) {
        if (error instanceof StoreUnavailableError) saving.failed(error);
        throw error;
      }
      // Another instance may have the room open.
      fanout?.publishStoredUpdate(name, update);
    },
    pool.run,
    clockOf(config),
  );
  // What has been in the trash for its 30 days is erased: on start, then every so often.
  const eraseTrash = async (): Promise<void> => {
    try {
      const erased = await documents.eraseExpired();
      if (erased.length > 0)
        log.info({ documents: erased }, `erased ${erased.length} documents that were in the trash for ${trashDays} days`);
    } catch (error) {
      log.error({ err: error }, 'erasing documents from the trash failed; tried again later');
    }
  };
  await eraseTrash();
  const trashCheck = setInterval(() => void eraseTrash(), config.trashCheckMs);
  trashCheck.unref();
  // Frames up to twice the limit are read so they can be refused with a clear close code; larger ones are cut off by ws.
  const sockets = new WebSocketServer({ noServer: true, maxPayload: config.maxMessageBytes * 2 });
  const gatekeeper = await Gatekeeper.open(store, secret);
  const invites = new Invites(store, secret, gatekeeper);
  if (fanout !== null) await shareAccessChanges(fanout, gatekeeper, store, log);
  const connectionsPerIp = new Map<string, number>();
  const requestLimit = new RateLimiter(config.rateLimit, config.rateLimit * 10);
  const failureLimit = new RateLimiter(config.authFailuresPerMinute / 60, config.authFailuresPerMinute);

  if (config.demo && (await documents.list()).length === 0) {
    const record = await documents.create(demoArticle);
    log.info({ id: record.id }, 'created the demo article');
  }

  /**
   * The caller's claims, within the address's rate limits: every API request
   * counts, and a failed authentication counts again, against a stricter limit
   * (an address past it is refused everything until it has waited).
   */
  const authenticate = (request: IncomingMessage, url: URL): TokenClaims => {
    const address = clientAddress(request, config.trustProxy);
    const failuresWait = failureLimit.wait(address);
    const wait = Math.max(failuresWait, requestLimit.wait(address));
    if (wait > 0) {
      const what = failuresWait > 0 ? 'Too many failed authentications' : 'Too many requests';
      throw new HttpError(429, 'Too many requests', `${what} from your address: try again in ${wait} s.`, { 'Retry-After': String(wait) });
    }
    requestLimit.spend(address);
    try {
      return gatekeeper.authenticate(tokenFrom(request, url));
    } catch (error) {
      if (error instanceof TokenError) {
        failureLimit.spend(address);
        throw new HttpError(401, 'Unauthorized', error.message);
      }
      throw error;
    }
  };

  const handleRequest = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    const url = requestUrl(request);
    if (url === null) {
      sendError(response, new HttpError(400, 'Bad request', 'The request target is not a valid path.'));
      return;
    }
    try {
      if (url.pathname === '/healthz') {
        const health = await checkHealth(
          store,
          fanout,
          saving,
          url.searchParams.has('token') || request.headers.authorization !== undefined ? isOwnerRequest(gatekeeper, request, url) : false,
        );
        sendJson(response, health.ok ? 200 : 503, { ...health, rooms: rooms.size });
      } else if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
        const claims = authenticate(request, url);
        await handleApi(request, response, url, {
          documents,
          invites,
          gatekeeper,
          identities,
          claims,
          maxImportBytes: config.maxImportBytes,
          publicUrl,
          organisation: config.organisation,
        });
      } else if (config.clientDir !== null) {
        await serveStatic(request, response, config.clientDir, url.pathname);
      } else {
        throw new HttpError(404, 'Not found', `Nothing at ${url.pathname}.`);
      }
    } catch (error) {
      if (response.headersSent) {
        response.destroy(error as Error);
      } else if (error instanceof HttpError) {
        sendError(response, error);
      } else {
        log.error({ err: error, path: url.pathname }, 'request failed');
        sendError(response, new HttpError(500, 'Internal error', 'The server could not answer; see its log.'));
      }
    }
  };

  /**
   * Reads from the store for a connection being opened. While the store
   * does not answer (a database outage) the socket stays open, is told the
   * server cannot save, and the read is tried again once the store is back:
   * one clear wait, not a close and a reconnect every second.
   */
  const told = new WeakSet<WebSocket>();
  const whileStoreReturns = async <T>(socket: WebSocket, read: () => Promise<T>): Promise<T> => {
    for (;;) {
      try {
        return await read();
      } catch (error) {
        if (socket.readyState !== socket.OPEN) throw error;
        // Only a store that does not answer is waited for; any other failure is an error of its own.
        const outage = await store.ping().then(
          () => null,
          (pingError: unknown) => pingError,
        );
        if (outage === null && !(error instanceof StoreUnavailableError)) throw error;
        saving.failed(outage ?? error);
        socket.send(encodeStatus(saving.failure));
        told.add(socket);
        await saving.whenAvailable();
      }
    }
  };

  const openConnection = async (socket: WebSocket, url: URL, ip: string): Promise<void> => {
    // Messages that arrive while the room loads are handled once it has.
    const early: Uint8Array[] = [];
    let earlyBytes = 0;
    let connection: Connection | null = null;
    socket.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) {
        socket.close(closeCodes.badRequest.code, closeCodes.badRequest.reason);
        return;
      }
      // Refused with a code the provider treats as final: resending the same
      // oversized update on every reconnect would never succeed.
      if (data.byteLength > config.maxMessageBytes) {
        socket.close(closeCodes.messageTooLarge.code, `Message too large: the limit is ${config.maxMessageBytes} bytes`);
        return;
      }
      const message = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
      if (connection !== null) {
        connection.receive(message);
        return;
      }
      // Before the room opens (it may wait for the store) only so much is kept: a client sends a handful.
      earlyBytes += message.byteLength;
      if (early.length >= maxEarlyMessages || earlyBytes > config.maxMessageBytes) {
        socket.close(closeCodes.tooManyMessages.code, closeCodes.tooManyMessages.reason);
        return;
      }
      early.push(message);
    });
    let claims: TokenClaims;
    try {
      claims = gatekeeper.authenticate(url.searchParams.get('token'));
    } catch (error) {
      // A refused token counts against the address as a refused API call does.
      if (error instanceof TokenError) failureLimit.spend(ip);
      socket.close(closeCodes.unauthorized.code, error instanceof TokenError ? error.message : closeCodes.unauthorized.reason);
      return;
    }
    const roomName = url.pathname.slice('/sync/'.length);
    const address = parseRoomName(roomName);
    const record = address === null ? null : await whileStoreReturns(socket, () => store.getDocument(address.docId));
    if (address === null || record === null) {
      socket.close(closeCodes.badRequest.code, closeCodes.badRequest.reason);
      return;
    }
    const access = roomAccess(claims, address, record);
    if (access === 'none') {
      socket.close(closeCodes.forbidden.code, closeCodes.forbidden.reason);
      return;
    }
    const person = await identities.person(claims);
    const room = await whileStoreReturns(socket, () => rooms.get(roomName));
    if (socket.readyState !== socket.OPEN) {
      if (room.connections.size === 0) void rooms.release(room);
      return;
    }
    const opened = new Connection(
      socket,
      room,
      access,
      log.child({ room: roomName, token: claims.jti }),
      config.maxMessagesPerSecond,
      person,
    );
    opened.blind = isBlindStudent(claims, record);
    connection = opened;
    gatekeeper.admit(socket, claims, address, opened);
    opened.open();
    // Told it cannot save while waiting for the store, or now: it is told the state as it is.
    if (saving.failure !== null || told.has(socket)) opened.send(encodeStatus(saving.failure));
    for (const message of early.splice(0)) opened.receive(message);
    socket.on('close', () => {
      room.leave(opened);
      if (room.connections.size === 0) {
        rooms.release(room).catch((error: unknown) => log.error({ err: error, room: roomName }, 'unloading a room failed'));
      }
    });
  };

  const alive = new WeakSet<WebSocket>();
  const heartbeat = setInterval(() => {
    for (const socket of sockets.clients) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, heartbeatMs);
  heartbeat.unref();

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    const url = requestUrl(request);
    if (url === null || !url.pathname.startsWith('/sync/')) {
      socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
      return;
    }
    // Refusals are sent as close codes on an accepted socket: a refused HTTP
    // upgrade never reaches browser code, so the provider could not tell why.
    sockets.handleUpgrade(request, socket, head, (ws) => {
      const ip = clientAddress(request, config.trustProxy);
      const open = (connectionsPerIp.get(ip) ?? 0) + 1;
      connectionsPerIp.set(ip, open);
      ws.once('close', () => {
        const left = (connectionsPerIp.get(ip) ?? 1) - 1;
        if (left <= 0) connectionsPerIp.delete(ip);
        else connectionsPerIp.set(ip, left);
      });
      if (open > config.maxConnectionsPerIp) {
        ws.close(closeCodes.tooManyConnections.code, closeCodes.tooManyConnections.reason);
        return;
      }
      const failuresWait = failureLimit.wait(ip);
      if (failuresWait > 0) {
        ws.close(closeCodes.unauthorized.code, `Too many failed authentications: try again in ${failuresWait} s`);
        return;
      }
      alive.add(ws);
      ws.on('pong', () => alive.add(ws));
      ws.on('error', (error) => log.warn({ err: error }, 'websocket error'));
      openConnection(ws, url, ip).catch((error: unknown) => {
        log.error({ err: error }, 'opening a connection failed');
        ws.close(closeCodes.internalError.code, closeCodes.internalError.reason);
      });
    });
  };

  const http: HttpServer = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      log.error({ err: error }, 'a request failed after its answer began');
      response.destroy();
    });
  });
  http.on('upgrade', onUpgrade);
  await new Promise<void>((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve();
    });
  });
  const port = (http.address() as AddressInfo).port;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const url = (config.publicUrl ?? `http://${host.includes(':') ? `[${host}]` : host}:${port}`).replace(/\/$/, '');
  publicUrl = url;

  return {
    url,
    port,
    secret,
    documents,
    issueToken: (claims) => encodeToken(claims, secret),
    startLink: () => invites.startLink(url),
    close: async () => {
      clearInterval(heartbeat);
      clearInterval(trashCheck);
      saving.close();
      // Stop accepting first, so no client joins a room that is being closed.
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      for (const socket of sockets.clients) socket.close(closeCodes.shuttingDown.code, closeCodes.shuttingDown.reason);
      http.closeAllConnections();
      await closed;
      // Every update already received is stored (and published) before the store closes.
      await rooms.closeAll();
      sockets.close();
      await fanout?.close();
      await pool.close();
      store.merger = mergeInline;
    },
  };
}
