import { z } from 'zod';

/** `GET /api/compare?a=ID&b=ID[&format=json|html|text]`: two documents compared as versions of one story. */
export const compareQuerySchema = z.object({
  a: z.string().min(1),
  b: z.string().min(1),
  format: z.string().default('json'),
});
