import { z } from 'zod';
import { schemaProblem } from '../schemaProblem.js';

/** The top-level map of a layer holding its threads, keyed by the id of the mark each is under. */
export const threadsMapName = 'threads';

/** The key, in a thread's map, of its resolved/reopened state; every other key is a reply's id. */
export const threadStateKey = 'state';

/** Sizes a reply may not pass. */
export const threadLimits = {
  /** Characters of a reply's text. */
  body: 4000,
  /** People one reply mentions. */
  mentions: 50,
  id: 64,
  name: 500,
} as const;

/** A time as replies keep it: an ISO 8601 date-time. */
const time = z
  .string()
  .max(64)
  .refine((value) => /^\d{4}-\d{2}-\d{2}T/.test(value) && !Number.isNaN(Date.parse(value)), 'must be an ISO date-time');

/** A person as a thread names them: the id of their token and the name the server holds for it. */
export const threadPersonSchema = z
  .object({ id: z.string().min(1).max(threadLimits.id), name: z.string().max(threadLimits.name) })
  .strict();

/**
 * A reply under a mark. A deleted reply stays as a tombstone (no text, no
 * mentions) so the thread keeps its order and says something was removed.
 */
export const replySchema = z
  .object({
    id: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be 1–64 letters, digits, _ or -')
      .refine((id) => id !== threadStateKey, `"${threadStateKey}" is not a reply id`),
    markId: z.string().min(1).max(threadLimits.id),
    body: z.string().max(threadLimits.body),
    author: threadPersonSchema,
    createdAt: time,
    editedAt: time.nullable(),
    deleted: z.boolean(),
    /** The ids of the people it mentions. */
    mentions: z.array(z.string().min(1).max(threadLimits.id)).max(threadLimits.mentions),
  })
  .strict()
  .refine((reply) => (reply.deleted ? reply.body === '' && reply.mentions.length === 0 : reply.body.trim() !== ''), {
    message: 'a reply has text, and a deleted one has none',
    path: ['body'],
  });
export type Reply = z.infer<typeof replySchema>;
export type ThreadPerson = Reply['author'];

/** Whether a thread is resolved, and who resolved or reopened it last, when. */
export const threadStateSchema = z.object({ resolved: z.boolean(), by: threadPersonSchema, at: time }).strict();
export type ThreadState = z.infer<typeof threadStateSchema>;

/** Why a value is not a valid reply, in words, or null. */
export function replyProblem(value: unknown): string | null {
  return schemaProblem(replySchema, value);
}

/** Why a value is not a valid thread state, in words, or null. */
export function threadStateProblem(value: unknown): string | null {
  return schemaProblem(threadStateSchema, value);
}
