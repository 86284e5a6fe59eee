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
  imported: z.number(),
  /** Annotations that could not be placed in the text: kept as orphans, and listed here. */
  unanchored: z.array(z.string()),
});
export type AnnotationImportReport = z.infer<typeof annotationImportReportSchema>;
