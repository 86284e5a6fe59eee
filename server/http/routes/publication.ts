import { canOpenDocument, type TokenClaims } from '../../../shared/access.js';
import { documentRecordSchema, publishedSchema, publishRequestSchema, type PublishRequest } from '../../../shared/api/index.js';
import type { ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { HttpError, sendBody } from '../errors.js';

/** Throws 403 unless the token is an owner's or an editor's that opens the document: they publish, no one else. */
function requirePublisher(claims: TokenClaims, id: string): void {
  if (!canOpenDocument(claims, id) || (claims.role !== 'owner' && claims.role !== 'editor'))
    throw new HttpError(403, 'Forbidden', 'Only an owner or an editor of this document may publish or unpublish it.');
}

/** `POST /api/documents/:id/publish` (owners, editors) `{showAuthors?}`: renders and stores the public page → `{url, slug, …}`. */
export async function publishDocument({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requirePublisher(claims, id);
  // A body is optional: `curl -X POST` publishes with the last choices.
  const body: PublishRequest =
    request.headers['content-type'] === undefined && (request.headers['content-length'] ?? '0') === '0'
      ? {}
      : await readBody(request, publishRequestSchema, 4 * 1024);
  const published = await documents.publish(id, {
    publicUrl: context.publicUrl,
    organisation: context.organisation,
    ...(body.showAuthors === undefined ? {} : { showAuthors: body.showAuthors }),
  });
  sendBody(response, 200, publishedSchema, published);
}

/** `DELETE /api/documents/:id/publish` (owners, editors): the public page goes at once; answers the new record. */
export async function unpublishDocument({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { documents, claims } = context;
  requirePublisher(claims, id);
  sendBody(response, 200, documentRecordSchema, await documents.unpublish(id));
}
