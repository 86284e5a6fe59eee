import { CodePointOffsets } from '../codePoints.js';
import { annotationColumns, columnText } from './fields.js';
import { replyCounts, type ExportModel } from './model.js';

/**
 * The columns of the CSV export, in order: one per column of the annotation
 * tables ({@link annotationColumns}), then `replies`, how many replies are in
 * the discussion under the mark (a number only: the discussion is internal).
 */
export const csvColumns: readonly string[] = [...annotationColumns.map((column) => column.csv), 'replies'];

/**
 * One row per annotation (RFC 4180, CRLF line ends), with a UTF-8 byte order
 * mark so spreadsheets read non-ASCII text correctly. Lists (evidence, links)
 * are joined with spaces; offsets count code points of the `text` export.
 */
export function toCsv(model: ExportModel, options: CsvOptions): string {
  return toCsvText([Array.from(csvColumns), ...csvRows(model, options)]);
}

export interface CsvOptions {
  /** The server's public address: a link to a mark of the workspace (`#/d/…`) is written from it, so it opens from a spreadsheet. */
  publicUrl: string;
}

/** The rows of {@link toCsv} without its header: one per annotation, offsets in code points. */
export function csvRows(model: ExportModel, options: CsvOptions): (string | number)[][] {
  const offsets = CodePointOffsets.of(model.text);
  // Offsets leave factmark counted in code points of the text export.
  return model.layers.flatMap((layer) => {
    const replies = replyCounts(layer);
    return layer.annotations
      .map((annotation) => ({
        ...annotation,
        start: annotation.start === null ? null : offsets.toCodePoints(annotation.start),
        end: annotation.end === null ? null : offsets.toCodePoints(annotation.end),
        priorReview: withAbsoluteUrl(annotation.priorReview, options.publicUrl),
      }))
      .map((annotation) => [...annotationColumns.map((column) => columnText(column, annotation)), replies.get(annotation.id) ?? 0]);
  });
}

/** An earlier review in the workspace is linked by its route in the app; outside it, the route needs the server's address. */
function withAbsoluteUrl(review: ExportModel['layers'][number]['annotations'][number]['priorReview'], publicUrl: string) {
  if (review === null || review.url === null || !review.url.startsWith('#/')) return review;
  return { ...review, url: `${publicUrl.replace(/\/+$/u, '')}/${review.url}` };
}

/** What a spreadsheet may run as a formula at the start of a cell, as OWASP lists it, with the fullwidth forms. */
const formulaStart = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** A plain decimal number, which a spreadsheet reads as that number whatever its sign. */
const plainNumber = /^[-+]?\d+(\.\d+)?$/;

/**
 * A text cell a spreadsheet would run as a formula gets a leading apostrophe,
 * as OWASP advises; a plain number (a negative agreement figure, say) is left
 * as it is, since it can only be read as that number.
 */
export function neutralize(cell: string | number): string | number {
  return typeof cell === 'string' && formulaStart.test(cell) && !plainNumber.test(cell) ? `'${cell}` : cell;
}

/**
 * Rows as CSV the way every factmark CSV is written: RFC 4180 with CRLF line
 * ends and a byte order mark (so spreadsheets read UTF-8). A cell holding a
 * comma, a quote or any line break is quoted, so a strict parser reads one
 * record per row; cells are {@link neutralize}d.
 */
export function toCsvText(rows: (string | number)[][]): string {
  return `\uFEFF${csvRecords(rows)}`;
}

/** What makes a cell quoted: the separator, the quote, or any line break (a bare LF or CR would end the row in some readers). */
const needsQuotes = /[",\r\n]/;
const quotes = /"/g;

/** One cell as RFC 4180 writes it: quoted, its quotes doubled, when it must be. */
function csvCell(cell: string | number): string {
  const text = typeof cell === 'number' ? String(cell) : cell;
  return needsQuotes.test(text) ? `"${text.replace(quotes, '""')}"` : text;
}

/**
 * Rows as {@link toCsvText} writes them, without the byte order mark: a part
 * of a CSV written in pieces. Each row is one string, the rows joined once,
 * so a file of n rows costs its length, not a copy of it per row.
 */
export function csvRecords(rows: (string | number)[][]): string {
  const lines = rows.map((row) => row.map((cell) => csvCell(neutralize(cell))).join(','));
  return lines.length === 0 ? '' : `${lines.join('\r\n')}\r\n`;
}
