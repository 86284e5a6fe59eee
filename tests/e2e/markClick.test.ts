import { describe, expect, it } from 'vitest';
import { annotatedTexts, clickInText, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const story =
  '# Harbour dredging\n\nThe port authority said dredging would cost 12 million euros.\n\nFishermen said the estimate was far too low.';

describe('clicking inside a mark', () => {
  const suite = useBrowserSuite();

  it('puts the text cursor where the reader clicked, so typed words land there, and opens the details', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const marker = await suite.open(docId, 'Dana');
    await selectWords(marker.page, 'dredging would cost 12 million');
    await marker.page.getByRole('button', { name: 'Claim' }).click();

    // A reader opens the marked document and clicks inside the claim, right after "cost".
    const { page, errors } = await suite.open(docId, 'Carla');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['dredging would cost 12 million']);

    // Click right after "cost" inside the claim, then type.
    await clickInText(page, 'would cost', 'would cost'.length);
    await expect.poll(() => page.getByRole('region', { name: 'Claim details' }).isVisible()).toBe(true);
    await page.keyboard.type(' easily');
    await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toContain('would cost easily 12 million');
    expect(await page.locator('.ProseMirror h1').textContent()).toBe('Harbour dredging');
    // Once typing pauses, the claim's details and every reader's list quote the words it now covers.
    const quoted = 'dredging would cost easily 12 million';
    await expect.poll(() => page.getByRole('region', { name: 'Claim details' }).locator('blockquote').textContent()).toBe(quoted);
    await expect.poll(() => marker.page.locator('.annotation-list .row-quote').first().textContent()).toBe(`“${quoted}”`);
    expect(errors).toEqual([]);
  });
});
