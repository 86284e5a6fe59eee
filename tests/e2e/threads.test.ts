import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { teamLayerId } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle } from '../support/server.js';

const json = (body: unknown) => ({ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** The thread panel of the mark shown in the details. */
const thread = (page: Page) => page.getByRole('region', { name: /Discussion/ });

/** Opens the discussion of the one claim, from the sidebar list. */
async function openClaim(page: Page): Promise<void> {
  await page.locator('.annotation-row button').filter({ hasText: 'harbour fees doubled' }).click();
  await thread(page).waitFor();
}

describe('a discussion under a mark, between two people', () => {
  const suite = useBrowserSuite();

  it('A replies mentioning B, B sees it live and replies, A resolves; both see the count and state', async () => {
    const { server } = suite;
    const docId = await importArticle(server, 'The mayor said harbour fees doubled last year.\n\nShippers complained.');
    const clients = await annotateAs(server, docId, server.token, teamLayerId, [['claim', 'harbour fees doubled']]);
    const issued = (await (await api(server, `/api/documents/${docId}/invites`, json({ role: 'editor', label: 'Ben Okafor' }))).json()) as {
      token: string;
    };
    const { page: ana, errors: anaErrors } = await suite.open(docId, 'Ana Lima');
    const { page: ben, errors: benErrors } = await suite.open(docId, 'Ben Okafor', issued.token);
    await openClaim(ana);
    await openClaim(ben);

    // A writes with the keyboard, taking Ben's name from the suggestions.
    const box = thread(ana).getByRole('combobox', { name: 'Start a discussion' });
    await box.click();
    await box.pressSequentially('Is this figure right, @Be');
    const suggestion = ana.getByRole('listbox', { name: 'People to mention' }).getByRole('option', { name: /Ben Okafor/ });
    await suggestion.waitFor();
    expect(await box.getAttribute('aria-expanded')).toBe('true');
    await box.press('Enter');
    await box.pressSequentially('? The budget says 40%.');
    expect(await box.inputValue()).toBe('Is this figure right, @Ben Okafor ? The budget says 40%.');
    await box.press('Control+Enter');

    // B sees it arrive, with the mention, and answers.
    await expect
      .poll(() => thread(ben).locator('.reply-body').allTextContents())
      .toEqual(['Is this figure right, @Ben Okafor ? The budget says 40%.']);
    await expect.poll(() => thread(ben).locator('.reply-mentions').textContent()).toBe('Mentions Ben Okafor');
    await expect.poll(() => ben.locator('.annotation-row .reply-count').textContent()).toBe('1 reply');
    await thread(ben).getByRole('combobox', { name: 'Reply' }).fill('It doubled, per the port report.');
    await thread(ben).getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => thread(ana).locator('.reply-body').count()).toBe(2);
    // Only the author may edit or delete a reply.
    expect(
      await thread(ana)
        .getByRole('button', { name: /^Edit your reply/ })
        .count(),
    ).toBe(1);

    // The open-threads filter lists the claim until A resolves the thread.
    const filter = ana.getByRole('checkbox', { name: /Open threads/ });
    await filter.check();
    await expect.poll(() => ana.locator('.annotation-row').count()).toBe(1);
    await thread(ana).getByRole('button', { name: 'Resolve thread' }).click();
    await expect.poll(() => ana.locator('.annotation-row').count()).toBe(0);
    await expect.poll(() => thread(ben).locator('.thread-state').textContent()).toMatch(/^Resolved by Ana Lima/);
    await expect.poll(() => ben.locator('.annotation-row .reply-count').textContent()).toBe('2 replies, resolved');
    expect(await thread(ben).getByRole('button', { name: 'Reopen thread' }).count()).toBe(1);

    await filter.uncheck();
    // For a person to look at: the thread as a reader sees it.
    await thread(ana).screenshot({ path: path.join(tmpdir(), 'factmark-thread.png') });
    const violations = await seriousViolations(ana);
    expect(violations, JSON.stringify(violations, null, 1)).toEqual([]);
    expect([...anaErrors, ...benErrors]).toEqual([]);
    for (const client of clients) client.destroy();
  });
});
