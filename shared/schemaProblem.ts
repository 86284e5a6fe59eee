import type { z } from 'zod';

/**
 * Why a value does not fit a schema, in words: its first two problems, each
 * with where it is ("by.name: Too big…"), or null when it fits. What a door
 * or a reader says when it turns a stored or synced value away.
 */
export function schemaProblem(schema: z.ZodType, value: unknown): string | null {
  const result = schema.safeParse(value);
  if (result.success) return null;
  return result.error.issues
    .slice(0, 2)
    .map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`)
    .join('; ');
}
