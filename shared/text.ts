import type { Node } from 'prosemirror-model';

/** The separator between blocks in the `text` export. */
export const blockSeparator = '\n\n';

/**
 * The article as plain text: each textblock (paragraph or heading, at any
 * depth) on its own, hard breaks as `\n`, blocks joined by `\n\n`. Every
 * character offset in every export is an offset into exactly this string.
 */
export function toText(doc: Node): string {
  const blocks: string[] = [];
  doc.descendants((node) => {
    if (!node.isTextblock) return true;
    let text = '';
    node.forEach((child) => {
      text += child.isText ? (child.text ?? '') : child.type.name === 'hard_break' ? '\n' : '';
    });
    blocks.push(text);
    return false;
  });
  return blocks.join(blockSeparator);
}
