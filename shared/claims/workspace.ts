import type * as Y from 'yjs';
import type { ReviewedClaim } from '../api/claims.js';
import { listActivity } from '../activity.js';
import { readLayer } from '../annotation.js';

/** The client route of a mark: `#/d/<document>/m/<mark>`. */
export function markLink(document: string, mark: string): string {
  return `#/d/${encodeURIComponent(document)}/m/${encodeURIComponent(mark)}`;
}

/**
 * The claims marked in one layer of a document, for the claims database:
 * each with its quote, verdict, the speaker of the first named attribution
 * linked to it, who last set its verdict and when (from the layer's
 * history; else its author and last change). Entries that cannot be read
 * are left out, as every reader does.
 */
export function claimsOfLayer(documentId: string, layer: Y.Doc): ReviewedClaim[] {
  const { annotations } = readLayer(layer);
  const speakerOf = new Map<string, string>();
  for (const annotation of annotations) {
    if (annotation.kind !== 'attribution' || annotation.speaker.name.trim() === '') continue;
    for (const link of annotation.links) if (!speakerOf.has(link)) speakerOf.set(link, annotation.speaker.name.trim());
  }
  // Newest first: the first verdict change met per mark is its last.
  const verdictSet = new Map<string, { by: string; at: string }>();
  for (const entry of listActivity(layer))
    if (entry.action === 'changed' && entry.fields.includes('verdict') && !verdictSet.has(entry.annotationId))
      verdictSet.set(entry.annotationId, { by: entry.by.name, at: entry.at });
  const claims: ReviewedClaim[] = [];
  for (const annotation of annotations) {
    const quote = annotation.quote.replace(/\s+/g, ' ').trim();
    if (annotation.kind !== 'claim' || quote === '') continue;
    const set = verdictSet.get(annotation.id);
    claims.push({
      source: 'workspace',
      id: `${documentId}/${annotation.id}`,
      claim: quote,
      verdict: annotation.verdict,
      rating: null,
      speaker: speakerOf.get(annotation.id) ?? null,
      reviewer: set?.by ?? annotation.author.name,
      date: set?.at ?? (annotation.updatedAt || annotation.createdAt || null),
      document: documentId,
      mark: annotation.id,
      feed: null,
      link: markLink(documentId, annotation.id),
    });
  }
  return claims.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
