import type { Verdict } from '../annotation.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from './model.js';
import { stringifyJsonLd } from './jsonLd.js';

/** Who publishes the fact-checks. */
export interface ClaimReviewOptions {
  organisation: { name: string; url?: string };
  /** The URL of the document: each review's `url` is this with the claim's anchor. */
  documentUrl: string;
}

/** A claim left out of the ClaimReview export, and why. */
export interface SkippedClaim {
  id: string;
  quote: string;
  reason: string;
}

/** Verdicts on a 1–5 scale (5 true), with the name Google shows. */
const ratings: Record<Exclude<Verdict, 'unverified'>, { value: number; name: string }> = {
  true: { value: 5, name: 'True' },
  'mostly-true': { value: 4, name: 'Mostly true' },
  mixed: { value: 3, name: 'Mixed' },
  misleading: { value: 2, name: 'Misleading' },
  unsupported: { value: 2, name: 'Unsupported' },
  false: { value: 1, name: 'False' },
};

/**
 * schema.org ClaimReview JSON-LD for every claim with a verdict. Google's
 * required fields (claimReviewed, reviewRating with alternateName, url) are
 * always filled; a claim that cannot have them is skipped with the reason.
 * `itemReviewed.author` comes from the attribution that links to the claim.
 */
export function toClaimReview(model: ExportModel, options: ClaimReviewOptions): { json: string; reviews: number; skipped: SkippedClaim[] } {
  const annotations = allAnnotations(model);
  const skipped: SkippedClaim[] = [];
  const reviews: object[] = [];
  // The first named attribution linking to each claim, found in one pass.
  const attributionOf = new Map<string, ExportedAnnotation>();
  for (const other of annotations) {
    if (other.kind !== 'attribution' || other.speaker.name.trim() === '') continue;
    for (const link of other.links) if (!attributionOf.has(link)) attributionOf.set(link, other);
  }
  for (const claim of annotations) {
    if (claim.kind !== 'claim') continue;
    const reason = skipReason(claim);
    if (reason !== null) {
      skipped.push({ id: claim.id, quote: claim.quote, reason });
      continue;
    }
    const rating = ratings[claim.verdict as Exclude<Verdict, 'unverified'>];
    const attribution = attributionOf.get(claim.id);
    const itemReviewed: Record<string, unknown> = { '@type': 'Claim' };
    if (attribution !== undefined) {
      const person = attribution.sourceType === 'named' || attribution.sourceType === 'anonymous';
      itemReviewed['author'] = {
        '@type': person ? 'Person' : 'Organization',
        name: attribution.speaker.name.trim(),
        ...(attribution.speaker.role.trim() !== '' && person ? { jobTitle: attribution.speaker.role.trim() } : {}),
      };
    }
    if (model.record.publishedAt !== undefined) itemReviewed['datePublished'] = model.record.publishedAt;
    if (model.record.sourceUrl !== undefined) itemReviewed['appearance'] = { '@type': 'CreativeWork', url: model.record.sourceUrl };
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${options.documentUrl}#claim-${claim.id}`,
      claimReviewed: claim.quote.replace(/\s+/g, ' ').trim(),
      reviewRating: { '@type': 'Rating', ratingValue: rating.value, bestRating: 5, worstRating: 1, alternateName: rating.name },
      itemReviewed,
      author: {
        '@type': 'Organization',
        name: options.organisation.name,
        ...(options.organisation.url === undefined ? {} : { url: options.organisation.url }),
      },
      datePublished: (claim.updatedAt || claim.createdAt).slice(0, 10),
      ...(claim.note.trim() === '' ? {} : { reviewBody: claim.note.trim() }),
    });
  }
  return { json: stringifyJsonLd(reviews), reviews: reviews.length, skipped };
}

function skipReason(claim: ExportedAnnotation): string | null {
  if (claim.verdict === 'unverified') return 'no verdict yet';
  if (claim.quote.trim() === '') return 'the claim has no text (claimReviewed would be empty)';
  if (claim.status === 'orphaned') return 'its text was deleted from the article';
  return null;
}
