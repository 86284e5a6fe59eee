import { z } from 'zod';
import { roleSchema } from '../access.js';

/** An invitation link as the server lists it. */
export const inviteSchema = z.object({
  /** The id of the invite's token. */
  jti: z.string(),
  /** The document it opens, or `*` for every document (the start link). */
  docId: z.string(),
  role: roleSchema,
  /** Who it is for, as the owner wrote it. */
  label: z.string(),
  createdAt: z.string(),
  expiresAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
  /** The name its holder chose to be shown under. */
  name: z.string().optional(),
  /** The private layer its holder works in, when not `p-<jti>`. */
  layer: z.string().optional(),
});
export type Invite = z.infer<typeof inviteSchema>;

/** `GET /api/invites`, `GET /api/documents/:id/invites` (owners). */
export const inviteListSchema = z.object({ invites: z.array(inviteSchema) });

/** `POST /api/documents/:id/invites` (owners). */
export const createInviteRequestSchema = z.object({
  role: roleSchema,
  /** Who the link is for, as owners will see it. */
  label: z.string().optional(),
  /** How long the link works: `30m`, `12h`, `7d`, `2w`; none or null: no expiry. */
  expiresIn: z.string().nullable().optional(),
});
export type CreateInviteRequest = z.infer<typeof createInviteRequestSchema>;

/** The link made (answered 201): the record, its token, and the URL that carries it. */
export const issuedInviteSchema = z.object({ invite: inviteSchema, token: z.string(), url: z.string() });
export type IssuedInvite = z.infer<typeof issuedInviteSchema>;

/** `DELETE …/invites/:jti`: the invite as revoked. */
export const revokedInviteSchema = z.object({ invite: inviteSchema });
