import type { WebSocketRoute } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotatedTexts, articleText, selectWords, untilKeptLocally } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { articleRoomName, layerRoomName, teamLayerId } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { importArticle } from '../support/server.js';

describe('working offline', () => {
  const suite = useBrowserSuite();

  it('keeps edits and marks made offline across a reload and sends them when the connection returns', async () => {
    const docId = await importArticle(suite.server, 'The ferry runs hourly, the operator said.\n\nPassengers disagreed.');
    const alice = await suite.open(docId, 'Alice');
    const bob = await suite.open(docId, 'Bob');

    // The network between Alice's browser and the sync server: cut at will.
    let offline = false;
    const open = new Set<WebSocketRoute>();
    await alice.context.routeWebSocket(/\/sync\//, (route) => {
      if (offline) {
        void route.close({ code: 4000, reason: 'offline' });
        return;
      }
      route.connectToServer();
      open.add(route);
    });
    // Connections made before the route existed are replaced by routed ones.
    await alice.page.reload();
    await alice.page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();

    offline = true;
    for (const route of open) void route.close({ code: 4000, reason: 'offline' });
    open.clear();
    await alice.page
      .getByRole('status')
      .filter({ hasText: /Offline|Reconnecting/ })
      .waitFor();

    await alice.page.locator('.ProseMirror p').last().click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.type(' Offline note.');
    await selectWords(alice.page, 'the operator said');
    await alice.page.keyboard.press('Control+Shift+3');
    await expect.poll(() => alice.page.getByRole('status').first().textContent()).toMatch(/\d+ changes? waiting/);
    // What a reload keeps is what the browser's copy holds: wait for it, as the tests below do.
    await untilKeptLocally(alice.page, articleRoomName(docId), 'Offline note.');
    await untilKeptLocally(alice.page, layerRoomName(docId, teamLayerId), 'the operator said');

    await alice.page.reload();
    await alice.page.locator('.ProseMirror p').first().waitFor();
    await expect.poll(() => alice.page.locator('.ProseMirror p').last().textContent()).toBe('Passengers disagreed. Offline note.');
    await expect.poll(() => annotatedTexts(alice.page, 'attribution')).toEqual(['the operator said']);
    await expect.poll(() => alice.page.getByRole('status').first().textContent()).toMatch(/changes? waiting/);
    // Bob has seen none of it.
    expect(await annotatedTexts(bob.page, 'attribution')).toEqual([]);

    offline = false;
    await expect.poll(() => alice.page.getByRole('status').first().textContent(), { timeout: 15_000 }).toBe('Connected');
    await expect.poll(() => bob.page.locator('.ProseMirror p').last().textContent()).toBe('Passengers disagreed. Offline note.');
    await expect.poll(() => annotatedTexts(bob.page, 'attribution')).toEqual(['the operator said']);
  });

  it('keeps a key typed offline across a reload made before the browser could write its copy, and sends it once back online', async () => {
    const docId = await importArticle(suite.server, 'The dam holds, the engineers said.\n\nResidents doubted it.');
    const alice = await suite.open(docId, 'Alice');
    const bob = await suite.open(docId, 'Bob');
    await alice.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await untilKeptLocally(alice.page, articleRoomName(docId), 'The dam holds');

    await alice.context.setOffline(true);
    // The browser's copy of the article cannot be written: a transaction of this page's own holds its store until
    // the page goes, as a reload a moment after a key would leave IndexedDB's writes unfinished.
    await alice.page.evaluate(
      (name) =>
        new Promise<void>((resolve) => {
          const request = indexedDB.open(`factmark:${name}`);
          request.onsuccess = () => {
            const store = request.result.transaction('updates', 'readwrite').objectStore('updates');
            const keepBusy = () => {
              store.count().onsuccess = keepBusy;
            };
            keepBusy();
            resolve();
          };
        }),
      articleRoomName(docId),
    );
    await alice.page.locator('.ProseMirror p').last().click();
    await alice.page.keyboard.press('End');
    await alice.page.keyboard.type(' Nobody asked us.');
    const status = alice.page.getByRole('status').first();
    // One change a key: what the page shows as waiting is what the next page must show, no more.
    await expect.poll(() => status.textContent()).toBe('Offline · 17 changes waiting');
    await alice.page.reload();

    await expect.poll(() => alice.page.locator('.ProseMirror p').last().textContent()).toBe('Residents doubted it. Nobody asked us.');
    await expect.poll(() => status.textContent()).toBe('Offline · 17 changes waiting');
    // Once the browser's copy holds it, the quick copy is taken out.
    await untilKeptLocally(alice.page, articleRoomName(docId), 'Nobody asked us.');
    await expect
      .poll(() => alice.page.evaluate(() => Object.keys(window.localStorage).filter((key) => key.startsWith('factmark:unsaved:'))))
      .toEqual([]);

    await alice.context.setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Connected');
    await expect.poll(() => bob.page.locator('.ProseMirror p').last().textContent()).toBe('Residents doubted it. Nobody asked us.');
    expect(alice.errors).toEqual([]);
  });

  it('opens offline what the first visit received from the server: the article and the marks of others', async () => {
    const docId = await importArticle(suite.server, 'The bridge will reopen in May, the mayor said.\n\nEngineers denied it.');
    const clients = await annotateAs(suite.server, docId, suite.server.token, teamLayerId, [['attribution', 'the mayor said']]);
    for (const client of clients) client.destroy();

    const context = await suite.browser.newContext();
    try {
      let offline = false;
      await context.routeWebSocket(/\/sync\//, (route) => {
        if (offline) void route.close({ code: 4000, reason: 'offline' });
        else route.connectToServer();
      });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/?token=${suite.server.token}#/d/${docId}`);
      await page.getByLabel('Your name, as other reviewers will see it').fill('Carol');
      await page.getByRole('button', { name: 'Continue' }).click();
      await expect.poll(() => annotatedTexts(page, 'attribution')).toEqual(['the mayor said']);
      // What came from the server is kept for offline use once the page is idle.
      await untilKeptLocally(page, articleRoomName(docId), 'The bridge will reopen in May');
      await untilKeptLocally(page, layerRoomName(docId, teamLayerId), 'the mayor said');

      offline = true;
      await page.reload();
      await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toBe('The bridge will reopen in May, the mayor said.');
      await expect.poll(() => annotatedTexts(page, 'attribution')).toEqual(['the mayor said']);
      expect(await page.getByRole('status').first().textContent()).toMatch(/Offline|Reconnecting|Connecting/);
    } finally {
      await context.close();
    }
  });

  it('reloads offline a document opened before, with its marks, and sends a mark made offline once back online', async () => {
    const docId = await importArticle(suite.server, 'The tunnel opens in June, the minister said.\n\nUnions denied it.');
    const clients = await annotateAs(suite.server, docId, suite.server.token, teamLayerId, [['attribution', 'the minister said']]);
    for (const client of clients) client.destroy();
    const alice = await suite.open(docId, 'Alice');
    const bob = await suite.open(docId, 'Bob');
    await expect.poll(() => annotatedTexts(alice.page, 'attribution')).toEqual(['the minister said']);
    // The page is kept once its service worker controls it, and the article once the page is idle.
    await alice.page.waitForFunction(() => navigator.serviceWorker.controller !== null);
    await untilKeptLocally(alice.page, articleRoomName(docId), 'The tunnel opens in June');
    await untilKeptLocally(alice.page, layerRoomName(docId, teamLayerId), 'the minister said');

    await alice.context.setOffline(true);
    await alice.page.reload();
    await expect.poll(() => articleText(alice.page)).toBe('The tunnel opens in June, the minister said.\n\nUnions denied it.');
    await expect.poll(() => annotatedTexts(alice.page, 'attribution')).toEqual(['the minister said']);
    const status = alice.page.getByRole('status').first();
    await expect.poll(() => status.textContent()).toBe('Offline');

    await selectWords(alice.page, 'denied');
    await alice.page.keyboard.press('Control+Shift+2');
    await expect.poll(() => status.textContent()).toMatch(/^Offline · \d+ changes? waiting$/);

    await alice.context.setOffline(false);
    await expect.poll(() => status.textContent(), { timeout: 15_000 }).toBe('Connected');
    await expect.poll(() => annotatedTexts(bob.page, 'denial')).toEqual(['denied']);
    expect(alice.errors).toEqual([]);
  });
});
