import type { Mark, Node } from 'prosemirror-model';
import { annotationKinds, type AnnotationKind } from '../annotation.js';
import { TextMap } from '../anchor/textMap.js';
import { safeUrl } from '../url.js';
import { readingCellText, readingExtraColumns } from './fields.js';
import { workflowOf, type WorkflowStep } from '../workflow/steps.js';
import { allAnnotations, layerNamer, type ExportedAnnotation, type ExportModel, type LayerLabels } from './model.js';
import { kindLabels, verdictLabels } from './labels.js';
import { joinHtml, markup, SafeHtml } from './htmlTemplate.js';

export { escapeHtml } from './htmlTemplate.js';

/** The annotation kinds' colours and underline cues, as in the editor: spans with classes `a a-<kind>`. */
export const annotationStyles = `
  :root { --claim: #b07d00; --claim-bg: rgba(255, 214, 10, 0.28); --denial: #b3261e; --denial-bg: rgba(240, 82, 82, 0.18);
    --attribution: #1f5fa8; --attribution-bg: rgba(66, 135, 245, 0.16); }
  .a { text-decoration-line: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
  .a .a { text-underline-offset: 6px; } .a .a .a { text-underline-offset: 9px; }
  .a-claim { background: var(--claim-bg); text-decoration-color: var(--claim); text-decoration-style: solid; }
  .a-denial { background: var(--denial-bg); text-decoration-color: var(--denial); text-decoration-style: wavy; }
  .a-attribution { background: var(--attribution-bg); text-decoration-color: var(--attribution); text-decoration-style: dotted; text-decoration-thickness: 3px; }
`;

/** The same colours and underline cues as the editor, and print styles. */
const styles = `${annotationStyles}
  body { font-family: Charter, Georgia, 'Noto Serif', serif; color: #1d2433; max-width: 44rem; margin: 2rem auto; padding: 0 1.5rem; line-height: 1.6; }
  h1 { line-height: 1.2; }
  .meta, .legend, table { font-family: system-ui, sans-serif; font-size: 0.9rem; }
  .meta { color: #5b6578; }
  sup.ref { font-family: system-ui, sans-serif; font-size: 0.65em; }
  sup.ref a { text-decoration: none; }
  .legend { display: flex; gap: 1.5rem; padding: 0.6rem 0.8rem; border: 1px solid #e3e0d8; border-radius: 6px; }
  .legend span.a { padding: 0 0.3rem; }
  table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
  /* A table of many columns scrolls on its own, not the page. */
  .table-scroll { overflow-x: auto; }
  th, td { border-bottom: 1px solid #e3e0d8; padding: 0.4rem; text-align: left; vertical-align: top; }
  td.quote { font-family: Georgia, serif; }
  .orphaned { color: #b3261e; font-weight: 600; }
  @media print {
    body { margin: 0; max-width: none; }
    .a { background: none; }
    a { color: inherit; }
    tr { break-inside: avoid; }
    .table-scroll { overflow: visible; }
  }
`;

/**
 * A standalone HTML page of the annotated article: no script, no external
 * request (a Content-Security-Policy says so too), marks drawn with the
 * editor's colours and underline styles, a legend, numbered references and a
 * table of every annotation with its note, verdict and links (and its layer,
 * when several layers have annotations: a class's, exported by its owner).
 */
export function toHtml(model: ExportModel, labels: LayerLabels = {}): string {
  const annotations = allAnnotations(model);
  const numbers = new Map(annotations.map((annotation, index) => [annotation.id, index + 1]));
  const article = articleHtml(
    model.doc,
    annotations.filter((a) => a.status === 'anchored'),
    numberedMarks(numbers),
  );
  const { record } = model;
  const layerOf = layerNamer(model, labels);
  const rows = joinHtml(
    annotations.map((annotation) => tableRow(annotation, numbers, workflowOf(model.record), layerOf)),
    '\n',
  );
  const exported = new Date().toISOString().slice(0, 10);
  return standalonePage({
    language: record.language ?? 'en',
    title: record.title,
    styles,
    body: markup`<p class="meta">Annotated with factmark · ${annotations.length} annotations · exported ${exported}${record.sourceUrl === undefined ? '' : markup` · source: ${record.sourceUrl}`}</p>
<div class="legend" role="group" aria-label="Legend">${annotationKinds.map((kind) => markup`<span class="a a-${kind}">${kindLabels[kind]}</span>`)}</div>
<article>
${article}
</article>
<h2>Annotations</h2>
<div class="table-scroll">
<table>
<thead><tr><th>#</th>${layerOf === null ? '' : markup`<th>Layer</th>`}<th>Kind</th><th>Quote</th><th>Verdict</th><th>Note</th><th>Speaker / links</th><th>Author</th>${readingExtraColumns.map((column) => markup`<th>${column.label}</th>`)}</tr></thead>
<tbody>
${rows}
</tbody>
</table>
</div>`,
  });
}

