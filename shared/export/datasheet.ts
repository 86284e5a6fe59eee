import { annotationKinds, verdicts } from '../annotation.js';
import { compareLayers } from '../agreement/layerAgreement.js';
import { spansOf } from '../agreement/span.js';
import { allAnnotations, skippedEntries, type ExportModel } from './model.js';

/** What a datasheet needs of one document: small, so it crosses threads and a corpus of any size is summed in little memory. */
export interface DocumentSummary {
  id: string;
  title: string;
  layers: number;
  marks: number;
  orphaned: number;
  /** Damaged entries left out of the export. */
  skipped: number;
  byKind: Record<string, number>;
  /** Claims by verdict. */
  byVerdict: Record<string, number>;
  /** Marks by annotator's name. */
  byAnnotator: Record<string, number>;
  /** Agreement among the layers holding marks, when two or more do: Krippendorff's uα and mean overlap F1 of the pairs (all kinds). */
  agreement: { layers: number; alpha: number | null; overlapF1: number | null } | null;
}

function count(counts: Record<string, number>, key: string, by = 1): void {
  counts[key] = (counts[key] ?? 0) + by;
}

/** A document's counts and agreement, for a {@link Datasheet}. */
export function summarizeDocument(model: ExportModel): DocumentSummary {
  const annotations = allAnnotations(model);
  const byKind: Record<string, number> = {};
  const byVerdict: Record<string, number> = {};
  const byAnnotator: Record<string, number> = {};
  for (const annotation of annotations) {
    count(byKind, annotation.kind);
    if (annotation.kind === 'claim') count(byVerdict, annotation.verdict);
    count(byAnnotator, annotation.author.name || annotation.author.id || 'Unknown');
  }
  const coded = model.layers
    .map((layer) => ({ id: layer.id, name: layer.id, spans: spansOf(layer.annotations) }))
    .filter((layer) => layer.spans.length > 0);
  let agreement: DocumentSummary['agreement'] = null;
  if (coded.length >= 2) {
    const report = compareLayers(model.text, coded);
    const f1 = report.pairs.map((pair) => pair.overlap.all.f1).filter((value) => Number.isFinite(value));
    const alpha = report.alpha?.all;
    agreement = {
      layers: coded.length,
      alpha: alpha === undefined || !Number.isFinite(alpha) ? null : alpha,
      overlapF1: f1.length === 0 ? null : f1.reduce((a, b) => a + b, 0) / f1.length,
    };
  }
  return {
    id: model.record.id,
    title: model.record.title,
    layers: model.layers.length,
    marks: annotations.length,
    orphaned: annotations.filter((annotation) => annotation.status === 'orphaned').length,
    skipped: skippedEntries(model).length,
    byKind,
    byVerdict,
    byAnnotator,
    agreement,
  };
}

/** A corpus's datasheet as JSON: what it holds, counted, and how its annotators agree. */
export interface DatasheetJson {
  title: string;
  createdAt: string;
  documents: number;
  marks: number;
  orphaned: number;
  skipped: number;
  byKind: Record<string, number>;
  byVerdict: Record<string, number>;
  byAnnotator: Record<string, number>;
  agreement: {
    /** Documents with two or more layers holding marks. */
    documents: number;
    meanAlpha: number | null;
    meanOverlapF1: number | null;
    perDocument: { id: string; title: string; layers: number; alpha: number | null; overlapF1: number | null }[];
  };
}

const mean = (values: number[]): number | null => (values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length);

/** Sums documents' summaries, one at a time, into a corpus's datasheet. */
export class Datasheet {
  private readonly sheet: DatasheetJson;

  constructor(title: string, createdAt: string) {
    this.sheet = {
      title,
      createdAt,
      documents: 0,
      marks: 0,
      orphaned: 0,
      skipped: 0,
      // Every kind and verdict listed, even at 0, so sheets of two corpora line up.
      byKind: Object.fromEntries(annotationKinds.map((kind) => [kind, 0])),
      byVerdict: Object.fromEntries(verdicts.map((verdict) => [verdict, 0])),
      byAnnotator: {},
      agreement: { documents: 0, meanAlpha: null, meanOverlapF1: null, perDocument: [] },
    };
  }

