import { stringify } from 'csv-stringify/sync';
import { allAnnotations, type ExportModel } from './model.js';

/** The columns of the CSV export, in order. */
export const csvColumns = [
  'layer',
  'id',
  'kind',
  'status',
  'start',
  'end',
  'quote',
  'prefix',
  'suffix',
  'author',
  'created',
  'updated',
  'note',
  'verdict',
  'evidence',
  'speaker',
  'speaker_title',
  'source_type',
  'links',
] as const;

/**
 * One row per annotation (RFC 4180, CRLF line ends), with a UTF-8 byte order
 * mark so spreadsheets read non-ASCII text correctly. Lists (evidence, links)
 * are joined with spaces.
 */
export function toCsv(model: ExportModel): string {
  const rows = allAnnotations(model).map((annotation) => [
    annotation.layer,
    annotation.id,
    annotation.kind,
    annotation.status,
    annotation.start ?? '',
    annotation.end ?? '',
    annotation.quote,
    annotation.prefix,
    annotation.suffix,
    annotation.author.name,
    annotation.createdAt,
    annotation.updatedAt,
    annotation.note,
    annotation.kind === 'claim' ? annotation.verdict : '',
    annotation.evidence.map((link) => link.url).join(' '),
    annotation.kind === 'attribution' ? annotation.speaker.name : '',
    annotation.kind === 'attribution' ? annotation.speaker.role : '',
    annotation.kind === 'attribution' ? annotation.sourceType : '',
    annotation.links.join(' '),
  ]);
  return toCsvText([Array.from(csvColumns), ...rows]);
}

/**
 * Rows as CSV the way every factmark CSV is written: RFC 4180 with CRLF line
 * ends and a byte order mark (so spreadsheets read UTF-8). A cell holding a
 * comma, a quote or any line break is quoted, so a strict parser reads one
 * record per row; a text cell a spreadsheet would run as a formula (leading
 * `= + - @`, tab, carriage return or their fullwidth forms, as OWASP lists)
 * gets a leading apostrophe. Numbers are written as they are.
 */
export function toCsvText(rows: (string | number)[][]): string {
  return `\uFEFF${stringify(rows, {
    record_delimiter: 'windows',
    // With a record delimiter given, csv-stringify quotes only cells holding
    // that exact sequence unless told to: a bare LF or CR would end the row.
    quote_record_delimiter: true,
    escape_formulas: true,
  })}`;
}