/**
 * A standalone HTML page: no scripts, nothing loaded from elsewhere (its
 * Content-Security-Policy allows only its own inline styles), no referrer.
 * `body` is HTML built with {@link markup} (a string is taken as HTML already
 * escaped by the caller); `styles` is our own CSS; the title and language are
 * escaped here.
 */
export function standalonePage(page: { language: string; title: string; styles: string; body: SafeHtml | string }): string {
  const body = page.body instanceof SafeHtml ? page.body : new SafeHtml(page.body);
  return markup`<!DOCTYPE html>
<html lang="${page.language}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<style>${new SafeHtml(page.styles)}</style>
</head>
<body>
${body}
</body>
</html>
`.value;
}

/**
 * How an article's marks are written: the attributes of each piece of a
 * mark's span (`first` for its first piece), and what follows a mark where
 * it ends (a reference).
 */
export interface MarkWriter {
  attributes(annotation: ExportedAnnotation, first: boolean): SafeHtml;
  after(annotation: ExportedAnnotation): SafeHtml;
}

/** The export's marks: a title with the kind and number, and a numbered reference to the table. */
function numberedMarks(numbers: Map<string, number>): MarkWriter {
  return {
    attributes: (annotation) => markup`title="${kindLabels[annotation.kind]} #${numbers.get(annotation.id) ?? ''}"`,
    after: (annotation) => {
      const number = numbers.get(annotation.id) ?? 0;
      return markup`<sup class="ref" id="ref-${number}"><a href="#note-${number}">${number}</a></sup>`;
    },
  };
}

/** The article's blocks as HTML, the anchored annotations given drawn as spans `a a-<kind>` written by `writer`. */
export function articleHtml(doc: Node, annotations: ExportedAnnotation[], writer: MarkWriter): SafeHtml {
  return renderBlocks(doc, new ArticleRenderer(doc, annotations, writer));
}

/**
 * Renders textblocks' inline content with annotation spans, split wherever a
 * span starts or ends. Text is visited in order, so one sweep over the
 * annotations sorted by start keeps the set of spans open at each point.
 */
class ArticleRenderer {
  private readonly map: TextMap;
  private readonly writer: MarkWriter;
  /** The annotations whose first piece is written. */
  private readonly begun = new Set<string>();
  private readonly byStart: ExportedAnnotation[];
  /** Every offset where a span starts or ends, ascending. */
  private readonly edges: number[];
  private readonly endingAt = new Map<number, ExportedAnnotation[]>();
  private next = 0;
  private active: ExportedAnnotation[] = [];

  constructor(doc: Node, annotations: ExportedAnnotation[], writer: MarkWriter) {
    this.map = TextMap.of(doc);
    this.writer = writer;
    this.byStart = [...annotations].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
    const edges = new Set<number>();
    for (const annotation of annotations) {
      edges.add(annotation.start ?? 0);
      edges.add(annotation.end ?? 0);
      const ending = this.endingAt.get(annotation.end ?? 0) ?? [];
      ending.push(annotation);
      this.endingAt.set(annotation.end ?? 0, ending);
    }
    this.edges = Array.from(edges).sort((a, b) => a - b);
  }

