import { z } from 'zod';

/** `POST /api/documents/:id/annotations`: annotations in a format (`wa`) placed onto the document's text. */
export const importAnnotationsRequestSchema = z.object({
  format: z.string(),
  /** The annotations, as text or as parsed JSON. */
  content: z.unknown(),
  /** The layer they go to; the team layer when not given. */
  layer: z.string().optional(),
});
export type ImportAnnotationsRequest = z.infer<typeof importAnnotationsRequestSchema>;

/** What importing annotations did. */
export const annotationImportReportSchema = z.object({
  /** Annotations stored: new ones, and ones an earlier import stored (same id) updated in place. */
  imported: z.number(),
  /** Of those, the ones an earlier import had stored, updated rather than added again. */
  updated: z.number(),
  /** Placed exactly by their TextPositionSelector. */
  anchored: z.number(),
  /** Placed by their quote and context. */
  byQuote: z.number(),
  /** Kept with their quote, not placed in the text. */
  orphaned: z.number(),
  /** Not imported: no selector factmark can use. */
  refused: z.number(),
  /** Why each orphan could not be placed. */
  unanchored: z.array(z.string()),
  /** Why each refused annotation was refused. */
  refusals: z.array(z.string()),
});
export type AnnotationImportReport = z.infer<typeof annotationImportReportSchema>;
