import { describe, expect, it } from 'vitest';
import { useBrowserSuite } from '../support/browserSuite.js';
import { importArticle } from '../support/server.js';

describe('renaming and deleting documents', () => {
  const suite = useBrowserSuite();

  it('renames in the list, deletes to the trash telling an open window, and restores', async () => {
    const docId = await importArticle(suite.server, '# Bridge closure\n\nThe bridge closes in June.', 'markdown');
    const { page: reader } = await suite.open(docId, 'Rosa');
    const { page } = await suite.open(docId, 'Owen');
    await page.getByRole('link', { name: '← Documents' }).click();
    const list = page.getByRole('list', { name: 'Documents' });
    await list.getByRole('link', { name: 'Bridge closure' }).waitFor();

    await page.getByRole('button', { name: 'Rename Bridge closure' }).click();
    await page.getByLabel('New title for Bridge closure').fill('Bridge closure, June');
    await page.getByLabel('New title for Bridge closure').press('Enter');
    await list.getByRole('link', { name: 'Bridge closure, June' }).waitFor();
    await expect.poll(() => page.locator('.status').textContent()).toBe('Renamed to “Bridge closure, June”.');

    await page.getByRole('button', { name: 'Delete Bridge closure, June' }).click();
    await expect.poll(() => list.getByRole('link').count()).toBe(0);
    const trash = page.getByRole('list', { name: 'Trash' });
    await expect.poll(() => trash.textContent()).toContain('Bridge closure, June');
    // The reader's open window is told, not left editing into nothing.
    await expect.poll(() => reader.getByRole('alert').textContent()).toContain('This document was moved to the trash');

    await page.getByRole('button', { name: 'Restore Bridge closure, June' }).click();
    await list.getByRole('link', { name: 'Bridge closure, June' }).waitFor();
    await expect.poll(() => page.getByRole('list', { name: 'Trash' }).count()).toBe(0);
    await reader.reload();
    await expect.poll(() => reader.locator('.ProseMirror p').first().textContent()).toBe('The bridge closes in June.');
    await expect.poll(() => reader.locator('.document-title').textContent()).toBe('Bridge closure, June');
  });
});
