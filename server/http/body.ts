import type { IncomingMessage } from 'node:http';
import type { z } from 'zod';
import { InputError, parseInput } from '../../shared/api/index.js';
import { HttpError } from './errors.js';

/** Reads a request body up to a size limit, as bytes. */
export async function readBytes(request: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > maxBytes) throw new HttpError(413, 'Request too large', `The request is ${declared} bytes; the limit is ${maxBytes}.`);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new HttpError(413, 'Request too large', `The request is over the limit of ${maxBytes} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/**
 * Reads a JSON request body up to a size limit and checks it against its
 * schema from `shared/api`: a body that does not fit is answered 400 with the
 * field at fault.
 */
export async function readBody<S extends z.ZodType>(request: IncomingMessage, schema: S, maxBytes: number): Promise<z.output<S>> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new HttpError(415, 'Unsupported media type', 'Send the request body as application/json.');
  }
  const text = (await readBytes(request, maxBytes)).toString('utf8');
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch (error) {
    throw new HttpError(400, 'Malformed JSON', (error as Error).message);
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new HttpError(400, 'Malformed request', 'The body must be a JSON object.');
  }
  try {
    return parseInput(schema, body, 'The body');
  } catch (error) {
    if (error instanceof InputError) throw new HttpError(400, 'Malformed request', error.message, {}, error.path);
    throw error;
  }
}
