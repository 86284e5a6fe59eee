import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotatedTexts, articleText, placeCaretAfter, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle, type TestServer } from '../support/server.js';

const article = 'The plant will close by next spring.\n\nA spokeswoman for the union denied that workers had been consulted.';

/** The number the sidebar gives for orphaned marks. */
function orphanCount(page: Page): Promise<string | null> {
  return page.locator('.filters label', { hasText: 'Orphaned' }).locator('.count').textContent();
}

/** Where the factmark export places each mark of the team layer: its quote, or "orphaned". */
async function exportedPlaces(server: TestServer, docId: string): Promise<string[]> {
  const response = await api(server, `/api/documents/${docId}/export?format=factmark`);
  const data = (await response.json()) as {
    text: string;
    layers: { annotations: { status: string; start: number | null; end: number | null }[] }[];
  };
  return data.layers.flatMap((layer) =>
    layer.annotations.map((item) => (item.status === 'orphaned' ? 'orphaned' : data.text.slice(item.start ?? 0, item.end ?? 0))),
  );
}

/** Puts the text cursor just after some words, as a reader clicking there would. */

describe('one answer to where a mark is', () => {
  const suite = useBrowserSuite();

  it('keeps a mark found again by its quote where it is on every page, a fresh page and the export, after a neighbour is edited', async () => {
    const docId = await importArticle(suite.server, article);
    const alice = await suite.open(docId, 'Alice');
    const bob = await suite.open(docId, 'Bob');

    await selectWords(alice.page, 'denied');
    await alice.page.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(bob.page, 'claim')).toEqual(['denied']);

    // Join the two paragraphs: y-prosemirror deletes and re-inserts the second one's text.
    await placeCaretAfter(alice.page, 'next spring.');
    await alice.page.keyboard.press('ArrowDown');
    await alice.page.keyboard.press('Home');
    await alice.page.keyboard.press('Backspace');
    await expect.poll(() => alice.page.locator('.ProseMirror p').count()).toBe(1);
    await expect.poll(() => bob.page.locator('.ProseMirror p').count()).toBe(1);
    // Found again by its quote, and its place written back: the export agrees already.
    await expect.poll(() => exportedPlaces(suite.server, docId)).toEqual(['denied']);

    // Then delete the "o" of "union", three characters before the mark.
    await placeCaretAfter(alice.page, 'unio');
    await alice.page.keyboard.press('Backspace');
    await expect.poll(() => articleText(bob.page)).toContain('the unin denied');
    // And most of the words before it: the place found was written back, so no quote is needed any more.
    await selectWords(alice.page, 'spokeswoman for the unin ');
    await alice.page.keyboard.press('Backspace');
    await expect.poll(() => articleText(bob.page)).toContain('spring.A denied');

    const carol = await suite.open(docId, 'Carol');
    for (const page of [alice.page, bob.page, carol.page]) {
      await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['denied']);
      await expect.poll(() => orphanCount(page)).toBe('0');
    }
    await expect.poll(() => exportedPlaces(suite.server, docId)).toEqual(['denied']);
    expect([...alice.errors, ...bob.errors, ...carol.errors]).toEqual([]);
  });

  it('shows a mark orphaned at once in the window that deleted its words, as everywhere else', async () => {
    const docId = await importArticle(suite.server, article);
    const alice = await suite.open(docId, 'Alice');
    const bob = await suite.open(docId, 'Bob');

    await selectWords(alice.page, 'denied');
    await alice.page.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(bob.page, 'claim')).toEqual(['denied']);

    await selectWords(alice.page, 'denied');
    await alice.page.keyboard.press('Backspace');
    await expect.poll(() => articleText(bob.page)).toContain('union  that');

    for (const page of [alice.page, bob.page]) {
      await expect.poll(() => orphanCount(page)).toBe('1');
      expect(await annotatedTexts(page, 'claim')).toEqual([]);
    }
    await expect.poll(() => exportedPlaces(suite.server, docId)).toEqual(['orphaned']);
    const carol = await suite.open(docId, 'Carol');
    await expect.poll(() => orphanCount(carol.page)).toBe('1');
  });
});
