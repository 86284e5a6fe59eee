import { describe, expect, it } from 'vitest';
import { annotatedTexts, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const story = 'The mayor said the bridge would reopen in May.\n\nEngineers said the repairs would take until autumn.';

describe('undo and redo of marks', () => {
  const suite = useBrowserSuite();

  it('keeps the last mark when redo is pressed with nothing to redo, whichever case the key arrives in', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Rita');
    await selectWords(page, 'bridge would reopen');
    await page.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['bridge would reopen']);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('End');
    // Playwright sends Shift with a lower-case "z", as Caps Lock does.
    for (const key of ['Control+Shift+z', 'Control+Shift+Z', 'Control+y']) {
      await page.keyboard.press(key);
      // A keystroke after it: once it shows, the redo key has done all it will.
      await page.keyboard.type('!');
      await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toMatch(/May\.!+$/);
      expect(await annotatedTexts(page, 'claim')).toEqual(['bridge would reopen']);
    }
  });

  it('lists an undone mark in History as deleted, restorable, and a redone one as marked again', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Rita');
    const other = (await suite.open(docId, 'Omar')).page;
    await selectWords(page, 'repairs would take until autumn');
    await page.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['repairs would take until autumn']);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual([]);

    // Another reviewer sees the deletion in History, and can restore it.
    await other.getByRole('tab', { name: 'History' }).click();
    const lines = other.locator('.history li');
    await expect.poll(() => lines.first().textContent()).toContain('Rita deleted');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['repairs would take until autumn']);
    await expect.poll(() => lines.first().textContent()).toContain('Rita marked');
    expect(await lines.count()).toBe(3);

    await page.keyboard.press('Control+z');
    await expect.poll(() => lines.first().textContent()).toContain('Rita deleted');
    await other.locator('.history li').first().getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['repairs would take until autumn']);
  });
});
