import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';

describe('importing articles in the browser', () => {
  const suite = useBrowserSuite();

  /** The document list in a fresh window, as an owner. */
  async function openList(): Promise<Page> {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/`);
    await page.getByLabel('Your name, as other reviewers will see it').fill('Imogen');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    return page;
  }

  it('titles text files by their name, reports every file, and reads Markdown links it may not keep as their words', async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'factmark-import-'));
    const files = {
      'harbour_strike-day2.txt':
        'Dockers walked out again on Tuesday, the union said, in a dispute over night shifts that has lasted a week.',
      'wire.md': '# Flood barrier delayed\n\nBy [AFP](#)\n\nThe barrier will open a year late, officials said.',
      'notes.docx': 'not an article',
    };
    for (const [name, content] of Object.entries(files)) await writeFile(path.join(folder, name), content);
    const page = await openList();
    // The file picker is in the tab order, just before the address box.
    await page.locator('#import-address').focus();
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('type'))).toBe('file');
    await page.locator('input[type=file]').setInputFiles(Object.keys(files).map((name) => path.join(folder, name)));

    const report = page.getByRole('list', { name: 'Imported files' });
    await expect
      .poll(() => report.locator('li').allTextContents())
      .toEqual([
        'harbour_strike-day2.txt: imported as “harbour strike day2”.',
        'wire.md: imported as “Flood barrier delayed”.',
        'notes.docx: This is not a Word file (.docx): it is not a zip package.',
      ]);
    expect(await page.getByRole('alert').textContent()).toBe('Imported 2 of 3 files; see below.');
    const documents = page.getByRole('list', { name: 'Documents' });
    await documents.getByRole('link', { name: 'harbour strike day2' }).waitFor();

    await documents.getByRole('link', { name: 'Flood barrier delayed' }).click();
    await expect.poll(() => page.locator('.ProseMirror p').first().textContent()).toBe('By AFP');
  });

  it('clears the paste form, title included, once an article is imported', async () => {
    const page = await openList();
    await page.getByLabel('…or paste it').fill('The mayor said the tram would run by spring.');
    await page.getByLabel('Title (optional)').fill('Tram promise');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Tram promise' }).waitFor();
    await expect.poll(() => page.getByLabel('Title (optional)').inputValue()).toBe('');
    expect(await page.getByLabel('…or paste it').inputValue()).toBe('');
    await page.getByLabel('…or paste it').fill('Councillors said the tram would be late.');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Councillors said the tram would be late.' }).waitFor();
  });
});
