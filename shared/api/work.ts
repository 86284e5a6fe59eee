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

/** A reply that mentions the caller, as My work lists it. */
export const mentionSchema = z.object({
  documentId: z.string(),
  documentTitle: z.string(),
  layerId: z.string(),
  /** The mark the thread is under. */
  annotationId: z.string(),
  /** The mark's quote ('' when the mark is gone but its thread stays). */
  quote: z.string(),
  replyId: z.string(),
  author: z.object({ id: z.string(), name: z.string() }),
  /** The start of the reply's text. */
  excerpt: z.string(),
  /** When the reply was written or last edited: newest first, and what "unread" compares with. */
  updatedAt: z.string(),
});
export type Mention = z.infer<typeof mentionSchema>;

/** How many characters of a reply My work shows. */
export const mentionExcerptLength = 200;

/**
 * `GET /api/work`: across every document and layer the token reads, the
 * claims assigned to its holder and the replies that mention them, each
 * list newest first.
 */
export const workSchema = z.object({
  claims: z.array(assignedClaimSchema),
  mentions: z.array(mentionSchema),
});
export type Work = z.infer<typeof workSchema>;
