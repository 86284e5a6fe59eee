import type { z } from 'zod';
import { InputError } from '../errors.js';

/** A zod issue's path as one dotted string. */
function dotted(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

/** The first problem zod found, as an InputError naming its field. */
export function inputErrorFrom(error: z.ZodError, what = 'The request'): InputError {
  const issue = error.issues[0];
  if (issue === undefined) return new InputError(`${what} is not valid.`);
  const path = dotted(issue.path);
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problems)` : '';
  return new InputError(path === '' ? `${what}: ${issue.message}${more}.` : `"${path}": ${issue.message}${more}.`, path);
}

/** Checks a value against a schema; throws an InputError naming the first field at fault. */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown, what?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw inputErrorFrom(result.error, what);
  return result.data;
}
