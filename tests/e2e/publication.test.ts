import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveAsEditor, launchBrowser, openDocumentAs, selectWords } from '../support/browser.js';
import { api, importArticle, startServer, type TestServer } from '../support/server.js';

describe('publishing a fact-check from the editor', () => {
  let server: TestServer;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;
  let docId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    docId = await importArticle(server, 'The port authority said cargo volumes doubled in 2025.\n\nDock workers rejected the claim.');
    ({ page, context } = await openDocumentAs(browser, server.url, server.token, docId, 'Ines Müller'));
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server.stop();
  });

  it('records where the article and the fact-check are published, refusing what is not an address or a date', async () => {
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.getByLabel('Article published on').fill('last Thursday');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('alert').filter({ hasText: 'ISO 8601' }).count()).toBe(1);
    await page.getByLabel('Article published on').fill('2026-03-12');
    await page.getByLabel('Article’s address').fill('https://news.example/port-cargo');
    await page.getByLabel('Fact-check published at').fill('https://check.example/2026/port-cargo');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved.' }).count()).toBe(1);
    const record = (await (await api(server, `/api/documents/${docId}`)).json()) as Record<string, unknown>;
    expect(record).toMatchObject({
      publishedAt: '2026-03-12',
      sourceUrl: 'https://news.example/port-cargo',
      reviewUrl: 'https://check.example/2026/port-cargo',
    });
  });

  it('publishes a claim’s public summary, never its note', async () => {
    await selectWords(page, 'cargo volumes doubled in 2025');
    await page.keyboard.press('Control+Shift+1');
    await page.getByLabel('Verdict', { exact: true }).selectOption('false');
    await page.getByLabel('Note', { exact: true }).fill('+1 unverified; @desk please check');
    await page.getByLabel('Note', { exact: true }).blur();
    await page.getByLabel('Public summary').fill('Port statistics show a 12% rise, not a doubling.');
    await page.getByLabel('Public summary').blur();
    // Approved by a second person: what a ClaimReview publishes.
    if (browser === undefined) throw new Error('No browser.');
    await approveAsEditor(browser, server, docId, 'cargo volumes doubled in 2025');
    await expect
      .poll(async () => {
        const reviews = (await (await api(server, `/api/documents/${docId}/export?format=claimreview`)).json()) as Record<
          string,
          unknown
        >[];
        return reviews.map((review) => [review['reviewBody'], String(review['url']).replace(/#claim-.*/, '#claim-…')]);
      })
      .toEqual([['Port statistics show a 12% rise, not a doubling.', 'https://check.example/2026/port-cargo#claim-…']]);
    const file = await (await api(server, `/api/documents/${docId}/export?format=claimreview`)).text();
    expect(file).not.toContain('@desk please check');
  });
});
