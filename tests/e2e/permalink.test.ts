import path from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId } from '../../shared/index.js';
import { mark, TestArticle } from '../support/article.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { connectClient, synced } from '../support/client.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle } from '../support/server.js';

const story = [
  'The ferry company said fares would stay the same this summer.',
  'Passengers said the harbour master admitted the new pier cost 4 million euros last spring.',
].join('\n\n');
const claimWords = 'the new pier cost 4 million euros';
/** Where screenshots of this file go, to look at (FACTMARK_SCREENSHOTS=dir), or nowhere. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'] ?? null;

/** Goes to a hash in the page, as a link clicked in the app or pasted in the address bar of an open page would. */
async function goToHash(page: Page, hash: string): Promise<void> {
  await page.evaluate((target) => (window.location.hash = target), hash);
}

describe('a permalink to a mark', () => {
  const suite = useBrowserSuite();

  it('opens the document at the mark, selected with its details open, for whoever may read it, even after its text moved', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    const article = connectClient(server, docId);
    const layer = connectClient(server, layerRoomName(docId, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    const claim = mark(view, layer.doc, 'claim', claimWords);
    await eventually(async () =>
      expect(await (await api(server, `/api/documents/${docId}/export?format=csv`)).text()).toContain(claimWords),
    );

    // The owner follows the link from inside the app: the mark is selected, its details open, with a link to copy.
    const { page: owner, context: ownerContext } = await suite.open(docId, 'Ines Müller');
    await goToHash(owner, `#/d/${docId}/m/${claim}`);
    const details = owner.getByRole('region', { name: 'Claim details' });
    await details.waitFor();
    expect(await details.locator('.details-quote').textContent()).toBe(claimWords);
    await owner.locator(`.ProseMirror [data-annotation-id="${claim}"].annotation-selected`).first().waitFor();
    await details.getByRole('button', { name: 'Copy link' }).click();
    const link = await details.getByLabel('Link to this mark').inputValue();
    expect(link).toBe(`${server.url}/#/d/${docId}/m/${claim}`);
    if (screenshots !== null) await owner.screenshot({ path: path.join(screenshots, 'permalink-opened.png') });
    expect(await seriousViolations(owner)).toEqual([]);

    // With no editor open (one would repair the anchors), the paragraph is split before the claim as
    // y-prosemirror applies it (its words deleted and inserted again): the mark's anchors are lost,
    // and it is found by its quote.
    await ownerContext.close();
    const { from } = view.rangeOf('the harbour master admitted');
    view.splitParagraph(from);
    await eventually(async () =>
      expect(await (await api(server, `/api/documents/${docId}/export?format=text`)).text()).toContain('\n\nthe harbour master admitted'),
    );
    article.destroy();
    layer.destroy();

    // A viewer opens the link in a browser that has never opened factmark.
    const invite = await api(server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'viewer', label: 'Reader' }),
    });
    const { token } = (await invite.json()) as { token: string };
    const context = await suite.browser.newContext({ viewport: { width: 1000, height: 500 } });
    try {
      const viewer = await context.newPage();
      await viewer.goto(`${server.url}/?token=${token}${link.slice(link.indexOf('#'))}`);
      await viewer.getByLabel('Your name, as other reviewers will see it').fill('Reader');
      await viewer.getByRole('button', { name: 'Continue' }).click();
      const theirDetails = viewer.getByRole('region', { name: 'Claim details' });
      await theirDetails.waitFor();
      expect(await theirDetails.locator('.details-quote').textContent()).toBe(claimWords);
      expect(await theirDetails.textContent()).toContain('Found again by its quote');
      const span = viewer.locator(`.ProseMirror [data-annotation-id="${claim}"].annotation-selected`).first();
      await span.waitFor();
      expect(await span.textContent()).toBe(claimWords);
      // It was scrolled into view.
      await expect
        .poll(() => span.evaluate((element) => element.getBoundingClientRect().top))
        .toBeLessThan(await viewer.evaluate(() => window.innerHeight));

      // A link to a private layer the viewer cannot read, and one to a mark no longer there, say so.
      await goToHash(viewer, `#/d/${docId}/m/someone-elses?layer=p-student`);
      await viewer.getByRole('alert').filter({ hasText: 'does not let you read' }).waitFor();
      await goToHash(viewer, `#/d/${docId}/m/deleted-mark`);
      await viewer.getByRole('alert').filter({ hasText: 'not in the document any more' }).waitFor();
    } finally {
      await context.close();
    }
  });

  it('opens a mark in a student’s private layer for the owner, showing that layer', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    const invite = await api(server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'annotator', label: 'Student A' }),
    });
    const { token, invite: issued } = (await invite.json()) as { token: string; invite: { jti: string } };
    const privateLayer = `p-${issued.jti}`;
    const article = connectClient(server, docId, { token });
    const layer = connectClient(server, layerRoomName(docId, privateLayer), { token });
    await Promise.all([synced(article), synced(layer)]);
    const studentMark = mark(new TestArticle(article.doc), layer.doc, 'attribution', 'The ferry company said');
    await eventually(async () =>
      expect(await (await api(server, `/api/documents/${docId}/export?format=csv&layer=${privateLayer}`)).text()).toContain(
        'The ferry company said',
      ),
    );
    article.destroy();
    layer.destroy();

    const { page } = await suite.open(docId, 'Teacher');
    await goToHash(page, `#/d/${docId}/m/${studentMark}?layer=${privateLayer}`);
    const details = page.getByRole('region', { name: 'Attribution details' });
    await details.waitFor();
    expect(await details.locator('.details-quote').textContent()).toBe('The ferry company said');
    await details.getByRole('button', { name: 'Copy link' }).click();
    expect(await details.getByLabel('Link to this mark').inputValue()).toBe(
      `${server.url}/#/d/${docId}/m/${studentMark}?layer=${privateLayer}`,
    );
  });
});
