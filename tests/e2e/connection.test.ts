import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotatedTexts, articleText, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const article = 'The ferry runs hourly, the operator said.\n\nPassengers disagreed.';

describe('the connection indicator', () => {
  const suite = useBrowserSuite();

  it('says offline as soon as the network drops, counts what waits, and sends it when the network returns', async () => {
    const docId = await importArticle(suite.server, article);
    const alice = await suite.open(docId, 'Alice');
    const bob = await suite.open(docId, 'Bob');
    const status = alice.page.getByRole('status').first();

    // The network goes, the socket is not closed: only the browser knows.
    await alice.context.setOffline(true);
    await expect.poll(() => status.textContent(), { timeout: 2000 }).toBe('Offline');

    await alice.page.locator('.ProseMirror p').last().click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.type(' Offline note.');
    await selectWords(alice.page, 'the operator said');
    await alice.page.keyboard.press('Control+Shift+3');
    await expect.poll(() => status.textContent()).toMatch(/^Offline · \d+ changes? waiting$/);

    await alice.context.setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Connected');
    await expect.poll(() => status.getAttribute('data-unsynced')).toBe('0');
    await expect.poll(() => articleText(bob.page)).toContain('Passengers disagreed. Offline note.');
    await expect.poll(() => annotatedTexts(bob.page, 'attribution')).toEqual(['the operator said']);
  });

  it('notices within seconds a connection that carries nothing any more, and counts what waits', async () => {
    const docId = await importArticle(suite.server, article);
    const bob = await suite.open(docId, 'Bob');
    const context = await suite.browser.newContext();
    try {
      // A link that goes silent both ways without closing, as a dropped network does.
      let dead = false;
      await context.routeWebSocket(/\/sync\//, (page: WebSocketRoute) => {
        if (dead) {
          void page.close({ code: 1006, reason: 'unreachable' });
          return;
        }
        const server = page.connectToServer();
        page.onMessage((message) => {
          if (!dead) server.send(message);
        });
        server.onMessage((message) => {
          if (!dead) page.send(message);
        });
      });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/?token=${suite.server.token}#/d/${docId}`);
      await page.getByLabel('Your name, as other reviewers will see it').fill('Alice');
      await page.getByRole('button', { name: 'Continue' }).click();
      const status = page.getByRole('status').first();
      await expect.poll(() => status.textContent()).toBe('Connected');

      dead = true;
      await page.locator('.ProseMirror p').last().click();
      await page.keyboard.press('End');
      await page.keyboard.type(' Lost?');
      await expect.poll(() => status.textContent(), { timeout: 12_000 }).toMatch(/^(Reconnecting|Offline) · \d+ changes? waiting$/);

      dead = false;
      await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Connected');
      await expect.poll(() => articleText(bob.page)).toContain('Passengers disagreed. Lost?');
    } finally {
      await context.close();
    }
  });
});
