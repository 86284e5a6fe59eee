import { z } from 'zod';

/** One entry an export, report or comparison left out, as its `X-Factmark-Skipped` header lists them. */
export const skippedSchema = z.object({
  id: z.string(),
  reason: z.string(),
  /** The layer of a damaged entry; none for a claim a ClaimReview cannot hold. */
  layer: z.string().optional(),
  /** A skipped claim's words, cut short: an id alone does not tell a desk which claim it is. */
  quote: z.string().optional(),
});
export type Skipped = z.infer<typeof skippedSchema>;

/** The `X-Factmark-Skipped` header's JSON. */
export const skippedListSchema = z.array(skippedSchema);
