import { Node } from 'prosemirror-model';
import { workflowSchema } from '../workflow/steps.js';
import { z } from 'zod';
import { annotationSchema } from '../annotation/schema.js';
import { CodePointOffsets } from '../codePoints.js';
import { ImportError } from '../errors.js';
import { articleSchema } from '../schema.js';
import { activityActions } from '../activity.js';
import { collectionLimits, normalizeTags } from '../collection.js';
import { replySchema, threadStateSchema } from '../thread/index.js';
import type { ExportedLayer, ExportModel } from './model.js';

/** The version of the factmark JSON format this code writes and reads. */
export const factmarkFormatVersion = 1;

const idSchema = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, _ or -');

/**
 * An annotation as factmark JSON holds it: every field of the annotation
 * schema (so a new field is written and read with no change here), its
 * anchors replaced by where it is in the `text` (offsets, null for an orphan).
 */
const exportedAnnotationShape = annotationSchema.omit({ start: true, end: true }).extend({
  id: idSchema,
  status: z.enum(['anchored', 'orphaned']),
  start: z.number().int().min(0).nullable(),
  end: z.number().int().min(0).nullable(),
});

export const exportedAnnotationSchema = exportedAnnotationShape
  .refine((annotation) => (annotation.start === null) === (annotation.end === null), 'start and end must both be numbers or both be null')
  .refine(
    (annotation) => annotation.start === null || annotation.end === null || annotation.start < annotation.end,
    'start must be before end',
  );

const personSchema = annotationSchema.shape.author;

/** A line of a layer's history, a deleted annotation's copy placed like any annotation. */
const activitySchema = z.object({
  at: z.string().max(64),
  by: personSchema,
  action: z.enum(activityActions),
  annotationId: z.string().max(64),
  kind: annotationSchema.shape.kind,
  quote: annotationSchema.shape.quote,
  fields: z.array(z.string().max(64)).max(100),
  snapshot: exportedAnnotationSchema.nullable(),
  values: z.record(z.string().max(64), z.string().max(500)).optional(),
});

/** A suggestion rejected in a layer. */
const rejectionSchema = z.object({
  id: z.string().min(1).max(200),
  by: personSchema,
  at: z.string().max(64),
  kind: annotationSchema.shape.kind,
  quote: annotationSchema.shape.quote,
});

/** The discussion under a mark: its replies oldest first, and whether it was resolved. */
const threadSchema = z.object({
  markId: z.string().min(1).max(64),
  replies: z.array(replySchema).max(10_000),
  state: threadStateSchema.nullable(),
});

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
    reviewUrl: z.string().max(2000).optional(),
    assignment: z.object({ revealed: z.boolean() }).optional(),
    answerKey: idSchema.optional(),
    layerNames: z.record(idSchema, z.string().max(200)).optional(),
    workflow: workflowSchema.optional(),
    // A document's collections belong to its workspace and stay there; its tags go with it.
    tags: z.array(z.string().max(collectionLimits.tag)).max(collectionLimits.tagsPerDocument).optional(),
  }),
  content: z.object({ type: z.literal('doc') }).passthrough(),
  text: z.string(),
  layers: z
    .array(
      z.object({
        id: idSchema,
        annotations: z.array(exportedAnnotationSchema).max(100_000),
        // Files written before these were kept have none.
        history: z.array(activitySchema).max(1_000_000).default([]),
        rejectedSuggestions: z.array(rejectionSchema).max(100_000).default([]),
        threads: z.array(threadSchema).max(100_000).default([]),
      }),
    )
    .max(1000),
});

/** A factmark JSON file, read and checked. */
export interface FactmarkDocument {
  record: ExportModel['record'];
  doc: Node;
  text: string;
  layers: Required<Omit<ExportedLayer, 'damaged' | 'verdictSetAt' | 'threadDamage'>>[];
}

/** What a document holds that factmark JSON keeps beside its content: every field of its record but these. */
const recordFields = [
  'id',
  'title',
  'format',
  'createdAt',
  'sourceUrl',
  'byline',
  'publishedAt',
  'language',
  'reviewUrl',
  'assignment',
  'answerKey',
  'layerNames',
  'workflow',
  'tags',
] as const;

/** Offsets of an annotation (or a history line's copy of one) moved from one count to another. */
function withOffsets<A extends { start: number | null; end: number | null }>(annotation: A, move: (offset: number) => number): A {
  return {
    ...annotation,
    start: annotation.start === null ? null : move(annotation.start),
    end: annotation.end === null ? null : move(annotation.end),
  };
}

const annotationKeyOrder = Object.keys(exportedAnnotationShape.shape);

