import { canOpenDocument } from '../../../shared/access.js';
import {
  changeCollectionRequestSchema,
  collectionListSchema,
  collectionRecordSchema,
  createCollectionRequestSchema,
  deletedCollectionSchema,
} from '../../../shared/api/index.js';
import { requireOwner, type ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { sendBody } from '../errors.js';

/**
 * `GET /api/collections`: the collections, with how many documents each
 * holds, counting those the token opens (anyone with a token: the list
 * filters by them). A token for one document sees only the collections that
 * hold it, not the names and sizes of the rest.
 */
export async function listCollections({ response, context }: ApiCall): Promise<void> {
  const { claims } = context;
  const collections = await context.documents.collections.list({ counts: (id) => canOpenDocument(claims, id), all: claims.doc === '*' });
  sendBody(response, 200, collectionListSchema, { collections });
}

/** `POST /api/collections` (owners): makes a collection. */
export async function createCollection({ request, response, context }: ApiCall): Promise<void> {
  requireOwner(context.claims, 'make a collection');
  const body = await readBody(request, createCollectionRequestSchema, 16 * 1024);
  sendBody(response, 201, collectionRecordSchema, await context.documents.collections.create(body));
}

/** `PATCH /api/collections/:id` (owners): renames a collection, or changes its description. */
export async function changeCollection({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'change a collection');
  const body = await readBody(request, changeCollectionRequestSchema, 16 * 1024);
  sendBody(response, 200, collectionRecordSchema, await context.documents.collections.change(id, body));
}

/** `DELETE /api/collections/:id` (owners): deletes a collection; its documents stay, out of it. */
export async function deleteCollection({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'delete a collection');
  sendBody(response, 200, deletedCollectionSchema, await context.documents.collections.delete(id));
}
