import type { IncomingMessage } from 'node:http';

/** The request's URL, or null when its target cannot be read as one (`GET //`). */
export function requestUrl(request: IncomingMessage): URL | null {
  try {
    return new URL(request.url ?? '/', 'http://localhost');
  } catch {
    return null;
  }
}