  /** The index of the first edge greater than `offset`. */
  private edgeAfter(offset: number): number {
    let low = 0;
    let high = this.edges.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((this.edges[middle] ?? 0) <= offset) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  inline(block: Node, blockPos: number): SafeHtml {
    const parts: SafeHtml[] = [];
    block.forEach((child, offset) => {
      const pos = blockPos + 1 + offset;
      if (child.type.name === 'hard_break') {
        parts.push(markup`<br>`);
        return;
      }
      if (!child.isText) return;
      const text = child.text ?? '';
      const start = this.map.offsetAt(pos);
      const end = start + text.length;
      let from = start;
      for (let index = this.edgeAfter(start); from < end; index++) {
        const to = Math.min(end, this.edges[index] ?? end);
        parts.push(this.piece(text.slice(from - start, to - start), child.marks, from, to));
        from = to;
      }
    });
    return markup`${parts}`;
  }

  /** One run of text covered by the same annotations: outer spans first, references after the spans that end here. */
  private piece(text: string, marks: readonly Mark[], start: number, end: number): SafeHtml {
    this.active = this.active.filter((annotation) => (annotation.end ?? 0) > start);
    while (this.next < this.byStart.length && (this.byStart[this.next]?.start ?? 0) <= start) {
      const annotation = this.byStart[this.next++];
      if (annotation !== undefined && (annotation.end ?? 0) > start) this.active.push(annotation);
    }
    const covering = this.active
      .filter((annotation) => (annotation.start ?? 0) <= start && end <= (annotation.end ?? 0))
      .sort((a, b) => (b.end ?? 0) - (b.start ?? 0) - ((a.end ?? 0) - (a.start ?? 0)));
    let piece = renderMarks(markup`${text}`, marks);
    for (const annotation of [...covering].reverse()) {
      const first = !this.begun.has(annotation.id);
      this.begun.add(annotation.id);
      piece = markup`<span class="a a-${annotation.kind}" ${this.writer.attributes(annotation, first)}>${piece}</span>`;
    }
    // Marks ending together: "2, 13", never "213".
    const references = (this.endingAt.get(end) ?? [])
      .map((annotation) => this.writer.after(annotation))
      .filter((html) => html.value !== '');
    return markup`${piece}${joinHtml(references, markup`<sup class="ref">, </sup>`)}`;
  }
}

function renderMarks(content: SafeHtml, marks: readonly Mark[]): SafeHtml {
  let result = content;
  for (const mark of marks) {
    if (mark.type.name === 'em') result = markup`<em>${result}</em>`;
    else if (mark.type.name === 'strong') result = markup`<strong>${result}</strong>`;
    else if (mark.type.name === 'link') {
      const href = safeUrl(String(mark.attrs['href']));
      if (href !== null) result = markup`<a href="${href}" rel="noopener noreferrer nofollow">${result}</a>`;
    }
  }
  return result;
}

/** A heading element of each level. */
const headings = [
  (content: SafeHtml) => markup`<h1>${content}</h1>`,
  (content: SafeHtml) => markup`<h2>${content}</h2>`,
  (content: SafeHtml) => markup`<h3>${content}</h3>`,
  (content: SafeHtml) => markup`<h4>${content}</h4>`,
  (content: SafeHtml) => markup`<h5>${content}</h5>`,
  (content: SafeHtml) => markup`<h6>${content}</h6>`,
] as const;

function renderBlocks(parent: Node, renderer: ArticleRenderer, parentPos = -1): SafeHtml {
  const parts: SafeHtml[] = [];
  parent.forEach((node, offset) => {
    const pos = parentPos + 1 + offset;
    switch (node.type.name) {
      case 'paragraph':
        parts.push(markup`<p>${renderer.inline(node, pos)}</p>`);
        break;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Math.floor(Number(node.attrs['level'])) || 1));
        parts.push(headings[level - 1]?.(renderer.inline(node, pos)) ?? markup``);
        break;
      }
      case 'blockquote':
        parts.push(markup`<blockquote>${renderBlocks(node, renderer, pos)}</blockquote>`);
        break;
      case 'bullet_list':
        parts.push(markup`<ul>${renderBlocks(node, renderer, pos)}</ul>`);
        break;
      case 'ordered_list': {
        const order = Number(node.attrs['order']) || 1;
        parts.push(markup`<ol${order === 1 ? '' : markup` start="${order}"`}>${renderBlocks(node, renderer, pos)}</ol>`);
        break;
      }
      case 'list_item':
        parts.push(markup`<li>${renderBlocks(node, renderer, pos)}</li>`);
        break;
      case 'horizontal_rule':
        parts.push(markup`<hr>`);
        break;
    }
  });
  return joinHtml(parts, '\n');
}

function tableRow(
  annotation: ExportedAnnotation,
  numbers: Map<string, number>,
  workflow: readonly WorkflowStep[],
  layerOf: ((annotation: ExportedAnnotation) => string) | null,
): SafeHtml {
  const number = numbers.get(annotation.id) ?? 0;
  const linked = joinHtml(
    annotation.links
      .map((id) => numbers.get(id))
      .filter((linkedNumber): linkedNumber is number => linkedNumber !== undefined)
      .map((linkedNumber) => markup`<a href="#note-${linkedNumber}">#${linkedNumber}</a>`),
    ' ',
  );
  const speaker =
    annotation.kind === 'attribution' && annotation.speaker.name !== ''
      ? markup`${annotation.speaker.name}${annotation.speaker.role === '' ? '' : ` (“${annotation.speaker.role}”)`}`
      : null;
  const evidence = annotation.evidence.map((link) => {
    const href = safeUrl(link.url);
    return href === null
      ? markup`<br>${link.title || link.url}`
      : markup`<br><a href="${href}" rel="noopener noreferrer nofollow">${link.title || href}</a>`;
  });
  const quote =
    annotation.status === 'orphaned'
      ? markup`<span class="orphaned">(text deleted)</span> ${annotation.quote}`
      : markup`<a href="#ref-${number}">${annotation.quote}</a>`;
  const people = joinHtml(
    [speaker, linked.value === '' ? null : linked].filter((part): part is SafeHtml => part !== null),
    markup`<br>`,
  );
  return markup`<tr id="note-${number}"><td>${number}</td>${layerOf === null ? '' : markup`<td>${layerOf(annotation)}</td>`}<td><span class="a a-${annotation.kind}">${kindLabels[annotation.kind as AnnotationKind]}</span></td><td class="quote">${quote}</td><td>${annotation.kind === 'claim' ? verdictLabels[annotation.verdict] : ''}</td><td>${annotation.note}${evidence}</td><td>${people}</td><td>${annotation.author.name}</td>${readingExtraColumns.map((column) => markup`<td>${readingCellText(column, annotation, workflow)}</td>`)}</tr>`;
}
