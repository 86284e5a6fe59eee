import { storyOf } from '../story.js';
import { CodePointOffsets } from '../codePoints.js';
import { csvColumns, csvRecords, csvRows } from './csv.js';
import { annotationInCodePoints } from './factmarkJson.js';
import { allAnnotations, type ExportModel } from './model.js';
import { annotationContext, factmarkContext, webAnnotationItems } from './webAnnotation.js';

/** The formats a corpus (many documents) exports to: JSON Lines, one Web Annotation collection, one CSV. */
export const corpusFormats = ['jsonl', 'wa', 'csv'] as const;
export type CorpusFormat = (typeof corpusFormats)[number];

/** Whether a value names a {@link CorpusFormat}. */
export function isCorpusFormat(value: string): value is CorpusFormat {
  return (corpusFormats as readonly string[]).includes(value);
}

/** The media type and file extension of each corpus format. */
export const corpusFiles: Record<CorpusFormat, { contentType: string; extension: string }> = {
  jsonl: { contentType: 'application/jsonl; charset=utf-8', extension: 'jsonl' },
  wa: { contentType: 'application/ld+json; charset=utf-8', extension: 'jsonld' },
  csv: { contentType: 'text/csv; charset=utf-8', extension: 'csv' },
};

/** One document of a corpus, written: its part of the file and how many annotations it holds. */
export interface CorpusEntry {
  text: string;
  annotations: number;
}

/**
 * One document as JSON Lines hold it: a single line (no line break inside)
 * with its record's fields, its story and version, its collections and tags, its `text` export, its
 * layers' ids and every mark with its layer, offsets in code points of that
 * text (as the single-document exports count).
 */
export function toJsonLine(model: ExportModel): string {
  const { record } = model;
  const offsets = CodePointOffsets.of(model.text);
  const line = {
    id: record.id,
    title: record.title,
    format: record.format,
    createdAt: record.createdAt,
    ...(record.sourceUrl === undefined ? {} : { sourceUrl: record.sourceUrl }),
    ...(record.byline === undefined ? {} : { byline: record.byline }),
    ...(record.publishedAt === undefined ? {} : { publishedAt: record.publishedAt }),
    ...(record.language === undefined ? {} : { language: record.language }),
    // Which story it is a version of, and which version: a document with none added is its own story's first.
    story: storyOf(record),
    collections: record.collections ?? [],
    tags: record.tags ?? [],
    text: model.text,
    layers: model.layers.map((layer) => layer.id),
    // The layer added back: the fields in the schema's order leave it out.
    marks: allAnnotations(model).map((annotation) => ({ ...annotationInCodePoints(annotation, offsets), layer: annotation.layer })),
  };
  // JSON.stringify escapes line breaks inside strings; U+2028/9 are escaped too, for readers that split on them.
  return `${JSON.stringify(line).replace(/[\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16)}`)}\n`;
}

/**
 * A document's part of a corpus file in a format, without separators (the
 * {@link CorpusWriter} adds those): a JSON line; its Web Annotations, comma
 * separated; its CSV rows, each led by the document's id.
 */
export function corpusEntry(model: ExportModel, format: CorpusFormat, options: { publicUrl: string }): CorpusEntry {
  switch (format) {
    case 'jsonl':
      return { text: toJsonLine(model), annotations: allAnnotations(model).length };
    case 'wa': {
      const items = webAnnotationItems(model, options);
      return { text: items.map((item) => jsonLdCompact(item)).join(','), annotations: items.length };
    }
    case 'csv': {
      const rows = csvRows(model, options).map((row) => [model.record.id, ...row]);
      return { text: csvRecords(rows), annotations: rows.length };
    }
  }
}

/** JSON-LD in one line, `<`, `>`, `&`, U+2028 and U+2029 escaped as `stringifyJsonLd` does. */
function jsonLdCompact(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * Writes a corpus file in pieces, one document at a time, so no more than
 * one document's part is ever held: {@link head}, then {@link entry} per
 * document, then {@link tail}. Pure: the pieces are the caller's to write.
 */
export class CorpusWriter {
  readonly format: CorpusFormat;
  private readonly options: { publicUrl: string; id: string; label: string };
  private annotations = 0;

  /** `id` is the IRI of the collection (Web Annotation), `label` its name. */
  constructor(format: CorpusFormat, options: { publicUrl: string; id: string; label: string }) {
    this.format = format;
    this.options = options;
  }

  /** What the file starts with: the collection's opening (Web Annotation), the header row with a `document` column first (CSV). */
  head(): string {
    switch (this.format) {
      case 'jsonl':
        return '';
      case 'csv':
        return `\uFEFF${csvRecords([['document', ...csvColumns]])}`;
      case 'wa': {
        const { id, label } = this.options;
        const opening = jsonLdCompact({
          '@context': [annotationContext, factmarkContext],
          id,
          type: 'AnnotationCollection',
          label,
          first: { id: `${id}#page1`, type: 'AnnotationPage', startIndex: 0 },
        });
        // Cut before the page's closing braces: the items go inside it, the total after it.
        return `${opening.slice(0, -2)},"items":[`;
      }
    }
  }

  /** A document's part, with what separates it from the one before. */
  entry(entry: CorpusEntry): string {
    const before = this.format === 'wa' && this.annotations > 0 && entry.annotations > 0 ? ',' : '';
    this.annotations += entry.annotations;
    return before + entry.text;
  }

  /** What the file ends with: the Web Annotation collection's total and closing. */
  tail(): string {
    return this.format === 'wa' ? `]},"total":${this.annotations}}\n` : '';
  }

  /** Annotations written so far. */
  get total(): number {
    return this.annotations;
  }
}
