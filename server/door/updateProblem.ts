import type * as Y from 'yjs';
import { ProtocolError } from '../protocol.js';
import { articleUpdateProblem } from './articleRules.js';
import { layerUpdateProblem } from './layerRules.js';
import { PlacedUpdate } from './placedUpdate.js';
import type { Writer } from './threadRules.js';

/** What a room holds: an article, or an annotation layer. */
export type RoomKind = 'article' | 'layer';

/** An update the door refused: it would write something the room may not hold. */
export class RefusedUpdateError extends Error {
  override readonly name = 'RefusedUpdateError';
}

/**
 * Why an update may not be applied to a room's doc, in words for the log and
 * the close reason; null when it may. Read before applying, as Yjs cannot take
 * a change back: what the update adds is placed against the doc and checked
 * against the article schema or the annotation entry schema, and a layer
 * update's threads and changes of claims' workflow against what the writer
 * (a connection's person; null for the server's own updates) may do. Throws
 * a ProtocolError when the bytes are not an update.
 */
export function updateProblem(doc: Y.Doc, kind: RoomKind, update: Uint8Array, v2 = false, writer: Writer | null = null): string | null {
  let placed: PlacedUpdate;
  try {
    placed = new PlacedUpdate(doc, update, v2);
  } catch (error) {
    throw new ProtocolError(`The update could not be decoded: ${(error as Error).message}`);
  }
  return kind === 'article' ? articleUpdateProblem(placed) : layerUpdateProblem(placed, writer);
}
