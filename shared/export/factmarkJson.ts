import { Node } from 'prosemirror-model';
import { z } from 'zod';
import { annotationSchema } from '../annotation/schema.js';
import { ImportError } from '../errors.js';
import { articleSchema } from '../schema.js';
import type { ExportedAnnotation, ExportModel } from './model.js';

/** The version of the factmark JSON format this code writes and reads. */
export const factmarkFormatVersion = 1;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, _ or -');

/**
 * An annotation as factmark JSON holds it: every field of the annotation
 * schema (so a new field is written and read with no change here), its
 * anchors replaced by where it is in the `text` (offsets, null for an orphan).
 */
export const exportedAnnotationSchema = annotationSchema
  .omit({ start: true, end: true })
  .extend({
    id: idSchema,
    status: z.enum(['anchored', 'orphaned']),
    start: z.number().int().min(0).nullable(),
    end: z.number().int().min(0).nullable(),
  })
  .refine((annotation) => (annotation.start === null) === (annotation.end === null), 'start and end must both be numbers or both be null')
  .refine(
    (annotation) => annotation.start === null || annotation.end === null || annotation.start < annotation.end,
    'start must be before end',
  );

const factmarkSchema = z.object({
  format: z.literal('factmark'),
  version: z.literal(factmarkFormatVersion),
  document: z.object({
    id: idSchema,
    title: z.string().min(1).max(300),
    format: z.string().max(32),
    createdAt: z.string().max(64),
    sourceUrl: z.string().max(2000).optional(),
    byline: z.string().max(500).optional(),
    publishedAt: z.string().max(64).optional(),
    language: z.string().max(35).optional(),
  }),
  content: z.object({ type: z.literal('doc') }).passthrough(),
  text: z.string(),
  layers: z.array(z.object({ id: idSchema, annotations: z.array(exportedAnnotationSchema).max(100_000) })).max(1000),
});

/** A factmark JSON file, read and checked. */
export interface FactmarkDocument {
  record: ExportModel['record'];
  doc: Node;
  text: string;
  layers: { id: string; annotations: ExportedAnnotation[] }[];
}

/** The lossless export: the document, its metadata and every layer's annotations with offsets. */
export function toFactmarkJson(model: ExportModel): string {
  const { id, title, format, createdAt, sourceUrl, byline, publishedAt, language } = model.record;
  return `${JSON.stringify(
    {
      format: 'factmark',
      version: factmarkFormatVersion,
      document: { id, title, format, createdAt, sourceUrl, byline, publishedAt, language },
      content: model.doc.toJSON(),
      text: model.text,
      layers: model.layers.map((layer) => ({
        id: layer.id,
        annotations: layer.annotations.map(({ layer: _layer, ...annotation }) => annotation),
      })),
    },
    null,
    2,
  )}\n`;
}

/** Describes the first problems zod found, each with where it is: `layers[0].annotations[3].kind: …`. */
export function describeIssues(error: z.ZodError, limit = 5): string {
  const issues = error.issues
    .slice(0, limit)
    .map((issue) => `${issue.path.length > 0 ? formatPath(issue.path) : '(top level)'}: ${issue.message}`);
  const more = error.issues.length > limit ? ` (and ${error.issues.length - limit} more)` : '';
  return issues.join('; ') + more;
}

function formatPath(path: PropertyKey[]): string {
  return path.map((part, index) => (typeof part === 'number' ? `[${part}]` : `${index > 0 ? '.' : ''}${String(part)}`)).join('');
}

/**
 * Reads a factmark JSON file. Throws an ImportError naming what is wrong and
 * where: malformed JSON, a missing or wrongly typed field, content outside the
 * article schema, or offsets that do not fit the text.
 */
export function fromFactmarkJson(input: string | unknown): FactmarkDocument {
  let json: unknown = input;
  if (typeof input === 'string') {
    try {
      json = JSON.parse(input);
    } catch (error) {
      throw new ImportError('parse', `The factmark file is not valid JSON: ${(error as Error).message}`);
    }
  }
  const parsed = factmarkSchema.safeParse(json);
  if (!parsed.success) throw new ImportError('parse', `The factmark file is not valid: ${describeIssues(parsed.error)}`);
  const data = parsed.data;
  let doc: Node;
  try {
    doc = Node.fromJSON(articleSchema, data.content);
    doc.check();
  } catch (error) {
    throw new ImportError('parse', `The factmark file's content does not fit the article schema: ${(error as Error).message}`);
  }
  data.layers.forEach((layer, layerIndex) =>
    layer.annotations.forEach((annotation, index) => {
      if (annotation.end !== null && annotation.end > data.text.length) {
        throw new ImportError(
          'parse',
          `layers[${layerIndex}].annotations[${index}].end: ${annotation.end} is past the end of the text (${data.text.length}).`,
        );
      }
    }),
  );
  const { document } = data;
  const record: ExportModel['record'] = { id: document.id, title: document.title, format: document.format, createdAt: document.createdAt };
  for (const key of ['sourceUrl', 'byline', 'publishedAt', 'language'] as const) {
    const value = document[key];
    if (value !== undefined) record[key] = value;
  }
  return {
    record,
    doc,
    text: data.text,
    layers: data.layers.map((layer) => ({
      id: layer.id,
      annotations: layer.annotations.map((annotation) => ({ ...annotation, layer: layer.id })),
    })),
  };
}
