import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { Mark, Node } from 'prosemirror-model';
import { articleSchema } from '../schema.js';
import { checkPublicationDate, checkPublicUrl } from '../articleSource.js';
import { safeUrl } from '../url.js';

const { nodes, marks } = articleSchema;

/** Elements whose content never reaches the article: code, styles, embeds, forms, metadata. */
const droppedElements = new Set([
  'script',
  'style',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'svg',
  'math',
  'canvas',
  'video',
  'audio',
  'picture',
  'source',
  'track',
  'map',
  'area',
  'img',
  'form',
  'input',
  'button',
  'select',
  'textarea',
  'option',
  'dialog',
  'nav',
]);

/** Elements that start a new block even though we keep only their content. */
const transparentBlocks = new Set([
  'div',
  'section',
  'article',
  'main',
  'header',
  'footer',
  'aside',
  'figure',
  'figcaption',
  'address',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'caption',
  'dl',
  'dt',
  'dd',
  'details',
  'summary',
  'center',
  'body',
  'html',
  'pre',
]);

/** A list of blocks under construction, with a run of inline content not yet closed into a paragraph. */
class BlockBuilder {
  readonly blocks: Node[] = [];
  private inline: Node[] = [];

  addText(text: string, activeMarks: readonly Mark[]): void {
    // Collapse whitespace as a browser would; drop leading space at the start of a paragraph.
    let collapsed = text.replace(/\s+/g, ' ');
    const last = this.inline[this.inline.length - 1];
    if (last === undefined || last.type === nodes.hard_break || (last.text ?? '').endsWith(' ')) {
      collapsed = collapsed.replace(/^ /, '');
    }
    if (collapsed !== '') this.inline.push(articleSchema.text(collapsed, activeMarks));
  }

  addHardBreak(): void {
    this.inline.push(nodes.hard_break.create());
  }

  /** Closes the pending inline run into a paragraph, or into `type` (a heading) when given. */
  flush(type = nodes.paragraph, attrs: Record<string, unknown> | null = null): void {
    const content = trimTrailing(this.inline);
    this.inline = [];
    if (content.some((node) => node.isText)) this.blocks.push(type.create(attrs, content));
  }

  addBlock(block: Node): void {
    this.flush();
    this.blocks.push(block);
  }
}

function trimTrailing(inline: Node[]): Node[] {
  const result = [...inline];
  while (result.length > 0) {
    const last = result[result.length - 1];
    if (last === undefined) break;
    if (last.type === nodes.hard_break) {
      result.pop();
    } else if (last.isText && /\s$/.test(last.text ?? '')) {
      const trimmed = (last.text ?? '').replace(/\s+$/, '');
      result.pop();
      if (trimmed !== '') {
        result.push(articleSchema.text(trimmed, last.marks));
        break;
      }
    } else {
      break;
    }
  }
  return result;
}

function walk(children: readonly ChildNode[], builder: BlockBuilder, activeMarks: readonly Mark[]): void {
  for (const child of children) {
    if (child.type === 'text') {
      builder.addText(child.data, activeMarks);
    } else if (child.type === 'tag' || child.type === 'script' || child.type === 'style') {
      walkElement(child, builder, activeMarks);
    }
    // Comments, CDATA and processing instructions carry no article text.
  }
}

function walkElement(element: Element, builder: BlockBuilder, activeMarks: readonly Mark[]): void {
  const tag = element.name.toLowerCase();
  if (droppedElements.has(tag)) return;
  switch (tag) {
    case 'p':
      builder.flush();
      walk(element.children, builder, activeMarks);
      builder.flush();
      return;
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      builder.flush();
      walk(element.children, builder, activeMarks);
      builder.flush(nodes.heading, { level: Number(tag.slice(1)) });
      return;
    case 'blockquote': {
      const inner = blocksOf(element.children, activeMarks);
      if (inner.length > 0) builder.addBlock(nodes.blockquote.create(null, inner));
      return;
    }
    case 'ul':
    case 'ol': {
      const items = element.children
        .filter((child): child is Element => child.type === 'tag' && child.name.toLowerCase() === 'li')
        .map((item) => listItem(item, activeMarks))
        .filter((item): item is Node => item !== null);
      if (items.length === 0) return;
      const start = Number(element.attribs['start'] ?? 1);
      builder.addBlock(
        tag === 'ul'
          ? nodes.bullet_list.create(null, items)
          : nodes.ordered_list.create({ order: Number.isInteger(start) ? start : 1 }, items),
      );
      return;
    }
    case 'li': {
      // A list item outside a list reads as a paragraph.
      builder.flush();
      walk(element.children, builder, activeMarks);
      builder.flush();
      return;
    }
    case 'hr':
      builder.addBlock(nodes.horizontal_rule.create());
      return;
    case 'br':
      builder.addHardBreak();
      return;
    case 'em':
    case 'i':
    case 'cite':
    case 'dfn':
      walk(element.children, builder, marks.em.create().addToSet(activeMarks));
      return;
    case 'strong':
    case 'b':
      walk(element.children, builder, marks.strong.create().addToSet(activeMarks));
      return;
    case 'a': {
      const href = safeUrl(element.attribs['href'] ?? '');
      const linkMarks =
        href === null ? activeMarks : marks.link.create({ href, title: element.attribs['title'] ?? null }).addToSet(activeMarks);
      walk(element.children, builder, linkMarks);
      return;
    }
    default:
      if (transparentBlocks.has(tag)) {
        builder.flush();
        walk(element.children, builder, activeMarks);
        builder.flush();
      } else {
        walk(element.children, builder, activeMarks);
      }
  }
}

