import { blockSeparator } from '../anchor/textMap.js';
import { trimSpan, type TextSpan } from './span.js';

/** A paragraph (any textblock) of a plain-text export. */
export interface Paragraph extends TextSpan {
  /** The index of the paragraph among the text's non-empty ones, counting from 0. */
  index: number;
}

/**
 * The paragraphs of a plain-text export: its textblocks, which the export
 * joins with a blank line. Empty blocks are left out; indexes count the rest.
 */
export function splitParagraphs(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let from = 0;
  while (from <= text.length) {
    const next = text.indexOf(blockSeparator, from);
    const to = next === -1 ? text.length : next;
    const span = trimSpan(text, { start: from, end: to });
    if (span.end > span.start) paragraphs.push({ ...span, index: paragraphs.length });
    if (next === -1) break;
    from = next + blockSeparator.length;
  }
  return paragraphs;
}
