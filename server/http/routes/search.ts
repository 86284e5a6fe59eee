import { parseInput, searchAnswerSchema, searchQuerySchema } from '../../../shared/api/index.js';
import type { ApiCall } from '../ApiCall.js';
import { sendBody } from '../errors.js';

/** `GET /api/search?q=…&kind=…`: text and marks across every document the token may read. */
export async function searchDocuments({ url, response, context }: ApiCall): Promise<void> {
  const query = parseInput(searchQuerySchema, Object.fromEntries(url.searchParams), 'The search');
  sendBody(response, 200, searchAnswerSchema, await context.search.search(query, context.claims));
}
