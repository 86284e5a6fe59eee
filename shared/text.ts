import type { Node } from 'prosemirror-model';
import { TextMap } from './anchor/textMap.js';

export { blockSeparator } from './anchor/textMap.js';

/**
 * The article as plain text: each textblock (paragraph or heading, at any
 * depth) on its own, hard breaks as `\n`, blocks joined by `\n\n`. Every
 * character offset in every export is an offset into exactly this string.
 */
export function toText(doc: Node): string {
  return TextMap.of(doc).text;
}
