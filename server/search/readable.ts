import { roomAccess } from '../../shared/access.js';
import type { Readable, Reader } from './SearchIndex.js';

/**
 * What a token may find: the rooms it may open, by the role table (an
 * article by its document, a layer by the role and the assignment), so a
 * search shows nothing a window could not.
 */
export function readableFor(claims: Reader): Readable {
  return (record, layer) => roomAccess(claims, { docId: record.id, layerId: layer }, record) !== 'none';
}
