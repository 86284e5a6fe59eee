import type { Mark, Node } from 'prosemirror-model';
import { annotationKinds, type AnnotationKind } from '../annotation.js';
import { TextMap } from '../anchor/textMap.js';
import { safeUrl } from '../url.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from './model.js';
import { kindLabels, verdictLabels } from './labels.js';

const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

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
  th, td { border-bottom: 1px solid #e3e0d8; padding: 0.4rem; text-align: left; vertical-align: top; }
  td.quote { font-family: Georgia, serif; }
  .orphaned { color: #b3261e; font-weight: 600; }
  @media print {
    body { margin: 0; max-width: none; }
    .a { background: none; }
    a { color: inherit; }
    tr { break-inside: avoid; }
  }
`;

/**
 * A standalone HTML page of the annotated article: no script, no external
 * request (a Content-Security-Policy says so too), marks drawn with the
 * editor's colours and underline styles, a legend, numbered references and a
 * table of every annotation with its note, verdict and links.
 */
export function toHtml(model: ExportModel): string {
  const annotations = allAnnotations(model);
  const numbers = new Map(annotations.map((annotation, index) => [annotation.id, index + 1]));
  const body = renderBlocks(
    model.doc,
    new ArticleRenderer(
      model.doc,
      annotations.filter((a) => a.status === 'anchored'),
      numbers,
    ),
  );
  const { record } = model;
  const rows = annotations.map((annotation) => tableRow(annotation, numbers)).join('\n');
  return standalonePage({
    language: record.language ?? 'en',
    title: record.title,
    styles,
    body: `<p class="meta">Annotated with factmark · ${annotations.length} annotations · exported ${escapeHtml(new Date().toISOString().slice(0, 10))}${record.sourceUrl === undefined ? '' : ` · source: ${escapeHtml(record.sourceUrl)}`}</p>
<div class="legend" role="group" aria-label="Legend">${annotationKinds.map((kind) => `<span class="a a-${kind}">${kindLabels[kind]}</span>`).join('')}</div>
<article>
${body}
</article>
<h2>Annotations</h2>
<table>
<thead><tr><th>#</th><th>Kind</th><th>Quote</th><th>Verdict</th><th>Note</th><th>Speaker / links</th><th>Author</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>`,
  });
}

/**
 * A standalone HTML page: no scripts, nothing loaded from elsewhere (its
 * Content-Security-Policy allows only its own inline styles), no referrer.
 * `body` is HTML already escaped by the caller; the title is escaped here.
 */
export function standalonePage(page: { language: string; title: string; styles: string; body: string }): string {
  return `<!DOCTYPE html>
<html lang="${escapeHtml(page.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(page.title)}</title>
<style>${page.styles}</style>
</head>
<body>
${page.body}
</body>
</html>
`;
}

/**
 * Renders textblocks' inline content with annotation spans, split wherever a
 * span starts or ends. Text is visited in order, so one sweep over the
 * annotations sorted by start keeps the set of spans open at each point.
 */
class ArticleRenderer {
  private readonly map: TextMap;
  private readonly numbers: Map<string, number>;
  private readonly byStart: ExportedAnnotation[];
  /** Every offset where a span starts or ends, ascending. */
  private readonly edges: number[];
  private readonly endingAt = new Map<number, ExportedAnnotation[]>();
  private next = 0;
  private active: ExportedAnnotation[] = [];

