import { describe, expect, it } from 'vitest';
import { selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const story = 'The council said rents fell by a tenth last year.\n\nTenants said rents rose.';

describe('the note box', () => {
  const suite = useBrowserSuite();

  it('keeps a typed note when Esc closes the details, as Close and Tab do', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Nadia');
    const other = (await suite.open(docId, 'Ole')).page;
    await selectWords(page, 'rents fell by a tenth');
    await page.keyboard.press('Control+Shift+1');
    const note = page.getByLabel('Note', { exact: true });
    await note.fill('Council figures exclude social housing.');
    await note.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Claim details' }).count()).toBe(0);

    await other.locator('.annotation-row button').first().click();
    await expect.poll(() => other.getByLabel('Note', { exact: true }).inputValue()).toBe('Council figures exclude social housing.');
    await page.locator('.annotation-row button').first().click();
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Council figures exclude social housing.');
  });

  it('keeps a speaker typed before Esc', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Nadia');
    await selectWords(page, 'Tenants said');
    await page.keyboard.press('Control+Shift+3');
    await page.getByLabel('Speaker').fill('Tenants’ union');
    await page.getByLabel('Speaker').press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Attribution details' }).count()).toBe(0);
    await page.locator('.annotation-row button').first().click();
    expect(await page.getByLabel('Speaker').inputValue()).toBe('Tenants’ union');
  });
});
