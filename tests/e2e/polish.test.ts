import { describe, expect, it } from 'vitest';
import { annotateAs } from '../support/annotate.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { readCompareFixture } from '../support/compareFixture.js';
import { api, importArticle } from '../support/server.js';

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
const story = 'The ministry said exports rose by a fifth.\n\nTraders denied it.\n\nAn economist said the figure was plausible.';

describe('small things a reader sees', () => {
  const suite = useBrowserSuite();

  it('counts in the singular, keeps the toolbar readable at 1360 px, and prints without the toolbars', async () => {
    const docId = await importArticle(suite.server, `# A title long enough to be worth reading in the bar\n\n${story}`, 'markdown');
    const clients = await annotateAs(suite.server, docId, suite.server.token, 'team', [['claim', 'exports rose by a fifth']]);
    const { page } = await suite.open(docId, 'Pia');
    await page.setViewportSize({ width: 1360, height: 900 });
    await expect.poll(() => page.locator('.shown-count').textContent()).toBe('1 annotation');

    const bar = await page.evaluate(() => {
      const box = (selector: string) => document.querySelector(selector)?.getBoundingClientRect();
      const lineHeight = (element: Element) => parseFloat(getComputedStyle(element).lineHeight) || 20;
      const wrapped = Array.from(document.querySelectorAll('.document-bar > a, .document-bar > button, .document-bar > .connection'))
        .filter((element) => element.getBoundingClientRect().height > lineHeight(element) * 1.6)
        .map((element) => element.textContent);
      return { title: box('.document-title')?.width ?? 0, exportBox: box('.export-menu select')?.width ?? 0, wrapped };
    });
    expect(bar.title).toBeGreaterThan(150);
    expect(bar.exportBox).toBeLessThan(160);
    expect(bar.wrapped).toEqual([]);

    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('toolbar', { name: 'Mark the selected words' }).isVisible()).toBe(false);
    expect(await page.locator('.document-bar').isVisible()).toBe(false);
    expect(await page.locator('.ProseMirror').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    for (const client of clients) client.destroy();
  });

  it('fits 1024 px and 200% zoom (680 px of a 1360 px screen) without scrolling sideways', async () => {
    const docId = await importArticle(suite.server, story);
    const { page } = await suite.open(docId, 'Pia');
    for (const width of [1024, 680]) {
      await page.setViewportSize({ width, height: 800 });
      await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBe(width);
      const article = await page.locator('.ProseMirror').boundingBox();
      expect(article?.width ?? 0).toBeGreaterThan(width / 2);
    }
  });

  it('fades marks of kinds the sidebar filters out', async () => {
    const docId = await importArticle(suite.server, story);
    const clients = await annotateAs(suite.server, docId, suite.server.token, 'team', [
      ['claim', 'exports rose by a fifth'],
      ['denial', 'Traders denied it'],
    ]);
    const { page } = await suite.open(docId, 'Pia');
    await page.locator('.ProseMirror .annotation-denial').waitFor();
    const background = (kind: string) =>
      page
        .locator(`.ProseMirror .annotation-${kind}`)
        .first()
        .evaluate((element) => getComputedStyle(element).backgroundColor);
    const claimColour = await background('claim');
    expect(claimColour).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('checkbox', { name: /Claim/ }).uncheck();
    await expect.poll(() => background('claim')).toBe('rgba(0, 0, 0, 0)');
    expect(await background('denial')).not.toBe('rgba(0, 0, 0, 0)');
    await page.getByRole('checkbox', { name: /Claim/ }).check();
    await expect.poll(() => background('claim')).toBe(claimColour);
    for (const client of clients) client.destroy();
  });

  it('opens the compare page with both versions of the story chosen', async () => {
    const wire = await importArticle(suite.server, readCompareFixture('wire.md'), 'markdown');
    // The rewrite added as the story's second version: "Compare with…" on it chooses the first.
    const added = await api(
      suite.server,
      `/api/documents/${wire}/versions`,
      json('POST', { format: 'markdown', content: readCompareFixture('rewrite.md') }),
    );
    const rewrite = ((await added.json()) as { record: { id: string } }).record.id;
    const { page } = await suite.open(rewrite, 'Pia');
    await page.getByRole('link', { name: 'Compare with…' }).click();
    await expect.poll(() => page.getByLabel('Version A').inputValue()).toBe(wire);
    await expect.poll(() => page.getByLabel('Version B').inputValue()).toBe(rewrite);
    await page.getByRole('table', { name: 'Aligned sentences' }).waitFor();
    await expect.poll(() => page.locator('.cmp-keys').textContent()).toMatch(/^\d+ differences? · /);
  });

  it('offers a student the name the invitation was made for', async () => {
    const docId = await importArticle(suite.server, story);
    const issued = (await (
      await api(suite.server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label: 'Lena Park' }))
    ).json()) as { token: string };
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/?token=${issued.token}#/d/${docId}`);
    const name = page.getByLabel('Your name, as other reviewers will see it');
    await expect.poll(() => name.inputValue()).toBe('Lena Park');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator('.ProseMirror p').first().waitFor();
    await context.close();
  });
});
