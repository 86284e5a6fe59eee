import type { BlockContent, FootnoteDefinition, FootnoteReference, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Mark, Node } from 'prosemirror-model';
import { TextMap } from '../anchor/textMap.js';
import { safeUrl } from '../url.js';
import { readingCellText, readingExtraColumns } from './fields.js';
import { workflowOf, type WorkflowStep } from '../workflow/steps.js';
import { allAnnotations, layerNamer, type ExportedAnnotation, type ExportModel, type LayerLabels } from './model.js';
import { kindLabels, verdictLabels } from './labels.js';
import { writeMarkdown } from './markdownWriter.js';

/**
 * The article as CommonMark with GFM footnotes: a footnote reference after
 * each annotated span, orphaned annotations listed in a section of their own
 * (so every footnote is referenced), and one footnote per annotation.
 *
 * The page is built as a Markdown syntax tree and written by
 * {@link writeMarkdown}, which escapes every text it writes, so nothing in the
 * article or a field can become HTML, emphasis, a link, a footnote or a new
 * block. Only http(s) and mailto links are written; any other link keeps its
 * text and loses the link.
 */
export function toMarkdown(model: ExportModel, labels: LayerLabels = {}): string {
  const annotations = allAnnotations(model);
  const numbers = new Map(annotations.map((annotation, index) => [annotation.id, index + 1]));
  const markers = annotations
    .filter((annotation) => annotation.status === 'anchored' && annotation.end !== null)
    .map((annotation) => ({ offset: annotation.end ?? 0, number: numbers.get(annotation.id) ?? 0 }))
    .sort((a, b) => a.offset - b.offset || a.number - b.number);
  const children: RootContent[] = new ArticleWriter(model.doc, markers).write();
  const orphans = annotations.filter((annotation) => annotation.status === 'orphaned');
  if (orphans.length > 0) children.push(...orphanSection(orphans, numbers));
  // A class's marks, exported by its owner, say whose layer they are in.
  const layerOf = layerNamer(model, labels);
  children.push(...annotations.map((annotation) => footnote(annotation, numbers, workflowOf(model.record), layerOf)));
  return writeMarkdown({ type: 'root', children });
}

/** A footnote reference placed after the character at a text offset. */
interface Marker {
  offset: number;
  number: number;
}

/** A leaf of inline content with the marks it carries. */
interface Inline {
  node: PhrasingContent;
  marks: readonly Mark[];
}

/**
 * Turns the article into Markdown blocks, placing each footnote reference
 * after the last character of its span. Textblocks are visited in text order,
 * so one pointer into the markers sorted by offset places them all in one pass.
 */
class ArticleWriter {
  private readonly map: TextMap;
  private next = 0;

  constructor(
    private readonly doc: Node,
    private readonly markers: Marker[],
  ) {
    this.map = TextMap.of(doc);
  }

  write(): RootContent[] {
    const blocks = this.blocks(this.doc, -1);
    // A span ending where no text is (it should not happen) still gets its reference.
    const rest: PhrasingContent[] = [];
    while (this.next < this.markers.length) rest.push(reference(this.markers[this.next++]?.number ?? 0));
    if (rest.length > 0) blocks.push({ type: 'paragraph', children: rest });
    return blocks;
  }

  private blocks(parent: Node, parentPos: number): (BlockContent | ListItem)[] {
    const blocks: (BlockContent | ListItem)[] = [];
    parent.forEach((node, offset) => {
      const block = this.block(node, parentPos + 1 + offset);
      if (block !== null) blocks.push(block);
    });
    return blocks;
  }

