import { z } from 'zod';
import type { DocumentDamage } from '../damage.js';
import type { DocumentRecord } from '../document.js';
import { layerInfoSchema } from './layers.js';
import { workflowSchema } from '../workflow/steps.js';

/** A document's metadata as the API sends it (the record kept in the store). */
export const documentRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  format: z.string(),
  createdAt: z.string(),
  sourceUrl: z.string().optional(),
  byline: z.string().optional(),
  publishedAt: z.string().optional(),
  reviewUrl: z.string().optional(),
  language: z.string().optional(),
  assignment: z.object({ revealed: z.boolean() }).optional(),
  answerKey: z.string().optional(),
  deletedAt: z.string().optional(),
  layerNames: z.record(z.string(), z.string()).optional(),
  removedLayers: z.array(z.string()).optional(),
  workflow: workflowSchema.optional(),
  publication: z.object({ slug: z.string(), publishedAt: z.string(), showAuthors: z.boolean() }).optional(),
  // Collections (corpus issue).
  collections: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  // Versions of a story, and an article fetched from its address.
  story: z.object({ id: z.string(), version: z.number() }).optional(),
  fetched: z.object({ at: z.string(), digest: z.string() }).optional(),
}) satisfies z.ZodType<DocumentRecord>;

/** Fields of the stored record that the schema above does not name: none, or this fails to compile (the answer would not carry them). */
type UnsentRecordFields = Exclude<keyof DocumentRecord, keyof z.infer<typeof documentRecordSchema>>;
const everyRecordFieldSent: [UnsentRecordFields] extends [never] ? true : UnsentRecordFields = true;
void everyRecordFieldSent;

/** Damage found in a document's stored history, shown to owners. */
export const documentDamageSchema = z.object({
  updates: z.number().nullable(),
  problems: z.array(z.string()),
}) satisfies z.ZodType<DocumentDamage>;

/** A document as listed; owners also see damage the server found in its stored history. */
export const listedDocumentSchema = documentRecordSchema.extend({ damaged: documentDamageSchema.optional() });
export type ListedDocument = z.infer<typeof listedDocumentSchema>;

/** `GET /api/documents`. */
export const documentListSchema = z.object({ documents: z.array(listedDocumentSchema) });

/** `GET /api/documents/:id`: the record, the layer the caller works in, and the layers they may open. */
/** A Word document or PDF imported: the new document, what its article left out, and its comments kept as notes on marks. */
export const importedFileSchema = documentRecordSchema.extend({
  dropped: z.array(z.string()),
  notes: z.object({ imported: z.number(), unanchored: z.array(z.string()) }),
});

export const documentViewSchema = listedDocumentSchema.extend({
  workingLayer: z.string(),
  layers: z.array(layerInfoSchema),
});
export type DocumentView = z.infer<typeof documentViewSchema>;

/**
 * `POST /api/documents` (answered 201 with the record). `content` is
 * checked by the import of its format: text for the article formats, a
 * factmark export (text or JSON) for `factmark`.
 */
export const createDocumentRequestSchema = z.object({
  format: z.string(),
  // Left out for `format: 'url'`.
  content: z.unknown().optional(),
  title: z.string().optional(),
  /** With `format: 'url'`: the article's address, fetched by the server. */
  url: z.string().optional(),
});
export type CreateDocumentRequest = z.infer<typeof createDocumentRequestSchema>;

/** `PATCH /api/documents/:id` (owners): a new title, and or the assignment (null: not an assignment any more). */
export const changeDocumentRequestSchema = z
  .object({
    title: z.string().optional(),
    assignment: z.object({ revealed: z.boolean() }).nullable().optional(),
    // The article's source and where the desk publishes its review: checked by the document's own rules; null clears.
    sourceUrl: z.string().nullable().optional(),
    publishedAt: z.string().nullable().optional(),
    reviewUrl: z.string().nullable().optional(),
    // The claim workflow's steps as this desk names and orders them (each step once); null goes back to the default.
    workflow: workflowSchema.nullable().optional(),
    // Collections (corpus issue): the whole list of collection ids, and of tags; owners and editors may set these.
    collections: z.array(z.string().max(64)).max(100).optional(),
    tags: z.array(z.string().max(200)).max(100).optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message: 'Give a "title", an "assignment", a "sourceUrl", a "publishedAt", a "reviewUrl", a "workflow", "collections" or "tags"',
  });
export type ChangeDocumentRequest = z.infer<typeof changeDocumentRequestSchema>;
