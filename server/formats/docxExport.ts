import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  ShadingType,
  TextRun,
  UnderlineType,
  type ICommentOptions,
  type IRunOptions,
  type ParagraphChild,
} from 'docx';
import type { Mark, Node } from 'prosemirror-model';
import {
  allAnnotations,
  blockSeparator,
  kindLabels,
  safeUrl,
  verdictLabels,
  type AnnotationKind,
  type ExportedAnnotation,
  type ExportModel,
} from '../../shared/index.js';
import { exportOnlyStyle } from './docxImport.js';

/** The style id of the paragraphs an export adds around the article (legend, orphaned marks), so reading the file back leaves them out. */
const exportNote = 'FactmarkExportNote';

/** Each kind as the editor draws it: a tint behind the words and an underline of its own style. */
const kindStyles: Record<AnnotationKind, { fill: string; underline: (typeof UnderlineType)[keyof typeof UnderlineType]; color: string }> = {
  claim: { fill: 'FFF0B3', underline: UnderlineType.SINGLE, color: 'B07D00' },
  denial: { fill: 'FBD5D5', underline: UnderlineType.WAVE, color: 'B3261E' },
  attribution: { fill: 'D6E4FA', underline: UnderlineType.DOTTED, color: '1F5FA8' },
};

const headingLevels = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];

/** What a mark's comment says: kind and verdict, speaker, public summary, note, links and evidence, one paragraph each. */
function commentOf(annotation: ExportedAnnotation, id: number, numbers: Map<string, number>): ICommentOptions {
  const lines: string[] = [
    annotation.kind === 'claim' ? `${kindLabels.claim} · ${verdictLabels[annotation.verdict]}` : kindLabels[annotation.kind],
  ];
  if (annotation.kind === 'attribution' && annotation.speaker.name !== '')
    lines.push(
      `Speaker: ${annotation.speaker.name}${annotation.speaker.role === '' ? '' : `, ${annotation.speaker.role}`} (${annotation.sourceType})`,
    );
  // The public summary on one line of its own, so an import reads it back apart from the note.
  if (annotation.kind === 'claim' && annotation.summary !== '') lines.push(`Summary: ${annotation.summary.replace(/\s*\n\s*/g, ' ')}`);
  if (annotation.note !== '') lines.push(annotation.note);
  const linked = annotation.links.map((link) => numbers.get(link)).filter((number) => number !== undefined);
  if (linked.length > 0)
    lines.push(`${annotation.kind === 'attribution' ? 'Attributes' : 'Denies'}: ${linked.map((number) => `mark ${number}`).join(', ')}`);
  for (const evidence of annotation.evidence) {
    const url = safeUrl(evidence.url);
    if (url !== null) lines.push(`Evidence: ${evidence.title === '' ? url : `${evidence.title} — ${url}`}`);
  }
  if (annotation.status === 'orphaned') lines.push('Its words are no longer in the article.');
  return {
    id,
    author: annotation.author.name || 'factmark',
    initials: initialsOf(annotation.author.name),
    date: annotation.createdAt === '' ? undefined : new Date(annotation.createdAt),
    children: lines.map((line) => new Paragraph({ children: textRuns(line, {}) })),
  };
}

function initialsOf(name: string): string {
  return (
    name
      .split(/\s+/u)
      .filter((word) => word !== '')
      .map((word) => Array.from(word)[0] ?? '')
      .join('')
      .slice(0, 4) || 'fm'
  );
}

/** Runs of text with line breaks as Word breaks. */
function textRuns(text: string, options: IRunOptions): TextRun[] {
  return text.split('\n').map((line, index) => new TextRun({ ...options, text: line, break: index === 0 ? undefined : 1 }));
}

/** Where marks start and end inside one block, by text offset. */
interface Boundaries {
  starts: Map<number, number[]>;
  ends: Map<number, number[]>;
}

/**
 * Writes one textblock as a Word paragraph: its text in runs cut wherever a
 * mark starts or ends, each run tinted and underlined for the innermost mark
 * covering it, with the comment ranges of the marks that start or end inside.
 */
class BlockWriter {
  /** Anchored marks by where they start; `next` is the first not yet reached. */
  private readonly byStart: ExportedAnnotation[];
  private next = 0;
  /** The marks covering the offset written last: few, however many marks there are. */
  private active: ExportedAnnotation[] = [];
  private readonly boundaries: Boundaries;

