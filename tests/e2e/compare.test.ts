import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layerRoomName, listAnnotations, teamLayerId } from '../../shared/index.js';
import { mark, TestArticle } from '../support/article.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { connectClient, synced } from '../support/client.js';
import { compareFixtureDir, readCompareFixture } from '../support/compareFixture.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle } from '../support/server.js';

describe('comparing two versions of a story in the client', () => {
  const suite = useBrowserSuite();

  /** The document list in a fresh window, as an owner named Mx Teacher. */
  async function openList(): Promise<{ page: Page; errors: string[] }> {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/`);
    await page.getByLabel('Your name, as other reviewers will see it').fill('Mx Teacher');
    await page.getByRole('button', { name: 'Continue' }).click();
    return { page, errors };
  }

  it('imports both versions, aligns them with a reworded quote and a title flag, and moves between differences', async () => {
    const { page, errors } = await openList();
    await page
      .locator('input[type=file]')
      .setInputFiles([new URL('wire.md', compareFixtureDir).pathname, new URL('rewrite.md', compareFixtureDir).pathname]);
    const documents = page.getByRole('list', { name: 'Documents' });
    await documents.getByRole('link', { name: 'Riverton to shut footbridge for months of repairs' }).waitFor();
    await documents.getByRole('link', { name: 'Council votes to close Harbour Street footbridge' }).waitFor();

    // A reviewer has marked a claim in the rewrite: it shows in place.
    const listed = (await (await api(suite.server, '/api/documents')).json()) as { documents: { id: string; title: string }[] };
    const rewrite = listed.documents.find((record) => record.title.startsWith('Riverton'))?.id ?? '';
    const article = connectClient(suite.server, rewrite);
    const layer = connectClient(suite.server, layerRoomName(rewrite, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    mark(new TestArticle(article.doc), layer.doc, 'claim', '45 percent of its steel supports');
    const check = connectClient(suite.server, layerRoomName(rewrite, teamLayerId));
    await eventually(() => expect(listAnnotations(check.doc)).toHaveLength(1));
    for (const client of [article, layer, check]) client.destroy();

    await page.getByRole('link', { name: 'Compare two versions of a story…' }).click();
    await page.getByLabel('Version A').selectOption({ label: 'Council votes to close Harbour Street footbridge' });
    await page.getByLabel('Version B').selectOption({ label: 'Riverton to shut footbridge for months of repairs' });

    const quotations = page.getByRole('table', { name: 'Quotations' });
    const reworded = quotations.getByRole('row').filter({ hasText: 'Reworded' }).filter({ hasText: 'Half of my' });
    await expect.poll(() => reworded.locator('.cmp-change').allTextContents()).toEqual(['trade comes', 'customers come']);
    const sentences = page.getByRole('table', { name: 'Aligned sentences' });
    await expect
      .poll(() => sentences.locator('.cmp-flag').first().textContent())
      .toBe(
        "⚑ Title differs: A Dana Whitfield, “spokeswoman for the city's public works department” · B Dana Whitfield, “adviser to the city's public works department”",
      );
    await expect.poll(() => sentences.locator('.cmp-speaker').allTextContents()).toEqual(['Dana Whitfield', 'Dana Whitfield']);
    // Drawn as runs, split where the changed figure inside it starts and ends.
    await expect
      .poll(async () => (await sentences.locator('.annotation-claim').allTextContents()).join(''))
      .toBe('45 percent of its steel supports');
    await expect.poll(() => sentences.locator('.cmp-figure').allTextContents()).toContain('6-3');
    // Each person's titles in each version, the drift flagged.
    const whitfield = page.getByRole('table', { name: 'People' }).getByRole('row').filter({ hasText: 'Dana Whitfield' });
    await expect.poll(() => whitfield.textContent()).toContain('Title differs');
    expect(await whitfield.textContent()).toContain("adviser to the city's public works department");

    // j and k move from difference to difference.
    const current = page.locator('tr[aria-current="true"]');
    await page.keyboard.press('j');
    await expect.poll(() => current.textContent()).toContain('Council votes to close Harbour Street footbridge');
    await page.keyboard.press('j');
    await expect.poll(() => current.textContent()).toContain('Riverton to shut footbridge for months of repairs');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    await expect.poll(() => current.textContent()).toContain('Riverton to shut footbridge for months of repairs');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download HTML' }).click()]);
    const html = await readFile(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toMatch(/\.compare\.html$/);
    expect(html).toContain('Title differs');
    expect(html).not.toMatch(/<script/i);
    expect(errors).toEqual([]);
  });

  it('starts from a document, and says clearly when a document cannot be compared', async () => {
    const wire = await importArticle(suite.server, readCompareFixture('wire.md'), 'markdown');
    const rewrite = await importArticle(suite.server, readCompareFixture('rewrite.md'), 'markdown');
    const { page } = await suite.open(wire, 'Mx Teacher');
    await page.getByRole('link', { name: 'Compare with…' }).click();
    await expect.poll(() => page.getByLabel('Version A').inputValue()).toBe(wire);
    // Another story's document is no guess to make for the reader: version B is left to choose.
    await page.getByText('Choose the two versions to compare.').waitFor();
    expect(await page.getByLabel('Version B').inputValue()).toBe('');
    await page.getByLabel('Version B').selectOption(rewrite);
    await page.getByRole('table', { name: 'Aligned sentences' }).waitFor();
    // A version of the story is: started from the second version, the first goes on the left.
    const added = await api(suite.server, `/api/documents/${wire}/versions`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ format: 'markdown', content: readCompareFixture('rewrite.md') }),
    });
    const second = ((await added.json()) as { record: { id: string } }).record.id;
    await page.evaluate((id) => (window.location.hash = `#/compare/${id}/`), second);
    await expect.poll(() => page.getByLabel('Version A').inputValue()).toBe(wire);
    await expect.poll(() => page.getByLabel('Version B').inputValue()).toBe(second);

    await page.evaluate(() => (window.location.hash = '#/compare/nosuchdocument/othermissing'));
    await expect
      .poll(() => page.getByRole('alert').textContent())
      .toContain('These two cannot be compared: There is no document "nosuchdocument".');
  });
});
