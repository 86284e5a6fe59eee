import { InputError } from '../../shared/api/index.js';
import { ImportError } from '../../shared/index.js';
import { DocumentLimitError, DocumentNotFoundError } from '../Documents.js';
import { InviteNotFoundError } from '../Invites.js';
import { JobTimeoutError, JobTooLargeError, JobUnavailableError } from '../jobs/WorkPool.js';
import { AnswerKeyMissingError } from '../Scoring.js';
import { StoreUnavailableError } from '../store/Store.js';
import type { ApiCall } from './ApiCall.js';
import { HttpError } from './errors.js';
import { Router, type Route } from './Router.js';
import { getAgreement, getScores, setAnswerKey } from './routes/agreement.js';
import { importFeed, listFeeds, similarClaims } from './routes/claims.js';
import { compareDocuments } from './routes/compare.js';
import { changeDocument, getDocument, listDocuments, trashDocument } from './routes/documents.js';
import { exportDocument } from './routes/exports.js';
import { createDocument, importAnnotations } from './routes/imports.js';
import { createInvite, listAllInvites, listInvites, revokeAnyInvite, revokeInvite } from './routes/invites.js';
import { changeLayer, listLayers, mergeLayer } from './routes/layers.js';
import { listPeople } from './routes/people.js';
import { getSession, setSessionName } from './routes/session.js';
import { listTrash, restoreDocument } from './routes/trash.js';
import { getWork } from './routes/work.js';
import { publishDocument, unpublishDocument } from './routes/publication.js';
// Collections and corpus exports (corpus issue).
import { CollectionNotFoundError } from '../Collections.js';
import { changeCollection, createCollection, deleteCollection, listCollections } from './routes/collections.js';
import { corpusDatasheet, exportCorpus } from './routes/corpus.js';
import { searchDocuments } from './routes/search.js';
import { addVersion, listVersions } from './routes/versions.js';

export type { ApiCall, ApiContext } from './ApiCall.js';

/** Every route of the HTTP API under `/api`; the bodies they read and answer are the schemas in `shared/api`. */
export const apiRoutes: readonly Route<ApiCall>[] = [
  { method: 'GET', pattern: '/api/session', handle: getSession },
  { method: 'PUT', pattern: '/api/session/name', handle: setSessionName },
  { method: 'GET', pattern: '/api/compare', handle: compareDocuments },
  { method: 'GET', pattern: '/api/invites', handle: listAllInvites },
  { method: 'DELETE', pattern: '/api/invites/:jti', handle: revokeAnyInvite },
  { method: 'GET', pattern: '/api/trash', handle: listTrash },
  { method: 'POST', pattern: '/api/trash/:id/restore', handle: restoreDocument },
  { method: 'GET', pattern: '/api/documents', handle: listDocuments },
  { method: 'POST', pattern: '/api/documents', handle: createDocument },
  { method: 'GET', pattern: '/api/documents/:id', handle: getDocument },
  { method: 'PATCH', pattern: '/api/documents/:id', handle: changeDocument },
  { method: 'DELETE', pattern: '/api/documents/:id', handle: trashDocument },
  { method: 'GET', pattern: '/api/documents/:id/invites', handle: listInvites },
  { method: 'POST', pattern: '/api/documents/:id/invites', handle: createInvite },
  { method: 'DELETE', pattern: '/api/documents/:id/invites/:jti', handle: revokeInvite },
  { method: 'GET', pattern: '/api/documents/:id/export', handle: exportDocument },
  { method: 'GET', pattern: '/api/documents/:id/layers', handle: listLayers },
  { method: 'PATCH', pattern: '/api/documents/:id/layers/:layer', handle: changeLayer },
  { method: 'POST', pattern: '/api/documents/:id/layers/:layer/merge', handle: mergeLayer },
  { method: 'POST', pattern: '/api/documents/:id/annotations', handle: importAnnotations },
  { method: 'PUT', pattern: '/api/documents/:id/answer-key', handle: setAnswerKey },
  { method: 'GET', pattern: '/api/documents/:id/scores', handle: getScores },
  { method: 'GET', pattern: '/api/documents/:id/agreement', handle: getAgreement },
  // Threads and the claim workflow: whom a reply may mention and a claim may be assigned to.
  { method: 'GET', pattern: '/api/documents/:id/people', handle: listPeople },
  // My work.
  { method: 'GET', pattern: '/api/work', handle: getWork },
  // Publishing: the public page itself (`/p/<slug>`) is served before authentication, in HttpEndpoint.
  { method: 'POST', pattern: '/api/documents/:id/publish', handle: publishDocument },
  { method: 'DELETE', pattern: '/api/documents/:id/publish', handle: unpublishDocument },
  // Collections and corpus exports (corpus issue).
  { method: 'GET', pattern: '/api/collections', handle: listCollections },
  { method: 'POST', pattern: '/api/collections', handle: createCollection },
  { method: 'PATCH', pattern: '/api/collections/:id', handle: changeCollection },
  { method: 'DELETE', pattern: '/api/collections/:id', handle: deleteCollection },
  { method: 'GET', pattern: '/api/export', handle: exportCorpus },
  { method: 'GET', pattern: '/api/export/datasheet', handle: corpusDatasheet },
  { method: 'GET', pattern: '/api/search', handle: searchDocuments },
  // Versions of a story.
  { method: 'GET', pattern: '/api/documents/:id/versions', handle: listVersions },
  { method: 'POST', pattern: '/api/documents/:id/versions', handle: addVersion },
  // The claims database ("already checked").
  { method: 'GET', pattern: '/api/claims/similar', handle: similarClaims },
  { method: 'GET', pattern: '/api/claims/feeds', handle: listFeeds },
  { method: 'POST', pattern: '/api/claims/feeds', handle: importFeed },
];

const router = new Router(apiRoutes);

/** Answers `/api/…` requests of an authenticated caller; errors of the caller's making come out as an {@link HttpError}. */
export async function handleApi(call: ApiCall): Promise<void> {
  const method = call.request.method ?? 'GET';
  const match = router.match(method, call.url.pathname);
  if (match === null) throw new HttpError(404, 'Not found', `No API for ${method} ${call.url.pathname}.`);
  try {
    await match.route.handle(call, match.params);
  } catch (error) {
    throw httpErrorOf(error);
  }
}

/** The answer for an error a route threw: the domain errors a caller can cause, by status; anything else is left as it is (a 500). */
export function httpErrorOf(error: unknown): unknown {
  if (error instanceof ImportError) {
    return new HttpError(error.reason === 'too-large' ? 413 : 400, 'Import refused', error.message);
  }
  if (error instanceof DocumentNotFoundError) return new HttpError(404, 'Not found', error.message);
  if (error instanceof DocumentLimitError) return new HttpError(409, 'Too many documents', error.message);
  if (error instanceof InviteNotFoundError) return new HttpError(404, 'Not found', error.message);
  if (error instanceof CollectionNotFoundError) return new HttpError(404, 'Not found', error.message);
  if (error instanceof AnswerKeyMissingError) return new HttpError(409, 'No answer key', error.message);
  if (error instanceof InputError) return new HttpError(400, 'Bad request', error.message, {}, error.path === '' ? undefined : error.path);
  if (error instanceof JobTooLargeError) return new HttpError(413, 'Too large', error.message);
  if (error instanceof JobTimeoutError) return new HttpError(503, 'Took too long', error.message);
  if (error instanceof JobUnavailableError) return new HttpError(503, 'Busy', error.message, { 'Retry-After': '5' });
  if (error instanceof StoreUnavailableError) return new HttpError(503, 'Cannot save', error.message);
  return error;
}
