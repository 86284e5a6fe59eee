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

  it('shows a colleague’s note at once, and keeps both notes when two reviewers write at the same time', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Nadia');
    const other = (await suite.open(docId, 'Ole')).page;
    await selectWords(page, 'rents fell by a tenth');
    await page.keyboard.press('Control+Shift+1');
    await other.locator('.annotation-row button').first().click();
    const mine = page.getByLabel('Note', { exact: true });
    const theirs = other.getByLabel('Note', { exact: true });
    // Ole's box is open, unfocused, while Nadia saves: it shows her note, not the empty one it opened with.
    await mine.fill('Ask the council for the raw data.');
    await mine.press('Tab');
    await expect.poll(() => theirs.inputValue()).toBe('Ask the council for the raw data.');
    // Both type at once, from the same note: Ole is told at once that Nadia saved, and neither's words are lost.
    await mine.fill('Ask the council for the raw data. Nadia: the 2023 report says 8%.');
    await theirs.fill('Ask the council for the raw data. Ole: the agency disputes it.');
    await mine.press('Tab');
    await expect.poll(() => other.locator('.field [role="status"]').textContent()).toContain('Someone else saved this while you type');
    expect(await theirs.inputValue()).toBe('Ask the council for the raw data. Ole: the agency disputes it.');
    await theirs.press('Tab');
    for (const box of [mine, theirs]) {
      await expect.poll(() => box.inputValue()).toContain('Nadia: the 2023 report says 8%.');
      await expect.poll(() => box.inputValue()).toContain('Ole: the agency disputes it.');
    }
    await expect.poll(() => other.locator('.field [role="status"]').textContent()).toContain('both texts are kept');

    // Both save at the same moment, neither having seen the other's: the store keeps one, the page whose save lost
    // keeps both.
    const before = await mine.inputValue();
    await mine.fill(`${before} Nadia again.`);
    await theirs.fill(`${before} Ole again.`);
    await Promise.all([mine.press('Tab'), theirs.press('Tab')]);
    for (const box of [mine, theirs]) {
      await expect.poll(() => box.inputValue()).toContain('Nadia again.');
      await expect.poll(() => box.inputValue()).toContain('Ole again.');
    }
  });

  it('saves a note once typing pauses, so a reload keeps it though the box never lost focus', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Nadia');
    const other = (await suite.open(docId, 'Ole')).page;
    await selectWords(page, 'rents fell by a tenth');
    await page.keyboard.press('Control+Shift+1');
    await other.locator('.annotation-row button').first().click();
    await page.getByLabel('Note', { exact: true }).click();
    await page.keyboard.type('Checked with the tenants’ union.');
    // The colleague sees it once typing pauses, with the writer still in the box.
    await expect.poll(() => other.getByLabel('Note', { exact: true }).inputValue()).toBe('Checked with the tenants’ union.');
    await page.reload();
    await page.locator('.annotation-row button').first().click();
    expect(await page.getByLabel('Note', { exact: true }).inputValue()).toBe('Checked with the tenants’ union.');
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
