import type { Annotation, AnnotationPatch } from '../../../shared/annotation.js';
import type { Api } from '../api.js';
import { verdictLabels } from '../annotations/kinds.js';
import type { SimilarClaim } from './claimsApi.js';
import { useSimilarClaims } from './useSimilarClaims.js';

type PriorReview = NonNullable<Annotation['priorReview']>;

/** A verdict as people read it: a mark's verdict by its label, a feed's as the feed names it. */
function verdictText(claim: Pick<SimilarClaim, 'source' | 'verdict'>): string {
  if (claim.verdict === null) return 'No rating';
  return claim.source === 'workspace' ? (verdictLabels[claim.verdict as keyof typeof verdictLabels] ?? claim.verdict) : claim.verdict;
}

/** The earlier review as a claim keeps it. */
function priorReviewOf(claim: SimilarClaim): PriorReview {
  return {
    source: claim.source,
    id: claim.id,
    url: claim.link,
    claim: claim.claim.slice(0, 2000),
    verdict: claim.verdict === null ? null : verdictText(claim),
    reviewer: claim.reviewer,
  };
}

/** A link to an earlier review: a mark of the workspace opens here, a feed's review in a new tab. */
function ReviewLink({ url, children }: { url: string | null; children: string }) {
  if (url === null) return <>{children}</>;
  return url.startsWith('#/') ? (
    <a href={url}>{children}</a>
  ) : (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}

interface AlreadyCheckedProps {
  api: Api;
  documentId: string;
  annotation: Annotation;
  canEdit: boolean;
  onChange: (patch: AnnotationPatch) => void;
}

/**
 * "Already checked?": the reviewed claims most like this claim, in this
 * workspace and in imported ClaimReview feeds, with their verdict, who
 * reviewed them, when, and a link; one click links this claim to one.
 */
export function AlreadyChecked({ api, documentId, annotation, canEdit, onChange }: AlreadyCheckedProps) {
  const similar = useSimilarClaims(api, documentId, annotation.id, annotation.quote);
  const linked = annotation.priorReview;
  return (
    <section className="already-checked" aria-labelledby={`already-checked-${annotation.id}`}>
      <h2 id={`already-checked-${annotation.id}`}>Already checked?</h2>
      {linked !== null && (
        <p className="already-linked">
          Linked to an earlier review: <ReviewLink url={linked.url}>{linked.claim}</ReviewLink> — {linked.verdict ?? 'No rating'}
          {linked.reviewer !== null && <>, by {linked.reviewer}</>}.{' '}
          {canEdit && (
            <button type="button" className="link-button" onClick={() => onChange({ priorReview: null })}>
              Unlink
            </button>
          )}
        </p>
      )}
      {similar.status === 'loading' && <p className="hint">Looking for similar reviewed claims…</p>}
      {similar.status === 'failed' && <p className="hint">Similar claims could not be looked up: {similar.message}</p>}
      {similar.status === 'done' && similar.results.length === 0 && <p className="hint">No similar claim has been reviewed.</p>}
      {similar.status === 'done' && similar.results.length > 0 && (
        <ol className="similar-claims">
          {similar.results.map((claim) => {
            const isLinked = linked?.id === claim.id;
            return (
              <li key={claim.id}>
                <ReviewLink url={claim.link}>{claim.claim}</ReviewLink>
                <span className="similar-meta">
                  <strong>{verdictText(claim)}</strong>
                  {claim.reviewer !== null && <> · reviewed by {claim.reviewer}</>}
                  {claim.date !== null && <> · {claim.date.slice(0, 10)}</>}
                  {claim.source === 'feed' && claim.feed !== null && <> · feed {claim.feed}</>}
                </span>
                {canEdit && (
                  <button
                    type="button"
                    className="secondary"
                    disabled={isLinked}
                    aria-label={`${isLinked ? 'Linked' : 'Link to this review'}: “${claim.claim.slice(0, 80)}”`}
                    onClick={() => onChange({ priorReview: priorReviewOf(claim) })}
                  >
                    {isLinked ? 'Linked' : 'Link to this review'}
                  </button>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
