import type { WebSocket } from 'ws';
import {
  documentTrashedReason,
  encodeAccessNotice,
  layerAccessChangedReason,
  type DocumentRecord,
  type RoomAddress,
} from '../shared/index.js';
import { isBlindStudent, roomAccess, type TokenClaims } from '../shared/access.js';
import { closeCodes } from './closeCodes.js';
import type { Connection } from './Connection.js';
import type { Store } from './store/Store.js';
import { decodeToken, TokenError } from './tokens.js';

/** An open websocket and what it was let in for. */
interface Admitted {
  socket: WebSocket;
  claims: TokenClaims;
  address: RoomAddress;
  connection: Connection | null;
  expiry: NodeJS.Timeout | null;
}

// setTimeout cannot wait longer than this; later expiries are checked on the next message instead.
const longestTimer = 2 ** 31 - 1;

/**
 * Decides who gets in and keeps deciding: it checks tokens (signature,
 * expiry, revocation), and when an invite is revoked, expires, or an
 * assignment's layers are revealed or hidden again, it closes or narrows the
 * connections already open.
 */
export class Gatekeeper {
  private readonly secret: string;
  private readonly revoked = new Set<string>();
  private readonly admitted = new Set<Admitted>();
  /** How many times each document's access rules changed here, for connections admitted across that change. */
  private readonly accessChanges = new Map<string, number>();
  /** Tells the other instances of a change made here, when there are others. */
  onChange: ((change: { type: 'revoked'; jti: string } | { type: 'document'; id: string }) => void) | null = null;

  private constructor(secret: string) {
    this.secret = secret;
  }

  /** Opens the gate with the revocations the store holds. */
  static async open(store: Store, secret: string): Promise<Gatekeeper> {
    const gatekeeper = new Gatekeeper(secret);
    for (const invite of await store.listInvites()) if (invite.revokedAt !== null) gatekeeper.revoked.add(invite.jti);
    return gatekeeper;
  }

  /**
   * Reads revocations and the open documents' access rules back from the
   * store, for changes the other instances made while they could not tell us.
   */
  async refresh(store: Store): Promise<void> {
    for (const invite of await store.listInvites()) if (invite.revokedAt !== null) this.revokeHere(invite.jti);
    const open = new Set([...this.admitted].map((entry) => entry.address.docId));
    for (const id of open) {
      const record = await store.getDocument(id);
      if (record !== null) this.reconsiderHere(record);
    }
  }

  /** The claims of a valid token; throws a TokenError for a missing, forged, expired or revoked one. */
  authenticate(token: string | null | undefined): TokenClaims {
    const claims = decodeToken(token, this.secret);
    if (this.revoked.has(claims.jti)) throw new TokenError('This link has been revoked.');
    return claims;
  }

  /** A count of the document's access changes, taken before reading its record to admit a connection. */
  accessVersion(docId: string): number {
    return this.accessChanges.get(docId) ?? 0;
  }

  /**
   * Keeps track of an open connection, and closes it when its token expires.
   * Admission waits on the store after the token and the record were read: a
   * revocation in that wait closes it here, and a change of the document's
   * access rules (given as `accessVersion` before the record was read)
   * returns true, for the caller to read the record again and reconsider.
   */
  admit(socket: WebSocket, claims: TokenClaims, address: RoomAddress, connection: Connection, accessVersion: number): boolean {
    const entry: Admitted = { socket, claims, address, connection, expiry: null };
    if (claims.exp !== undefined) {
      const wait = claims.exp * 1000 - Date.now();
      if (wait < longestTimer) {
        entry.expiry = setTimeout(() => socket.close(closeCodes.unauthorized.code, 'Your link has expired'), Math.max(0, wait));
        entry.expiry.unref();
      }
    }
    this.admitted.add(entry);
    socket.once('close', () => {
      if (entry.expiry !== null) clearTimeout(entry.expiry);
      this.admitted.delete(entry);
    });
    if (this.revoked.has(claims.jti)) {
      socket.close(closeCodes.unauthorized.code, 'Your link has been revoked');
      return false;
    }
    return this.accessVersion(address.docId) !== accessVersion;
  }

  /** Revokes a token: it is refused from now on, and its open connections are closed, on every instance. */
  async revoke(jti: string): Promise<void> {
    this.revokeHere(jti);
    this.onChange?.({ type: 'revoked', jti });
  }

  /** Applies a revocation made on another instance. */
  revokeHere(jti: string): void {
    this.revoked.add(jti);
    for (const entry of this.admitted) {
      if (entry.claims.jti === jti) entry.socket.close(closeCodes.unauthorized.code, 'Your link has been revoked');
    }
  }

  /**
   * Applies a document's new access rules (an assignment revealed or hidden)
   * to its open connections: those that lost access are closed, the others
   * get their new rights, and each open page (its article's connection) is
   * told, so it reads the document again.
   */
  reconsider(record: DocumentRecord): void {
    this.reconsiderHere(record);
    this.onChange?.({ type: 'document', id: record.id });
  }

  /** Applies a document's access rules changed on another instance. */
  reconsiderHere(record: DocumentRecord): void {
    this.accessChanges.set(record.id, this.accessVersion(record.id) + 1);
    for (const entry of this.admitted) {
      if (entry.address.docId !== record.id || entry.connection === null) continue;
      const access = roomAccess(entry.claims, entry.address, record);
      if (access === 'none') {
        entry.socket.close(closeCodes.forbidden.code, record.deletedAt !== undefined ? documentTrashedReason : layerAccessChangedReason);
        continue;
      }
      entry.connection.access = access;
      // Takes effect with the student's next presence update (every 15 s at the latest).
      entry.connection.blind = isBlindStudent(entry.claims, record);
      if (entry.address.layerId === null) entry.connection.send(encodeAccessNotice());
    }
  }
}
