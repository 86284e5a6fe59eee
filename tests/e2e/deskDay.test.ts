import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle } from '../support/server.js';

const story = [
  '# Ferry subsidy',
  'The transport minister said the island ferry subsidy rose by 30 percent this year.',
  'Islanders said crossings were cut on Sundays.',
].join('\n\n');
const quote = 'the island ferry subsidy rose by 30 percent';
const note = 'INTERNAL: ask the ministry press desk for the 2025 budget line';
const question = 'the budget tables disagree, can you check them?';
const summary = 'The budget shows the ferry subsidy rose by 12 percent, not 30.';

/** Where screenshots of this file go, to look at (FACTMARK_SCREENSHOTS=dir), or nowhere. */
const shots = process.env['FACTMARK_SCREENSHOTS'] ?? null;

/** The claim's details, and the discussion under it. */
const details = (page: Page) => page.getByRole('region', { name: 'Claim details' });
const thread = (page: Page) => page.getByRole('region', { name: /Discussion/ });

/** The serious accessibility problems of a page, other people's live cursors left out (their colours are each person's own). */
async function ownViolations(page: Page) {
  return (await seriousViolations(page))
    .map((violation) => ({
      ...violation,
      nodes: violation.nodes.filter((node) => !node.target.some((target) => target.includes('ProseMirror-yjs'))),
    }))
    .filter((violation) => violation.nodes.length > 0);
}