  constructor(annotations: ExportedAnnotation[], boundaries: Boundaries) {
    this.byStart = annotations.filter((annotation) => annotation.start !== null && annotation.end !== null);
    this.byStart.sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    this.boundaries = boundaries;
  }

  /**
   * The innermost mark covering the character at `offset` (the shortest span).
   * Runs are written in text order, so the marks covering them are swept
   * along: each mark enters and leaves the active ones once.
   */
  private coverAt(offset: number): ExportedAnnotation | null {
    for (let mark = this.byStart[this.next]; mark !== undefined && (mark.start ?? 0) <= offset; mark = this.byStart[++this.next])
      this.active.push(mark);
    this.active = this.active.filter((annotation) => (annotation.end ?? 0) > offset);
    let best: ExportedAnnotation | null = null;
    for (const annotation of this.active) {
      if ((annotation.start ?? 0) > offset) continue;
      if (best === null || (annotation.end ?? 0) - (annotation.start ?? 0) < (best.end ?? 0) - (best.start ?? 0)) best = annotation;
    }
    return best;
  }

  paragraph(block: Node, blockOffset: number, extra: ConstructorParameters<typeof Paragraph>[0] & object): Paragraph {
    const children: ParagraphChild[] = [];
    const visited = new Set<number>();
    // Comments ending at an offset close before those starting there open.
    const boundaryAt = (at: number) => {
      if (visited.has(at)) return;
      visited.add(at);
      for (const id of this.boundaries.ends.get(at) ?? []) {
        children.push(new CommentRangeEnd(id));
        children.push(new TextRun({ children: [new CommentReference(id)] }));
      }
      for (const id of this.boundaries.starts.get(at) ?? []) children.push(new CommentRangeStart(id));
    };
    let offset = blockOffset;
    block.forEach((child) => {
      const text = child.isText ? (child.text ?? '') : child.type.name === 'hard_break' ? '\n' : '';
      const runOptions = runOptionsOf(child.marks);
      const href = linkOf(child.marks);
      boundaryAt(offset);
      let cut = 0;
      for (let index = 1; index < text.length; index++) {
        const at = offset + index;
        if (!this.boundaries.starts.has(at) && !this.boundaries.ends.has(at)) continue;
        this.pushRuns(children, text.slice(cut, index), offset + cut, runOptions, href);
        boundaryAt(at);
        cut = index;
      }
      if (text.length > cut) this.pushRuns(children, text.slice(cut), offset + cut, runOptions, href);
      offset += text.length;
    });
    boundaryAt(offset);
    return new Paragraph({ ...extra, children });
  }

  private pushRuns(children: ParagraphChild[], text: string, offset: number, options: IRunOptions, href: string | null): void {
    const cover = this.coverAt(offset);
    const style = cover === null ? {} : runStyleOf(cover.kind);
    const runs = textRuns(text, { ...options, ...style });
    if (href === null) children.push(...runs);
    else children.push(new ExternalHyperlink({ link: href, children: runs }));
  }
}

function countBreaks(block: Node): number {
  let breaks = 0;
  block.forEach((child) => {
    if (child.type.name === 'hard_break') breaks++;
  });
  return breaks;
}

function runStyleOf(kind: AnnotationKind): IRunOptions {
  const style = kindStyles[kind];
  return {
    shading: { type: ShadingType.CLEAR, fill: style.fill, color: 'auto' },
    underline: { type: style.underline, color: style.color },
  };
}

function runOptionsOf(marks: readonly Mark[]): IRunOptions {
  const names = new Set(marks.map((mark) => mark.type.name));
  return { bold: names.has('strong') || undefined, italics: names.has('em') || undefined };
}

function linkOf(marks: readonly Mark[]): string | null {
  const link = marks.find((mark) => mark.type.name === 'link');
  const href: unknown = link?.attrs.href;
  return typeof href === 'string' ? safeUrl(href) : null;
}

/**
 * The annotated article as a Word document (`.docx`): every mark a Word
 * comment on exactly its words (kind, verdict, note, speaker, links and
 * evidence), the marked words tinted and underlined per kind as in the
 * editor, a legend at the top, and marks whose words are gone listed at the
 * end with their comments. Opens in Word, LibreOffice and Google Docs.
 */