  private block(node: Node, pos: number): BlockContent | ListItem | null {
    switch (node.type.name) {
      case 'heading': {
        const depth = Math.min(6, Math.max(1, Number(node.attrs['level']) || 1)) as 1 | 2 | 3 | 4 | 5 | 6;
        return { type: 'heading', depth, children: this.inline(node, pos) };
      }
      case 'blockquote':
        return { type: 'blockquote', children: this.blocks(node, pos).filter(isBlock) };
      case 'bullet_list':
      case 'ordered_list': {
        const items = this.blocks(node, pos).filter((item): item is ListItem => item.type === 'listItem');
        return node.type.name === 'ordered_list'
          ? { type: 'list', ordered: true, start: Number(node.attrs['order']) || 1, children: items }
          : { type: 'list', ordered: false, children: items };
      }
      case 'list_item':
        return { type: 'listItem', children: this.blocks(node, pos).filter(isBlock) };
      case 'horizontal_rule':
        return { type: 'thematicBreak' };
      default: {
        if (!node.isTextblock) return null;
        // An empty paragraph has no Markdown form; a blank line is only a separator.
        const children = this.inline(node, pos);
        return children.length === 0 ? null : { type: 'paragraph', children };
      }
    }
  }

  /** A textblock's content with footnote references inserted, as links and styled runs. */
  private inline(block: Node, blockPos: number): PhrasingContent[] {
    const items: Inline[] = [];
    let end: number | null = null;
    block.forEach((child, offset) => {
      const start = this.map.offsetAt(blockPos + 1 + offset);
      if (child.type.name === 'hard_break') {
        this.referencesUpTo(start, items);
        items.push({ node: { type: 'break' }, marks: [] });
        end = start + 1;
        return;
      }
      if (!child.isText) return;
      const text = child.text ?? '';
      this.referencesUpTo(start, items);
      let from = 0;
      for (
        let marker = this.markers[this.next];
        marker !== undefined && marker.offset <= start + text.length;
        marker = this.markers[this.next]
      ) {
        // A reference never goes between the two halves of a character outside the Basic Multilingual Plane.
        const cut = marker.offset - start + (isHighSurrogate(text.charCodeAt(marker.offset - start - 1)) ? 1 : 0);
        if (cut > from) items.push({ node: { type: 'text', value: text.slice(from, cut) }, marks: child.marks });
        items.push({ node: reference(marker.number), marks: [] });
        from = Math.max(from, cut);
        this.next++;
      }
      if (from < text.length) items.push({ node: { type: 'text', value: text.slice(from) }, marks: child.marks });
      end = start + text.length;
    });
    if (end !== null) this.referencesUpTo(end, items);
    return styled(items);
  }

