import type { Node } from 'prosemirror-model';
import { articleSchema } from '../../shared/index.js';

const { nodes, marks } = articleSchema;
type Content = Node | string;

function inline(content: Content[]): Node[] {
  return content.map((item) => (typeof item === 'string' ? articleSchema.text(item) : item));
}

/** Small document builders, as in ProseMirror's own tests: `doc(p('foo ', em('bar')))`. */
export const doc = (...blocks: Node[]) => nodes.doc.create(null, blocks);
export const p = (...content: Content[]) => nodes.paragraph.create(null, inline(content));
export const h = (level: number, ...content: Content[]) => nodes.heading.create({ level }, inline(content));
export const quote = (...blocks: Node[]) => nodes.blockquote.create(null, blocks);
export const ul = (...items: Node[]) => nodes.bullet_list.create(null, items);
/** An ordered list; `order` is the number of its first item. */
export const ol = (order: number, ...items: Node[]) => nodes.ordered_list.create({ order }, items);
export const li = (...blocks: Node[]) => nodes.list_item.create(null, blocks);
export const hr = () => nodes.horizontal_rule.create();
export const br = () => nodes.hard_break.create();
export const em = (text: string) => articleSchema.text(text, [marks.em.create()]);
export const strong = (text: string) => articleSchema.text(text, [marks.strong.create()]);
export const a = (href: string, text: string) => articleSchema.text(text, [marks.link.create({ href, title: null })]);
