import type { Node } from 'prosemirror-model';
import * as Y from 'yjs';
import { maxAnchorBytes, relativePositionProblem } from './anchorProblem.js';
import type { FragmentIndex } from './fragmentIndex.js';

/**
 * A relative position at a ProseMirror position of the article. `assoc` 0
 * sticks to the character after the position, -1 to the one before. The
 * fragment must hold the same content as `doc` (y-prosemirror keeps them equal
 * between transactions).
 */
export function relativePositionAt(fragment: Y.XmlFragment, doc: Node, pos: number, assoc: 0 | -1): Y.RelativePosition {
  if (pos < 0 || pos > doc.content.size) throw new RangeError(`Position ${pos} is outside the document (0–${doc.content.size}).`);
  const $pos = doc.resolve(pos);
  let container: Y.XmlFragment | Y.XmlElement = fragment;
  for (let depth = 0; depth < $pos.depth; depth++) {
    const child: unknown = container.get($pos.index(depth));
    if (!(child instanceof Y.XmlElement)) throw new RangeError(`The article fragment does not match the document at ${pos}.`);
    container = child;
  }
  if (!$pos.parent.inlineContent) return Y.createRelativePositionFromTypeIndex(container, $pos.index(), assoc);
  let offset = pos - $pos.start();
  const children = container.toArray();
  for (let index = 0; index < children.length; index++) {
    const child = children[index];
    if (child instanceof Y.XmlText) {
      const length = child.length;
      // At a text's end, a right-sticking position belongs to what follows.
      if (offset < length || (offset === length && (assoc < 0 || index === children.length - 1))) {
        return Y.createRelativePositionFromTypeIndex(child, offset, assoc);
      }
      offset -= length;
    } else {
      if (offset === 0) return Y.createRelativePositionFromTypeIndex(container, index, assoc);
      offset -= 1;
    }
  }
  return Y.createRelativePositionFromTypeIndex(container, children.length, assoc);
}

/** Encodes the anchors of a span: the start sticks to its first character, the end to its last. */
export function encodeAnchors(fragment: Y.XmlFragment, doc: Node, from: number, to: number): { start: Uint8Array; end: Uint8Array } {
  if (from >= to) throw new RangeError(`An annotated span cannot be empty (${from}–${to}).`);
  return {
    start: Y.encodeRelativePosition(relativePositionAt(fragment, doc, from, 0)),
    end: Y.encodeRelativePosition(relativePositionAt(fragment, doc, to, -1)),
  };
}

/** What an encoded anchor resolves to: a position, not yet known, or gone with its text. */
export type AnchorPosition = number | 'pending' | 'lost';

/** A resolved anchor, and whether the character it sticks to was deleted (so it only marks where that was). */
export interface ResolvedAnchor {
  position: AnchorPosition;
  deleted: boolean;
}

/**
 * Resolves an encoded anchor against the article's Y.Doc. It is `pending`
 * while the doc lacks the item it points at (not synced yet) and `lost` when
 * its paragraph is gone or the bytes are not an anchor. Never throws: a layer
 * is shared data, and whatever bytes it holds must not stop the rest from
 * being placed.
 */
export function decodeAnchor(encoded: Uint8Array, doc: Y.Doc, index: FragmentIndex): ResolvedAnchor {
  const lost: ResolvedAnchor = { position: 'lost', deleted: true };
  if (!(encoded instanceof Uint8Array) || encoded.length > maxAnchorBytes) return lost;
  let relative: Y.RelativePosition;
  try {
    relative = Y.decodeRelativePosition(encoded);
  } catch {
    return lost;
  }
  // Yjs throws for a position naming nothing, and makes a new root type for an unknown name.
  if (relativePositionProblem(relative) !== null) return lost;
  let absolute: Y.AbsolutePosition | null;
  try {
    // Undone deletions are not followed: every replica must resolve alike.
    absolute = Y.createAbsolutePositionFromRelativePosition(relative, doc, false);
  } catch {
    return lost;
  }
  if (absolute === null) {
    const id = relative.item ?? relative.type;
    return { position: id !== null && Y.getState(doc.store, id.client) <= id.clock ? 'pending' : 'lost', deleted: true };
  }
  const position = index.positionOf(absolute);
  if (position === null) return lost;
  const item = relative.item === null ? null : Y.getItem(doc.store, relative.item);
  return { position, deleted: item !== null && (!(item instanceof Y.Item) || item.deleted) };
}
