import { z } from 'zod';
import { checkSteps, verdicts } from '../annotation/schema.js';

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
