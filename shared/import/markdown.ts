import MarkdownIt from 'markdown-it';
import { MarkdownParser } from 'prosemirror-markdown';
import type { Node } from 'prosemirror-model';
import { articleSchema } from '../schema.js';
import { safeUrl } from '../url.js';

const markdownIt = MarkdownIt('commonmark', { html: false });
// Every link is read as a link, so its text is never left as literal Markdown;
// those whose address we do not allow lose the link and keep their text (below).
markdownIt.validateLink = () => true;

type Token = ReturnType<typeof markdownIt.parse>[number];

/** Inline tokens without the links whose address is not http(s) or mailto: `[AFP](#)` reads as "AFP". */
function withoutUnsafeLinks(children: Token[]): Token[] {
  const kept: Token[] = [];
  // For each open link, whether it was dropped (links do not nest in CommonMark, but images in links may).
  const dropped: boolean[] = [];
  for (const token of children) {
    if (token.type === 'link_open') {
      const unsafe = safeUrl(String(token.attrGet('href') ?? '')) === null;
      dropped.push(unsafe);
      if (unsafe) continue;
    } else if (token.type === 'link_close' && dropped.pop() === true) {
      continue;
    }
    kept.push(token);
  }
  return kept;
}

const tokenizer = {
  parse(text: string, env: Parameters<typeof markdownIt.parse>[1]): Token[] {
    const tokens = markdownIt.parse(text, env);
    for (const token of tokens) if (token.children !== null) token.children = withoutUnsafeLinks(token.children);
    return tokens;
  },
};
// Inline code keeps its text as plain text: the article schema has no code mark.
markdownIt.disable('backticks');

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
