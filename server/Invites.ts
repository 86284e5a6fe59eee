import { InputError } from '../shared/errors.js';
import { randomBytes } from 'node:crypto';
import { isRole, privateLayerId, roles, type Role } from '../shared/access.js';
import { storyIdOf } from '../shared/story.js';
import type { Gatekeeper } from './Gatekeeper.js';
import type { InviteRecord, Store } from './store/Store.js';
import { encodeToken } from './tokens.js';

/** A request named an invite that does not exist. */
export class InviteNotFoundError extends Error {
  override readonly name = 'InviteNotFoundError';
}

/** The label of the owner link printed at start, an invite to every document (`docId` `*`). */
export const startLinkLabel = 'Owner link printed at start';

/**
 * The person an invite was made for, as its label names them ("Ada Lovelace"),
 * or null when the label only describes the link: the default "<role> link"
 * or the owner link printed at start.
 */
export function personNamedBy(invite: InviteRecord | null): string | null {
  if (invite === null || invite.label === `${invite.role} link` || invite.label === startLinkLabel) return null;
  return invite.label;
}

/** Whether an invite still works: neither revoked nor expired. */
export function isActive(invite: InviteRecord, now = Date.now()): boolean {
  return invite.revokedAt === null && (invite.expiresAt === null || Date.parse(invite.expiresAt) > now);
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
   * Makes an invite; `expiresIn` is in seconds. Throws an InputError for an
   * unknown role. An invite for a person (by name) who already had one to the
   * document works in that one's private layer: re-issuing a student's link
   * never gives them a second, empty layer.
   */
  async create(docId: string, role: string, options: { label?: string; expiresIn?: number; publicUrl: string }): Promise<IssuedInvite> {
    if (!isRole(role)) throw new InputError(`Unknown role "${role}": use one of ${roles.join(', ')}.`);
    const label = (options.label ?? '').replace(/\s+/g, ' ').trim().slice(0, 100);
    const layer = label === '' || role === 'viewer' ? undefined : await this.layerOf(docId, label);
    const now = Date.now();
    // Whole seconds, as the token has them: it is signed again from the record alone.
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
    return this.issued(invite, options.publicUrl);
  }

  /** An invite's token, signed again from its record (the same token it was given out as), and its link. */
  private issued(invite: InviteRecord, publicUrl: string): IssuedInvite {
    const claims = {
      jti: invite.jti,
      iat: Math.floor(Date.parse(invite.createdAt) / 1000),
      role: invite.role,
      doc: invite.docId,
      ...(invite.expiresAt === null ? {} : { exp: Math.floor(Date.parse(invite.expiresAt) / 1000) }),
      ...(invite.layer === undefined ? {} : { layer: invite.layer }),
    };
    const token = encodeToken(claims, this.secret);
    const page = invite.docId === '*' ? '' : `#/d/${invite.docId}`;
    return { invite, token, url: `${publicUrl}/?token=${token}${page}` };
  }

  /**
   * The owner link printed at start: an owner invite to every document, made
   * on the first start and the same on every start after, listed with the
   * others and revocable like them. Once revoked, the next start makes a new one.
   */
  async startLink(publicUrl: string): Promise<IssuedInvite> {
    const existing = (await this.list('*')).find(
      (invite) => invite.label === startLinkLabel && invite.role === 'owner' && isActive(invite),
    );
    if (existing !== undefined) return this.issued(existing, publicUrl);
    return this.create('*', 'owner', { label: startLinkLabel, publicUrl });
  }

  /** Every invite of every document, and the links to all documents, oldest first. */
  async listAll(): Promise<InviteRecord[]> {
    return (await this.store.listInvites()).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  }

  /**
   * Marks every invite revoked (after a new secret, their tokens no longer
   * verify anyway; the list should say so). Returns how many were still active.
   */
  async revokeAll(): Promise<number> {
    let active = 0;
    const now = new Date().toISOString();
    for (const invite of await this.store.listInvites()) {
      if (invite.revokedAt !== null) continue;
      if (isActive(invite)) active++;
      await this.store.putInvite({ ...invite, revokedAt: now });
    }
    return active;
  }

  /** The invitation a token was issued as, or null (the owner's start token has none). */
  get(jti: string): Promise<InviteRecord | null> {
    return this.store.getInvite(jti);
  }

  /** The private layer of the earliest invite to a document for a person of this name (any case), if any. */
  private async layerOf(docId: string, label: string): Promise<string | undefined> {
    const name = label.toLocaleLowerCase();
    const earlier = (await this.list(docId)).find((invite) => invite.role !== 'viewer' && invite.label.toLocaleLowerCase() === name);
    return earlier === undefined ? undefined : privateLayerId(earlier);
  }

  list(docId: string): Promise<InviteRecord[]> {
    return this.store.listInvites(docId).then(oldestFirst);
  }

  /**
   * The invites of every version of a document's story, oldest first: a
   * token for one version opens them all, so its holder's private layer and
   * its label are in each (see `canOpenDocument`).
   */
  listStory(docId: string): Promise<InviteRecord[]> {
    return storyInvites(this.store, docId);
  }

  /**
   * Revokes an invite of a document (of any, the start link's included, when
   * `docId` is null); it stops working at once, open connections included.
   */
  async revoke(docId: string | null, jti: string): Promise<InviteRecord> {
    const invite = await this.store.getInvite(jti);
    if (invite === null || (docId !== null && invite.docId !== docId)) {
      throw new InviteNotFoundError(docId === null ? `There is no invite "${jti}".` : `Document ${docId} has no invite "${jti}".`);
    }
    const revoked = { ...invite, revokedAt: invite.revokedAt ?? new Date().toISOString() };
    await this.store.putInvite(revoked);
    await this.gatekeeper?.revoke(jti);
    return revoked;
  }
}

/** The invites of every version of a document's story, oldest first (see {@link Invites.listStory}). */
export async function storyInvites(store: Store, docId: string): Promise<InviteRecord[]> {
  const story = storyIdOf(docId);
  return oldestFirst((await store.listInvites()).filter((invite) => invite.docId !== '*' && storyIdOf(invite.docId) === story));
}

function oldestFirst(invites: InviteRecord[]): InviteRecord[] {
  return invites.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}
