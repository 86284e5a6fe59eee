import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotateAs } from '../support/annotate.js';
import { seriousViolations } from '../support/axe.js';
import { selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { htmlPage, readPageFixture, startPageServer, type PageServer } from '../support/pageServer.js';
import { api } from '../support/server.js';

/** Where screenshots of this file go, to look at (FACTMARK_SCREENSHOTS=dir), or nowhere. */
const shots = process.env['FACTMARK_SCREENSHOTS'] ?? null;

describe('a story over time in the browser', () => {
  // The fixture pages are served on this machine: the server is allowed to fetch them.
  const suite = useBrowserSuite({ env: { FACTMARK_ALLOW_PRIVATE_ADDRESSES: '1' } });
  let pages: PageServer;
  beforeAll(async () => {
    pages = await startPageServer();
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v1.html')));
  });
  afterAll(async () => {
    await pages.close();
  });

  it('imports from an address, fetches a changed page as version 2 with its orphans listed, and compares the two', async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/`);
    await page.getByLabel('Your name, as other reviewers will see it').fill('Imogen');
    await page.getByRole('button', { name: 'Continue' }).click();

    await page.getByLabel('…or import from address').fill(`${pages.origin}/news/harbour`);
    await page.getByRole('button', { name: 'Fetch and import' }).click();
    await page.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Harbour board approves two new berths' }).click();
    await page.locator('.ProseMirror p').first().waitFor();
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    const first = /#\/d\/(\w+)$/.exec(page.url())?.[1] ?? '';
    expect(await page.locator('.ProseMirror').textContent()).toContain('at a cost of 40 million euros');

    for (const words of ['at a cost of 40 million euros', 'Container traffic at the port has doubled since 2019']) {
      await selectWords(page, words);
      await page.getByRole('button', { name: 'Claim', exact: true }).click();
    }
    await expect.poll(() => page.locator('.annotation-claim').count()).toBeGreaterThanOrEqual(2);
    // A student marks the same words in their own layer.
    const invited = await api(suite.server, `/api/documents/${first}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'annotator', label: 'Student' }),
    });
    const student = (await invited.json()) as { token: string; invite: { jti: string } };
    const studentClients = await annotateAs(suite.server, first, student.token, `p-${student.invite.jti}`, [
      ['claim', 'at a cost of 40 million euros'],
      ['claim', 'Container traffic at the port has doubled since 2019'],
    ]);

    // The page changes: the cost is corrected.
    pages.serve('/news/harbour', htmlPage(readPageFixture('harbour-v2.html')));
    await page.getByRole('button', { name: 'New version…' }).click();
    await page.getByRole('button', { name: 'Fetch again' }).click();
    await page.getByRole('status').filter({ hasText: 'Added version 2' }).waitFor();
    const orphans = page.getByRole('list', { name: 'Orphaned marks' });
    expect(await orphans.locator('li').allTextContents()).toEqual(['claim “at a cost of 40 million euros”']);
    const report = await page.getByRole('region', { name: 'Version added' }).textContent();
    expect(report).toContain('1 mark carried over');
    // The student's layer came along too, with its own orphan.
    expect(report).toContain('1 other layer came along: 1 mark carried over, 1 orphan.');
    for (const client of studentClients) client.destroy();
    expect(await seriousViolations(page)).toEqual([]);
    if (shots !== null) await page.screenshot({ path: path.join(shots, 'versions-added.png'), fullPage: true });

    // Fetching again finds nothing new.
    await page.getByRole('button', { name: 'Fetch again' }).click();
    await page.getByRole('status').filter({ hasText: 'Unchanged' }).waitFor();

    await page.getByRole('link', { name: 'Open version 2' }).click();
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
    const timeline = page.getByRole('list', { name: 'Versions of this story' });
    await expect.poll(() => timeline.locator('li').count()).toBe(2);
    // The link changes the address at once; the page of version 2 replaces that of version 1 once it has loaded.
    await expect.poll(() => timeline.locator('[aria-current=page]').textContent()).toMatch(/^v2/);
    await expect.poll(() => page.locator('.ProseMirror').textContent()).toContain('at a cost of 55 million euros');
    // The mark whose words are gone is listed as an orphan in the new version; the other is in place.
    await page.locator('.orphan-badge').first().waitFor();
    await expect.poll(() => page.locator('.annotation-claim').count()).toBeGreaterThanOrEqual(1);
    expect(await seriousViolations(page)).toEqual([]);
    if (shots !== null) await page.screenshot({ path: path.join(shots, 'versions-timeline.png'), fullPage: true });

    await page.getByLabel('First version to compare').selectOption(first);
    await page.getByLabel('Second version to compare').selectOption(`${first}-v2`);
    await page.getByRole('link', { name: 'Compare', exact: true }).click();
    await expect.poll(() => page.url()).toContain(`#/compare/${first}/${first}-v2`);
    await page.getByText('55 million', { exact: false }).first().waitFor();
    if (shots !== null) await page.screenshot({ path: path.join(shots, 'versions-compare.png'), fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
