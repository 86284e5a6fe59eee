import { Node } from 'prosemirror-model';
import { articleSchema } from './schema.js';
import { safeUrl } from './url.js';

type Json = Record<string, unknown>;

/** An article read from stored content, and what had to be repaired to read it. */
export interface ReadArticle {
  doc: Node;
  /** What did not fit the schema, in words ("2 nodes of unknown type read as their text"); empty when nothing. */
  repairs: string[];
}

const blockTypes = new Set(['paragraph', 'heading', 'blockquote', 'bullet_list', 'ordered_list', 'horizontal_rule']);

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function childrenOf(node: Json): unknown[] {
  return Array.isArray(node['content']) ? (node['content'] as unknown[]) : [];
}

/**
 * Rebuilds stored content into the article schema, keeping every word:
 * nodes of unknown types give their content, text standing where a block
 * belongs gets a paragraph, marks outside the schema and unsafe links are
 * dropped, attributes are brought into range. Counts what it changed.
 */
class Repairer {
  readonly counts = new Map<string, number>();

  private note(what: string): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }

  blocks(nodes: readonly unknown[]): Json[] {
    const result: Json[] = [];
    let loose: Json[] = [];
    const flush = () => {
      if (loose.length > 0) result.push({ type: 'paragraph', content: loose });
      loose = [];
    };
    for (const node of nodes) {
      if (!isObject(node)) {
        this.note('entries that are not nodes dropped');
        continue;
      }
      const type = node['type'];
      if (type === 'horizontal_rule' && childrenOf(node).length > 0) {
        // A rule holds nothing: what was written inside it follows it.
        flush();
        this.note('rules holding text, the text put after them');
        result.push({ type }, ...this.blocks(childrenOf(node)));
      } else if (typeof type === 'string' && blockTypes.has(type)) {
        flush();
        result.push(this.block(node, type));
      } else if (type === 'text' || type === 'hard_break') {
        this.note('pieces of text outside a paragraph put in one');
        loose.push(...this.inline([node]));
      } else if (type === 'list_item') {
        flush();
        this.note('list items outside a list put in one');
        result.push({ type: 'bullet_list', content: [this.listItem(node)] });
      } else {
        this.note('nodes of unknown type read as their content');
        const children = childrenOf(node);
        const blockLike = children.some((child) => isObject(child) && typeof child['type'] === 'string' && child['type'] !== 'text');
        if (blockLike) {
          flush();
          result.push(...this.blocks(children));
        } else loose.push(...this.inline(children));
      }
    }
    flush();
    return result;
  }

  private block(node: Json, type: string): Json {
    switch (type) {
      case 'paragraph':
        return { type, content: this.inline(childrenOf(node)) };
      case 'heading': {
        const level = Number((node['attrs'] as Json | undefined)?.['level']);
        const valid = Number.isInteger(level) && level >= 1 && level <= 6;
        if (!valid) this.note('heading levels out of range set to 1–6');
        return {
          type,
          attrs: { level: valid ? level : Math.min(6, Math.max(1, Math.round(level) || 1)) },
          content: this.inline(childrenOf(node)),
        };
      }
      case 'blockquote': {
        const content = this.blocks(childrenOf(node));
        return { type, content: content.length > 0 ? content : [{ type: 'paragraph' }] };
      }
      case 'bullet_list':
      case 'ordered_list': {
        const items = childrenOf(node).map((child) =>
          isObject(child) && child['type'] === 'list_item' ? this.listItem(child) : this.wrapInItem(child),
        );
        const order = Number((node['attrs'] as Json | undefined)?.['order']);
        const attrs = type === 'ordered_list' ? { order: Number.isInteger(order) && order >= 0 ? order : 1 } : undefined;
        return {
          type,
          ...(attrs === undefined ? {} : { attrs }),
          content: items.length > 0 ? items : [{ type: 'list_item', content: [{ type: 'paragraph' }] }],
        };
      }
      default:
        return { type: 'horizontal_rule' };
    }
  }

  private wrapInItem(node: unknown): Json {
    this.note('list entries that are not items wrapped in one');
    return { type: 'list_item', content: this.itemContent(this.blocks([node])) };
  }

  private listItem(node: Json): Json {
    return { type: 'list_item', content: this.itemContent(this.blocks(childrenOf(node))) };
  }

  /** A list item starts with a paragraph. */
  private itemContent(blocks: Json[]): Json[] {
    return blocks[0]?.['type'] === 'paragraph' ? blocks : [{ type: 'paragraph' }, ...blocks];
  }

  inline(nodes: readonly unknown[]): Json[] {
    const result: Json[] = [];
    for (const node of nodes) {
      if (!isObject(node)) continue;
      if (node['type'] === 'text') {
        const text = typeof node['text'] === 'string' ? node['text'] : '';
        if (text === '') continue;
        const marks = this.marks(node['marks']);
        result.push(marks.length > 0 ? { type: 'text', text, marks } : { type: 'text', text });
      } else if (node['type'] === 'hard_break') result.push({ type: 'hard_break' });
      else {
        this.note('nodes inside a paragraph read as their text');
        result.push(...this.inline(childrenOf(node)));
      }
    }
    return result;
  }

  private marks(value: unknown): Json[] {
    if (!Array.isArray(value)) return [];
    const marks: Json[] = [];
    const seen = new Set<string>();
    for (const mark of value) {
      const type = isObject(mark) ? mark['type'] : undefined;
      if (typeof type !== 'string' || seen.has(type)) continue;
      if (type === 'em' || type === 'strong') {
        seen.add(type);
        marks.push({ type });
      } else if (type === 'link' && isObject(mark)) {
        const attrs = isObject(mark['attrs']) ? mark['attrs'] : {};
        const href = typeof attrs['href'] === 'string' ? safeUrl(attrs['href']) : null;
        if (href === null) {
          this.note('links with an unsafe or missing address kept as text');
          continue;
        }
        seen.add(type);
        marks.push({ type, attrs: { href, title: typeof attrs['title'] === 'string' ? attrs['title'] : null } });
      } else this.note('marks outside the schema dropped');
    }
    return marks;
  }
}

