import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { annotatedTexts, placeCaretAfter, selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle } from '../support/server.js';

const story = 'The mayor said the tram line would open in May.\n\nThe contractor denied any delay.\n\nResidents were not consulted.';

describe('sharing with invitation links and teaching assignments', () => {
  const suite = useBrowserSuite();
  const open = async (docId: string, name: string, token?: string): Promise<Page> => (await suite.open(docId, name, token)).page;

  async function invite(docId: string, role: string, label: string): Promise<string> {
    const response = await api(suite.server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role, label }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  it('gives an annotator link that can mark but not edit, and revokes it', async () => {
    const docId = await importArticle(suite.server, story);
    const owner = await open(docId, 'Teacher');
    await owner.getByRole('button', { name: 'Share…' }).click();
    await owner.getByLabel('Role').selectOption('annotator');
    await owner.getByLabel('Who it is for').fill('Student Ana');
    await owner.getByRole('button', { name: 'Create link' }).click();
    const link = await owner.getByLabel('New link').inputValue();
    expect(link).toContain(`#/d/${docId}`);
    const token = new URL(link).searchParams.get('token') ?? '';

    const student = await open(docId, 'Ana', token);
    await expect.poll(() => student.locator('.read-only-note').textContent()).toContain('cannot change its text');
    await student.locator('.ProseMirror p').first().click();
    await student.keyboard.type('Vandalism ');
    expect(await student.locator('.ProseMirror p').first().textContent()).toBe('The mayor said the tram line would open in May.');
    await selectWords(student, 'tram line would open in May');
    await student.keyboard.press('Control+Shift+1');
    await expect.poll(() => annotatedTexts(owner, 'claim')).toEqual(['tram line would open in May']);
    // Typing inside the mark, which the editor inserts itself, is refused too.
    await placeCaretAfter(student, 'tram line');
    await student.keyboard.type(' extension');
    expect(await student.locator('.ProseMirror p').first().textContent()).toBe('The mayor said the tram line would open in May.');
    expect(await (await api(suite.server, `/api/documents/${docId}/export?format=text`)).text()).toBe(story);

    await expect.poll(() => owner.locator('.invites tbody tr').count()).toBe(1);
    await owner.getByRole('button', { name: 'Revoke' }).click();
    await expect.poll(() => student.getByRole('status').filter({ hasText: 'Disconnected' }).count()).toBeGreaterThan(0);
  });

  it('keeps students blind to each other until the teacher reveals the layers, and shows them side by side', async () => {
    const docId = await importArticle(suite.server, story);
    await api(suite.server, `/api/documents/${docId}`, {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ assignment: { revealed: false } }),
    });
    const ana = await open(docId, 'Ana', await invite(docId, 'annotator', 'Ana'));
    const ben = await open(docId, 'Ben', await invite(docId, 'annotator', 'Ben'));
    await expect.poll(() => ana.locator('.assignment-note').textContent()).toContain('yours alone');
    await selectWords(ana, 'The contractor denied any delay');
    await ana.keyboard.press('Control+Shift+2');
    await expect.poll(() => annotatedTexts(ana, 'denial')).toEqual(['The contractor denied any delay']);
    // Ana's denial is on the server before Ben marks; once the server holds Ben's mark and has told
    // his page so, anything of Ana's it sent that page would have come before.
    const stored = async () => (await api(suite.server, `/api/documents/${docId}/export?format=factmark`)).text();
    await expect.poll(stored).toContain('The contractor denied any delay');
    await selectWords(ben, 'would open in May');
    await ben.keyboard.press('Control+Shift+1');
    await expect.poll(stored).toContain('would open in May');
    await ben.locator('.connection[data-unsynced="0"]').waitFor();
    expect(await annotatedTexts(ben, 'denial')).toEqual([]);
    expect(await annotatedTexts(ana, 'claim')).toEqual([]);

    const teacher = await open(docId, 'Teacher');
    await teacher.getByLabel('Layer').focus();
    await expect
      .poll(async () => (await teacher.getByLabel('Layer').locator('option').allTextContents()).join('|'))
      .toMatch(/Ana.*Ben|Ben.*Ana/);
    await teacher.getByLabel('Layer').selectOption({ label: 'Ana (read only)' });
    await teacher.getByLabel('Side by side with').selectOption({ label: 'Beside: Ben' });
    await expect.poll(() => annotatedTexts(teacher, 'denial')).toEqual(['The contractor denied any delay']);
    await expect.poll(() => teacher.locator('.compare-pane .annotation-claim').textContent()).toBe('would open in May');

    await teacher.getByRole('button', { name: 'Share…' }).click();
    // The box follows the server's answer, so click and wait for it.
    await teacher.getByLabel('Reveal every layer to the class').click();
    await expect.poll(() => teacher.getByLabel('Reveal every layer to the class').isChecked()).toBe(true);
    // The open pages follow without a reload: the banner first, then the layers to look at.
    await expect.poll(() => ben.locator('.assignment-note').textContent()).toContain('The layers are revealed');
    await expect.poll(async () => (await ben.getByLabel('Layer').locator('option').allTextContents()).join('|')).toContain('Ana');
    await ben.getByLabel('Layer').selectOption({ label: 'Ana (read only)' });
    await expect.poll(() => annotatedTexts(ben, 'denial')).toEqual(['The contractor denied any delay']);

    await teacher.getByLabel('Reveal every layer to the class').click();
    await expect.poll(() => teacher.getByLabel('Reveal every layer to the class').isChecked()).toBe(false);
    await expect.poll(() => ana.locator('.assignment-note').textContent()).toContain('yours alone');
  });

  it('lists who did what and restores a deleted annotation', async () => {
    const docId = await importArticle(suite.server, story);
    const alice = await open(docId, 'Alice');
    const bob = await open(docId, 'Bob');
    await selectWords(alice, 'Residents were not consulted');
    await alice.keyboard.press('Control+Shift+1');
    await alice.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => annotatedTexts(bob, 'claim')).toEqual([]);
    await bob.getByRole('tab', { name: 'History' }).click();
    const history = bob.locator('.history li');
    await expect.poll(() => history.first().textContent()).toContain('Alice deleted');
    expect(await history.nth(1).textContent()).toContain('Alice marked');
    await bob.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => annotatedTexts(alice, 'claim')).toEqual(['Residents were not consulted']);
    await expect.poll(() => history.first().textContent()).toContain('Bob restored');
  });
});
