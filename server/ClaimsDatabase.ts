import { roomAccess, type TokenClaims } from '../shared/access.js';
import type { FeedImport, ReviewedClaim, SimilarClaim } from '../shared/api/claims.js';
import { ClaimMatcher, claimsOfLayer, feedNameOf, readClaimReviewFeed, type ClaimMatch } from '../shared/claims/index.js';
import { InputError } from '../shared/errors.js';
import { layerRoomName, parseRoomName, teamLayerId } from '../shared/document.js';
import { storyOf } from '../shared/story.js';
import { layerDocOf } from './jobs/DocumentState.js';
import type { Logger } from './log.js';
import type { Store } from './store/Store.js';

/** How long after a stored change of a team layer its document's claims are read again: changes meanwhile share one read. */
export const claimsRefreshDelayMs = 1000;

/**
 * The least time between two builds of the matcher: a look-up after a change
 * within it is answered by the last one built. Building costs about 70 ms per
 * 1,000 claims on the event loop (`bench/claims.ts`), so a desk editing
 * without pause does not pay it on every look-up.
 */
export const matcherRebuildMs = 5000;

const documentScope = (id: string) => `doc:${id}`;
const feedScope = (name: string) => `feed:${name}`;

/** Whether a claim has been reviewed: a feed's always has; a mark's once it has a verdict. */
function isReviewed(claim: ReviewedClaim): boolean {
  return claim.source === 'feed' || (claim.verdict !== null && claim.verdict !== 'unverified');
}

/**
 * The claims database: every claim marked in the documents' team layers
 * and every item of the ClaimReview feeds owners imported, kept in the
 * store (by source) and in memory, with a matcher over the reviewed ones
 * built when first asked after a change. The server tells it which rooms
 * it stored updates of ({@link noteStored}); it reads a document's team
 * layer again a moment later, off the path of live sync.
 */
export class ClaimsDatabase {
  private readonly store: Store;
  private readonly log: Logger;
  private readonly delayMs: number;
  private readonly bySource = new Map<string, ReviewedClaim[]>();
  private matcher: ClaimMatcher<ReviewedClaim> | null = null;
  /** Whether the claims changed since the matcher was built, and when it was. */
  private stale = true;
  private builtAt = 0;
  private readonly dirty = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> = Promise.resolve();
  private closed = false;
  /** Told of each source stored here, so other instances read it back (set when there are others). */
  onStored: ((scope: string) => void) | null = null;

  private constructor(store: Store, log: Logger, delayMs: number) {
    this.store = store;
    this.log = log;
    this.delayMs = delayMs;
  }

  /**
   * Opens the database kept in the store, then reads every document's
   * claims again in the background (changes made by a server that stopped
   * before it read them are caught up that way).
   */
  static async open(store: Store, log: Logger, delayMs = claimsRefreshDelayMs): Promise<ClaimsDatabase> {
    const database = new ClaimsDatabase(store, log, delayMs);
    for (const [scope, claims] of await store.listClaims()) database.bySource.set(scope, claims);
    for (const record of await store.listDocuments()) database.dirty.add(record.id);
    for (const scope of database.bySource.keys()) if (scope.startsWith('doc:')) database.dirty.add(scope.slice(4));
    database.schedule();
    return database;
  }

  /** The server stored an update of a room: a change of a team layer is read again shortly. */
  noteStored(room: string): void {
    const address = parseRoomName(room);
    if (address === null || address.layerId !== teamLayerId) return;
    this.noteDocument(address.docId);
  }

