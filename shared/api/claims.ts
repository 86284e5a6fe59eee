import { z } from 'zod';

/** Where a reviewed claim comes from: a mark in one of the workspace's documents, or an imported ClaimReview feed. */
export const claimSources = ['workspace', 'feed'] as const;

/**
 * One claim of the claims database: a claim marked in a document (its
 * team layer), or a ClaimReview item of an imported feed.
 */
export const reviewedClaimSchema = z.object({
  source: z.enum(claimSources),
  /** `<document>/<mark>` for a mark; `<feed>#<n>` for the n-th item of a feed. */
  id: z.string(),
  /** The claim's words: the marked quote, or a ClaimReview's `claimReviewed`. */
  claim: z.string(),
  /** A mark's verdict id (`false`, `mostly-true`…), or a feed's rating as it names it (`reviewRating.alternateName`); null when it gives none. */
  verdict: z.string().nullable(),
  /** A feed's `reviewRating.ratingValue`, when it gives one. */
  rating: z.number().nullable(),
  /** Who made the claim: the speaker of the attribution linked to the mark, or `itemReviewed.author.name`. */
  speaker: z.string().nullable(),
  /** Who reviewed it: the person who last set the mark's verdict, or the feed's reviewing organisation (`author`). */
  reviewer: z.string().nullable(),
  /** When it was reviewed (ISO date or time): when the verdict was last set, or `datePublished`. */
  date: z.string().nullable(),
  /** The marked document and mark, for a workspace claim. */
  document: z.string().nullable(),
  mark: z.string().nullable(),
  /** The feed it came from, for a feed claim. */
  feed: z.string().nullable(),
  /** Where to read the review: the mark's client route `#/d/<document>/m/<mark>`, or the review's `url`. */
  link: z.string().nullable(),
});
export type ReviewedClaim = z.infer<typeof reviewedClaimSchema>;

/** `GET /api/claims/similar?text=…&limit=3[&exclude=<document>/<mark>]`: reviewed claims like a text, best first. */
export const similarClaimsSchema = z.object({
  text: z.string(),
  results: z.array(reviewedClaimSchema.extend({ score: z.number() })),
});
export type SimilarClaims = z.infer<typeof similarClaimsSchema>;
export type SimilarClaim = SimilarClaims['results'][number];

/** The query of `GET /api/claims/similar`. */
export const similarClaimsQuerySchema = z.object({
  text: z.string().trim().min(1, 'Give the claim’s text to compare (text=…).').max(10_000),
  limit: z.coerce.number().int().min(1).max(50).default(3),
  /** A mark to leave out (the claim being looked up): `<document>/<mark>`. */
  exclude: z.string().max(200).optional(),
});

/** An item of a feed that was not read, and why. */
export const unreadFeedItemSchema = z.object({
  /** Where it is in the feed: `[3]`, `@graph[2]`, `itemListElement[0]`. */
  at: z.string(),
  reason: z.string(),
});
export type UnreadFeedItem = z.infer<typeof unreadFeedItemSchema>;

/** What importing a ClaimReview feed did (`POST /api/claims/feeds?name=…`, body the JSON-LD; `npx factmark claims import`). */
export const feedImportSchema = z.object({
  /** The feed's name: claims imported again under it replace its earlier ones. */
  feed: z.string(),
  imported: z.number(),
  /** Items that could not be read (counted, never failing the import). */
  unread: z.array(unreadFeedItemSchema),
});
export type FeedImport = z.infer<typeof feedImportSchema>;

/** A feed's name: letters, digits, `.`, `_`, `-`, 1–100 of them. */
export const feedNameSchema = z
  .string()
  .regex(/^[A-Za-z0-9._-]{1,100}$/, 'A feed name is 1–100 letters, digits, dots, dashes or underscores.');

/** `GET /api/claims/feeds` (owners): the feeds imported and how many claims each holds. */
export const feedListSchema = z.object({ feeds: z.array(z.object({ feed: z.string(), claims: z.number() })) });

/** The query of `POST /api/claims/feeds`: the feed's name (default: one made from its content, so the same file imported again replaces itself). */
export const feedImportQuerySchema = z.object({ name: feedNameSchema.optional() });

/** The body of `POST /api/claims/feeds`: any JSON; the feed reader is total, so what it cannot read is reported, never refused. */
export const feedImportRequestSchema = z.unknown();
