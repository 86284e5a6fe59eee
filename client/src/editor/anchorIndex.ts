import * as Y from 'yjs';
import { annotationsMap, readAnnotation } from '../../../shared/annotation.js';

/** The Yjs ids an encoded anchor depends on: the character it sticks to, or the node it counts in. */
function idsOf(encoded: Uint8Array): Y.ID[] {
  try {
    const relative = Y.decodeRelativePosition(encoded);
    return [relative.item, relative.type].filter((id): id is Y.ID => id !== null);
  } catch {
    return [];
  }
}

/**
 * Which annotations of a layer are anchored to which items of the article,
 * so that a deletion anywhere (a paragraph joined far from where the reader
 * is, the text of a mark deleted in this window) names every annotation
 * whose anchors it took away, and only those need placing again.
 */
export class AnchorIndex {
  /** client → clock → annotation ids anchored there. */
  private readonly byItem = new Map<number, Map<number, Set<string>>>();
  private readonly anchorsOf = new Map<string, Y.ID[]>();

  /** The index of every annotation in a layer. */
  static of(layer: Y.Doc): AnchorIndex {
    const index = new AnchorIndex();
    annotationsMap(layer).forEach((_entry, id) => index.update(layer, id));
    return index;
  }

  /** Reads an annotation's anchors again from the layer (after it changed, or was deleted). */
  update(layer: Y.Doc, id: string): void {
    for (const anchor of this.anchorsOf.get(id) ?? []) {
      const ids = this.byItem.get(anchor.client)?.get(anchor.clock);
      ids?.delete(id);
      if (ids?.size === 0) this.byItem.get(anchor.client)?.delete(anchor.clock);
    }
    this.anchorsOf.delete(id);
    const entry = annotationsMap(layer).get(id);
    const annotation = entry instanceof Y.Map ? readAnnotation(id, entry) : null;
    if (annotation === null) return;
    const anchors = [...idsOf(annotation.start), ...idsOf(annotation.end)];
    this.anchorsOf.set(id, anchors);
    for (const anchor of anchors) {
      let clocks = this.byItem.get(anchor.client);
      if (clocks === undefined) this.byItem.set(anchor.client, (clocks = new Map()));
      let ids = clocks.get(anchor.clock);
      if (ids === undefined) clocks.set(anchor.clock, (ids = new Set()));
      ids.add(id);
    }
  }

  /** The annotations with an anchor on an item a transaction deleted. */
  touchedBy(deleted: Y.Transaction['deleteSet']): Set<string> {
    const touched = new Set<string>();
    for (const [client, ranges] of deleted.clients) {
      const clocks = this.byItem.get(client);
      if (clocks === undefined) continue;
      for (const { clock, len } of ranges) {
        // Whichever is shorter: the deleted run, or the anchors of its author.
        if (len <= clocks.size) {
          for (let at = clock; at < clock + len; at++) for (const id of clocks.get(at) ?? []) touched.add(id);
        } else {
          for (const [at, ids] of clocks) if (at >= clock && at < clock + len) for (const id of ids) touched.add(id);
        }
      }
    }
    return touched;
  }
}
