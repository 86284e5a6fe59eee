import type { CollectionRecord, DocumentRecord } from '../../shared/index.js';
import type { ReviewedClaim } from '../../shared/api/claims.js';
import type { Role } from '../../shared/access.js';
import type { DamageReport, UpdateMerger } from './damage.js';

/** An invitation link: who it is for, what it opens, and whether it still works. */
export interface InviteRecord {
  /** The id of the invite's token. */
  jti: string;
  docId: string;
  role: Role;
  /** Who it is for, as the owner wrote it ("Student 12", "Desk: Ana"). */
  label: string;
  createdAt: string;
  /** ISO time it expires at, if it does. */
  expiresAt: string | null;
  revokedAt: string | null;
  /** The name its holder chose to be shown under, if they chose one. */
  name?: string;
  /** The private layer its holder works in, when not `p-<jti>`: an earlier invitation's, for the same person. */
  layer?: string;
}

/** A published document's public page, as rendered when it was (re)published: served as it is, with no token. */
export interface PublicationSnapshot {
  /** The page's unguessable slug (`/p/<slug>`). */
  slug: string;
  docId: string;
  /** The page, a standalone HTML file. */
  html: string;
  /** The CSP source allowing its one stylesheet (`'sha256-…'`). */
  styleSource: string;
  publishedAt: string;
}

/**
 * Where rooms' updates and documents' records are kept. A room applies an
 * update, appends what it changed and relays it only once the store has it,
 * so a crash loses nothing another client has seen; how far "has it" reaches
 * (the process, or the disk through a power loss) is the durability setting.
 */
export interface Store {
  /** Appends one Yjs update to a room's log; resolves once it is written. */
  appendUpdate(room: string, update: Uint8Array): Promise<void>;
  /**
   * Appends one update at once, without waiting a turn of the event loop:
   * for a store that can (the embedded one, through its journal), so a room
   * relays the update in the same tick. Returns nothing when the update is
   * durable on return, or a promise that resolves once it is (on the disk:
   * the room relays it then, and goes on with the next update meanwhile).
   * Throws if the store cannot write.
   */
  appendUpdateNow?(room: string, update: Uint8Array): Promise<void> | void;
  /** Every stored update of a room, oldest first (the snapshot, if any, first). */
  loadUpdates(room: string): Promise<Uint8Array[]>;
  /** Merges a room's log into one snapshot (with {@link merger}); updates appended meanwhile are kept. */
  compact(room: string): Promise<void>;
  /** What compaction merges with: on the caller's thread unless the server gives it a worker thread's. */
  merger: UpdateMerger;
  /** The names of the rooms that have updates and start with a prefix. */
  listRooms(prefix: string): Promise<string[]>;
  /**
   * A stamp that changes whenever a room gains stored updates (compaction,
   * which keeps what the log says, may leave it as it was), or null for a
   * room with none: what a cache of something read from a room is checked by.
   */
  roomVersion(room: string): Promise<string | null>;
  /** Number of updates in a room's log since its last compaction. */
  countUpdates(room: string): Promise<number>;
  putDocument(record: DocumentRecord): Promise<void>;
  /**
   * Erases a document for good: its record, the updates of its article and
   * of every layer (those set aside as unreadable too), its invitations, its
   * public page and the damage reported for its rooms. Nothing of it can be read afterwards.
   */
  deleteDocument(id: string): Promise<void>;
  getDocument(id: string): Promise<DocumentRecord | null>;
  listDocuments(): Promise<DocumentRecord[]>;
  /** How many records {@link listDocuments} would give (trashed ones too), without reading them. */
  countDocuments(): Promise<number>;
  // Collections (corpus issue): records of their own; documents name them in `DocumentRecord.collections`.
  putCollection(record: CollectionRecord): Promise<void>;
  getCollection(id: string): Promise<CollectionRecord | null>;
  /** Every collection, in id order. */
  listCollections(): Promise<CollectionRecord[]>;
  /** Removes a collection's record (the documents naming it are the caller's to change). */
  deleteCollection(id: string): Promise<void>;
  putInvite(invite: InviteRecord): Promise<void>;
  getInvite(jti: string): Promise<InviteRecord | null>;
  /** Every invite, or those of one document. */
  listInvites(docId?: string): Promise<InviteRecord[]>;
  /** Stores a public page's snapshot, replacing the one under its slug. */
  putPublication(snapshot: PublicationSnapshot): Promise<void>;
  getPublication(slug: string): Promise<PublicationSnapshot | null>;
  /** Removes a public page's snapshot (nothing if there is none). {@link deleteDocument} removes its document's too. */
  deletePublication(slug: string): Promise<void>;
  /**
   * Replaces what the claims database holds from one source: `doc:<id>` (a
   * document's marked claims) or `feed:<name>` (an imported ClaimReview
   * feed). An empty list removes the source. Erasing a document erases its.
   */
  putClaims(scope: string, claims: readonly ReviewedClaim[]): Promise<void>;
  /** One source's claims (none when it is not stored). */
  getClaims(scope: string): Promise<ReviewedClaim[]>;
  /** The claims database: every source's claims, by scope. */
  listClaims(): Promise<Map<string, ReviewedClaim[]>>;
  /** Keeps a report of damage found (once: the same damage found again is not added). */
  reportDamage(report: DamageReport): Promise<void>;
  /** Every report of damage kept. */
  listDamage(): Promise<DamageReport[]>;
  /** Called when a write fails because the store cannot write now (set by the server's save state). */
  onUnavailable: ((error: StoreUnavailableError) => void) | null;
  /**
   * After appends failed with a {@link StoreUnavailableError}: tries to make
   * the store take writes again; rejects if it still cannot.
   */
  recover(): Promise<void>;
  /** Resolves if the store answers, rejects with the reason if not (for `/healthz`). */
  ping(): Promise<void>;
  close(): Promise<void>;
}

/** The store could not be opened, for a reason worth telling the user. */
export class StoreOpenError extends Error {
  override readonly name = 'StoreOpenError';
  /** True when another process holds the store. */
  readonly locked: boolean;

  constructor(message: string, locked: boolean, options?: ErrorOptions) {
    super(message, options);
    this.locked = locked;
  }
}

/**
 * The store cannot write now (a full disk, a database that does not answer):
 * nothing was stored, and the store may take writes again later.
 */
export class StoreUnavailableError extends Error {
  override readonly name = 'StoreUnavailableError';
}
