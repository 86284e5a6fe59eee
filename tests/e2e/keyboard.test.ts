import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotateAs } from '../support/annotate.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const story =
  'The minister said taxes would fall next year.\n\nThe opposition denied any cut was planned.\n\n' +
  'Economists said the deficit would grow.\n\nThe treasury said borrowing would fall too.';

/** The name of the details region open, or null. */
const openDetails = (page: Page) =>
  page.evaluate(() => document.querySelector('.details')?.querySelector('.details-quote')?.textContent ?? null);
/** Where the focus is: in the text, in the details, or elsewhere (with the focused element's text). */
const focusIn = (page: Page) =>
  page.evaluate(() => {
    const active = document.activeElement;
    if (active?.closest('.ProseMirror') !== null && active?.closest('.ProseMirror') !== undefined) return 'text';
    if (active?.closest('.details') != null) return 'details';
    return `${active?.tagName ?? 'none'}: ${active?.textContent?.slice(0, 40) ?? ''}`;
  });

describe('the keyboard alone', () => {
  const suite = useBrowserSuite();

  it('goes from mark to mark in the text, of a kind too, opens the details and comes back to the text where it was', async () => {
    const docId = await importArticle(suite.server, story);
    const clients = await annotateAs(suite.server, docId, suite.server.token, 'team', [
      ['claim', 'taxes would fall next year'],
      ['denial', 'any cut was planned'],
      ['attribution', 'Economists said'],
      ['claim', 'borrowing would fall too'],
    ]);
    for (const client of clients) client.destroy();
    const { page } = await suite.open(docId, 'Kai');
    await page.locator('.ProseMirror .annotation').first().waitFor();
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Home');

    await page.keyboard.press('Alt+Period');
    await expect.poll(() => openDetails(page)).toBe('taxes would fall next year');
    expect(await focusIn(page)).toBe('text');
    // A screen reader hears which mark it is, with its kind and verdict.
    expect(await page.locator('p[role="status"].visually-hidden').textContent()).toContain(
      'Claim, unverified: “taxes would fall next year”',
    );
    await page.keyboard.press('Alt+Period');
    await expect.poll(() => openDetails(page)).toBe('any cut was planned');
    await page.keyboard.press('Alt+Comma');
    await expect.poll(() => openDetails(page)).toBe('taxes would fall next year');
    // Of the same kind: from the first claim straight to the other.
    await page.keyboard.press('Alt+Shift+Period');
    await expect.poll(() => openDetails(page)).toBe('borrowing would fall too');
    await page.keyboard.press('Alt+Shift+Comma');
    await expect.poll(() => openDetails(page)).toBe('taxes would fall next year');
    // With denials filtered out of the sidebar, the keys pass them by.
    await page
      .locator('.kind-filters')
      .getByRole('checkbox', { name: /Denial/ })
      .uncheck();
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Alt+Period');
    await expect.poll(() => openDetails(page)).toBe('Economists said');
    await page
      .locator('.kind-filters')
      .getByRole('checkbox', { name: /Denial/ })
      .check();
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Alt+Comma');
    await expect.poll(() => openDetails(page)).toBe('any cut was planned');
    await page.keyboard.press('Alt+Comma');
    await expect.poll(() => openDetails(page)).toBe('taxes would fall next year');

    // Into the details, and back with Esc: the caret is where it was, at the start of the mark.
    await page.keyboard.press('Alt+Enter');
    await expect.poll(() => focusIn(page)).toBe('details');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => openDetails(page)).toBe(null);
    expect(await focusIn(page)).toBe('text');
    await page.keyboard.type('new ');
    await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toContain('said new taxes would fall');
  });

  it('moves between sidebar rows and tabs with the arrow keys', async () => {
    const docId = await importArticle(suite.server, story);
    const clients = await annotateAs(suite.server, docId, suite.server.token, 'team', [
      ['claim', 'taxes would fall next year'],
      ['denial', 'any cut was planned'],
      ['claim', 'borrowing would fall too'],
    ]);
    for (const client of clients) client.destroy();
    const { page } = await suite.open(docId, 'Kai');
    await page.locator('.annotation-row').nth(2).waitFor();

    // One row is in the Tab order; the arrows move among them.
    const rows = page.locator('.annotation-row button');
    expect(await rows.evaluateAll((buttons) => buttons.map((button) => button.getAttribute('tabindex')))).toEqual(['0', '-1', '-1']);
    await rows.first().focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => focusIn(page)).toContain('any cut was planned');
    await page.keyboard.press('End');
    await expect.poll(() => focusIn(page)).toContain('borrowing would fall too');
    await page.keyboard.press('Home');
    await expect.poll(() => focusIn(page)).toContain('taxes would fall');
    await page.keyboard.press('Enter');
    await expect.poll(() => openDetails(page)).toBe('taxes would fall next year');

    const tab = (name: string | RegExp) => page.getByRole('tab', { name });
    await tab(/Annotations/).focus();
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('Who said what').getAttribute('aria-selected')).toBe('true');
    expect(await focusIn(page)).toContain('Who said what');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab('History').getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tabpanel', { name: 'History' }).isVisible()).toBe(true);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => tab(/Annotations/).getAttribute('aria-selected')).toBe('true');
    expect(await tab('History').getAttribute('tabindex')).toBe('-1');
  });

  it('lists every keyboard action in the ? sheet', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Kai');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('?');
    const sheet = page.getByRole('complementary', { name: 'Keyboard shortcuts' });
    await expect.poll(() => sheet.textContent()).toContain('next or previous mark in the text');
    const text = await sheet.textContent();
    for (const words of ['Alt-. / Alt-,', 'Alt-Shift-. / Alt-Shift-,', 'Alt-Enter', 'Alt-a', 'Alt-r', 'back to the text'])
      expect(text).toContain(words);
  });
});
