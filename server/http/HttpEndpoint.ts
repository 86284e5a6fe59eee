import type { IncomingMessage, ServerResponse } from 'node:http';
import type { TokenClaims } from '../../shared/access.js';
import type { AddressLimits } from '../AddressLimits.js';
import { clientAddress } from '../clientAddress.js';
import type { Config } from '../config.js';
import type { ClaimsDatabase } from '../ClaimsDatabase.js';
import type { Documents } from '../Documents.js';
import type { Fanout } from '../Fanout.js';
import type { Gatekeeper } from '../Gatekeeper.js';
import type { Identities } from '../Identities.js';
import type { Invites } from '../Invites.js';
import type { Logger } from '../log.js';
import type { Rooms } from '../Rooms.js';
import { damagedDocument, type DamageReport } from '../store/damage.js';
import type { SaveState } from '../store/SaveState.js';
import type { Store } from '../store/Store.js';
import { TokenError } from '../tokens.js';
import { handleApi } from './api.js';
import { answering, HttpError, sendJson } from './errors.js';
import { serveStatic } from './static.js';
import { servePublicPage } from './routes/publicPage.js';
import type { SearchIndex } from '../search/SearchIndex.js';

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

function tokenFrom(request: IncomingMessage, url: URL): string | null {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return url.searchParams.get('token');
}

/** What the HTTP endpoint works with. */
export interface HttpEndpointParts {
  config: Pick<Config, 'trustProxy' | 'clientDir' | 'maxImportBytes' | 'organisation'>;
  store: Store;
  fanout: Fanout | null;
  saving: SaveState;
  rooms: Rooms;
  documents: Documents;
  invites: Invites;
  gatekeeper: Gatekeeper;
  identities: Identities;
  /** The claims database, for "already checked" look-ups and feed imports. */
  claimsDatabase: ClaimsDatabase;
  limits: AddressLimits;
  log: Logger;
  search: SearchIndex;
}

/**
 * The HTTP side of the server: `/healthz`, the API under `/api` for an
 * authenticated caller within its address's limits, and the built client.
 */
export class HttpEndpoint {
  private readonly parts: HttpEndpointParts;
  /** Where the server is reached, for links in exports and invitations; known once it listens. */
  publicUrl = '';

  constructor(parts: HttpEndpointParts) {
    this.parts = parts;
  }

  /** Answers a request; a failure after the answer began ends the response. */
  readonly listener = (request: IncomingMessage, response: ServerResponse): void => {
    answering(request, response, this.parts.log, (url) => this.route(request, response, url)).catch((error: unknown) => {
      this.parts.log.error({ err: error }, 'a request failed after its answer began');
      response.destroy();
    });
  };

  private async route(request: IncomingMessage, response: ServerResponse, url: URL): Promise<void> {
    const { config, store, fanout, saving, rooms } = this.parts;
    if (url.pathname === '/healthz') {
      const owner =
        url.searchParams.has('token') || request.headers.authorization !== undefined ? this.isOwnerRequest(request, url) : false;
      const health = await checkHealth(store, fanout, saving, owner);
      sendJson(response, health.ok ? 200 : 503, { ...health, rooms: rooms.size });
    } else if (/^\/p\/[^/]+$/.test(url.pathname)) {
      // A public page is read with no token: before authentication, within the address's limits all the same.
      this.withinLimits(request);
      await servePublicPage(request, response, this.parts.documents, url.pathname.slice('/p/'.length));
    } else if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
      const { documents, invites, gatekeeper, identities, claimsDatabase } = this.parts;
      const claims = this.authenticate(request, url);
      await handleApi({
        request,
        response,
        url,
        context: {
          documents,
          invites,
          gatekeeper,
          identities,
          claimsDatabase,
          claims,
          maxImportBytes: config.maxImportBytes,
          publicUrl: this.publicUrl,
          organisation: config.organisation,
          search: this.parts.search,
        },
      });
    } else if (config.clientDir !== null) {
      await serveStatic(request, response, config.clientDir, url.pathname);
    } else {
      throw new HttpError(404, 'Not found', `Nothing at ${url.pathname}.`);
    }
  }

  /**
   * The caller's claims, within the address's rate limits: every API request
   * counts, and a failed authentication counts again, against a stricter limit
   * (an address past it is refused everything until it has waited).
   */
  private authenticate(request: IncomingMessage, url: URL): TokenClaims {
    const { limits, gatekeeper } = this.parts;
    const address = this.withinLimits(request);
    try {
      return gatekeeper.authenticate(tokenFrom(request, url));
    } catch (error) {
      if (error instanceof TokenError) {
        limits.failed(address);
        throw new HttpError(401, 'Unauthorized', error.message);
      }
      throw error;
    }
  }

  /** Counts a request against its address's limits (429 past them); returns the address. */
  private withinLimits(request: IncomingMessage): string {
    const { config, limits } = this.parts;
    const address = clientAddress(request, config.trustProxy);
    const refused = limits.request(address);
    if (refused !== null) {
      const what = refused.reason === 'failures' ? 'Too many failed authentications' : 'Too many requests';
      throw new HttpError(429, 'Too many requests', `${what} from your address: try again in ${refused.seconds} s.`, {
        'Retry-After': String(refused.seconds),
      });
    }
    return address;
  }

  /** Whether a request carries a valid owner token for every document (it may see damage in detail). */
  private isOwnerRequest(request: IncomingMessage, url: URL): boolean {
    try {
      const claims = this.parts.gatekeeper.authenticate(tokenFrom(request, url));
      return claims.role === 'owner' && claims.doc === '*';
    } catch {
      return false;
    }
  }
}
