import {
  feedImportQuerySchema,
  feedImportSchema,
  feedListSchema,
  parseInput,
  similarClaimsQuerySchema,
  similarClaimsSchema,
} from '../../../shared/api/index.js';
import { requireOwner, type ApiCall } from '../ApiCall.js';
import { readBytes } from '../body.js';
import { sendBody } from '../errors.js';

/** The query parameters of a request as an object, for its schema. */
function queryOf(url: URL, names: readonly string[]): Record<string, string> {
  const query: Record<string, string> = {};
  for (const name of names) {
    const value = url.searchParams.get(name);
    if (value !== null) query[name] = value;
  }
  return query;
}

/**
 * `GET /api/claims/similar?text=…&limit=3[&exclude=<document>/<mark>]`: the
 * reviewed claims most like a text, best first, from the documents the
 * token may read and every imported feed.
 */
export async function similarClaims({ response, url, context }: ApiCall): Promise<void> {
  const query = parseInput(similarClaimsQuerySchema, queryOf(url, ['text', 'limit', 'exclude']), 'The query');
  const results = await context.claimsDatabase.lookup(query.text, {
    limit: query.limit,
    claims: context.claims,
    ...(query.exclude === undefined ? {} : { exclude: query.exclude }),
  });
  sendBody(response, 200, similarClaimsSchema, { text: query.text, results });
}

/**
 * `POST /api/claims/feeds[?name=N]` (owners), body a ClaimReview feed's
 * JSON-LD: imports its claims under the name, replacing those imported
 * under it before. Items it cannot read are counted and listed; only a body
 * that is not JSON at all is refused.
 */
export async function importFeed({ request, response, url, context }: ApiCall): Promise<void> {
  requireOwner(context.claims, 'import a ClaimReview feed');
  const query = parseInput(feedImportQuerySchema, queryOf(url, ['name']), 'The query');
  const text = (await readBytes(request, context.maxImportBytes)).toString('utf8');
  const report = await context.claimsDatabase.importFeedText(text, query.name);
  sendBody(response, 200, feedImportSchema, report);
}

/** `GET /api/claims/feeds` (owners): the feeds imported, with their numbers of claims. */
export async function listFeeds({ response, context }: ApiCall): Promise<void> {
  requireOwner(context.claims, 'list the ClaimReview feeds');
  sendBody(response, 200, feedListSchema, { feeds: context.claimsDatabase.feeds() });
}
