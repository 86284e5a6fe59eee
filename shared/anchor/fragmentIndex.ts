import type { Schema } from 'prosemirror-model';
import * as Y from 'yjs';

type Container = Y.XmlFragment | Y.XmlElement;

/**
 * Where each live type of a y-prosemirror article fragment starts, as a
 * ProseMirror position, and how big each one is. One walk of the fragment
 * answers every anchor of a layer, instead of a sibling walk per anchor.
 */
export class FragmentIndex {
  /** For a text: the position of its first character; for an element: of its content. */
  private readonly starts = new Map<object, number>();
  private readonly sizes = new Map<object, number>();
  private readonly children = new Map<Container, (Y.XmlElement | Y.XmlText)[]>();
  private readonly schema: Schema;

  constructor(fragment: Y.XmlFragment, schema: Schema) {
    this.schema = schema;
    this.walk(fragment, 0);
  }

  private walk(container: Container, contentStart: number): number {
    this.starts.set(container, contentStart);
    const children = container
      .toArray()
      .filter((child): child is Y.XmlElement | Y.XmlText => child instanceof Y.XmlElement || child instanceof Y.XmlText);
    this.children.set(container, children);
    let pos = contentStart;
    for (const child of children) {
      let size: number;
      if (child instanceof Y.XmlText) {
        this.starts.set(child, pos);
        size = child.length;
      } else if (this.schema.nodes[child.nodeName]?.isLeaf === true) {
        size = 1;
      } else {
        size = this.walk(child, pos + 1) + 2;
      }
      this.sizes.set(child, size);
      pos += size;
    }
    return pos - contentStart;
  }

  /** The ProseMirror position of an absolute Yjs position, or null if its type is not in the document. */
  positionOf(absolute: Y.AbsolutePosition): number | null {
    const { type, index } = absolute;
    const start = this.starts.get(type);
    if (start === undefined) return null;
    if (type instanceof Y.XmlText) return start + Math.min(index, type.length);
    const children = this.children.get(type as Container) ?? [];
    let pos = start;
    for (const child of children.slice(0, index)) pos += this.sizes.get(child) ?? 0;
    return pos;
  }
}
