import { defaultMarkdownSerializer } from 'prosemirror-markdown';
import { Transform } from 'prosemirror-transform';
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
  const map = TextMap.of(model.doc);
  const tr = new Transform(model.doc);
  // From the end backwards, so earlier insertions do not move later positions.
  const anchored = annotations
    .filter((annotation) => annotation.end !== null)
    .sort((a, b) => (b.end ?? 0) - (a.end ?? 0) || (numbers.get(b.id) ?? 0) - (numbers.get(a.id) ?? 0));
  for (const annotation of anchored) {
    const pos = map.posAt(annotation.end ?? 0, -1);
    tr.insert(pos, model.doc.type.schema.text(`${open}${numbers.get(annotation.id) ?? 0}${close}`));
  }
  const article = defaultMarkdownSerializer.serialize(tr.doc).replace(new RegExp(`${open}(\\d+)${close}`, 'g'), '[^$1]');
  const notes = annotations.map((annotation) => footnote(annotation, numbers)).join('\n');
  return `${article}\n\n---\n\n${notes}\n`;
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