describe('a day at the desk', () => {
  const suite = useBrowserSuite();

  /** Makes an editor's invitation link in the Share panel, as an owner does, and returns its token. */
  async function inviteLink(owner: Page, docId: string, label: string): Promise<string> {
    const before = (await owner.getByLabel('New link').count()) > 0 ? await owner.getByLabel('New link').inputValue() : '';
    await owner.getByLabel('Role').selectOption('editor');
    await owner.getByLabel('Who it is for').fill(label);
    await owner.getByRole('button', { name: 'Create link' }).click();
    await expect.poll(() => owner.getByLabel('New link').inputValue()).not.toBe(before);
    const link = await owner.getByLabel('New link').inputValue();
    expect(link).toContain(`#/d/${docId}`);
    return new URL(link).searchParams.get('token') ?? '';
  }

  it('marks, assigns and discusses a claim, checks it twice and publishes it, internal words kept in', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story, 'markdown');
    const ana = await suite.open(docId, 'Ana');
    const anaPage = ana.page;

    // Ana invites Ben and Cleo as editors.
    await anaPage.getByRole('button', { name: 'Share…' }).click();
    const ben = await inviteLink(anaPage, docId, 'Ben');
    const cleo = await inviteLink(anaPage, docId, 'Cleo');
    await anaPage.getByRole('button', { name: 'Share…' }).click();

    // Ana marks the claim, leaves an internal note, assigns it to Ben and asks him in its thread.
    await selectWords(anaPage, quote);
    await anaPage.getByRole('button', { name: 'Claim' }).click();
    await details(anaPage).waitFor();
    await details(anaPage).getByLabel('Note', { exact: true }).fill(note);
    await details(anaPage).getByLabel('Note', { exact: true }).blur();
    await expect.poll(() => details(anaPage).getByLabel('Assignee').locator('option', { hasText: 'Ben' }).count()).toBe(1);
    await details(anaPage).getByLabel('Assignee').selectOption({ label: 'Ben' });
    const box = thread(anaPage).getByRole('combobox', { name: 'Start a discussion' });
    await box.click();
    await box.pressSequentially('@Be');
    await anaPage.getByRole('listbox', { name: 'People to mention' }).getByRole('option', { name: /Ben/ }).waitFor();
    await box.press('Enter');
    await box.pressSequentially(question);
    await box.press('Control+Enter');
    await expect.poll(() => thread(anaPage).locator('.reply-body').allTextContents()).toEqual([`@Ben ${question}`]);

    // Ben's My work lists the claim and the mention, both new, once the server holds them.
    await eventually(async () => {
      const work = (await (await api(server, '/api/work', { token: ben })).json()) as { claims: unknown[]; mentions: unknown[] };
      expect([work.claims.length, work.mentions.length]).toEqual([1, 1]);
    });
    const benWindow = await suite.open(docId, 'Ben', ben);
    const benPage = benWindow.page;
    await benPage.goto(`${server.url}/#/work`);
    const claimItem = benPage.getByRole('region', { name: /^Claims assigned to me/ }).locator('.work-item', { hasText: quote });
    await expect.poll(() => claimItem.textContent()).toContain('New');
    const mentions = benPage.getByRole('region', { name: /^Mentions/ });
    const mentionItem = mentions.locator('.work-item');
    await expect.poll(() => mentionItem.textContent()).toContain(question);
    const mentionText = (await mentionItem.textContent()) ?? '';
    expect(mentionText).toContain('New');
    expect(mentionText).toContain('Ana');
    expect(mentionText).toContain(quote);
    expect(await mentions.getByRole('heading').textContent()).toBe('Mentions (1 unread)');
    expect(await ownViolations(benPage)).toEqual([]);
    if (shots !== null) await benPage.screenshot({ path: path.join(shots, 'my-work-mentions.png'), fullPage: true });

    // The mention's link opens the document at the claim, its thread in view; the claim's id is the permalink's.
    const href = (await mentionItem.getByRole('link').getAttribute('href')) ?? '';
    const markId = new RegExp(`^#/d/${docId}/m/([^?]+)$`).exec(href)?.[1] ?? '';
    expect(markId).not.toBe('');
    await mentionItem.getByRole('link').click();
    await expect.poll(() => thread(benPage).locator('.reply-body').allTextContents()).toEqual([`@Ben ${question}`]);

    // Ben gives the verdict and its public summary, and asks for a second check; he may not approve his own verdict.
    await details(benPage).getByLabel('Verdict').selectOption('false');
    await details(benPage).getByLabel('Public summary').fill(summary);
    await details(benPage).getByLabel('Public summary').blur();
    await details(benPage).getByLabel('Status').selectOption('second-check');
    const benApprove = details(benPage).getByRole('button', { name: 'Approve' });
    await expect.poll(() => benApprove.isDisabled()).toBe(true);
    expect(await details(benPage).textContent()).toContain('You set the verdict: someone else approves it');

    // Cleo approves: the claim is checked, for Ana too.
    const cleoPage = (await suite.open(docId, 'Cleo', cleo)).page;
    await cleoPage.locator('.ProseMirror .annotation-claim').first().click();
    await expect.poll(() => details(cleoPage).getByLabel('Status').inputValue()).toBe('second-check');
    await details(cleoPage).getByRole('button', { name: 'Approve' }).click();
    await expect.poll(() => details(cleoPage).getByLabel('Status').inputValue()).toBe('checked');
    await expect.poll(() => details(anaPage).getByLabel('Status').inputValue()).toBe('checked');
    // An editor may publish too, from "Publish…"; sharing stays the owner's.
    expect(await cleoPage.getByRole('button', { name: 'Share…' }).count()).toBe(0);
    await cleoPage.getByRole('button', { name: 'Publish…' }).click();
    await cleoPage.locator('.publish-control').getByRole('button', { name: 'Publish', exact: true }).waitFor();
    if (shots !== null) await cleoPage.screenshot({ path: path.join(shots, 'editor-publish.png') });

    // The History says who approved it, and when.
    await anaPage.getByRole('tab', { name: 'History' }).click();
    const approval = anaPage.locator('.history li', { hasText: 'approved by Cleo' });
    await approval.waitFor();
    expect(await approval.locator('strong').textContent()).toBe('Cleo');
    const at = Date.parse((await approval.locator('time').getAttribute('datetime')) ?? '');
    expect(Math.abs(Date.now() - at)).toBeLessThan(10 * 60_000);
    expect(await anaPage.locator('.history').textContent()).toContain('verdict → False');

    // Back on My work, the mention Ben opened is read.
    await benPage.goto(`${server.url}/#/work`);
    await expect.poll(() => mentions.getByRole('heading').textContent()).toBe('Mentions (all read)');

    // Ana publishes from Share….
    await anaPage.getByRole('button', { name: 'Share…' }).click();
    await anaPage.getByRole('button', { name: 'Publish', exact: true }).click();
    const link = anaPage.locator('.publish-control a.public-link');
    await link.waitFor();
    const url = (await link.getAttribute('href')) ?? '';
    expect(url).toMatch(new RegExp(`^${server.url}/p/`));

    // A reader with no token opens the public page at the claim: the verdict and summary, none of the desk's words.
    const reader = await suite.browser.newContext();
    try {
      const publicPage = await reader.newPage();
      expect((await publicPage.goto(`${url}#claim-${markId}`))?.status()).toBe(200);
      const target = publicPage.locator(':target');
      expect(await target.getAttribute('id')).toBe(`claim-${markId}`);
      const claimText = (await target.textContent()) ?? '';
      expect(claimText).toContain(summary);
      expect(claimText).toContain('False');
      const body = (await publicPage.textContent('body')) ?? '';
      expect(body).toContain(quote);
      expect(body).not.toContain('INTERNAL');
      expect(body).not.toContain(question);
      expect(body).not.toContain('@Ben');
    } finally {
      await reader.close();
    }
    expect([...ana.errors, ...benWindow.errors]).toEqual([]);
  });
});
