import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Documents } from '../../Documents.js';
import { HttpError, securityHeaders } from '../errors.js';

/**
 * The policy of a public page: nothing at all but its own stylesheet (by its
 * hash), so no script runs and nothing is loaded from elsewhere.
 */
function publicPolicy(styleSource: string): string {
  return [
    "default-src 'none'",
    `style-src ${styleSource}`,
    "img-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

const notPublished = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Not published</title></head>
<body><h1>This fact-check is not published</h1><p>It may have been unpublished, or the address is wrong.</p></body></html>
`;

/** `GET /p/<slug>`, with no token: a published document's public page as it was when published, or 404. */
export async function servePublicPage(
  request: IncomingMessage,
  response: ServerResponse,
  documents: Documents,
  slug: string,
): Promise<void> {
  const method = request.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD')
    throw new HttpError(405, 'Method not allowed', 'A public page is only read (GET).', { Allow: 'GET, HEAD' });
  const page = await documents.publicPage(slug);
  const body = page?.html ?? notPublished;
  response.writeHead(page === null ? 404 : 200, {
    ...securityHeaders,
    'Content-Security-Policy': publicPolicy(page?.styleSource ?? "'none'"),
    // Anyone may link to it; the page itself still sends no referrer.
    'Cross-Origin-Resource-Policy': 'cross-origin',
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(body)),
    // Unpublishing takes effect at once: nobody keeps a copy.
    'Cache-Control': 'no-store',
  });
  response.end(method === 'HEAD' ? undefined : body);
}
