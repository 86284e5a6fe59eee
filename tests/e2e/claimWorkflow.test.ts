import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle } from '../support/server.js';

/** Where screenshots of this file go, to look at (FACTMARK_SCREENSHOTS=dir), or nowhere. */
const shots = process.env['FACTMARK_SCREENSHOTS'] ?? null;

const story = '# Harbour dredging\n\nThe port authority said the dredging cost 12 million euros.\n\nFishermen disputed the sum.';

/**
 * The serious accessibility problems of a page, leaving out other people's
 * live cursors and selections (their colours are each person's own, checked
 * where presence is tested): this page's own controls are what is checked here.
 */
async function ownViolations(page: Page) {
  return (await seriousViolations(page))
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !node.target.some((target) => target.includes('ProseMirror-yjs'))),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

describe('a claim checked by two people', () => {
  const suite = useBrowserSuite();

  async function editorToken(docId: string, label: string): Promise<string> {
    const response = await api(suite.server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'editor', label }),
    });
    return ((await response.json()) as { token: string }).token;
  }

  const details = (page: Page) => page.getByRole('region', { name: 'Claim details' });
  async function openClaim(page: Page): Promise<void> {
    await page.locator('.ProseMirror .annotation-claim').first().click();
    await details(page).waitFor();
  }

  it('is assigned, given a verdict, refused approval by its setter, approved by another, and recorded in the History', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const ben = await editorToken(docId, 'Ben');
    const cleo = await editorToken(docId, 'Cleo');
    const ana = (await suite.open(docId, 'Ana')).page;

    // Ana marks the claim and assigns it to Ben.
    await selectWords(ana, 'the dredging cost 12 million euros');
    await ana.getByRole('button', { name: 'Claim' }).click();
    await expect.poll(() => details(ana).getByLabel('Status').inputValue()).toBe('to-check');
    await expect.poll(() => details(ana).getByLabel('Assignee').locator('option', { hasText: 'Ben' }).count()).toBe(1);
    await details(ana).getByLabel('Assignee').selectOption({ label: 'Ben' });

    // Ben finds it under My work, unread, and opens it.
    const benWindow = await suite.open(docId, 'Ben', ben);
    const benPage = benWindow.page;
    await benPage.goto(`${suite.server.url}/#/work`);
    const item = benPage.locator('.work-item', { hasText: 'the dredging cost 12 million euros' });
    await expect.poll(() => item.textContent()).toContain('New');
    expect(await ownViolations(benPage)).toEqual([]);
    if (shots !== null) await benPage.screenshot({ path: path.join(shots, 'my-work.png') });
    await item.getByRole('link').click();
    await benPage.locator('.ProseMirror .annotation-claim').first().waitFor();

    // Ben sets the verdict and asks for a second check; he cannot approve his own verdict.
    await openClaim(benPage);
    await details(benPage).getByLabel('Verdict').selectOption('false');
    await details(benPage).getByLabel('Status').selectOption('second-check');
    const benApprove = details(benPage).getByRole('button', { name: 'Approve' });
    await expect.poll(() => benApprove.isDisabled()).toBe(true);
    expect(await details(benPage).textContent()).toContain('You set the verdict: someone else approves it');
    expect(await ownViolations(benPage)).toEqual([]);
    if (shots !== null) {
      await details(benPage).getByText('You set the verdict').scrollIntoViewIfNeeded();
      await benPage.screenshot({ path: path.join(shots, 'setter-cannot-approve.png') });
    }

    // Cleo approves it: the claim is checked for everyone.
    const cleoPage = (await suite.open(docId, 'Cleo', cleo)).page;
    await openClaim(cleoPage);
    await expect.poll(() => details(cleoPage).getByLabel('Status').inputValue()).toBe('second-check');
    await details(cleoPage).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => details(cleoPage).getByLabel('Status').inputValue()).toBe('checked');
    await expect.poll(() => details(ana).getByLabel('Status').inputValue()).toBe('checked');
    expect(await details(ana).textContent()).toContain('Approved by Cleo');
    await expect.poll(() => details(benPage).getByLabel('Status').inputValue()).toBe('checked');
    expect(benWindow.errors).toEqual([]);

    // The sidebar counts and filters claims by status and assignee.
    const byStatus = ana.getByLabel('Filter by status');
    await expect.poll(() => byStatus.locator('option').allTextContents()).toContain('Checked (1)');
    expect(await byStatus.locator('option').allTextContents()).toContain('To check (0)');
    await byStatus.selectOption({ label: 'To check (0)' });
    await expect.poll(() => ana.locator('.shown-count').textContent()).toBe('0 of 1 annotation');
    await byStatus.selectOption({ label: 'Checked (1)' });
    await ana.getByLabel('Filter by assignee').selectOption({ label: 'Ben (1)' });
    await expect.poll(() => ana.locator('.shown-count').textContent()).toBe('1 annotation');

    // The History says who did what.
    await ana.getByRole('tab', { name: 'History' }).click();
    const history = ana.locator('.history');
    await expect.poll(() => history.textContent()).toContain('Cleo changed');
    const text = (await history.textContent()) ?? '';
    expect(text).toContain('status → Checked, approved by Cleo');
    expect(text).toContain('status → Needs second check');
    expect(text).toContain('verdict → False');
    expect(text).toContain('assigned to Ben');
    expect(await ownViolations(ana)).toEqual([]);
    if (shots !== null) await ana.screenshot({ path: path.join(shots, 'history-checked.png') });
  });

  it('shows the steps under the names and in the order the owner gives them', async () => {
    const docId = await importArticle(suite.server, story, 'markdown');
    const ana = (await suite.open(docId, 'Ana')).page;
    await ana.getByRole('button', { name: 'Share…' }).click();
    const form = ana.locator('form.workflow-form');
    await form.getByLabel('Name of the step “second-check”').fill('Second look');
    await form.getByRole('button', { name: 'Move “Second look” up' }).click();
    await form.getByRole('button', { name: 'Save steps' }).click();
    await expect.poll(() => form.getByRole('status').textContent()).toBe('Saved.');
    expect(await ownViolations(ana)).toEqual([]);
    if (shots !== null) await form.screenshot({ path: path.join(shots, 'workflow-form.png') });

    await selectWords(ana, 'the dredging cost 12 million euros');
    await ana.getByRole('button', { name: 'Claim' }).click();
    const options = await details(ana).getByLabel('Status').locator('option').allTextContents();
    expect(options).toEqual(['To check', 'Second look', 'In progress', 'Checked', 'Published']);
  });
});
