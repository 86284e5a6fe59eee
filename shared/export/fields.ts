import { annotationFields, type AnnotationKind } from '../annotation/schema.js';
import type { ExportedAnnotation } from './model.js';
import { stepLabel, type WorkflowStep } from '../workflow/steps.js';

/** A field an export shows: one of the annotation's, or where the export placed it. */
export type ExportedField = keyof ExportedAnnotation;

/**
 * One column of the annotation tables (CSV columns, HTML table columns): its
 * CSV header, its heading, the fields it shows, and its cell as text. Only
 * the kinds in `kinds` fill it; others leave it empty.
 */
export interface AnnotationColumn {
  csv: string;
  label: string;
  fields: readonly ExportedField[];
  kinds?: readonly AnnotationKind[];
  text: (annotation: ExportedAnnotation) => string | number;
}

/** A value as one cell of text: lists joined with spaces, objects by their values. */
export function cellText(value: unknown): string | number {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (Array.isArray(value)) return value.map((item) => cellText(item)).join(' ');
  if (typeof value === 'object')
    return Object.values(value as Record<string, unknown>)
      .map(cellText)
      .filter(Boolean)
      .join(' ');
  return String(value);
}

/** `sourceType` → `source_type`: how a CSV header names a field. */
function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** `sourceType` → `Source type`: how a heading names a field. */
function heading(name: string): string {
  const words = snakeCase(name).split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A column showing one field as it is. */
function plain(field: ExportedField, csv = snakeCase(field), label = heading(field)): AnnotationColumn {
  return { csv, label, fields: [field], text: (annotation) => cellText(annotation[field]) };
}

/** The columns written out: the fields whose cell is not the plain value, or whose header is not their name. */
const described: AnnotationColumn[] = [
  plain('layer'),
  plain('id'),
  plain('kind'),
  plain('status'),
  plain('start'),
  plain('end'),
  plain('quote'),
  plain('prefix'),
  plain('suffix'),
  { csv: 'author', label: 'Author', fields: ['author'], text: (annotation) => annotation.author.name },
  plain('createdAt', 'created', 'Created'),
  plain('updatedAt', 'updated', 'Updated'),
  plain('note'),
  { ...plain('verdict'), kinds: ['claim'] },
  { csv: 'evidence', label: 'Evidence', fields: ['evidence'], text: (annotation) => annotation.evidence.map((link) => link.url).join(' ') },
  { csv: 'speaker', label: 'Speaker', fields: ['speaker'], kinds: ['attribution'], text: (annotation) => annotation.speaker.name },
  {
    csv: 'speaker_title',
    label: 'Speaker’s title',
    fields: ['speaker'],
    kinds: ['attribution'],
    text: (annotation) => annotation.speaker.role,
  },
  { ...plain('sourceType'), kinds: ['attribution'] },
  {
    csv: 'prior_review',
    label: 'Already checked',
    fields: ['priorReview'],
    kinds: ['claim'],
    // The earlier review's verdict and where to read it: enough to follow it from a spreadsheet.
    text: ({ priorReview }) =>
      priorReview === null
        ? ''
        : [priorReview.verdict, priorReview.reviewer, priorReview.url ?? priorReview.id].filter(Boolean).join(' — '),
  },
  plain('links'),
  // A claim's workflow: the step by its id (its meaning, whatever a document calls it), people by name.
  { ...plain('checkStatus'), kinds: ['claim'] },
  { csv: 'assignee', label: 'Assignee', fields: ['assignee'], kinds: ['claim'], text: (annotation) => annotation.assignee?.name ?? '' },
  {
    csv: 'verdict_by',
    label: 'Verdict by',
    fields: ['verdictBy'],
    kinds: ['claim'],
    text: (annotation) => annotation.verdictBy?.name ?? '',
  },
  {
    csv: 'approved_by',
    label: 'Approved by',
    fields: ['approvedBy'],
    kinds: ['claim'],
    text: (annotation) => annotation.approvedBy?.name ?? '',
  },
];

/**
 * Every column of the annotation tables, in order: those described above,
 * then one per field of the annotation schema none of them shows, as its
 * plain value. So a field added to the schema is a column of every table
 * export without a change here.
 */
export const annotationColumns: readonly AnnotationColumn[] = [
  ...described,
  ...annotationFields
    .filter((field) => field !== 'start' && field !== 'end' && !described.some((column) => column.fields.includes(field)))
    .map((field) => plain(field)),
];

/** A column's cell for an annotation: empty where the column is for other kinds. */
export function columnText(column: AnnotationColumn, annotation: ExportedAnnotation): string | number {
  return column.kinds === undefined || column.kinds.includes(annotation.kind) ? column.text(annotation) : '';
}

/**
 * The fields the reading exports (the HTML page's table, the Markdown
 * footnotes) show in their own way; the quote's cell or footnote marks an
 * orphan, so shows the status.
 */
export const readingShownFields: readonly ExportedField[] = [
  'kind',
  'quote',
  'status',
  'verdict',
  'note',
  'evidence',
  'speaker',
  'links',
  'author',
];

/** The fields the reading exports leave out, and why. */
export const readingLeftOutFields: Readonly<Partial<Record<ExportedField, string>>> = {
  layer: 'a reading copy is one list for the document; CSV and JSON say which layer',
  id: 'marks are numbered, and links name those numbers',
  start: 'the highlight or footnote in the article shows where a mark is',
  end: 'the highlight or footnote in the article shows where a mark is',
  prefix: 'context kept to find a mark again, not for reading',
  suffix: 'context kept to find a mark again, not for reading',
  createdAt: 'a reading copy shows no times; CSV and JSON keep them',
  updatedAt: 'a reading copy shows no times; CSV and JSON keep them',
  sourceType: 'the speaker is named as the article names them; CSV and JSON keep the source type',
  assignee: 'who checks a claim is the desk’s own business; CSV and JSON keep it',
  verdictBy: 'who checks a claim is the desk’s own business; CSV and JSON keep it',
  approvedBy: 'who checks a claim is the desk’s own business; CSV and JSON keep it',
};

/** Columns the reading exports add after their own: a field added to the schema is shown there with no change to them. */
export const readingExtraColumns: readonly AnnotationColumn[] = annotationColumns.filter((column) =>
  column.fields.every((field) => !readingShownFields.includes(field) && !(field in readingLeftOutFields)),
);

/** A column's cell as the reading exports (HTML, Markdown) show it: a claim's step by the name the document gives it, not its id. */
export function readingCellText(
  column: AnnotationColumn,
  annotation: ExportedAnnotation,
  workflow: readonly WorkflowStep[],
): string | number {
  if (column.fields.includes('checkStatus') && annotation.kind === 'claim') return stepLabel(workflow, annotation.checkStatus);
  return columnText(column, annotation);
}
