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

/** Bodies from this size up are parsed by `parseLarge`, when given: a few milliseconds a megabyte off the event loop. */
const largeBodyBytes = 64 * 1024;

/**
 * Reads a JSON request body up to a size limit and checks it against its
 * schema from `shared/api`: a body that does not fit is answered 400 with the
 * field at fault. A large body is parsed by `parseLarge` if given (a worker
 * thread), which throws a SyntaxError for what is not JSON.
 */
export async function readBody<S extends z.ZodType>(
  request: IncomingMessage,
  schema: S,
  maxBytes: number,
  parseLarge?: (bytes: Uint8Array) => Promise<unknown>,
): Promise<z.output<S>> {
  const type = request.headers['content-type'] ?? '';
  if (!type.startsWith('application/json')) {
    throw new HttpError(415, 'Unsupported media type', 'Send the request body as application/json.');
  }
  const bytes = await readBytes(request, maxBytes);
  let body: unknown;
  try {
    body =
      parseLarge !== undefined && bytes.byteLength >= largeBodyBytes
        ? await parseLarge(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength))
        : JSON.parse(bytes.toString('utf8'));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    throw new HttpError(400, 'Malformed JSON', error.message);
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
