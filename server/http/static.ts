import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { securityHeaders, sendJson } from './errors.js';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves the built client: files under `root`, and `index.html` for any
 * other path so the client's own routes load. Never leaves `root`.
 */
export async function serveStatic(request: IncomingMessage, response: ServerResponse, root: string, pathname: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    sendJson(response, 405, { error: 'Method not allowed', detail: `${request.method ?? ''} is not allowed here.` });
    return;
  }
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/';
  }
  const candidate = path.resolve(root, `.${path.posix.normalize(decoded)}`);
  const inside = candidate === root || candidate.startsWith(root + path.sep);
  let file = inside ? candidate : path.join(root, 'index.html');
  let info = await stat(file).catch(() => null);
  if (info === null || !info.isFile()) {
    file = path.join(root, 'index.html');
    info = await stat(file).catch(() => null);
  }
  if (info === null) {
    sendJson(response, 503, { error: 'Client not built', detail: 'Run `npm run build` to build the client.' });
    return;
  }
  const hashed = file.includes(`${path.sep}assets${path.sep}`);
  response.writeHead(200, {
    ...securityHeaders,
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Content-Length': info.size,
    'Cache-Control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
