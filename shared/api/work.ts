import { z } from 'zod';
import { roleSchema } from '../access.js';
import { checkSteps, verdicts } from '../annotation/schema.js';

/** Someone with access to a document, as a picker offers them: their token's id, the name they are shown under, their role. */
export const documentPersonSchema = z.object({ id: z.string(), name: z.string(), role: roleSchema });
export type DocumentPerson = z.infer<typeof documentPersonSchema>;

/** `GET /api/documents/:id/people`: who has access to the document (links not revoked or expired), to assign claims to. */
export const documentPeopleSchema = z.object({ people: z.array(documentPersonSchema) });

/** A claim assigned to the caller, as My work lists it. */
export const assignedClaimSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  layerId: z.string(),
  annotationId: z.string(),
  quote: z.string(),
  checkStatus: z.enum(checkSteps),
  /** The step's label in the document's workflow. */
  statusLabel: z.string(),
  verdict: z.enum(verdicts),
  /** When the claim last changed (its assignment included): newest first, and what "unread" compares with. */
  updatedAt: z.string(),
});
export type AssignedClaim = z.infer<typeof assignedClaimSchema>;

/**
 * `GET /api/work`: across every document the token reads, the claims
 * assigned to its holder, newest first.
 */
export const workSchema = z.object({
  claims: z.array(assignedClaimSchema),
  // Threads that mention the caller are added here by the threads work, as their own list.
});
export type Work = z.infer<typeof workSchema>;
