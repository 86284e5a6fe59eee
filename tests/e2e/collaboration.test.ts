import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from '../support/browser.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle, startServer, type TestServer } from '../support/server.js';

/** A block's text as the reader sees it, without remote cursors' name labels. */
function blockText(page: Page, selector: string, which: 'first' | 'last'): Promise<string> {
  return page.evaluate(
    ([css, position]) => {
      const blocks = Array.from(document.querySelectorAll(css));
      const block = position === 'first' ? blocks[0] : blocks[blocks.length - 1];
      if (block === undefined) return '';
      const copy = block.cloneNode(true) as Element;
      for (const cursor of Array.from(copy.querySelectorAll('.ProseMirror-yjs-cursor'))) cursor.remove();
      return (copy.textContent ?? '').replace(/\u2060/g, '');
    },
    [selector, which] as const,
  );
}

describe('two reviewers in two browsers', () => {
  let server: TestServer;
  let browser: Browser | undefined;
  let docId: string;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    docId = await importArticle(server, '# Port deal signed\n\nThe minister said the deal was “final”.\n\nCritics disagreed.', 'markdown');
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await server.stop();
  });

  /** An editor's invite link's token: each person has their own link, and the name others see is the one chosen for it. */
  async function editorToken(): Promise<string> {
    const response = await api(server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor', label: 'Editor' }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  /** Opens the document from a link (the owner's unless given) in a fresh browser profile, as `name`. */
  async function openAs(name: string, token = server.token): Promise<Page> {
    if (browser === undefined) throw new Error('The browser did not start.');
    const context = await browser.newContext();
    contexts.push(context);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/?token=${token}#/d/${docId}`);
    await page.getByLabel('Your name, as other reviewers will see it').fill(name);
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(() => page.locator('.ProseMirror').textContent()).toContain('Critics disagreed.');
    await expect.poll(() => page.getByRole('status').first().textContent()).toBe('Connected');
    expect(errors).toEqual([]);
    // The token leaves the address bar once read.
    expect(page.url()).not.toContain('token=');
    return page;
  }

  it('shows text typed in one window in the other, with the typist’s cursor', async () => {
    const alice = await openAs('Alice Ångström');
    const bob = await openAs('Bob Nakamura', await editorToken());

    await alice.locator('.ProseMirror p').last().click();
    await alice.keyboard.press('End');
    await alice.keyboard.type(' Prices rose 4%.');
    await expect.poll(() => blockText(bob, '.ProseMirror p', 'last'), { timeout: 5000 }).toBe('Critics disagreed. Prices rose 4%.');

    await bob.locator('.ProseMirror h1').click();
    await bob.keyboard.press('End');
    await bob.keyboard.type(' today');
    await expect.poll(() => blockText(alice, '.ProseMirror h1', 'first')).toBe('Port deal signed today');

    // Each sees the other's cursor, labelled with their name.
    const cursorLabels = async (page: Page) =>
      (await page.locator('.ProseMirror-yjs-cursor').allTextContents()).map((label) => label.replace(/\u2060/g, ''));
    await eventually(async () => {
      expect(await cursorLabels(alice)).toContain('Bob Nakamura');
      expect(await cursorLabels(bob)).toContain('Alice Ångström');
    }, 5000);
  });

  it('undoes only the reviewer’s own change', async () => {
    const alice = await openAs('Alice');
    const bob = await openAs('Bob', await editorToken());
    await alice.locator('.ProseMirror p').first().click();
    await alice.keyboard.press('Home');
    await alice.keyboard.type('A1 ');
    await expect.poll(() => blockText(bob, '.ProseMirror p', 'first')).toMatch(/^A1 /);
    await bob.locator('.ProseMirror p').last().click();
    await bob.keyboard.press('End');
    await bob.keyboard.type(' B1');
    await expect.poll(() => blockText(alice, '.ProseMirror p', 'last')).toMatch(/ B1$/);

    await alice.keyboard.press('Control+z');
    await expect.poll(() => blockText(bob, '.ProseMirror p', 'first')).not.toMatch(/^A1 /);
    // Bob's edit stays.
    expect(await blockText(alice, '.ProseMirror p', 'last')).toMatch(/ B1$/);
    await alice.keyboard.press('Control+Shift+z');
    await expect.poll(() => blockText(bob, '.ProseMirror p', 'first')).toMatch(/^A1 /);
  });
});
