import type { IncomingMessage, ServerResponse } from 'node:http';
import { canManageDocuments, canOpenDocument, type TokenClaims } from '../../shared/access.js';
import type { ClaimsDatabase } from '../ClaimsDatabase.js';
import type { Documents } from '../Documents.js';
import type { Gatekeeper } from '../Gatekeeper.js';
import type { Identities } from '../Identities.js';
import type { Invites } from '../Invites.js';
import type { SearchIndex } from '../search/SearchIndex.js';
import { HttpError } from './errors.js';

/** Everything the API needs for one request. */
export interface ApiContext {
  documents: Documents;
  invites: Invites;
  gatekeeper: Gatekeeper;
  /** The names people chose to be shown under, per token. */
  identities: Identities;
  /** Every claim marked or imported, for "already checked" look-ups (not to be confused with the token's `claims`). */
  claimsDatabase: ClaimsDatabase;
  claims: TokenClaims;
  maxImportBytes: number;
  /** Where the server is reached and who publishes, for exports. */
  publicUrl: string;
  organisation: { name: string; url?: string; logo?: string };
  /** Text and marks of every document, for `/api/search`. */
  search: SearchIndex;
}

/** One API request of an authenticated caller, as its route's handler gets it. */
export interface ApiCall {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  context: ApiContext;
}

/** Throws 403 unless the token opens the document. */
export function requireDocument(claims: TokenClaims, id: string): void {
  if (!canOpenDocument(claims, id)) throw new HttpError(403, 'Forbidden', 'Your token does not open this document.');
}

/** Throws 403 unless the token is an owner's of every document; `what` says what was refused. */
export function requireOwner(claims: TokenClaims, what: string): void {
  if (!canManageDocuments(claims)) throw new HttpError(403, 'Forbidden', `Only an owner may ${what}.`);
}
