import { documentPeopleSchema, workSchema } from '../../../shared/api/index.js';
import { assignedClaims, documentPeople } from '../../Work.js';
import { requireDocument, type ApiCall } from '../ApiCall.js';
import { sendBody } from '../errors.js';

/** `GET /api/work`: the claims assigned to the caller across the documents they read, newest first. */
export async function getWork({ response, context }: ApiCall): Promise<void> {
  sendBody(response, 200, workSchema, { claims: await assignedClaims(context.documents, context.claims) });
}

/** `GET /api/documents/:id/people`: who has access to the document, to assign claims to. */
export async function listPeople({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  requireDocument(context.claims, id);
  await context.documents.get(id);
  sendBody(response, 200, documentPeopleSchema, { people: await documentPeople(context.invites, context.identities, id) });
}
