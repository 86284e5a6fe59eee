import { z } from 'zod';
import { teamLayerId, type DocumentRecord, type RoomAddress } from './document.js';
import { storyIdOf } from './story.js';

/** What a person may do, from most to least; the per-room rights are {@link roomAccess}. */
export const roles = ['owner', 'editor', 'annotator', 'viewer'] as const;

/** A role a token carries. */
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

/** Whether a value is one of the {@link roles}. */
export function isRole(value: unknown): value is Role {
  return roleSchema.safeParse(value).success;
}

/** The prefix of private layers' ids: `p-` and the id of their holder's token. */
export const privateLayerPrefix = 'p-';

/** A private layer id: the prefix and 1–64 letters, digits, `_` or `-`. */
export const privateLayerIdPattern = /^p-[A-Za-z0-9_-]{1,64}$/;

/** The signed content of a token (signing and checking the signature are the server's). */
export const tokenClaimsSchema = z.object({
  /** Token id, so a token can be revoked. */
  jti: z.string(),
  role: roleSchema,
  /** The document the token opens, or `*` for every document. */
  doc: z.string(),
  /** Issued at, seconds since the epoch. */
  iat: z.number(),
  /** Expires at, seconds since the epoch, if it expires. */
  exp: z.number().optional(),
  /** The private layer its holder works in, when not the one named after the token (a re-issued invitation keeps the first one's). */
  layer: z.string().regex(privateLayerIdPattern).optional(),
});
export type TokenClaims = z.infer<typeof tokenClaimsSchema>;

/** What a connection may do in a room. */
export type Access = 'write' | 'read' | 'none';

/** The private layer id of a token's holder: the one its invitation names, else one named after the token. */
export function privateLayerId(claims: Pick<TokenClaims, 'jti' | 'layer'>): string {
  return claims.layer ?? `${privateLayerPrefix}${claims.jti}`;
}

/** Whether the token opens this document at all: a token for one version of a story opens every version of it. */
export function canOpenDocument(claims: Pick<TokenClaims, 'doc'>, docId: string): boolean {
  return claims.doc === '*' || claims.doc === docId || storyIdOf(claims.doc) === storyIdOf(docId);
}

/** What a role may do to the article's text: owners and editors change it, everyone else reads. */
export function articleAccess(role: Role): 'write' | 'read' {
  return role === 'owner' || role === 'editor' ? 'write' : 'read';
}

/**
 * The role table of the design notes: what each role may do in the article,
 * the team layer, its own private layer and other people's private layers.
 * In a teaching assignment an annotator works in its own private layer and
 * cannot read the team layer or anyone else's until the owner reveals them;
 * after that it may read them all.
 */
export function roomAccess(
  claims: Pick<TokenClaims, 'role' | 'doc' | 'jti' | 'layer'>,
  room: RoomAddress,
  record: Pick<DocumentRecord, 'assignment' | 'deletedAt'> | null = null,
): Access {
  if (!canOpenDocument(claims, room.docId)) return 'none';
  // A document in the trash opens for no one, its owners included, until restored.
  if (record?.deletedAt !== undefined) return 'none';
  const { role } = claims;
  const assignment = record?.assignment;
  // The article: by role alone, assignment or not.
  if (room.layerId === null) return articleAccess(role);
  // One's own private layer: everyone who may annotate writes it; a viewer has none.
  if (room.layerId === privateLayerId(claims)) return role === 'viewer' ? 'none' : 'write';
  const hidden = role === 'annotator' && assignment !== undefined && !assignment.revealed;
  if (room.layerId === teamLayerId) {
    // A student working blind must not see the team's marks.
    if (hidden) return 'none';
    // Viewers read it; in an assignment (once revealed) students read it but keep working in their own.
    if (role === 'viewer' || (role === 'annotator' && assignment !== undefined)) return 'read';
    return 'write';
  }
  // A layer that is neither the team's nor private (none is made today): owners only.
  if (!room.layerId.startsWith(privateLayerPrefix)) return role === 'owner' ? 'write' : 'none';
  // Someone else's private layer: owners read every one, to compare and score.
  if (role === 'owner') return 'read';
  // Students read each other's once the owner has revealed the layers; no one else ever does.
  return role === 'annotator' && assignment?.revealed === true ? 'read' : 'none';
}

/** Whether the token's holder is a student in an assignment whose layers are not revealed: their presence reaches owners only. */
export function isBlindStudent(claims: Pick<TokenClaims, 'role'>, record: Pick<DocumentRecord, 'assignment'> | null): boolean {
  return claims.role === 'annotator' && record?.assignment !== undefined && !record.assignment.revealed;
}

/** The layer a person works in: their private layer in an assignment, else the team layer. */
export function workingLayer(claims: Pick<TokenClaims, 'role' | 'jti' | 'layer'>, record: Pick<DocumentRecord, 'assignment'>): string {
  return record.assignment !== undefined && claims.role === 'annotator' ? privateLayerId(claims) : teamLayerId;
}

/** Whether the token may import, delete, invite or change an assignment (an owner of every document). */
export function canManageDocuments(claims: Pick<TokenClaims, 'role' | 'doc'>): boolean {
  return claims.role === 'owner' && claims.doc === '*';
}
