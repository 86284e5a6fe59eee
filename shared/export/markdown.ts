import { defaultMarkdownSerializer } from 'prosemirror-markdown';
import { Fragment, type Node } from 'prosemirror-model';
import { TextMap } from '../anchor/textMap.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from './model.js';
import { kindLabels, verdictLabels } from './labels.js';

// Footnote references go in as private-use characters, which the Markdown
// serializer does not escape, and become `[^n]` afterwards.
const open = '\uE000';
const close = '\uE001';

/** The article as Markdown with a footnote after each annotated span, and the annotations as footnotes. */
export function toMarkdown(model: ExportModel): string {
  const annotations = allAnnotations(model);
  const numbers = new Map(annotations.map((annotation, index) => [annotation.id, index + 1]));
  // Footnote markers by text offset, placed after the span's last character.
  const markers = new Map<number, string>();
  const anchored = annotations.filter((annotation) => annotation.end !== null);
  for (const annotation of anchored) {
    const end = annotation.end ?? 0;
    markers.set(end, `${markers.get(end) ?? ''}${open}${numbers.get(annotation.id) ?? 0}${close}`);
  }
  const withMarkers = insertMarkers(model.doc, TextMap.of(model.doc), markers);
  const article = defaultMarkdownSerializer.serialize(withMarkers).replace(new RegExp(`${open}(\\d+)${close}`, 'g'), '[^$1]');
  const notes = annotations.map((annotation) => footnote(annotation, numbers)).join('\n');
  return `${article}\n\n---\n\n${notes}\n`;
}

/** A copy of the document with marker text after the characters at the given text offsets, built in one pass. */
function insertMarkers(doc: Node, map: TextMap, markers: Map<number, string>): Node {
  const copy = (node: Node, pos: number): Node => {
    if (node.isTextblock) {
      const children: Node[] = [];
      node.forEach((child, offset) => {
        if (!child.isText) {
          children.push(child);
          return;
        }
        const text = child.text ?? '';
        const start = map.offsetAt(pos + 1 + offset);
        let from = 0;
        for (let index = 1; index <= text.length; index++) {
          const marker = markers.get(start + index);
          if (marker === undefined) continue;
          children.push(child.type.schema.text(text.slice(from, index), child.marks), child.type.schema.text(marker));
          from = index;
        }
        if (from < text.length) children.push(child.type.schema.text(text.slice(from), child.marks));
      });
      return node.copy(Fragment.fromArray(children));
    }
    if (node.isLeaf) return node;
    const children: Node[] = [];
    node.forEach((child, offset) => children.push(copy(child, pos + 1 + offset)));
    return node.copy(Fragment.fromArray(children));
  };
  const children: Node[] = [];
  doc.forEach((child, offset) => children.push(copy(child, offset)));
  return doc.copy(Fragment.fromArray(children));
}

function footnote(annotation: ExportedAnnotation, numbers: Map<string, number>): string {
  const parts = [`**${kindLabels[annotation.kind]}**`];
  if (annotation.kind === 'claim') parts.push(`verdict: ${verdictLabels[annotation.verdict]}`);
  if (annotation.kind === 'attribution' && annotation.speaker.name !== '') {
    parts.push(`speaker: ${annotation.speaker.name}${annotation.speaker.role === '' ? '' : ` (“${annotation.speaker.role}”)`}`);
  }
  const linked = annotation.links.map((id) => numbers.get(id)).filter((number): number is number => number !== undefined);
  if (linked.length > 0)
    parts.push(`${annotation.kind === 'denial' ? 'denies' : 'attributes'} ${linked.map((number) => `[^${number}]`).join(', ')}`);
  parts.push(`by ${annotation.author.name}`);
  let text = `[^${numbers.get(annotation.id) ?? 0}]: ${parts.join(' · ')} — “${annotation.quote.replace(/\s+/g, ' ')}”`;
  if (annotation.status === 'orphaned') text += ' (its text was deleted)';
  if (annotation.note.trim() !== '') text += `\n    ${annotation.note.trim().replace(/\n/g, '\n    ')}`;
  for (const link of annotation.evidence) text += `\n    Evidence: <${link.url}>${link.title === '' ? '' : ` ${link.title}`}`;
  return text;
}
