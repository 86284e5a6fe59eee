import { readFile } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { approveAsEditor, launchBrowser, openDocumentAs, selectWords } from '../support/browser.js';
import { api, importArticle, startServer, type TestServer } from '../support/server.js';

describe('exporting from the editor', () => {
  let server: TestServer;
  let browser: Browser | undefined;
  let context: BrowserContext | undefined;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const docId = await importArticle(server, 'The port authority said cargo volumes doubled in 2025.\n\nDock workers rejected the claim.');
    // Where the desk publishes its fact-check: each review's url.
    const published = await api(server, `/api/documents/${docId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reviewUrl: 'https://check.example/2026/port-cargo' }),
    });
    expect(published.status).toBe(200);
    ({ page, context } = await openDocumentAs(browser, server.url, server.token, docId, 'Ines Müller'));
    await selectWords(page, 'cargo volumes doubled in 2025');
    await page.keyboard.press('Control+Shift+1');
    await page.getByLabel('Verdict', { exact: true }).selectOption('false');
    await selectWords(page, 'The port authority said');
    await page.keyboard.press('Control+Shift+1');
    // A second person approves the verdict: a ClaimReview publishes only approved claims.
    await approveAsEditor(browser, server, docId, 'cargo volumes doubled in 2025');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server.stop();
  });

  async function download(label: string): Promise<{ name: string; content: string }> {
    await page.getByLabel('Export format').selectOption({ label });
    const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    const filePath = await file.path();
    return { name: file.suggestedFilename(), content: await readFile(filePath, 'utf8') };
  }

  it('downloads nothing while the formats are gone through with the arrow keys, and once from the button', async () => {
    let downloads = 0;
    const count = () => downloads++;
    page.on('download', count);
    const select = page.getByLabel('Export format');
    await select.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => select.inputValue()).not.toBe('');
    // The button asks for one file; a download the arrow keys had asked for would have come before it.
    await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export', exact: true }).click()]);
    page.off('download', count);
    expect(downloads).toBe(1);
  });

  it('downloads a ClaimReview file and says which claims it left out', async () => {
    const { name, content } = await download('ClaimReview (JSON-LD, for publishing)');
    expect(name).toMatch(/\.claimreview\.jsonld$/);
    const reviews = JSON.parse(content) as { claimReviewed: string; reviewRating: { alternateName: string } }[];
    expect(reviews).toEqual([
      expect.objectContaining({
        claimReviewed: 'cargo volumes doubled in 2025',
        reviewRating: expect.objectContaining({ alternateName: 'False' }),
      }),
    ]);
    await expect.poll(() => page.locator('.export-status').textContent()).toContain('1 claim left out: 1 no verdict yet');
    // And what a publisher should add: here the claim's public summary.
    await expect.poll(() => page.locator('.export-status').textContent()).toContain('1 claim has no public summary');
  });

  it('downloads a spreadsheet and an archive page', async () => {
    const csv = await download('Spreadsheet (CSV)');
    expect(csv.name).toMatch(/\.csv$/);
    expect(csv.content).toContain('Ines Müller');
    const html = await download('Standalone page (HTML, for the archive)');
    expect(html.content).toContain('<span class="a a-claim"');
    expect(html.content).not.toContain('<script');
  });
});
