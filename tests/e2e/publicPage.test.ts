import { secondCheck } from '../support/secondCheck.js';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layerRoomName, teamLayerId, updateAnnotation } from '../../shared/index.js';
import { mark, TestArticle } from '../support/article.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { connectClient, synced } from '../support/client.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle } from '../support/server.js';

const story = [
  'The harbour master said the new pier cost 4 million euros and would open in May.',
  'Fishermen said the old quay had been closed for two years.',
  'The council has not published the final accounts.',
].join('\n\n');
const summary = 'Council accounts show the pier cost 6.2 million euros.';
const note = 'INTERNAL: Dana to call the council press office';
/** Where screenshots of this file go, to look at (FACTMARK_SCREENSHOTS=dir), or nowhere. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'] ?? null;

describe('the public page of a published document', () => {
  const suite = useBrowserSuite();

  it('is published from the Share panel, opens with no token at a claim’s anchor, highlighted, and prints', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    // The desk's marks, made by a client as the editor makes them.
    const article = connectClient(server, docId);
    const layer = connectClient(server, layerRoomName(docId, teamLayerId));
    await Promise.all([synced(article), synced(layer)]);
    const view = new TestArticle(article.doc);
    const claim = mark(view, layer.doc, 'claim', 'the new pier cost 4 million euros');
    const other = mark(view, layer.doc, 'claim', 'the old quay had been closed for two years');
    const speaker = mark(view, layer.doc, 'attribution', 'The harbour master said');
    updateAnnotation(layer.doc, claim, {
      verdict: 'false',
      note,
      summary,
      evidence: [{ url: 'https://council.example/accounts', title: 'Council accounts 2025' }],
    });
    updateAnnotation(layer.doc, other, { verdict: 'mostly-true', summary: 'The quay closed 20 months ago.' });
    updateAnnotation(layer.doc, speaker, { speaker: { name: 'Piet Hansen', role: 'harbour master' }, sourceType: 'named', links: [claim] });
    await secondCheck(server, docId, layer, [claim, other]);
    await eventually(async () =>
      expect(await (await api(server, `/api/documents/${docId}/export?format=csv`)).text()).toContain('Piet Hansen'),
    );
    article.destroy();
    layer.destroy();

    const { page } = await suite.open(docId, 'Ines Müller');
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.getByRole('button', { name: 'Publish', exact: true }).click();
    const link = page.locator('.publish-control a.public-link');
    await link.waitFor();
    const url = (await link.getAttribute('href')) ?? '';
    expect(url).toMatch(new RegExp(`^${server.url}/p/[A-Za-z0-9_-]{22}$`));
    expect(await page.getByRole('button', { name: 'Republish' }).count()).toBe(1);
    if (screenshots !== null) await page.locator('.publish-control').screenshot({ path: path.join(screenshots, 'publish-control.png') });

    // A reader with no token, in a browser that never held one.
    const reader = await suite.browser.newContext({ viewport: { width: 1000, height: 700 } });
    try {
      const publicPage = await reader.newPage();
      const requests: string[] = [];
      const problems: string[] = [];
      publicPage.on('request', (request) => requests.push(request.url()));
      publicPage.on('console', (message) => problems.push(message.text()));
      publicPage.on('pageerror', (error) => problems.push(error.message));
      const response = await publicPage.goto(`${url}#claim-${claim}`);
      expect(response?.status()).toBe(200);
      // Nothing loaded from anywhere but the page, and no policy refused anything (its stylesheet is allowed by hash).
      expect(requests.every((request) => request.startsWith(url))).toBe(true);
      expect(problems).toEqual([]);
      expect(await publicPage.evaluate(() => getComputedStyle(document.body).fontFamily)).toContain('Georgia');

      // The claim linked to is the target, in view, and highlighted.
      const target = publicPage.locator(':target');
      expect(await target.getAttribute('id')).toBe(`claim-${claim}`);
      expect(await target.evaluate((element) => getComputedStyle(element).boxShadow)).not.toBe('none');
      await expect.poll(() => target.evaluate((element) => element.getBoundingClientRect().top)).toBeLessThan(700);
      const text = (await target.textContent()) ?? '';
      expect(text).toContain(summary);
      expect(text).toContain('False');
      expect(text).toContain('Piet Hansen');
      const body = (await publicPage.textContent('body')) ?? '';
      expect(body).not.toContain('INTERNAL');
      expect(body).not.toContain('Ines Müller');
      // The other claim is not highlighted.
      expect(await publicPage.locator(`[id="claim-${other}"]`).evaluate((element) => getComputedStyle(element).boxShadow)).toBe('none');

      if (screenshots !== null) await publicPage.screenshot({ path: path.join(screenshots, 'public-page.png'), fullPage: true });

      // In print: no links back, no highlight backgrounds on the text, badges in outline.
      await publicPage.emulateMedia({ media: 'print' });
      expect(
        await publicPage
          .locator('.back')
          .first()
          .evaluate((element) => getComputedStyle(element).display),
      ).toBe('none');
      expect(
        await publicPage
          .locator('span.a-claim')
          .first()
          .evaluate((element) => getComputedStyle(element).backgroundColor),
      ).toBe('rgba(0, 0, 0, 0)');
      // A printed page is not a screen: the claim linked to is not highlighted on paper.
      expect(await target.evaluate((element) => getComputedStyle(element).boxShadow)).toBe('none');
      if (screenshots !== null) await publicPage.screenshot({ path: path.join(screenshots, 'public-page-print.png'), fullPage: true });
      await publicPage.emulateMedia({ media: 'screen' });

      expect(await seriousViolations(publicPage)).toEqual([]);

      // Unpublished from the panel: the page is gone at once.
      await page.getByRole('button', { name: 'Unpublish' }).click();
      await page.getByRole('status').filter({ hasText: 'Unpublished' }).waitFor();
      const gone = await publicPage.goto(url);
      expect(gone?.status()).toBe(404);
      expect(await publicPage.textContent('body')).not.toContain(summary);
    } finally {
      await reader.close();
    }
  });
});