function blocksOf(children: readonly ChildNode[], activeMarks: readonly Mark[]): Node[] {
  const builder = new BlockBuilder();
  walk(children, builder, activeMarks);
  builder.flush();
  return builder.blocks;
}

function listItem(item: Element, activeMarks: readonly Mark[]): Node | null {
  const blocks = blocksOf(item.children, activeMarks);
  if (blocks.length === 0) return null;
  // A list item must open with a paragraph.
  const content = blocks[0]?.type === nodes.paragraph ? blocks : [nodes.paragraph.create(), ...blocks];
  return nodes.list_item.create(null, content);
}

/**
 * Elements not counted in how deep HTML nests: void ones and those whose end
 * tag may be left out (a reader closes them by itself, so a page of unclosed
 * `<p>`s is not deep).
 */
const uncounted = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option optgroup tr td th thead tbody tfoot colgroup caption rb rt rtc rp html head body'.split(
    ' ',
  ),
);

/** How deep HTML's elements may nest; no article comes near it. */
export const maxHtmlNesting = 1000;

/**
 * Throws a RangeError for HTML that nests elements deeper than
 * {@link maxHtmlNesting}, before it is parsed: the parser's work grows with
 * the square of the depth (1 MB of nested `<div>`s took many seconds), and
 * reading so deep a tree would overflow the stack anyway.
 */
export function checkNesting(html: string): void {
  let depth = 0;
  for (const tag of html.matchAll(/<(\/?)([A-Za-z][^\s/>]*)[^>]*>/g)) {
    if (uncounted.has((tag[2] ?? '').toLowerCase())) continue;
    if (tag[1] === '/') depth = Math.max(0, depth - 1);
    else if (!tag[0].endsWith('/>') && ++depth > maxHtmlNesting)
      throw new RangeError(`its elements nest more than ${maxHtmlNesting} deep (at character ${tag.index})`);
  }
}

/** The text of the document's `<title>`, if it has one. */
export function htmlTitle(html: string): string | null {
  checkNesting(html);
  const document = parseDocument(html);
  const find = (children: readonly ChildNode[]): string | null => {
    for (const child of children) {
      if (child.type !== 'tag') continue;
      if (child.name.toLowerCase() === 'title') {
        const text = child.children
          .map((c) => (c.type === 'text' ? c.data : ''))
          .join('')
          .replace(/\s+/g, ' ')
          .trim();
        return text === '' ? null : text;
      }
      const found = find(child.children);
      if (found !== null) return found;
    }
    return null;
  };
  return find(document.children);
}

/** Where an imported page says it was published: its address and date, each when present and valid. */
export interface HtmlSource {
  sourceUrl?: string;
  publishedAt?: string;
}

/**
 * The page's own address and publication date, from its `<link
 * rel=canonical>` (else `<meta property=og:url>`) and `<meta
 * property=article:published_time>`. A value that is not a valid http(s)
 * address or ISO 8601 date is left out, never guessed at.
 */
export function htmlSource(html: string): HtmlSource {
  const found: { canonical?: string; og?: string; published?: string } = {};
  const visit = (children: readonly ChildNode[]): void => {
    for (const child of children) {
      if (child.type !== 'tag') continue;
      const name = child.name.toLowerCase();
      const attribute = (key: string) => child.attribs[key] ?? '';
      if (name === 'link' && attribute('rel').toLowerCase().split(/\s+/).includes('canonical')) found.canonical ??= attribute('href');
      if (name === 'meta') {
        const property = (attribute('property') || attribute('name')).toLowerCase();
        if (property === 'og:url') found.og ??= attribute('content');
        if (property === 'article:published_time') found.published ??= attribute('content');
      }
      // Metadata lives in the head: the body is not searched.
      if (name !== 'body') visit(child.children);
    }
  };
  visit(parseDocument(html).children);
  const source: HtmlSource = {};
  for (const candidate of [found.canonical, found.og]) {
    if (candidate === undefined || source.sourceUrl !== undefined) continue;
    try {
      source.sourceUrl = checkPublicUrl(candidate);
    } catch {
      // Not an absolute http(s) address: try the next.
    }
  }
  if (found.published !== undefined) {
    try {
      source.publishedAt = checkPublicationDate(found.published);
    } catch {
      // Not a date: left out.
    }
  }
  return source;
}

/**
 * Parses HTML into an article. Only the schema's nodes and marks survive:
 * scripts, styles, embeds, event handlers, classes and every attribute but a
 * link's http(s)/mailto `href` and `title` are dropped.
 */
export function parseHtml(html: string): Node {
  checkNesting(html);
  const document = parseDocument(html, { decodeEntities: true });
  const blocks = blocksOf(document.children, []);
  return nodes.doc.create(null, blocks.length > 0 ? blocks : [nodes.paragraph.create()]);
}
