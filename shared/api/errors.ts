import { z } from 'zod';

/** Every error answer: a short title, what went wrong, and for bad input the field at fault. */
export const errorBodySchema = z.object({
  error: z.string(),
  detail: z.string(),
  /** The field of the request at fault (dotted), when the input was. */
  path: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;
