import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenClaims } from '../shared/access.js';
import { demoArticle } from '../shared/index.js';
import { AddressLimits } from './AddressLimits.js';
import { ClaimsDatabase } from './ClaimsDatabase.js';
import { clockOf, type Config } from './config.js';
import { Documents, trashDays } from './Documents.js';
import type { Fanout } from './Fanout.js';
import { Gatekeeper } from './Gatekeeper.js';
import { HttpEndpoint } from './http/HttpEndpoint.js';
import { Identities } from './Identities.js';
import { Invites, type IssuedInvite } from './Invites.js';
import { WorkPool } from './jobs/WorkPool.js';
import type { Logger } from './log.js';
import { Rooms } from './Rooms.js';
import { loadSecret } from './secret.js';
import { describeDamage, mergeInline } from './store/damage.js';
import { SaveState } from './store/SaveState.js';
import { StoreUnavailableError, type Store } from './store/Store.js';
import { SyncEndpoint } from './SyncEndpoint.js';
import { openSearchIndex } from './search/openSearch.js';
import { SearchIndexer } from './search/SearchIndexer.js';
import { watchStore } from './search/watchStore.js';
import { encodeToken } from './tokens.js';

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
export async function startServer(config: Config, openedStore: Store, log: Logger): Promise<RunningServer> {
  // The search index opens (its thread starts, its files are read) while the rest starts.
  const searchOpening = openSearchIndex(config);
  searchOpening.catch(() => undefined);
  let indexer: SearchIndexer | null = null;
  const changedEarly = new Set<string>();
  // Search hears of every document written through the store, whatever wrote it.
  const store = watchStore(openedStore, (id) => (indexer === null ? changedEarly.add(id) : indexer.changed(id)));
  const secret = await loadSecret(config.dataDir, config.secret, store);
  // The Redis client is loaded only for several instances.
  const fanout = config.redisUrl === null ? null : await (await import('./Fanout.js')).Fanout.open(config.redisUrl, log);
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
  // Claims: read again a moment after their team layer is stored, never on the path of the update itself.
  const claimsDatabase = await ClaimsDatabase.open(store, log);
  rooms.onStored = (name) => claimsDatabase.noteStored(name);
  if (fanout !== null) {
    // Each instance keeps the claims database in memory: what one stores, the others read back.
    claimsDatabase.onStored = (scope) => fanout.publishClaimsChange(scope);
    const reloadFailed = (error: unknown) => log.error({ err: error }, 'reading claims stored by another instance failed');
    await fanout.listenForClaimsChanges({
      change: (scope) => void claimsDatabase.reload(scope).catch(reloadFailed),
      missed: () => void claimsDatabase.reloadAll().catch(reloadFailed),
    });
  }
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
      claimsDatabase.noteStored(name);
    },
    pool.run,
    clockOf(config),
  );
  // What has been in the trash for its 30 days is erased: on start, then every so often.
  let erasing = false;
  const eraseTrash = async (): Promise<void> => {
    // One erase at a time: a slow store must not gather runs.
    if (erasing) return;
    erasing = true;
    try {
      const erased = await documents.eraseExpired();
      if (erased.length > 0)
        log.info({ documents: erased }, `erased ${erased.length} documents that were in the trash for ${trashDays} days`);
    } catch (error) {
      log.error({ err: error }, 'erasing documents from the trash failed; tried again later');
    } finally {
      erasing = false;
    }
  };
  await eraseTrash();
  const trashCheck = setInterval(() => void eraseTrash(), config.trashCheckMs);
  trashCheck.unref();
  const gatekeeper = await Gatekeeper.open(store, secret);
  const invites = new Invites(store, secret, gatekeeper);
  if (fanout !== null) await shareAccessChanges(fanout, gatekeeper, store, log);
  const limits = new AddressLimits({
    requestsPerSecond: config.rateLimit,
    authFailuresPerMinute: config.authFailuresPerMinute,
    maxConnections: config.maxConnectionsPerIp,
  });
  if (config.demo && (await documents.list()).length === 0) {
    const record = await documents.create(demoArticle);
    log.info({ id: record.id }, 'created the demo article');
  }

  const search = await searchOpening;
  const searchIndexer = new SearchIndexer(search, (id) => documents.searchExtract(id), log);
  indexer = searchIndexer;
  for (const id of changedEarly) searchIndexer.changed(id);
  const endpoint = new HttpEndpoint({
    config,
    store,
    fanout,
    saving,
    rooms,
    documents,
    invites,
    gatekeeper,
    identities,
    claimsDatabase,
    limits,
    log,
    search,
  });
  // What changed while the server was stopped (or all of it, on a first start) is indexed in the background.
  void store
    .listDocuments()
    .then((records) => searchIndexer.catchUp(records.map((record) => record.id)))
    .catch((error: unknown) => log.error({ err: error }, 'bringing the search index up to date failed'));
  const sync = new SyncEndpoint({ config, store, saving, rooms, gatekeeper, identities, limits, log });

  const http: HttpServer = createServer(endpoint.listener);
  http.on('upgrade', sync.upgrade);
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
  endpoint.publicUrl = url;

  return {
    url,
    port,
    secret,
    documents,
    issueToken: (claims) => encodeToken(claims, secret),
    startLink: () => invites.startLink(url),
    close: async () => {
      clearInterval(trashCheck);
      saving.close();
      // Stop accepting first, so no client joins a room that is being closed.
      const closed = new Promise<void>((resolve) => http.close(() => resolve()));
      sync.closeSockets();
      http.closeAllConnections();
      await closed;
      // Every update already received is stored (and published) before the store closes.
      await rooms.closeAll();
      // What is still waiting to be indexed stays pending for the next start.
      await searchIndexer.close();
      await claimsDatabase.close();
      sync.close();
      await fanout?.close();
      await pool.close();
      store.merger = mergeInline;
    },
  };
}
