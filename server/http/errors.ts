import type { IncomingMessage, ServerResponse } from 'node:http';
import type { z } from 'zod';
import type { ErrorBody } from '../../shared/api/index.js';
import type { Logger } from '../log.js';
import { requestUrl } from './requestUrl.js';

/** An HTTP error answered as JSON `{error, detail}`. */
export class HttpError extends Error {
  override readonly name = 'HttpError';
  readonly status: number;
  readonly detail: string;
  /** Headers to send with it (`Retry-After`). */
  readonly headers: Record<string, string>;
  /** The field of the request at fault (dotted), when the input was. */
  readonly path: string | undefined;

  constructor(status: number, error: string, detail: string, headers: Record<string, string> = {}, path?: string) {
    super(error);
    this.status = status;
    this.detail = detail;
    this.headers = headers;
    this.path = path;
  }
}

/** Security headers for every response. */
export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': [
    "default-src 'self'",
    "script-src 'self'",
    // ProseMirror and y-prosemirror's cursors set style attributes; no inline <style> or script.
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    "connect-src 'self' ws: wss:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; '),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/** Answers JSON. */
export function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...headers,
    ...securityHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  });
  response.end(text);
}

/**
 * Answers a body the contract in `shared/api` describes: the schema types
 * the body at compile time (it is not checked again at run time).
 */
export function sendBody<S extends z.ZodType>(response: ServerResponse, status: number, _schema: S, body: z.input<S>): void {
  sendJson(response, status, body);
}

/** Answers an error as `{error, detail, path?}`. */
export function sendError(response: ServerResponse, error: HttpError): void {
  const body: ErrorBody = { error: error.message, detail: error.detail, ...(error.path === undefined ? {} : { path: error.path }) };
  sendJson(response, error.status, body, error.headers);
}

/**
 * Answers a request with `answer`, the server's error boundary: an
 * {@link HttpError} is answered as itself (what the caller did wrong, or a
 * limit it met); anything else is the server's fault, logged with the path
 * and answered 500. A target that is not a URL is answered 400.
 */
export async function answering(
  request: IncomingMessage,
  response: ServerResponse,
  log: Logger,
  answer: (url: URL) => Promise<void>,
): Promise<void> {
  const url = requestUrl(request);
  if (url === null) {
    sendError(response, new HttpError(400, 'Bad request', 'The request target is not a valid path.'));
    return;
  }
  try {
    await answer(url);
  } catch (error) {
    if (response.headersSent) {
      response.destroy(error as Error);
    } else if (error instanceof HttpError) {
      sendError(response, error);
    } else {
      log.error({ err: error, path: url.pathname }, 'request failed');
      sendError(response, new HttpError(500, 'Internal error', 'The server could not answer; see its log.'));
    }
  }
}
