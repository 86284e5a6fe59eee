import type { Node } from 'prosemirror-model';
import { articleSchema } from '../schema.js';

/**
 * Parses plain text into an article: blank lines separate paragraphs, a
 * single line break inside a paragraph stays a line break. CRLF and CR line
 * endings are treated as LF.
 */
export function parseText(text: string): Node {
  const normalized = text.replace(/\r\n?/g, '\n');
  const paragraphs = normalized
    .split(/\n[ \t]*\n/)
    .map((block) => block.replace(/^\n+|\s+$/g, ''))
    .filter((block) => block.trim() !== '')
    .map((block) => {
      const lines = block.split('\n');
      const inline: Node[] = [];
      lines.forEach((line, index) => {
        if (index > 0) inline.push(articleSchema.nodes.hard_break.create());
        if (line !== '') inline.push(articleSchema.text(line));
      });
      return articleSchema.nodes.paragraph.create(null, inline);
    });
  return articleSchema.nodes.doc.create(null, paragraphs.length > 0 ? paragraphs : [articleSchema.nodes.paragraph.create()]);
}