  /** Adds one document's counts. */
  add(summary: DocumentSummary): void {
    const sheet = this.sheet;
    sheet.documents++;
    sheet.marks += summary.marks;
    sheet.orphaned += summary.orphaned;
    sheet.skipped += summary.skipped;
    for (const [kind, n] of Object.entries(summary.byKind)) count(sheet.byKind, kind, n);
    for (const [verdict, n] of Object.entries(summary.byVerdict)) count(sheet.byVerdict, verdict, n);
    for (const [name, n] of Object.entries(summary.byAnnotator)) count(sheet.byAnnotator, name, n);
    if (summary.agreement !== null) {
      const { layers, alpha, overlapF1 } = summary.agreement;
      sheet.agreement.perDocument.push({ id: summary.id, title: summary.title, layers, alpha, overlapF1 });
    }
  }

  /** The datasheet so far, as JSON. */
  toJSON(): DatasheetJson {
    const perDocument = this.sheet.agreement.perDocument;
    const present = (values: (number | null)[]) => values.filter((value): value is number => value !== null);
    return {
      ...this.sheet,
      agreement: {
        documents: perDocument.length,
        meanAlpha: mean(present(perDocument.map((entry) => entry.alpha))),
        meanOverlapF1: mean(present(perDocument.map((entry) => entry.overlapF1))),
        perDocument,
      },
    };
  }

  /** The datasheet so far, as Markdown: a few tables a reader takes in at a glance. */
  toMarkdown(): string {
    return datasheetMarkdown(this.toJSON());
  }
}

/** A table cell's text: pipes and line breaks would end the cell or row. */
function cell(value: string | number | null): string {
  if (value === null) return '–';
  if (typeof value === 'number') return Number.isInteger(value) ? String(value) : value.toFixed(3);
  return value.replace(/[|\\]/g, (character) => `\\${character}`).replace(/\s+/g, ' ');
}

function table(head: string[], rows: (string | number | null)[][]): string {
  const line = (cells: (string | number | null)[]) => `| ${cells.map(cell).join(' | ')} |`;
  return [line(head), `|${head.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n');
}

/** A datasheet as Markdown. */
export function datasheetMarkdown(sheet: DatasheetJson): string {
  const byCount = (counts: Record<string, number>) => Object.entries(counts).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const { agreement } = sheet;
  return [
    `# Datasheet: ${cell(sheet.title)}`,
    '',
    `Exported ${sheet.createdAt} by factmark. Offsets count Unicode code points of each document's text.`,
    '',
    table(
      ['documents', 'marks', 'orphaned marks', 'damaged entries left out'],
      [[sheet.documents, sheet.marks, sheet.orphaned, sheet.skipped]],
    ),
    '',
    '## Marks by kind',
    '',
    table(['kind', 'marks'], byCount(sheet.byKind)),
    '',
    '## Claims by verdict',
    '',
    table(['verdict', 'claims'], byCount(sheet.byVerdict)),
    '',
    '## Marks by annotator',
    '',
    Object.keys(sheet.byAnnotator).length === 0 ? 'No marks.' : table(['annotator', 'marks'], byCount(sheet.byAnnotator)),
    '',
    '## Agreement',
    '',
    agreement.documents === 0
      ? 'No document has two or more layers holding marks.'
      : [
          `${agreement.documents} documents have two or more layers holding marks: mean Krippendorff's uα ${cell(agreement.meanAlpha)}, mean overlap F1 ${cell(agreement.meanOverlapF1)} (all kinds).`,
          '',
          table(
            ['document', 'title', 'layers', 'uα', 'overlap F1'],
            agreement.perDocument.map((entry) => [entry.id, entry.title, entry.layers, entry.alpha, entry.overlapF1]),
          ),
        ].join('\n'),
    '',
  ].join('\n');
}