export async function toDocx(model: ExportModel): Promise<Uint8Array> {
  const annotations = allAnnotations(model);
  const numbers = new Map(annotations.map((annotation, index) => [annotation.id, index + 1]));
  const comments = annotations.map((annotation, index) => commentOf(annotation, index, numbers));
  const boundaries: Boundaries = { starts: new Map(), ends: new Map() };
  annotations.forEach((annotation, index) => {
    if (annotation.start === null || annotation.end === null) return;
    boundaries.starts.set(annotation.start, [...(boundaries.starts.get(annotation.start) ?? []), index]);
    boundaries.ends.set(annotation.end, [...(boundaries.ends.get(annotation.end) ?? []), index]);
  });
  const writer = new BlockWriter(annotations, boundaries);

  const paragraphs: Paragraph[] = [legend(model)];
  let offset = 0;
  let first = true;
  const walk = (node: Node, context: { list: 'bullet' | 'ordered' | null; depth: number; quote: boolean }) => {
    node.forEach((child) => {
      if (child.isTextblock) {
        if (!first) offset += blockSeparator.length;
        first = false;
        const extra: ConstructorParameters<typeof Paragraph>[0] & object = {};
        if (child.type.name === 'heading') Object.assign(extra, { heading: headingLevels[(Number(child.attrs.level) || 1) - 1] });
        if (context.list === 'bullet') Object.assign(extra, { bullet: { level: Math.min(context.depth, 8) } });
        if (context.list === 'ordered') Object.assign(extra, { numbering: { reference: 'ordered', level: Math.min(context.depth, 8) } });
        if (context.quote) Object.assign(extra, { indent: { left: 720 } });
        paragraphs.push(writer.paragraph(child, offset, extra));
        offset += child.textContent.length + countBreaks(child);
        return;
      }
      const name = child.type.name;
      if (name === 'bullet_list' || name === 'ordered_list')
        walk(child, {
          ...context,
          list: name === 'bullet_list' ? 'bullet' : 'ordered',
          depth: context.list === null ? 0 : context.depth + 1,
        });
      else if (name === 'blockquote') walk(child, { ...context, quote: true });
      else if (name === 'horizontal_rule') paragraphs.push(new Paragraph({ thematicBreak: true, children: [] }));
      else walk(child, context);
    });
  };
  walk(model.doc, { list: null, depth: 0, quote: false });

  const orphans = annotations
    .map((annotation, index) => ({ annotation, index }))
    .filter(({ annotation }) => annotation.status === 'orphaned');
  if (orphans.length > 0) {
    paragraphs.push(new Paragraph({ style: exportNote, children: [new TextRun({ text: 'Marks whose words are gone', bold: true })] }));
    for (const { annotation, index } of orphans) {
      paragraphs.push(
        new Paragraph({
          style: exportNote,
          children: [
            new CommentRangeStart(index),
            ...textRuns(annotation.quote === '' ? '(no quote)' : annotation.quote, runStyleOf(annotation.kind)),
            new CommentRangeEnd(index),
            new TextRun({ children: [new CommentReference(index)] }),
          ],
        }),
      );
    }
  }

  const document = new Document({
    title: model.record.title,
    creator: 'factmark',
    styles: {
      default: { document: { run: { font: 'Georgia', size: 22 }, paragraph: { spacing: { after: 160, line: 300 } } } },
      paragraphStyles: [{ id: exportNote, name: exportOnlyStyle, basedOn: 'Normal', run: { size: 20 } }],
    },
    comments: { children: comments },
    numbering: {
      config: [
        {
          reference: 'ordered',
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [{ children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

/** The legend: one sample of each kind as the document draws it, and which layer the marks are from. */
function legend(model: ExportModel): Paragraph {
  const layers = model.layers.map((layer) => layer.id).join(', ');
  const samples = (['claim', 'denial', 'attribution'] as const).flatMap((kind) => [
    new TextRun({ text: kindLabels[kind], ...runStyleOf(kind) }),
    new TextRun('   '),
  ]);
  return new Paragraph({
    style: exportNote,
    children: [
      new TextRun({ text: 'Marks: ', bold: true }),
      ...samples,
      new TextRun(`Layer: ${layers}. Each mark is a comment on its words.`),
    ],
  });
}
