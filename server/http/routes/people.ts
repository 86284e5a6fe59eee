import { isBlindStudent } from '../../../shared/access.js';
import { peopleListSchema, type DocumentPerson } from '../../../shared/api/index.js';
import { holderName } from '../../Identities.js';
import { isActive } from '../../Invites.js';
import { requireDocument, type ApiCall } from '../ApiCall.js';
import { sendBody } from '../errors.js';

/**
 * `GET /api/documents/:id/people` (anyone the token lets open it): the
 * holders of the document's working links and of the links to every
 * document, and the caller, by the names the server holds: whom a reply may
 * mention. A student working blind is offered the people running the
 * assignment, not classmates.
 */
export async function listPeople({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  const { claims } = context;
  requireDocument(claims, id);
  const record = await context.documents.get(id);
  const me = await context.identities.person(claims);
  const people = new Map<string, DocumentPerson>([[me.jti, { id: me.jti, name: me.name, role: me.role }]]);
  const blind = isBlindStudent(claims, record);
  for (const invite of await context.invites.listAll()) {
    if ((invite.docId !== id && invite.docId !== '*') || !isActive(invite) || people.has(invite.jti)) continue;
    if (blind && invite.role === 'annotator') continue;
    people.set(invite.jti, { id: invite.jti, name: holderName(invite), role: invite.role });
  }
  sendBody(response, 200, peopleListSchema, { people: [...people.values()].sort((a, b) => a.name.localeCompare(b.name)) });
}
