import type { RoomAddress } from '../shared/index.js';
import { teamLayerId } from '../shared/index.js';
import type { TokenClaims } from './tokens.js';

/** What a connection may do in a room. */
export type Access = 'write' | 'read' | 'none';

/** The private layer id of a token's holder. */
export function privateLayerId(claims: TokenClaims): string {
  return `p-${claims.jti}`;
}

/** Whether the token opens this document at all. */
export function canOpenDocument(claims: TokenClaims, docId: string): boolean {
  return claims.doc === '*' || claims.doc === docId;
}

/**
 * The role table of the design notes: what each role may do in the article,
 * the team layer, its own private layer and other people's private layers.
 */
export function roomAccess(claims: TokenClaims, room: RoomAddress): Access {
  if (!canOpenDocument(claims, room.docId)) return 'none';
  const { role } = claims;
  if (room.layerId === null) return role === 'owner' || role === 'editor' ? 'write' : 'read';
  if (room.layerId === teamLayerId) return role === 'viewer' ? 'read' : 'write';
  if (room.layerId === privateLayerId(claims)) return role === 'viewer' ? 'none' : 'write';
  return role === 'owner' ? 'read' : 'none';
}

/** Whether the role may import, delete or invite (the API calls that change documents). */
export function canManageDocuments(claims: TokenClaims): boolean {
  return claims.role === 'owner' && claims.doc === '*';
}
