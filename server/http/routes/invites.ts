import type { z } from 'zod';
import type { inviteSchema } from '../../../shared/api/index.js';
import { createInviteRequestSchema, inviteListSchema, issuedInviteSchema, revokedInviteSchema } from '../../../shared/api/index.js';
import type { InviteRecord } from '../../store/Store.js';
import { parseDuration } from '../../duration.js';
import { requireOwner, type ApiCall } from '../ApiCall.js';
import { readBody } from '../body.js';
import { sendBody } from '../errors.js';

/** Fields of a stored invite the API's schema does not name: none, or this fails to compile (clients would not be told of them). */
type UnsentInviteFields = Exclude<keyof InviteRecord, keyof z.infer<typeof inviteSchema>>;
const everyInviteFieldSent: [UnsentInviteFields] extends [never] ? true : UnsentInviteFields = true;
void everyInviteFieldSent;

/** `GET /api/invites` (owners): every link, those to all documents (the start link) included. */
export async function listAllInvites({ response, context }: ApiCall): Promise<void> {
  requireOwner(context.claims, 'manage invitation links');
  sendBody(response, 200, inviteListSchema, { invites: await context.invites.listAll() });
}

/** `DELETE /api/invites/:jti` (owners): revokes any link. */
export async function revokeAnyInvite({ response, context }: ApiCall, { jti = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'manage invitation links');
  sendBody(response, 200, revokedInviteSchema, { invite: await context.invites.revoke(null, jti) });
}

/** `GET /api/documents/:id/invites` (owners): the document's links. */
export async function listInvites({ response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'manage invitation links');
  await context.documents.get(id);
  sendBody(response, 200, inviteListSchema, { invites: await context.invites.list(id) });
}

/** `POST /api/documents/:id/invites` (owners): makes a link for a role. */
export async function createInvite({ request, response, context }: ApiCall, { id = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'manage invitation links');
  await context.documents.get(id);
  const body = await readBody(request, createInviteRequestSchema, 64 * 1024);
  const expires = body.expiresIn;
  const issued = await context.invites.create(id, body.role, {
    publicUrl: context.publicUrl,
    ...(body.label === undefined ? {} : { label: body.label }),
    ...(typeof expires === 'string' && expires !== '' ? { expiresIn: parseDuration(expires, 'expiresIn') } : {}),
  });
  sendBody(response, 201, issuedInviteSchema, issued);
}

/** `DELETE /api/documents/:id/invites/:jti` (owners): revokes one of the document's links. */
export async function revokeInvite({ response, context }: ApiCall, { id = '', jti = '' }: Record<string, string>): Promise<void> {
  requireOwner(context.claims, 'manage invitation links');
  await context.documents.get(id);
  sendBody(response, 200, revokedInviteSchema, { invite: await context.invites.revoke(id, jti) });
}
