import * as Y from 'yjs';
import { articleFragmentName } from '../document.js';

/** The most bytes an encoded anchor may take: a real one takes about a dozen. */
export const maxAnchorBytes = 64;

/**
 * Why bytes cannot be an anchor into the article, or null when they can:
 * they must decode to a `Y.RelativePosition` that names an item, a type, or
 * the article fragment itself (Yjs throws when it resolves one naming none).
 */
export function anchorProblem(encoded: Uint8Array): string | null {
  if (!(encoded instanceof Uint8Array)) return 'is not bytes';
  if (encoded.length === 0 || encoded.length > maxAnchorBytes) return `is ${encoded.length} bytes, not an anchor`;
  let relative: Y.RelativePosition;
  try {
    relative = Y.decodeRelativePosition(encoded);
  } catch {
    return 'does not decode as a relative position';
  }
  return relativePositionProblem(relative);
}

/** Why a decoded relative position cannot be resolved in the article without harm, or null when it can. */
export function relativePositionProblem(relative: Y.RelativePosition): string | null {
  if (relative.item !== null || relative.type !== null) return null;
  if (relative.tname === articleFragmentName) return null;
  if (relative.tname !== null) return `names "${relative.tname.slice(0, 40)}", not the article`;
  return 'names no item and no type';
}
