import { describe, expect, it } from 'vitest';
import { annotatedTexts, selectWords, untilIdle } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

describe('moving between documents', () => {
  const suite = useBrowserSuite();

  it('opens one document after another, through the list and back, without an error', async () => {
    const first = await importArticle(suite.server, 'The first story says the road opens in June.');
    const second = await importArticle(suite.server, 'The second story says the school closes in July.');
    const { page, errors } = await suite.open(first, 'Ines');
    await selectWords(page, 'road opens');
    await page.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['road opens']);

    await page.evaluate((id) => (window.location.hash = `#/d/${id}`), second);
    await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toContain('second story');
    await page.getByRole('link', { name: '← Documents' }).click();
    await page.getByRole('link', { name: /first story/ }).click();
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['road opens']);
    await page.goBack();
    await page.goBack();
    await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toContain('second story');
    // The closed editors' late callbacks run on zero-delay timers: they have run once the page is idle.
    await untilIdle(page);
    expect(errors).toEqual([]);
  });
});