/**
 * Reads an article's content as stored (ProseMirror JSON, as y-prosemirror
 * gives it) into the schema, whatever it holds: content that fits is read as
 * it is; anything else is repaired, keeping every word, and the repairs are
 * listed, so a document that someone wrote junk into still opens and
 * exports. Never throws.
 */
export function readArticleJson(json: unknown): ReadArticle {
  try {
    const doc = Node.fromJSON(articleSchema, json);
    doc.check();
    checkBeyondSchema(doc);
    return { doc, repairs: [] };
  } catch {
    // Not as the schema wants it: rebuilt below.
  }
  const repairer = new Repairer();
  const blocks = repairer.blocks(isObject(json) ? childrenOf(json) : []);
  const content = blocks.length > 0 ? blocks : [{ type: 'paragraph' }];
  let doc: Node;
  try {
    doc = Node.fromJSON(articleSchema, { type: 'doc', content });
    doc.check();
  } catch {
    // The rebuilt content still does not fit (it should): keep the words, one paragraph.
    const text = wordsOf(json).join(' ');
    doc = articleSchema.node('doc', null, [articleSchema.node('paragraph', null, text === '' ? [] : [articleSchema.text(text)])]);
    repairer.counts.set('content that could not be rebuilt dropped', 1);
  }
  return { doc, repairs: [...repairer.counts].map(([what, count]) => `${count} ${what}`) };
}

/** Every text of stored content, in order. */
function wordsOf(json: unknown): string[] {
  if (!isObject(json)) return [];
  const own = json['type'] === 'text' && typeof json['text'] === 'string' ? [json['text']] : [];
  return [...own, ...childrenOf(json).flatMap(wordsOf)];
}

/**
 * Throws for what the schema accepts but the article must not hold: a link
 * whose address is not safe, a heading level outside 1–6. Such content is
 * rebuilt, the link kept as text.
 */
function checkBeyondSchema(doc: Node): void {
  doc.descendants((node) => {
    for (const mark of node.marks) {
      if (mark.type.name === 'link' && safeUrl(String(mark.attrs['href'])) === null) throw new RangeError('unsafe link');
    }
    if (node.type.name === 'heading') {
      const level = Number(node.attrs['level']);
      if (!Number.isInteger(level) || level < 1 || level > 6) throw new RangeError('heading level out of range');
    }
    return true;
  });
}
