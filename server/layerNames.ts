import { teamLayerId, type DocumentRecord } from '../shared/index.js';
import { privateLayerId } from '../shared/access.js';
import type { InviteRecord } from './store/Store.js';

/**
 * The names of a document's layers: the team's, each private layer after the
 * person its first invitation was for (a link re-issued to them may spell the
 * name in another case), or the name the owner gave it. `invites` oldest first.
 */
export function layerNames(record: Pick<DocumentRecord, 'layerNames'>, invites: readonly InviteRecord[]): Map<string, string> {
  const names = new Map<string, string>([[teamLayerId, 'Team']]);
  for (const invite of invites) {
    const layer = privateLayerId(invite);
    if (invite.role !== 'viewer' && !names.has(layer)) names.set(layer, invite.label);
  }
  for (const [layer, name] of Object.entries(record.layerNames ?? {})) names.set(layer, name);
  return names;
}

/** The private layers of a document's invitations that can still be opened by an annotator: a student's, though empty. */
export function studentLayers(invites: readonly InviteRecord[]): Set<string> {
  return new Set(invites.filter((invite) => invite.role === 'annotator' && invite.revokedAt === null).map(privateLayerId));
}
