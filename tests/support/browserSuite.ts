import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { launchBrowser, openDocumentAs } from './browser.js';
import { startServer, type TestServer } from './server.js';

/** A server and a browser shared by one test file, with every window closed after each test. */
export interface BrowserSuite {
  readonly server: TestServer;
  readonly browser: Browser;
  /** Opens a document in a fresh window as `name`, with the owner's token unless another is given. */
  open(docId: string, name: string, token?: string): Promise<{ page: Page; context: BrowserContext; errors: string[] }>;
}

/** Starts a factmark server (with these options) and Chromium for the test file, and stops both after it. */
export function useBrowserSuite(options: Parameters<typeof startServer>[0] = {}): BrowserSuite {
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    server = await startServer(options);
    browser = await launchBrowser();
  });
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`The ${what} did not start.`);
    return value;
  };
  return {
    get server() {
      return started(server, 'server');
    },
    get browser() {
      return started(browser, 'browser');
    },
    async open(docId, name, token) {
      const running = started(server, 'server');
      const opened = await openDocumentAs(started(browser, 'browser'), running.url, token ?? running.token, docId, name);
      contexts.push(opened.context);
      return opened;
    },
  };
}
