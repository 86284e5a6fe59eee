import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';

/** What the page server answers at one path. */
export interface ServedPage {
  status?: number;
  headers?: Record<string, string>;
  body?: string;
}

/** A local web server of fixture pages (no test reaches outside the machine); pages can be changed between requests. */
export interface PageServer {
  /** `http://127.0.0.1:PORT`. */
  origin: string;
  /** Serves something at a path from now on. */
  serve(pathname: string, page: ServedPage): void;
  /** How many requests each path has had. */
  hits(pathname: string): number;
  close(): Promise<void>;
}

/** A fixture page of `tests/fixtures/pages`. */
export function readPageFixture(name: string): string {
  return readFileSync(path.join(import.meta.dirname, '..', 'fixtures', 'pages', name), 'utf8');
}

/** An HTML page answer. */
export function htmlPage(body: string): ServedPage {
  return { headers: { 'Content-Type': 'text/html; charset=utf-8' }, body };
}

/** Starts a page server on a free loopback port. */
export async function startPageServer(): Promise<PageServer> {
  const pages = new Map<string, ServedPage>();
  const counts = new Map<string, number>();
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
    counts.set(pathname, (counts.get(pathname) ?? 0) + 1);
    const page = pages.get(pathname);
    if (page === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    response.writeHead(page.status ?? 200, page.headers ?? {}).end(page.body ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    serve: (pathname, page) => void pages.set(pathname, page),
    hits: (pathname) => counts.get(pathname) ?? 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
