import MarkdownIt from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import type { Node } from 'prosemirror-model';
import { articleSchema } from '../schema.js';
import { safeUrl } from '../url.js';

const tokenizer = MarkdownIt('commonmark', { html: false });
// Links with a scheme we do not allow stay as literal text instead of becoming links.
tokenizer.validateLink = (url: string) => safeUrl(url) !== null;
// Inline code keeps its text as plain text: the article schema has no code mark.
tokenizer.disable('backticks');

const parser = new MarkdownParser(articleSchema, tokenizer, {
  blockquote: { block: 'blockquote' },
  paragraph: { block: 'paragraph' },
  list_item: { block: 'list_item' },
  bullet_list: { block: 'bullet_list' },
  ordered_list: {
    block: 'ordered_list',
    getAttrs: (token) => ({ order: Number(token.attrGet('start') ?? 1) || 1 }),
  },
  heading: { block: 'heading', getAttrs: (token) => ({ level: Number(token.tag.slice(1)) }) },
  // Code blocks keep their text as a paragraph.
  code_block: { block: 'paragraph', noCloseToken: true },
  fence: { block: 'paragraph', noCloseToken: true },
  hr: { node: 'horizontal_rule' },
  image: { ignore: true, noCloseToken: true },
  hardbreak: { node: 'hard_break' },
  em: { mark: 'em' },
  strong: { mark: 'strong' },
  link: {
    mark: 'link',
    getAttrs: (token) => ({ href: safeUrl(token.attrGet('href') ?? ''), title: token.attrGet('title') }),
  },
});

/** Parses CommonMark into an article. Raw HTML in the Markdown stays literal text. */
export function parseMarkdown(markdown: string): Node {
  const doc = parser.parse(markdown.replace(/\r\n?/g, '\n'));
  return doc.childCount > 0 ? doc : articleSchema.nodes.doc.create(null, [articleSchema.nodes.paragraph.create()]);
}
