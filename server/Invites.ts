import { randomBytes } from 'node:crypto';
import { privateLayerId } from './access.js';
import type { Gatekeeper } from './Gatekeeper.js';
import type { InviteRecord, Store } from './store/Store.js';
import { encodeToken, isRole, roles, type Role } from './tokens.js';

/** A request named an invite that does not exist. */
export class InviteNotFoundError extends Error {
  override readonly name = 'InviteNotFoundError';
}

/** A new invite: its record, its token and the link to hand out. */
export interface IssuedInvite {
  invite: InviteRecord;
  token: string;
  url: string;
}

/**
 * Invitation links to one document for a role: made by an owner, listed,
 * and revoked (which also closes the connections they opened).
 */
export class Invites {
  private readonly store: Store;
  private readonly secret: string;
  private readonly gatekeeper: Gatekeeper | null;

  constructor(store: Store, secret: string, gatekeeper: Gatekeeper | null) {
    this.store = store;
    this.secret = secret;
    this.gatekeeper = gatekeeper;
  }

  /**
   * Makes an invite; `expiresIn` is in seconds. Throws a RangeError for an
   * unknown role. An invite for a person (by name) who already had one to the
   * document works in that one's private layer: re-issuing a student's link
   * never gives them a second, empty layer.
   */
  async create(docId: string, role: string, options: { label?: string; expiresIn?: number; publicUrl: string }): Promise<IssuedInvite> {
    if (!isRole(role)) throw new RangeError(`Unknown role "${role}": use one of ${roles.join(', ')}.`);
    const label = (options.label ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
    const layer = label === '' || role === 'viewer' ? undefined : await this.layerOf(docId, label);
    const now = Date.now();
    const exp = options.expiresIn === undefined ? undefined : Math.floor(now / 1000) + options.expiresIn;
    const jti = randomBytes(9)
      .toString('base64url')
      .replace(/[^A-Za-z0-9]/g, 'x');
    const invite: InviteRecord = {
      jti,
      docId,
      role: role as Role,
      label: label === '' ? `${role} link` : label,
      createdAt: new Date(now).toISOString(),
      expiresAt: exp === undefined ? null : new Date(exp * 1000).toISOString(),
      revokedAt: null,
      ...(layer === undefined ? {} : { layer }),
    };
    await this.store.putInvite(invite);
    const token = encodeToken(
      { jti, role: invite.role, doc: docId, ...(exp === undefined ? {} : { exp }), ...(layer === undefined ? {} : { layer }) },
      this.secret,
    );
    return { invite, token, url: `${options.publicUrl}/?token=${token}#/d/${docId}` };
  }

  /** The private layer of the earliest invite to a document for a person of this name (any case), if any. */
  private async layerOf(docId: string, label: string): Promise<string | undefined> {
    const name = label.toLocaleLowerCase();
    const earlier = (await this.list(docId)).find((invite) => invite.role !== 'viewer' && invite.label.toLocaleLowerCase() === name);
    return earlier === undefined ? undefined : privateLayerId(earlier);
  }

  list(docId: string): Promise<InviteRecord[]> {
    return this.store.listInvites(docId).then((invites) => invites.sort((a, b) => a.createdAt.localeCompare(b.createdAt)));
  }

  /** Revokes an invite of a document; it stops working at once, open connections included. */
  async revoke(docId: string, jti: string): Promise<InviteRecord> {
    const invite = await this.store.getInvite(jti);
    if (invite === null || invite.docId !== docId) throw new InviteNotFoundError(`Document ${docId} has no invite "${jti}".`);
    const revoked = { ...invite, revokedAt: invite.revokedAt ?? new Date().toISOString() };
    await this.store.putInvite(revoked);
    await this.gatekeeper?.revoke(jti);
    return revoked;
  }
}