  /** Adds the references of every span ending at or before `offset` not placed yet. */
  private referencesUpTo(offset: number, items: Inline[]): void {
    for (let marker = this.markers[this.next]; marker !== undefined && marker.offset <= offset; marker = this.markers[this.next]) {
      items.push({ node: reference(marker.number), marks: [] });
      this.next++;
    }
  }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isBlock(node: BlockContent | ListItem): node is BlockContent {
  return node.type !== 'listItem';
}

/**
 * Inline content as Markdown nodes: runs under one link become one link, and
 * each text's emphasis and strong emphasis wrap that text alone, whitespace
 * at its edges left outside (Markdown cannot open emphasis on a space).
 */
function styled(items: Inline[]): PhrasingContent[] {
  const result: PhrasingContent[] = [];
  for (let index = 0; index < items.length;) {
    const link = items[index]?.marks.find((mark) => mark.type.name === 'link');
    if (link === undefined) {
      result.push(...styledRun(items[index++]));
      continue;
    }
    let end = index + 1;
    while (end < items.length && items[end]?.marks.some((mark) => mark.eq(link)) === true) end++;
    result.push(...linked(String(link.attrs['href']), items.slice(index, end).flatMap(styledRun)));
    index = end;
  }
  return result;
}

function styledRun(item: Inline | undefined): PhrasingContent[] {
  if (item === undefined) return [];
  const emphasis = item.marks.some((mark) => mark.type.name === 'em');
  const strong = item.marks.some((mark) => mark.type.name === 'strong');
  if (item.node.type !== 'text' || (!emphasis && !strong)) return [item.node];
  const [, lead = '', body = '', trail = ''] = /^(\s*)([^]*?)(\s*)$/u.exec(item.node.value) ?? [];
  if (body === '') return [item.node];
  const inner: PhrasingContent = emphasis ? { type: 'emphasis', children: [text(body)] } : text(body);
  const run: PhrasingContent = strong ? { type: 'strong', children: [inner] } : inner;
  return [...(lead === '' ? [] : [text(lead)]), run, ...(trail === '' ? [] : [text(trail)])];
}

/** A link to `url` if it is http(s) or mailto, else the content alone. */
function linked(url: string, children: PhrasingContent[]): PhrasingContent[] {
  const href = safeUrl(url);
  return href === null ? children : [{ type: 'link', url: href, children }];
}

function reference(number: number): FootnoteReference {
  return { type: 'footnoteReference', identifier: String(number), label: String(number) };
}

function text(value: string): PhrasingContent {
  return { type: 'text', value };
}

/** A field's text as paragraphs (split at blank lines) whose line breaks are hard breaks. */
function paragraphs(value: string): Paragraph[] {
  return value
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .filter((part) => part.trim() !== '')
    .map((part) => ({
      type: 'paragraph',
      children: part
        .split('\n')
        .flatMap((line, index): PhrasingContent[] => (index === 0 ? [text(line)] : [{ type: 'break' }, text(line)])),
    }));
}

/** The orphans, each with its quote and a reference to its footnote. */
function orphanSection(orphans: ExportedAnnotation[], numbers: Map<string, number>): RootContent[] {
  return [
    { type: 'heading', depth: 2, children: [text('Orphaned annotations')] },
    { type: 'paragraph', children: [text('Their text was deleted from the article; each keeps the quote it was made on.')] },
    {
      type: 'list',
      ordered: false,
      children: orphans.map((orphan): ListItem => ({
        type: 'listItem',
        children: [
          {
            type: 'paragraph',
            children: [text(`${kindLabels[orphan.kind]}: “${orphan.quote.replace(/\s+/g, ' ')}”`), reference(numbers.get(orphan.id) ?? 0)],
          },
        ],
      })),
    },
  ];
}

/** An annotation's footnote: kind, verdict, speaker, links, author and quote; then its note and evidence. */
function footnote(
  annotation: ExportedAnnotation,
  numbers: Map<string, number>,
  workflow: readonly WorkflowStep[],
  layerOf: ((annotation: ExportedAnnotation) => string) | null,
): FootnoteDefinition {
  const head: PhrasingContent[] = [{ type: 'strong', children: [text(kindLabels[annotation.kind])] }];
  const part = (...content: PhrasingContent[]) => head.push(text(' · '), ...content);
  if (annotation.kind === 'claim') part(text(`verdict: ${verdictLabels[annotation.verdict]}`));
  if (annotation.kind === 'attribution' && annotation.speaker.name !== '') {
    const { name, role } = annotation.speaker;
    part(text(`speaker: ${name}${role === '' ? '' : ` (“${role}”)`}`));
  }
  const links = annotation.links.map((id) => numbers.get(id)).filter((number): number is number => number !== undefined);
  if (links.length > 0) {
    part(
      text(`${annotation.kind === 'denial' ? 'denies' : 'attributes'} `),
      ...links.flatMap((number, index) => (index === 0 ? [reference(number)] : [text(', '), reference(number)])),
    );
  }
  for (const column of readingExtraColumns) {
    const value = readingCellText(column, annotation, workflow);
    if (value !== '') part(text(`${column.label.toLowerCase()}: ${value}`));
  }
  part(text(`by ${annotation.author.name}`));
  if (layerOf !== null) part(text(`layer: ${layerOf(annotation)}`));
  head.push(text(` — “${annotation.quote.replace(/\s+/g, ' ')}”`));
  if (annotation.status === 'orphaned') head.push(text(' (its text was deleted)'));
  const evidence = annotation.evidence.map((link): Paragraph => ({
    type: 'paragraph',
    children: [
      text('Evidence: '),
      ...(safeUrl(link.url) === null
        ? [text(link.title === '' ? link.url : `${link.title} (${link.url})`)]
        : linked(link.url, [text(link.title === '' ? link.url : link.title)])),
    ],
  }));
  const number = String(numbers.get(annotation.id) ?? 0);
  return {
    type: 'footnoteDefinition',
    identifier: number,
    label: number,
    children: [{ type: 'paragraph', children: head }, ...paragraphs(annotation.note.trim()), ...evidence],
  };
}