  /** A document changed (moved to or out of the trash, erased): its claims are read again shortly. */
  noteDocument(id: string): void {
    this.dirty.add(id);
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== null || this.closed || this.dirty.size === 0) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.running.then(() => this.refreshDirty());
    }, this.delayMs);
    this.timer.unref();
  }

  /** Reads the claims of every document noted since the last run, one at a time. */
  private async refreshDirty(): Promise<void> {
    const ids = [...this.dirty];
    this.dirty.clear();
    for (const id of ids) {
      if (this.closed) return;
      try {
        await this.refresh(id);
      } catch (error) {
        this.log.error({ err: error, document: id }, 'reading a document’s claims for the claims database failed; tried again later');
        this.dirty.add(id);
      }
    }
    this.schedule();
  }

  /** Reads one document's team layer and stores its claims if they changed; a document gone or in the trash has none. */
  async refresh(id: string): Promise<void> {
    const record = await this.store.getDocument(id);
    let claims: ReviewedClaim[] = [];
    if (record !== null && record.deletedAt === undefined) {
      const layer = layerDocOf(await this.store.loadUpdates(layerRoomName(id, teamLayerId)));
      try {
        claims = claimsOfLayer(id, layer);
      } finally {
        layer.destroy();
      }
    }
    const scope = documentScope(id);
    const before = this.bySource.get(scope) ?? [];
    if (JSON.stringify(before) === JSON.stringify(claims)) return;
    await this.store.putClaims(scope, claims);
    this.set(scope, claims);
    this.onStored?.(scope);
  }

  /** Another instance stored a source: read back what it stored, in turn with this instance's own reads (a slow read never overwrites a newer one). */
  reload(scope: string): Promise<void> {
    return this.inTurn(async () => this.set(scope, await this.store.getClaims(scope)));
  }

  /** Reads every source back (after a time in which other instances' changes may have been missed). */
  reloadAll(): Promise<void> {
    return this.inTurn(async () => {
      const stored = await this.store.listClaims();
      for (const scope of [...this.bySource.keys()]) if (!stored.has(scope)) this.set(scope, []);
      for (const [scope, claims] of stored) this.set(scope, claims);
    });
  }

  /** Runs a read after the reads under way; its failure is the caller's, not the next read's. */
  private inTurn(read: () => Promise<void>): Promise<void> {
    const done = this.running.then(read);
    this.running = done.catch(() => undefined);
    return done;
  }

  private set(scope: string, claims: ReviewedClaim[]): void {
    if (claims.length === 0) this.bySource.delete(scope);
    else this.bySource.set(scope, claims);
    this.stale = true;
  }

  /**
   * Imports a ClaimReview feed under a name, replacing what was imported
   * under it before. Items that cannot be read are counted and listed,
   * never failing the import; a feed with no item that reads is an
   * {@link InputError}, and what the name held before is kept.
   */
  async importFeed(json: unknown, name: string): Promise<FeedImport> {
    const reading = readClaimReviewFeed(json, name);
    if (reading.claims.length === 0) {
      const held = this.bySource.get(feedScope(name))?.length ?? 0;
      const why = reading.unread
        .slice(0, 3)
        .map((item) => `${item.at}: ${item.reason}`)
        .join('; ');
      throw new InputError(
        `The feed holds no ClaimReview that could be read${why === '' ? '' : ` (${why}${reading.unread.length > 3 ? '; …' : ''})`}. ` +
          `Nothing was imported${held === 0 ? '' : `; the feed "${name}" keeps its ${held} claim reviews`}.`,
      );
    }
    await this.store.putClaims(feedScope(name), reading.claims);
    this.set(feedScope(name), reading.claims);
    this.onStored?.(feedScope(name));
    // An owner who imports a feed looks it up next: the next look-up builds the matcher again at once.
    this.builtAt = 0;
    return { feed: name, imported: reading.claims.length, unread: reading.unread };
  }

  /**
   * Imports a feed given as the text of its file (the API's body, the
   * CLI's file): under `name`, else a name made from the text, so the same
   * file imported again replaces itself. Text that is not JSON is an
   * {@link InputError}; anything else is read as far as it goes.
   */
  importFeedText(text: string, name?: string): Promise<FeedImport> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new InputError(`The feed is not JSON: ${(error as Error).message}`);
    }
    return this.importFeed(json, name ?? feedNameOf(text));
  }

  /** The feeds imported, each with its number of claims. */
  feeds(): { feed: string; claims: number }[] {
    return [...this.bySource]
      .filter(([scope]) => scope.startsWith('feed:'))
      .map(([scope, claims]) => ({ feed: scope.slice(5), claims: claims.length }))
      .sort((a, b) => (a.feed < b.feed ? -1 : 1));
  }

  /** Every claim held, workspace and feeds, reviewed or not. */
  all(): ReviewedClaim[] {
    return [...this.bySource.values()].flat();
  }

  /** The reviewed claims most like a text among those `accept` lets through, best first; none scoring under the matcher's threshold. */
  similar(text: string, limit: number, accept: (claim: ReviewedClaim) => boolean): ClaimMatch<ReviewedClaim>[] {
    const now = Date.now();
    if (this.matcher === null || (this.stale && now - this.builtAt >= matcherRebuildMs)) {
      this.matcher = new ClaimMatcher(this.all().filter(isReviewed), (claim) => claim.claim);
      this.stale = false;
      this.builtAt = now;
    }
    const { threshold } = this.matcher.options;
    return this.matcher.similar(text, limit, accept).filter((match) => match.score >= threshold);
  }

  /**
   * The reviewed claims most like a text that a token may see: marks of the
   * documents whose team layer it may read (none in the trash), and every
   * feed's. `exclude` (`<document>/<mark>`) leaves out the claim looked up,
   * and its copies in the other versions of its story (a mark carried over
   * keeps its id): it is not an earlier review of itself.
   */
  async lookup(
    text: string,
    options: { limit: number; exclude?: string; claims: Pick<TokenClaims, 'role' | 'doc' | 'jti' | 'layer'> },
  ): Promise<SimilarClaim[]> {
    const records = await this.store.listDocuments();
    const readable = new Set<string>();
    for (const record of records)
      if (roomAccess(options.claims, { docId: record.id, layerId: teamLayerId }, record) !== 'none') readable.add(record.id);
    const storyOfDocument = new Map(records.map((record) => [record.id, storyOf(record)]));
    const storyId = (document: string | null) => (document === null ? undefined : storyOfDocument.get(document)?.id);
    const [excludedDocument = '', excludedMark] = options.exclude?.split('/') ?? [];
    const excludedStory = storyId(excludedDocument);
    const itself = (claim: ReviewedClaim) =>
      claim.id === options.exclude ||
      (excludedStory !== undefined && claim.mark === excludedMark && storyId(claim.document) === excludedStory);
    const accept = (claim: ReviewedClaim) =>
      !itself(claim) && (claim.source === 'feed' || (claim.document !== null && readable.has(claim.document)));
    // One mark carried through a story's versions is one review: shown once, from its latest version.
    const version = (claim: ReviewedClaim) => (claim.document === null ? 0 : (storyOfDocument.get(claim.document)?.version ?? 0));
    const shown = new Map<string, ClaimMatch<ReviewedClaim>>();
    for (const match of this.similar(text, options.limit * 4, accept)) {
      const story = storyId(match.claim.document);
      const key = story === undefined || match.claim.mark === null ? match.claim.id : `${story}/${match.claim.mark}`;
      const earlier = shown.get(key);
      if (earlier === undefined) shown.set(key, match);
      else if (version(match.claim) > version(earlier.claim)) shown.set(key, { ...match, score: Math.max(match.score, earlier.score) });
    }
    return [...shown.values()].slice(0, options.limit).map((match) => ({ ...match.claim, score: Math.round(match.score * 1000) / 1000 }));
  }

  /** Resolves once every change noted so far has been read (for the CLI and tests). */
  async settle(): Promise<void> {
    if (this.timer !== null) {
      clearTimeout(this.timer);
      this.timer = null;
      this.running = this.running.then(() => this.refreshDirty());
    }
    await this.running;
  }

  /** Stops reading changes; waits for the read under way. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }
}
