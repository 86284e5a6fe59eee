import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseMarkdown, suggestMarks, toText } from '../../shared/index.js';
import { annotatedTexts } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle } from '../support/server.js';

const article = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'suggest', 'harbour.md'), 'utf8');
const suggestedCount = suggestMarks(toText(parseMarkdown(article))).length;

/** The words of each suggested (dashed) mark drawn in the editor, in text order. */
function suggestedTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const byId = new Map<string, string>();
    for (const span of Array.from(document.querySelectorAll('.ProseMirror .suggestion'))) {
      const copy = span.cloneNode(true) as Element;
      for (const cursor of Array.from(copy.querySelectorAll('.ProseMirror-yjs-cursor'))) cursor.remove();
      const id = span.getAttribute('data-suggestion-id') ?? '';
      byId.set(id, (byId.get(id) ?? '') + (copy.textContent ?? '').replace(/\u2060/g, ''));
    }
    return Array.from(byId.values());
  });
}

const count = (page: Page) => page.locator('.suggestion-count').textContent();

describe('suggested marks', () => {
  const suite = useBrowserSuite();

  async function invite(docId: string, role: string): Promise<string> {
    const response = await api(suite.server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role, label: role }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  async function turnOn(page: Page): Promise<void> {
    await page.getByRole('checkbox', { name: 'Suggestions' }).check();
    await page.locator('.ProseMirror .suggestion').first().waitFor();
  }

  it('accepts with Alt+A as real marks another reviewer sees, rejects with Alt+R for everyone, undoably, after a reload too', async () => {
    const docId = await importArticle(suite.server, article, 'markdown');
    const annotator = await invite(docId, 'annotator');
    // An annotator may not edit the text: the keys must still decide suggestions.
    const { page: alice } = await suite.open(docId, 'Alice', annotator);
    const { page: bob } = await suite.open(docId, 'Bob');

    await turnOn(alice);
    await expect.poll(() => count(alice)).toBe(`${suggestedCount} suggested marks`);
    // Read in a worker, off the page's main thread, so typing never waits for them.
    expect(alice.workers().map((worker) => worker.url())).toContainEqual(expect.stringContaining('suggestionWorker'));
    const outline = await alice
      .locator('.ProseMirror .suggestion')
      .first()
      .evaluate((element) => getComputedStyle(element).outlineStyle);
    expect(outline).toBe('dashed');
    // Off until a reviewer turns them on.
    expect(await bob.locator('.ProseMirror .suggestion').count()).toBe(0);

    // Keyboard only: to the start, next suggestion, accept.
    await alice.locator('.ProseMirror').focus();
    await alice.keyboard.press('Control+Home');
    await alice.keyboard.press('Alt+n');
    await expect.poll(() => alice.locator('.suggestion-current-info').textContent()).toContain('Claim: “The channel will be deep enough');
    await alice.keyboard.press('Alt+a');
    await expect.poll(() => annotatedTexts(bob, 'claim')).toEqual(['The channel will be deep enough for cruise ships by next summer']);

    // Accepting moved on to the speaker: accepting it fills in the speaker and links the claim.
    await expect.poll(() => alice.locator('.suggestion-current-info').textContent()).toContain('Maria Ortega');
    await alice.keyboard.press('Alt+a');
    await expect.poll(() => annotatedTexts(bob, 'attribution')).toEqual(['said Maria Ortega, a spokeswoman for the port authority']);
    await bob.locator('.ProseMirror .annotation-attribution').first().click();
    await expect.poll(() => bob.getByLabel('Speaker').inputValue()).toBe('Maria Ortega');
    expect(await bob.getByLabel('Title as written').inputValue()).toBe('a spokeswoman for the port authority');
    await expect.poll(() => bob.getByRole('checkbox', { name: /The channel will be deep enough/ }).isChecked()).toBe(true);
    // Accepted suggestions are real marks now, not suggestions.
    await expect.poll(() => count(alice)).toBe(`${suggestedCount - 2} suggested marks`);
    expect(await suggestedTexts(alice)).not.toContain('said Maria Ortega, a spokeswoman for the port authority');

    // Reject the next one; undo brings it back, redo rejects it again.
    const rejected = 'Tomás Reyes, who has fished from the harbour for thirty years, said';
    await expect.poll(() => alice.locator('.suggestion-current-info').textContent()).toContain('Tomás Reyes');
    await alice.keyboard.press('Alt+r');
    await expect.poll(() => suggestedTexts(alice)).not.toContain(rejected);
    expect(await alice.locator('.ProseMirror p').nth(1).textContent()).toContain(rejected);
    await alice.keyboard.press('Control+z');
    await expect.poll(() => suggestedTexts(alice)).toContain(rejected);
    await alice.keyboard.press('Control+Shift+z');
    await expect.poll(() => suggestedTexts(alice)).not.toContain(rejected);
    await expect.poll(() => count(alice)).toBe(`${suggestedCount - 3} suggested marks`);

    // The other reviewer does not see the rejected one, nor the accepted ones, as suggestions.
    await turnOn(bob);
    await expect.poll(() => count(bob)).toBe(`${suggestedCount - 3} suggested marks`);
    expect(await suggestedTexts(bob)).not.toContain(rejected);

    // After a reload it stays rejected.
    await alice.reload();
    await alice.locator('.ProseMirror .annotation').first().waitFor();
    await turnOn(alice);
    await expect.poll(() => count(alice)).toBe(`${suggestedCount - 3} suggested marks`);
    expect(await suggestedTexts(alice)).not.toContain(rejected);
  });

  it('suggests again when a collaborator changes the article, keeping the other suggestions drawn', async () => {
    const docId = await importArticle(suite.server, article, 'markdown');
    const { page: alice } = await suite.open(docId, 'Alice');
    const { page: bob } = await suite.open(docId, 'Bob');
    await turnOn(alice);
    await expect.poll(() => count(alice)).toBe(`${suggestedCount} suggested marks`);
    const before = await suggestedTexts(alice);

    // Bob adds a sentence at the end of the last paragraph.
    await bob.locator('.ProseMirror').focus();
    await bob.keyboard.press('Control+End');
    await bob.keyboard.type(' The union said the strike had lasted a week.');
    // As soon as the change arrives, before suggestions are computed again, the others are still drawn.
    await alice.waitForFunction(() => document.querySelector('.ProseMirror')?.textContent?.includes('The union said') === true);
    expect((await suggestedTexts(alice)).slice(0, before.length)).toEqual(before);
    await expect.poll(() => suggestedTexts(alice)).toEqual([...before, 'The union said', 'the strike had lasted a week']);
    await expect.poll(() => count(alice)).toBe(`${suggestedCount + 2} suggested marks`);
  });

  it('leaves Enter and Backspace to editing, on a suggestion too', async () => {
    const docId = await importArticle(suite.server, article, 'markdown');
    const { page } = await suite.open(docId, 'Edda');
    await turnOn(page);
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.press('Alt+n');
    await expect.poll(() => page.locator('.suggestion-current-info').textContent()).toContain('Claim: “The channel will be deep enough');
    const paragraphs = await page.locator('.ProseMirror > *').count();
    // On the suggestion, Enter replaces the selected words with a new paragraph, as on any selection.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.ProseMirror > *').count()).toBe(paragraphs + 1);
    expect(await page.locator('.ProseMirror').textContent()).not.toContain('The channel will be deep enough');
    // Suggestions are found again in the changed text.
    await expect.poll(() => count(page)).not.toBe(`${suggestedCount} suggested marks`);
    // Backspace on the next one deletes its words.
    await page.keyboard.press('Alt+n');
    await expect.poll(() => page.locator('.suggestion-current-info').textContent()).toContain('Tomás Reyes');
    await page.keyboard.press('Backspace');
    await expect.poll(() => page.locator('.ProseMirror').textContent()).not.toContain('Tomás Reyes, who has fished');
    expect(await page.locator('.ProseMirror .annotation').count()).toBe(0);
  });

  it('offers no suggestions to a viewer', async () => {
    const docId = await importArticle(suite.server, article, 'markdown');
    const { page } = await suite.open(docId, 'Vera', await invite(docId, 'viewer'));
    await expect.poll(() => page.locator('.read-only-note').textContent()).toContain('You can read this article');
    expect(await page.getByRole('checkbox', { name: 'Suggestions' }).count()).toBe(0);
    expect(await page.locator('.ProseMirror .suggestion').count()).toBe(0);
  });
});
