import type { Node } from 'prosemirror-model';

/** The separator between blocks in the `text` export. */
export const blockSeparator = '\n\n';

/** A run of the text export that comes from one place in the document. */
interface Segment {
  /** Offset of the run in the text. */
  offset: number;
  /** ProseMirror position of its first character. */
  pos: number;
  length: number;
}

/**
 * The `text` export of a document with a map between its character offsets
 * and ProseMirror positions, both ways. Built in one walk of the document.
 */
export class TextMap {
  readonly text: string;
  private readonly segments: Segment[];

  private constructor(text: string, segments: Segment[]) {
    this.text = text;
    this.segments = segments;
  }

  /** Builds the map of a document: textblocks joined by `\n\n`, hard breaks as `\n`. */
  static of(doc: Node): TextMap {
    let text = '';
    const segments: Segment[] = [];
    let firstBlock = true;
    doc.descendants((node, pos) => {
      if (!node.isTextblock) return true;
      if (!firstBlock) text += blockSeparator;
      firstBlock = false;
      node.forEach((child, offset) => {
        const childText = child.isText ? (child.text ?? '') : child.type.name === 'hard_break' ? '\n' : '';
        if (childText === '') return;
        segments.push({ offset: text.length, pos: pos + 1 + offset, length: childText.length });
        text += childText;
      });
      return false;
    });
    return new TextMap(text, segments);
  }

  /** The index of the last segment starting at or before `key`, by offset or position. */
  private find(key: number, by: 'offset' | 'pos'): number {
    let low = 0;
    let high = this.segments.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const segment = this.segments[middle];
      if (segment !== undefined && segment[by] <= key) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    return found;
  }

  /**
   * The ProseMirror position of a text offset. An offset in a block separator
   * maps to the end of the block before it (`side` -1) or the start of the
   * one after (`side` 1).
   */
  posAt(offset: number, side: -1 | 1 = 1): number {
    if (this.segments.length === 0) return 0;
    const index = this.find(offset, 'offset');
    const segment = this.segments[Math.max(index, 0)] as Segment;
    if (index >= 0 && offset <= segment.offset + segment.length) {
      if (offset < segment.offset + segment.length || side < 0) return segment.pos + (offset - segment.offset);
    }
    const next = this.segments[index + 1];
    if (side > 0 && next !== undefined) return next.pos;
    return index < 0 ? segment.pos : segment.pos + segment.length;
  }

  /** The text offset of a ProseMirror position; a position outside text snaps to the nearest text. */
  offsetAt(pos: number): number {
    if (this.segments.length === 0) return 0;
    const index = this.find(pos, 'pos');
    if (index < 0) return 0;
    const segment = this.segments[index] as Segment;
    return segment.offset + Math.min(pos - segment.pos, segment.length);
  }
}

/**
 * The words between two positions as the `text` export has them (textblocks
 * joined by `\n\n`, hard breaks as `\n`): the same as slicing the
 * {@link TextMap}'s text at their offsets, without a walk of the whole document.
 */
export function wordsBetween(doc: Node, from: number, to: number): string {
  return doc.textBetween(from, to, blockSeparator, (leaf) => (leaf.type.name === 'hard_break' ? '\n' : ''));
}
