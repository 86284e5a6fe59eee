/**
 * The service worker that keeps the client's shell (its page, scripts and
 * styles) in the browser, so a document opened before reloads offline: the
 * shell comes from here, the document from IndexedDB. Pages are fetched from
 * the network first, so a new version shows as soon as it is deployed; the
 * scripts and styles have hashed names and never change. The session and a
 * document's record, which a page needs to draw itself, are kept from the last
 * answer too, for offline use only, under a key that includes a digest of the
 * token that asked (one link's answers never serve another's).
 */
// A module, so this `self` is the worker's own type, not the window's.
export {};
declare const self: ServiceWorkerGlobalScope;

/** Filled in at build time with the files of this build (see client/vite.config.ts). */
const shell = JSON.parse('__FACTMARK_SHELL__') as { version: string; files: string[] };

const shellCache = `factmark-shell-${shell.version}`;
const answersCache = 'factmark-answers';
const scope = new URL(self.registration.scope);
const shellUrls = new Set(shell.files.map((file) => new URL(file, scope).href));
const pageUrl = new URL('index.html', scope).href;
/** The API answers a page needs to draw itself. */
const drawingAnswers = [/^api\/session$/, /^api\/documents\/[^/]+$/];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(shellCache)
      .then((cache) => cache.addAll([...shellUrls]))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(names.filter((name) => name.startsWith('factmark-shell-') && name !== shellCache).map((name) => caches.delete(name))),
      )
      .then(() => self.clients.claim()),
  );
});

/** The key an API answer is kept under: its address with a digest of the token that asked. */
async function answerKey(request: Request): Promise<string> {
  const token = request.headers.get('Authorization') ?? '';
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(token));
  const hex = Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
  const url = new URL(request.url);
  url.searchParams.set('factmark-token-digest', hex);
  return url.href;
}

/** From the network, keeping a good answer; from what was kept when the network fails. */
async function networkFirst(request: Request, cacheName: string, key: string): Promise<Response> {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const kept = await cache.match(key);
    if (kept !== undefined) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== scope.origin) return;
  const path = url.pathname.slice(scope.pathname.length);
  if (request.mode === 'navigate') {
    // Only the client's own page: a published page (p/…) is the server's and is not kept.
    if (path === '' || path === 'index.html') event.respondWith(networkFirst(request, shellCache, pageUrl));
    return;
  }
  if (url.search === '' && drawingAnswers.some((pattern) => pattern.test(path))) {
    event.respondWith(answerKey(request).then((key) => networkFirst(request, answersCache, key)));
    return;
  }
  if (shellUrls.has(url.href)) {
    event.respondWith(caches.match(url.href, { cacheName: shellCache }).then((kept) => kept ?? fetch(request)));
  }
});
