import { teamLayerId, type DocumentRecord, type RoomAddress } from '../shared/index.js';
import type { TokenClaims } from './tokens.js';

/** What a connection may do in a room. */
export type Access = 'write' | 'read' | 'none';

/** The prefix of private layers' ids: `p-` and the id of their holder's token. */
export const privateLayerPrefix = 'p-';

/** The private layer id of a token's holder: the one its invitation names, else one named after the token. */
export function privateLayerId(claims: Pick<TokenClaims, 'jti' | 'layer'>): string {
  return claims.layer ?? `${privateLayerPrefix}${claims.jti}`;
}

/** Whether the token opens this document at all. */
export function canOpenDocument(claims: TokenClaims, docId: string): boolean {
  return claims.doc === '*' || claims.doc === docId;
}

/**
 * The role table of the design notes: what each role may do in the article,
 * the team layer, its own private layer and other people's private layers.
 * In a teaching assignment an annotator works in its own private layer and
 * cannot read the team layer or anyone else's until the owner reveals them;
 * after that it may read them all.
 */
export function roomAccess(
  claims: TokenClaims,
  room: RoomAddress,
  record: Pick<DocumentRecord, 'assignment' | 'deletedAt'> | null = null,
): Access {
  if (!canOpenDocument(claims, room.docId)) return 'none';
  // A document in the trash opens for no one, its owners included, until restored.
  if (record?.deletedAt !== undefined) return 'none';
  const { role } = claims;
  const assignment = record?.assignment;
  if (room.layerId === null) return role === 'owner' || role === 'editor' ? 'write' : 'read';
  if (room.layerId === privateLayerId(claims)) return role === 'viewer' ? 'none' : 'write';
  const hidden = role === 'annotator' && assignment !== undefined && !assignment.revealed;
  if (room.layerId === teamLayerId) {
    if (hidden) return 'none';
    if (role === 'viewer' || (role === 'annotator' && assignment !== undefined)) return 'read';
    return 'write';
  }
  if (!room.layerId.startsWith(privateLayerPrefix)) return role === 'owner' ? 'write' : 'none';
  if (role === 'owner') return 'read';
  return role === 'annotator' && assignment?.revealed === true ? 'read' : 'none';
}

/** Whether the token's holder is a student in an assignment whose layers are not revealed: their presence reaches owners only. */
export function isBlindStudent(claims: Pick<TokenClaims, 'role'>, record: Pick<DocumentRecord, 'assignment'> | null): boolean {
  return claims.role === 'annotator' && record?.assignment !== undefined && !record.assignment.revealed;
}

/** The layer a person works in: their private layer in an assignment, else the team layer. */
export function workingLayer(claims: TokenClaims, record: Pick<DocumentRecord, 'assignment'>): string {
  return record.assignment !== undefined && claims.role === 'annotator' ? privateLayerId(claims) : teamLayerId;
}

/** Whether the token may import, delete, invite or change an assignment (an owner of every document). */
export function canManageDocuments(claims: TokenClaims): boolean {
  return claims.role === 'owner' && claims.doc === '*';
}
