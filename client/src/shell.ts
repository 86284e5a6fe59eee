import type { Api } from './api.js';
import { parseRoute } from './route.js';

/**
 * Registers the service worker that keeps the client's shell in this browser
 * (built as `sw.js`, see `worker/shellWorker.ts`), so a document opened before
 * reloads offline. The first time it takes over the page, the answers this
 * page drew itself from (the session, the document's record) are asked again
 * through it, so it keeps them for a reload offline.
 */
export function keepShellOffline(api: Api | null): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  const container = navigator.serviceWorker;
  const firstControl = container.controller === null;
  container.addEventListener('controllerchange', () => {
    if (!firstControl || api === null) return;
    const route = parseRoute(window.location.hash);
    // Only to be kept by the worker: the page already has these answers.
    void api.session().catch(() => undefined);
    if (route.page === 'document') void api.getDocument(route.id).catch(() => undefined);
  });
  // Once the page is idle: fetching the shell again to keep it must not slow the first drawing of a document.
  window.requestIdleCallback(
    () => {
      container.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
        // Without it the page works as before, only not reloaded offline: say so, and go on.
        window.reportError(new Error(`The offline copy of the page could not be set up: ${(error as Error).message}`));
      });
    },
    { timeout: 5000 },
  );
}
