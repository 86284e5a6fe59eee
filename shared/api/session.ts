import { z } from 'zod';
import { roleSchema } from '../access.js';

/** `GET /api/session`: what the server says of the current token. */
export const sessionSchema = z.object({
  role: roleSchema,
  /** The document the token opens, or `*`. */
  doc: z.string(),
  tokenId: z.string(),
  /** When the token expires, seconds since the epoch, or null. */
  expiresAt: z.number().nullable(),
  /** The name the invitation was made for, if it names a person. */
  name: z.string().nullable(),
});
export type SessionInfo = z.infer<typeof sessionSchema>;

/** `PUT /api/session/name`: the name this token's holder is shown under. */
export const setNameRequestSchema = z.object({ name: z.string() });
/** The name as kept (trimmed). */
export const setNameResponseSchema = z.object({ name: z.string() });
