import { isBlindStudent } from '../../../shared/access.js';
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
  const { claims } = context;
  requireDocument(claims, id);
  const record = await context.documents.get(id);
  const people = await documentPeople(context.invites, context.identities, id);
  // A student working blind learns no one else's name (as their presence reaches no one but owners).
  const shown = isBlindStudent(claims, record) ? people.filter((person) => person.id === claims.jti) : people;
  sendBody(response, 200, documentPeopleSchema, { people: shown });
}
