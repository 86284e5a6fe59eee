import { Schema, type DOMOutputSpec, type Mark } from 'prosemirror-model';
import { safeUrl } from './url.js';

/**
 * The ProseMirror schema for news articles: headings, paragraphs, quotes,
 * lists, rules and line breaks, with emphasis, strong emphasis and links.
 * Node names follow prosemirror-markdown so its parser can build them directly.
 */
export const articleSchema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: {
      content: 'inline*',
      group: 'block',
      parseDOM: [{ tag: 'p' }],
      toDOM: (): DOMOutputSpec => ['p', 0],
    },
    heading: {
      attrs: { level: { default: 1, validate: 'number' } },
      content: 'inline*',
      group: 'block',
      defining: true,
      parseDOM: [1, 2, 3, 4, 5, 6].map((level) => ({ tag: `h${level}`, attrs: { level } })),
      toDOM: (node): DOMOutputSpec => [`h${String(node.attrs['level'])}`, 0],
    },
    blockquote: {
      content: 'block+',
      group: 'block',
      defining: true,
      parseDOM: [{ tag: 'blockquote' }],
      toDOM: (): DOMOutputSpec => ['blockquote', 0],
    },
    bullet_list: {
      content: 'list_item+',
      group: 'block',
      parseDOM: [{ tag: 'ul' }],
      toDOM: (): DOMOutputSpec => ['ul', 0],
    },
    ordered_list: {
      attrs: { order: { default: 1, validate: 'number' } },
      content: 'list_item+',
      group: 'block',
      parseDOM: [
        {
          tag: 'ol',
          getAttrs: (dom) => ({ order: Number((dom as { getAttribute(name: string): string | null }).getAttribute('start') ?? 1) || 1 }),
        },
      ],
      toDOM: (node): DOMOutputSpec => (node.attrs['order'] === 1 ? ['ol', 0] : ['ol', { start: String(node.attrs['order']) }, 0]),
    },
    list_item: {
      content: 'paragraph block*',
      defining: true,
      parseDOM: [{ tag: 'li' }],
      toDOM: (): DOMOutputSpec => ['li', 0],
    },
    horizontal_rule: {
      group: 'block',
      parseDOM: [{ tag: 'hr' }],
      toDOM: (): DOMOutputSpec => ['hr'],
    },
    text: { group: 'inline' },
    hard_break: {
      inline: true,
      group: 'inline',
      selectable: false,
      parseDOM: [{ tag: 'br' }],
      toDOM: (): DOMOutputSpec => ['br'],
    },
  },
  marks: {
    em: {
      parseDOM: [{ tag: 'em' }, { tag: 'i' }, { style: 'font-style=italic' }],
      toDOM: (): DOMOutputSpec => ['em', 0],
    },
    strong: {
      parseDOM: [{ tag: 'strong' }, { tag: 'b' }],
      toDOM: (): DOMOutputSpec => ['strong', 0],
    },
    link: {
      attrs: { href: { validate: 'string' }, title: { default: null } },
      inclusive: false,
      parseDOM: [
        {
          tag: 'a[href]',
          // A pasted link with an unsafe scheme keeps its text but loses the link.
          getAttrs: (dom) => {
            const element = dom as { getAttribute(name: string): string | null };
            const href = safeUrl(element.getAttribute('href') ?? '');
            return href === null ? false : { href, title: element.getAttribute('title') };
          },
        },
      ],
      toDOM: (mark: Mark): DOMOutputSpec => [
        'a',
        {
          href: safeUrl(String(mark.attrs['href'])) ?? '#',
          title: (mark.attrs['title'] as string | null) ?? undefined,
          rel: 'noopener noreferrer nofollow',
        },
        0,
      ],
    },
  },
});
