import { similarClaimsSchema, type SimilarClaim } from '../../../shared/api/claims.js';
import type { Api } from '../api.js';

export type { SimilarClaim };

/** The reviewed claims most like a text (the claim itself left out), best first: `GET /api/claims/similar`. */
export async function fetchSimilarClaims(
  api: Api,
  text: string,
  exclude: string,
  limit = 3,
  signal?: AbortSignal,
): Promise<SimilarClaim[]> {
  const query = new URLSearchParams({ text, limit: String(limit), exclude });
  const response = await api.fetch(`/api/claims/similar?${query.toString()}`, signal === undefined ? {} : { signal });
  return similarClaimsSchema.parse(await response.json()).results;
}
