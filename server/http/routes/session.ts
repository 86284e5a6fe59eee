import { sessionSchema, setNameRequestSchema, setNameResponseSchema } from '../../../shared/api/index.js';
import { personNamedBy } from '../../Invites.js';
import type { ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { sendBody } from '../errors.js';

/** `GET /api/session`: what the token is, and the name its invitation was made for. */
export async function getSession({ response, context }: ApiCall): Promise<void> {
  const { claims } = context;
  // The name an invitation was made for (a student's), offered when the holder is asked for theirs.
  const invite = await context.invites.get(claims.jti);
  const name = personNamedBy(invite);
  sendBody(response, 200, sessionSchema, {
    role: claims.role,
    doc: claims.doc,
    tokenId: claims.jti,
    expiresAt: claims.exp ?? null,
    name,
  });
}

/** `PUT /api/session/name`: the name the token's holder is shown under. */
export async function setSessionName({ request, response, context }: ApiCall): Promise<void> {
  const { claims } = context;
  const body = await readBody(request, setNameRequestSchema, 4096);
  sendBody(response, 200, setNameResponseSchema, { name: await context.identities.setName(claims, body.name) });
}
