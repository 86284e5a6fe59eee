import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotatedTexts, articleText, placeCaretAfter, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

const story =
  '# Ferry contract row\n\nThe transport minister said the new ferry contract would save 40 million euros.\n\n' +
  'The operator denied the figure, calling it “pure invention”.\n\nCouncillors were not consulted.';

describe('marking claims, denials and attributions together', () => {
  const suite = useBrowserSuite();
  const open = async (docId: string, name: string): Promise<Page> => (await suite.open(docId, name)).page;

  it('shows a claim to the other reviewer, keeps it on its words, links an attribution, and survives a reload', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const alice = await open(docId, 'Alice');
    const bob = await open(docId, 'Bob');

    await selectWords(alice, 'ferry contract would save 40 million');
    await alice.getByRole('button', { name: 'Claim' }).click();
    const started = Date.now();
    await expect
      .poll(() => annotatedTexts(bob, 'claim'), { timeout: 1000, interval: 20 })
      .toEqual(['ferry contract would save 40 million']);
    expect(Date.now() - started).toBeLessThan(1000);

    // Bob types before the claim: it stays on the same words for both.
    await selectWords(bob, 'The transport');
    await bob.keyboard.press('ArrowLeft');
    await bob.keyboard.type('Yesterday, ');
    await expect.poll(() => bob.locator('.ProseMirror p').first().textContent()).toContain('Yesterday, The transport');
    expect(await annotatedTexts(bob, 'claim')).toEqual(['ferry contract would save 40 million']);
    await expect.poll(() => annotatedTexts(alice, 'claim')).toEqual(['ferry contract would save 40 million']);

    // Bob marks the attribution and links it to the claim by clicking the claim's span.
    await selectWords(bob, 'transport minister said');
    await bob.getByRole('button', { name: 'Attribution' }).click();
    await bob.getByLabel('Speaker').fill('Transport minister');
    await bob.getByLabel('Title as written').fill('the transport minister');
    await bob.getByLabel('Title as written').press('Enter');
    await bob.getByRole('button', { name: 'Pick in the text' }).click();
    await bob.locator('.ProseMirror .annotation-claim').first().click();
    await expect.poll(() => bob.getByRole('checkbox', { name: /ferry contract would save/ }).isChecked()).toBe(true);

    // Alice sees who said what.
    await alice.getByRole('tab', { name: 'Who said what' }).click();
    const speaker = alice.locator('.who-said-what .speaker').first();
    await expect.poll(() => speaker.textContent()).toContain('Transport minister');
    expect(await speaker.textContent()).toContain('“the transport minister”');
    expect(await speaker.textContent()).toContain('ferry contract would save 40 million');

    // A reload keeps everything.
    await alice.reload();
    await alice.locator('.ProseMirror .annotation').first().waitFor();
    expect(await annotatedTexts(alice, 'claim')).toEqual(['ferry contract would save 40 million']);
    expect(await annotatedTexts(alice, 'attribution')).toEqual(['transport minister said']);
  });

  it('marks with the keyboard alone, snapping to whole words, and undoes the mark', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const page = await open(docId, 'Keyboard Kim');
    // Keyboard only: into the editor, to the end, select two words back, mark, close.
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Shift+Control+ArrowLeft');
    await page.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['not consulted']);
    await expect.poll(() => page.getByRole('region', { name: 'Claim details' }).isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('region', { name: 'Claim details' }).count()).toBe(0);

    // Part of "operator denied": the mark snaps to the whole words.
    await selectWords(page, 'perator denie');
    await page.keyboard.press('Control+Shift+2');
    await expect.poll(() => annotatedTexts(page, 'denial')).toEqual(['operator denied']);
    // The details open for the new mark; a verdict-free denial offers the claim list.
    await expect.poll(() => page.getByRole('region', { name: 'Denial details' }).isVisible()).toBe(true);

    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => annotatedTexts(page, 'denial')).toEqual([]);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => annotatedTexts(page, 'denial')).toEqual(['operator denied']);
  });

  it('keeps a mark on its words while text is typed inside it and at its edges, for every reader, and undoes the typing', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const alice = await open(docId, 'Alice');
    const bob = await open(docId, 'Bob');
    await selectWords(alice, 'would save 40 million');
    await alice.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(bob, 'claim')).toEqual(['would save 40 million']);
    await alice.keyboard.press('Escape');
    const both = async (words: string) => {
      for (const page of [alice, bob]) await expect.poll(() => annotatedTexts(page, 'claim')).toEqual([words]);
    };

    // Inside the mark the words join it; at either edge they stay outside it.
    await placeCaretAfter(alice, 'would save 40');
    await alice.keyboard.type(' or 50');
    await expect.poll(() => articleText(bob)).toContain('would save 40 or 50 million euros');
    await both('would save 40 or 50 million');
    await placeCaretAfter(alice, '50 million');
    await alice.keyboard.type(' and more');
    await placeCaretAfter(alice, 'new ferry contract');
    await alice.keyboard.type(' surely');
    await expect.poll(() => articleText(bob)).toContain('contract surely would save 40 or 50 million and more euros');
    await both('would save 40 or 50 million');
    // Once typing pauses the marks near it are placed from Yjs again, and a reader opening it now agrees.
    await alice.waitForTimeout(600);
    await both('would save 40 or 50 million');
    const carol = await open(docId, 'Carol');
    await expect.poll(() => annotatedTexts(carol, 'claim')).toEqual(['would save 40 or 50 million']);

    // Undo takes the typing back, and the mark with it to its first words.
    for (let step = 0; step < 3 && (await articleText(alice)).includes('or 50'); step++) {
      await alice.keyboard.press('Control+z');
      await alice.waitForTimeout(100);
    }
    await expect.poll(() => articleText(bob)).toContain('the new ferry contract would save 40 million euros.');
    await both('would save 40 million');
  });

  it('sets a verdict and a note that the other reviewer sees in the sidebar, and deletes', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const alice = await open(docId, 'Alice');
    const bob = await open(docId, 'Bob');
    await selectWords(alice, 'Councillors were not consulted');
    await alice.keyboard.press('Control+Shift+1');
    await alice.getByLabel('Verdict', { exact: true }).selectOption('false');
    await alice.getByLabel('Note', { exact: true }).fill('Minutes show a consultation on 3 May.');
    await alice.getByLabel('Note', { exact: true }).blur();
    const row = bob.locator('.annotation-row').first();
    await expect.poll(() => row.textContent()).toContain('False');
    await bob.getByLabel('Filter by verdict').selectOption('true');
    await expect.poll(() => bob.locator('.annotation-row').count()).toBe(0);
    await bob.getByLabel('Filter by verdict').selectOption('');
    await bob.locator('.annotation-row button').first().click();
    await expect.poll(() => bob.getByLabel('Note', { exact: true }).inputValue()).toBe('Minutes show a consultation on 3 May.');
    await bob.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => annotatedTexts(alice, 'claim')).toEqual([]);
  });
});