/** An annotation's fields in the schema's order, however it was read: the same document always gives the same file. */
function inFieldOrder<A extends object>(annotation: A): A {
  const fields = annotation as Record<string, unknown>;
  return Object.fromEntries(annotationKeyOrder.filter((key) => key in fields).map((key) => [key, fields[key]])) as A;
}

/**
 * An annotation as factmark JSON writes it: its fields in the schema's
 * order, offsets moved to code points of the text (`offsets`).
 */
export function annotationInCodePoints<A extends { start: number | null; end: number | null }>(
  annotation: A,
  offsets: CodePointOffsets,
): A {
  return inFieldOrder(withOffsets(annotation, (offset) => offsets.toCodePoints(offset)));
}

/**
 * The lossless export: the document, its metadata (with its assignment,
 * answer key and layer names), and every layer's annotations with offsets,
 * its history, its rejected suggestions and the threads under its marks. Left out: layers an owner
 * removed, when a document went to the trash, and the names of layers the
 * file does not hold (nor the answer key, when it is not one of them).
 */
export function toFactmarkJson(model: ExportModel): string {
  const document: Record<string, unknown> = Object.fromEntries(recordFields.map((key) => [key, model.record[key]]));
  // What names or points to layers the file does not hold stays out: a student's export of their own layer names no one else.
  const layers = new Set(model.layers.map((layer) => layer.id));
  const { answerKey, layerNames } = model.record;
  if (answerKey !== undefined && !layers.has(answerKey)) delete document.answerKey;
  if (layerNames !== undefined) {
    const named = Object.entries(layerNames).filter(([layer]) => layers.has(layer));
    document.layerNames = named.length === 0 ? undefined : Object.fromEntries(named);
  }
  // Offsets leave factmark counted in code points of the text.
  const offsets = CodePointOffsets.of(model.text);
  const toCodePoints = (offset: number) => offsets.toCodePoints(offset);
  return `${JSON.stringify(
    {
      format: 'factmark',
      version: factmarkFormatVersion,
      document,
      content: model.doc.toJSON(),
      text: model.text,
      layers: model.layers.map((layer) => ({
        id: layer.id,
        annotations: layer.annotations.map(({ layer: _layer, ...annotation }) => inFieldOrder(withOffsets(annotation, toCodePoints))),
        history: (layer.history ?? []).map((entry) => ({
          ...entry,
          snapshot: entry.snapshot === null ? null : inFieldOrder(withOffsets(entry.snapshot, toCodePoints)),
        })),
        rejectedSuggestions: layer.rejectedSuggestions ?? [],
        threads: layer.threads ?? [],
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
  // The file counts code points; inside factmark offsets are UTF-16 indexes.
  const offsets = CodePointOffsets.of(data.text);
  const codePoints = offsets.toCodePoints(data.text.length);
  const toUtf16 = (offset: number) => offsets.toUtf16(offset);
  const checkEnd = (end: number | null, where: string) => {
    if (end !== null && end > codePoints)
      throw new ImportError('parse', `${where}.end: ${end} is past the end of the text (${codePoints} code points).`);
  };
  data.layers.forEach((layer, layerIndex) => {
    layer.annotations.forEach((annotation, index) => checkEnd(annotation.end, `layers[${layerIndex}].annotations[${index}]`));
    // A deleted mark's copy is placed like a mark: its offsets are checked the same.
    layer.history.forEach(
      (entry, index) => entry.snapshot !== null && checkEnd(entry.snapshot.end, `layers[${layerIndex}].history[${index}].snapshot`),
    );
  });
  const { document } = data;
  if (document.tags !== undefined) {
    try {
      document.tags = normalizeTags(document.tags);
    } catch (error) {
      throw new ImportError('parse', `document.tags: ${(error as Error).message}`);
    }
  }
  const record: ExportModel['record'] = { id: document.id, title: document.title, format: document.format, createdAt: document.createdAt };
  for (const key of recordFields) {
    const value = document[key];
    if (value !== undefined) Object.assign(record, { [key]: value });
  }
  return {
    record,
    doc,
    text: data.text,
    layers: data.layers.map((layer) => ({
      id: layer.id,
      annotations: layer.annotations.map((annotation) => ({ ...withOffsets(annotation, toUtf16), layer: layer.id })),
      history: layer.history.map((entry) => ({
        ...entry,
        snapshot: entry.snapshot === null ? null : withOffsets(entry.snapshot, toUtf16),
      })),
      rejectedSuggestions: layer.rejectedSuggestions,
      threads: layer.threads,
    })),
  };
}
