import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';
import { commentRanges, hostileWordFiles } from '../support/wordFiles.js';

const draft = path.join(import.meta.dirname, '../fixtures/docx/libreoffice-draft.docx');

describe('Word files in the browser', () => {
  const suite = useBrowserSuite();

  /** The document list in a fresh window, as an owner. */
  async function openList(): Promise<Page> {
    const context = await suite.browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/`);
    await page.getByLabel('Your name, as other reviewers will see it').fill('Rasmus');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    return page;
  }

  /** Drops a file on the import area, as a person dragging it from their desktop. */
  async function dropFile(page: Page, name: string, bytes: Uint8Array): Promise<void> {
    const transfer = await page.evaluateHandle(
      ({ name, data }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([new Uint8Array(data)], name));
        return transfer;
      },
      { name, data: Array.from(bytes) },
    );
    await page.locator('.drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  }

  it('imports a dropped Word draft with its comments as marks, refuses a chosen .docm, and exports the document as a Word file', async () => {
    const page = await openList();
    await dropFile(page, 'ferry-draft.docx', new Uint8Array(await readFile(draft)));
    const report = page.getByRole('list', { name: 'Imported files' });
    // The import is done when the page says so.
    await page.getByRole('status').filter({ hasText: 'Imported 1 file.' }).waitFor();
    expect(await report.locator('li').allTextContents()).toEqual([
      'ferry-draft.docx: imported as “Ferry fares to rise — draft”. 2 comments kept as notes on marks in the team layer.',
    ]);

    const folder = await mkdtemp(path.join(tmpdir(), 'factmark-word-'));
    const macro = path.join(folder, 'macro.docx');
    await writeFile(macro, await hostileWordFiles['a .docm with macros renamed .docx']());
    await page.locator('input[type=file]').setInputFiles([macro]);
    await page.getByRole('alert').filter({ hasText: 'Imported 0 of 1 file; see below.' }).waitFor();
    expect(await report.locator('li').allTextContents()).toEqual([
      'macro.docx: The Word file holds macros (a .docm): save it as a plain .docx first.',
    ]);

    await page.screenshot({ path: path.join(folder, 'list.png'), fullPage: true });
    await page.getByRole('list', { name: 'Documents' }).getByRole('link', { name: 'Ferry fares to rise — draft' }).click();
    await expect.poll(() => page.locator('.ProseMirror .annotation-claim').count()).toBeGreaterThanOrEqual(2);
    // Each comment is a claim on its words, by its author, with the comment as its note.
    await expect
      .poll(() => page.locator('.annotation-row').allTextContents())
      .toEqual(['ClaimUnverified“15 percent”Zoë Adeyemi', 'ClaimUnverified“Nobody on Ærø can afford this”Jörg Nakamura']);
    await page.locator('.annotation-row button').first().click();
    await expect.poll(() => page.getByLabel('Note', { exact: true }).inputValue()).toBe('Source? The ministry release says 12%.');
    await page.screenshot({ path: path.join(folder, 'document.png') });

    await page.getByLabel('Export format').selectOption({ label: 'Word document (each mark a comment)' });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('Ferry fares to rise  draft.docx');
    const ranges = await commentRanges(new Uint8Array(await readFile(await download.path())));
    expect([...ranges.values()].sort()).toEqual(['15 percent', 'Nobody on Ærø can afford this']);
    await expect.poll(() => page.locator('.export-status').textContent()).toBe('Downloaded Ferry fares to rise  draft.docx.');
    await page.screenshot({ path: path.join(folder, 'exported.png') });
    process.stdout.write(`Screenshots in ${folder}\n`);
  });
});
