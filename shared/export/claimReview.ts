import type { Verdict } from '../annotation.js';
import { allAnnotations, type ExportedAnnotation, type ExportModel } from './model.js';
import { stringifyJsonLd } from './jsonLd.js';
import { isCheckedStep } from '../workflow/steps.js';

/** The organisation that publishes the fact-checks: every review's author, configured once for the server. */
export interface Organisation {
  name: string;
  /** Its home page. */
  url?: string;
  /** The address of its logo image. */
  logo?: string;
}

/** Who publishes the fact-checks. */
export interface ClaimReviewOptions {
  organisation: Organisation;
}

/** A claim left out of the ClaimReview export, and why. */
export interface SkippedClaim {
  id: string;
  quote: string;
  reason: string;
}

/** What a ClaimReview export holds, what it left out and what a publisher should fix first. */
export interface ClaimReviewExport {
  json: string;
  reviews: number;
  skipped: SkippedClaim[];
  /** Fields Google recommends that the export could not fill, and why, in words for a person. */
  warnings: string[];
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

/** The anchor of a claim in the published fact-check: `#claim-<id>`. */
export function claimAnchor(id: string): string {
  return `claim-${id}`;
}

/**
 * schema.org ClaimReview JSON-LD for every claim with a verdict, to paste
 * into the page where the desk publishes its fact-check (the document's
 * `reviewUrl`, each review's `url` that address with the claim's single
 * `#claim-…` anchor). Google's required fields (claimReviewed, reviewRating
 * with alternateName, url) are always filled, and its recommended ones
 * where factmark knows them: the organisation as author (name, url, logo),
 * `datePublished` when the verdict was last set, the public summary as
 * `reviewBody` (internal notes never leave), and the claim's author (the
 * attribution linked to it), appearance and date (the article's source URL
 * and publication date). A claim that cannot have the required fields is
 * skipped with the reason; what is missing is listed as warnings.
 */
export function toClaimReview(model: ExportModel, options: ClaimReviewOptions): ClaimReviewExport {
  const { record } = model;
  const { organisation } = options;
  const annotations = allAnnotations(model);
  const skipped: SkippedClaim[] = [];
  const reviews: object[] = [];
  const verdictSetAt = new Map<ExportedAnnotation, string>();
  for (const layer of model.layers)
    for (const annotation of layer.annotations) {
      const at = layer.verdictSetAt?.get(annotation.id);
      if (at !== undefined) verdictSetAt.set(annotation, at);
    }
  // The first named attribution linking to each claim, found in one pass.
  const attributionOf = new Map<string, ExportedAnnotation>();
  for (const other of annotations) {
    if (other.kind !== 'attribution' || other.speaker.name.trim() === '') continue;
    for (const link of other.links) if (!attributionOf.has(link)) attributionOf.set(link, other);
  }
  const author = {
    '@type': 'Organization',
    name: organisation.name,
    ...(organisation.url === undefined ? {} : { url: organisation.url }),
    ...(organisation.logo === undefined ? {} : { logo: { '@type': 'ImageObject', url: organisation.logo } }),
  };
  let withoutAuthor = 0;
  let withoutSummary = 0;
  for (const claim of annotations) {
    if (claim.kind !== 'claim') continue;
    const reason = skipReason(claim, record.reviewUrl);
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
    } else withoutAuthor++;
    if (record.publishedAt !== undefined) itemReviewed['datePublished'] = record.publishedAt;
    if (record.sourceUrl !== undefined) {
      const appearance = {
        '@type': 'CreativeWork',
        url: record.sourceUrl,
        ...(record.publishedAt === undefined ? {} : { datePublished: record.publishedAt }),
      };
      itemReviewed['appearance'] = appearance;
      itemReviewed['firstAppearance'] = appearance;
    }
    const summary = claim.summary.trim();
    if (summary === '') withoutSummary++;
    reviews.push({
      '@context': 'https://schema.org',
      '@type': 'ClaimReview',
      url: `${record.reviewUrl ?? ''}#${claimAnchor(claim.id)}`,
      claimReviewed: claim.quote.replace(/\s+/g, ' ').trim(),
      reviewRating: {
        '@type': 'Rating',
        ratingValue: rating.value,
        bestRating: 5,
        worstRating: 1,
        alternateName: rating.name,
        name: rating.name,
      },
      itemReviewed,
      author,
      // The verdict's date: a later edit of a note does not republish the fact-check.
      datePublished: (verdictSetAt.get(claim) ?? claim.updatedAt ?? claim.createdAt).slice(0, 10),
      ...(summary === '' ? {} : { reviewBody: summary }),
    });
  }
  return {
    json: stringifyJsonLd(reviews),
    reviews: reviews.length,
    skipped,
    warnings: warningsOf(model, options, withoutAuthor, withoutSummary),
  };
}

function skipReason(claim: ExportedAnnotation, reviewUrl: string | undefined): string | null {
  if (claim.verdict === 'unverified') return 'no verdict yet';
  // What the desk has not approved at the second check is not published, here as on the public page.
  if (!isCheckedStep(claim.checkStatus)) return 'its verdict is not yet approved at the second check';
  if (claim.quote.trim() === '') return 'the claim has no text (claimReviewed would be empty)';
  if (claim.status === 'orphaned') return 'its text was deleted from the article';
  if (reviewUrl === undefined)
    return 'the document has no address where its fact-check is published (review URL), so no review can have a url';
  return null;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What Google recommends that the export left out, document by document and counted over the claims. */
function warningsOf(model: ExportModel, options: ClaimReviewOptions, withoutAuthor: number, withoutSummary: number): string[] {
  const { record } = model;
  const warnings: string[] = [];
  if (record.reviewUrl === undefined)
    warnings.push('Set the address where the fact-check is published (the document’s review URL): without it no claim can be reviewed.');
  if (options.organisation.url === undefined)
    warnings.push('The organisation has no URL (FACTMARK_ORGANISATION_URL): each review’s author.url is left out.');
  if (options.organisation.logo === undefined)
    warnings.push('The organisation has no logo (FACTMARK_ORGANISATION_LOGO): each review’s author.logo is left out.');
  if (record.sourceUrl === undefined) warnings.push('The article has no source URL: itemReviewed.appearance is left out.');
  if (record.publishedAt === undefined) warnings.push('The article has no publication date: itemReviewed.datePublished is left out.');
  if (withoutAuthor > 0)
    warnings.push(
      `${plural(withoutAuthor, 'claim has', 'claims have')} no attribution naming who made it: itemReviewed.author is left out.`,
    );
  if (withoutSummary > 0)
    warnings.push(
      `${plural(withoutSummary, 'claim has', 'claims have')} no public summary: reviewBody is left out (internal notes are never published).`,
    );
  return warnings;
}
