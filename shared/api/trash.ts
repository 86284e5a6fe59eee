import { z } from 'zod';
import { documentRecordSchema } from './documents.js';

/** A document in the trash (`DELETE /api/documents/:id` answers it), and when it goes for good. */
export const trashedDocumentSchema = documentRecordSchema.extend({
  deletedAt: z.string(),
  /** ISO 8601 time after which it can no longer be restored. */
  purgeAt: z.string(),
});
export type TrashedDocument = z.infer<typeof trashedDocumentSchema>;

/** `GET /api/trash` (owners): the documents, and how many days each is kept. */
export const trashListSchema = z.object({ documents: z.array(trashedDocumentSchema), days: z.number() });