  constructor(doc: Node, annotations: ExportedAnnotation[], numbers: Map<string, number>) {
    this.map = TextMap.of(doc);
    this.numbers = numbers;
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

  inline(block: Node, blockPos: number): string {
    let html = '';
    block.forEach((child, offset) => {
      const pos = blockPos + 1 + offset;
      if (child.type.name === 'hard_break') {
        html += '<br>';
        return;
      }
      if (!child.isText) return;
      const text = child.text ?? '';
      const start = this.map.offsetAt(pos);
      const end = start + text.length;
      let from = start;
      for (let index = this.edgeAfter(start); from < end; index++) {
        const to = Math.min(end, this.edges[index] ?? end);
        html += this.piece(text.slice(from - start, to - start), child.marks, from, to);
        from = to;
      }
    });
    return html;
  }

  /** One run of text covered by the same annotations: outer spans first, references after the spans that end here. */
  private piece(text: string, marks: readonly Mark[], start: number, end: number): string {
    this.active = this.active.filter((annotation) => (annotation.end ?? 0) > start);
    while (this.next < this.byStart.length && (this.byStart[this.next]?.start ?? 0) <= start) {
      const annotation = this.byStart[this.next++];
      if (annotation !== undefined && (annotation.end ?? 0) > start) this.active.push(annotation);
    }
    const covering = this.active
      .filter((annotation) => (annotation.start ?? 0) <= start && end <= (annotation.end ?? 0))
      .sort((a, b) => (b.end ?? 0) - (b.start ?? 0) - ((a.end ?? 0) - (a.start ?? 0)));
    let html = renderMarks(escapeHtml(text), marks);
    for (const annotation of [...covering].reverse()) {
      html = `<span class="a a-${annotation.kind}" title="${escapeHtml(`${kindLabels[annotation.kind]} #${this.numbers.get(annotation.id) ?? ''}`)}">${html}</span>`;
    }
    for (const annotation of this.endingAt.get(end) ?? []) {
      const number = this.numbers.get(annotation.id) ?? 0;
      html += `<sup class="ref" id="ref-${number}"><a href="#note-${number}">${number}</a></sup>`;
    }
    return html;
  }
}

function renderMarks(html: string, marks: readonly Mark[]): string {
  let result = html;
  for (const mark of marks) {
    if (mark.type.name === 'em') result = `<em>${result}</em>`;
    else if (mark.type.name === 'strong') result = `<strong>${result}</strong>`;
    else if (mark.type.name === 'link') {
      const href = safeUrl(String(mark.attrs['href']));
      if (href !== null) result = `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${result}</a>`;
    }
  }
  return result;
}

function renderBlocks(parent: Node, renderer: ArticleRenderer, parentPos = -1): string {
  const parts: string[] = [];
  parent.forEach((node, offset) => {
    const pos = parentPos + 1 + offset;
    switch (node.type.name) {
      case 'paragraph':
        parts.push(`<p>${renderer.inline(node, pos)}</p>`);
        break;
      case 'heading': {
        const level = Math.min(6, Math.max(1, Number(node.attrs['level']) || 1));
        parts.push(`<h${level}>${renderer.inline(node, pos)}</h${level}>`);
        break;
      }
      case 'blockquote':
        parts.push(`<blockquote>${renderBlocks(node, renderer, pos)}</blockquote>`);
        break;
      case 'bullet_list':
        parts.push(`<ul>${renderBlocks(node, renderer, pos)}</ul>`);
        break;
      case 'ordered_list': {
        const order = Number(node.attrs['order']) || 1;
        parts.push(`<ol${order === 1 ? '' : ` start="${order}"`}>${renderBlocks(node, renderer, pos)}</ol>`);
        break;
      }
      case 'list_item':
        parts.push(`<li>${renderBlocks(node, renderer, pos)}</li>`);
        break;
      case 'horizontal_rule':
        parts.push('<hr>');
        break;
    }
  });
  return parts.join('\n');
}

function tableRow(annotation: ExportedAnnotation, numbers: Map<string, number>): string {
  const number = numbers.get(annotation.id) ?? 0;
  const linked = annotation.links
    .map((id) => numbers.get(id))
    .filter((linkedNumber): linkedNumber is number => linkedNumber !== undefined)
    .map((linkedNumber) => `<a href="#note-${linkedNumber}">#${linkedNumber}</a>`)
    .join(' ');
  const speaker =
    annotation.kind === 'attribution' && annotation.speaker.name !== ''
      ? `${escapeHtml(annotation.speaker.name)}${annotation.speaker.role === '' ? '' : ` (“${escapeHtml(annotation.speaker.role)}”)`}`
      : '';
  const evidence = annotation.evidence
    .map((link) => {
      const href = safeUrl(link.url);
      return href === null
        ? escapeHtml(link.title || link.url)
        : `<a href="${escapeHtml(href)}" rel="noopener noreferrer nofollow">${escapeHtml(link.title || href)}</a>`;
    })
    .join('<br>');
  const quote =
    annotation.status === 'orphaned'
      ? `<span class="orphaned">(text deleted)</span> ${escapeHtml(annotation.quote)}`
      : `<a href="#ref-${number}">${escapeHtml(annotation.quote)}</a>`;
  return `<tr id="note-${number}"><td>${number}</td><td><span class="a a-${annotation.kind}">${kindLabels[annotation.kind as AnnotationKind]}</span></td><td class="quote">${quote}</td><td>${annotation.kind === 'claim' ? verdictLabels[annotation.verdict] : ''}</td><td>${escapeHtml(annotation.note)}${evidence === '' ? '' : `<br>${evidence}`}</td><td>${[speaker, linked].filter(Boolean).join('<br>')}</td><td>${escapeHtml(annotation.author.name)}</td></tr>`;
}
