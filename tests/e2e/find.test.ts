import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { listAnnotations, updateAnnotation } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const story =
  'The port said the ferry runs daily.\n\nPassengers said the ferry was late twice a week.\n\nThe mayor denied any delay at the port.';

/** The highlighted matches in the text, and the current one. */
const highlights = (page: Page) =>
  page.evaluate(() => ({
    all: Array.from(document.querySelectorAll('.ProseMirror .find-match')).map((span) => span.textContent ?? ''),
    current: Array.from(document.querySelectorAll('.ProseMirror .find-current')).map((span) => span.textContent ?? ''),
  }));

describe('find in the document', () => {
  const suite = useBrowserSuite();

  it('finds words and marks with Ctrl-F, highlights them all, steps through with Enter and goes back to the text with Esc', async () => {
    const docId = await importArticle(suite.server, story);
    const clients = await annotateAs(suite.server, docId, suite.server.token, 'team', [
      ['claim', 'the ferry runs daily'],
      ['denial', 'denied any delay'],
    ]);
    const layer = clients[1];
    const claim = listAnnotations(layer?.doc ?? (undefined as never)).find((annotation) => annotation.kind === 'claim');
    if (layer === undefined || claim === undefined) throw new Error('No claim.');
    updateAnnotation(layer.doc, claim.id, { note: 'Timetable shows five sailings a week.' });
    const { page } = await suite.open(docId, 'Fay');
    await expect.poll(() => page.locator('.annotation-row').count()).toBe(2);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Home');

    await page.keyboard.press('Control+f');
    const box = page.getByRole('searchbox', { name: 'Find in the document' });
    await expect.poll(() => box.evaluate((element) => element === document.activeElement)).toBe(true);
    await page.keyboard.type('ferry');
    await expect.poll(() => highlights(page)).toEqual({ all: ['ferry', 'ferry'], current: ['ferry'] });
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('2 of 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 2');

    // Marks are found by their note (and kind, verdict, speaker, author).
    await box.fill('sailings');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 1 (1 mark)');
    expect((await highlights(page)).current.join('')).toBe('the ferry runs daily');
    await box.fill('denial');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 1 (1 mark)');
    // The first match is the next one from where the last was, round the end with Enter.
    await box.fill('port');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('2 of 2');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('1 of 2');
    await page.keyboard.press('Shift+Enter');
    await expect.poll(() => page.locator('.find-count').textContent()).toBe('2 of 2');

    // Esc: back in the text, the current match selected, highlights gone.
    await page.keyboard.press('Escape');
    await expect.poll(() => box.count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.closest('.ProseMirror') !== null)).toBe(true);
    expect(await page.evaluate(() => window.getSelection()?.toString())).toBe('port');
    expect((await highlights(page)).all).toEqual([]);
    await page.keyboard.type('harbour');
    await expect.poll(() => page.locator('.ProseMirror p').nth(2).textContent()).toBe('The mayor denied any delay at the harbour.');
    for (const client of clients) client.destroy();
  });
});
