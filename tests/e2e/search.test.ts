import { describe, expect, it } from 'vitest';
import { listAnnotations, updateAnnotation } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle } from '../support/server.js';

/** Where to keep screenshots to look at; none are taken unless it is set. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'];

const ferry = 'The port said the ferry to Holm runs daily.\n\nPassengers said the ferry was late twice a week.';
const bridge = 'The council said the new bridge cost 4 million.\n\nAuditors put the cost of the bridge at 6 million.';

describe('search', () => {
  const suite = useBrowserSuite();

  it('searches from the document list with the keyboard, highlights the words, filters marks and opens a hit at the spot', async () => {
    const ferryId = await importArticle(suite.server, ferry);
    const bridgeId = await importArticle(suite.server, bridge);
    const clients = await annotateAs(suite.server, bridgeId, suite.server.token, 'team', [['claim', 'the new bridge cost 4 million']]);
    const layer = clients[1];
    const claim = listAnnotations(layer?.doc ?? (undefined as never))[0];
    if (layer === undefined || claim === undefined) throw new Error('No claim.');
    updateAnnotation(layer.doc, claim.id, { verdict: 'false', note: 'Tender papers show a higher price.' });
    await eventually(async () => {
      const answer = (await (await api(suite.server, '/api/search?kind=claim&verdict=false')).json()) as { total: number };
      expect(answer.total).toBe(1);
    }, 15_000);
    for (const client of clients) client.destroy();

    const { page } = await suite.open(ferryId, 'Sol');
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/`);
    const box = page.getByRole('searchbox', { name: 'Search every document' });
    await box.focus();
    await page.keyboard.type('bridge');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.search-summary').textContent()).toBe('2 hits.');
    // The text hit and the claim found by its quote, the word marked in each snippet.
    const marked = await page.locator('.search-hits mark').allTextContents();
    expect(marked.length).toBeGreaterThanOrEqual(2);
    expect(new Set(marked.map((word) => word.toLowerCase()))).toEqual(new Set(['bridge']));
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/search-page.png`, fullPage: true });

    // A filter applies at once; the claim's verdict and author are shown.
    await page.getByLabel('Verdict').selectOption('false');
    await expect.poll(() => page.locator('.search-summary').textContent()).toBe('1 hit.');
    expect(await page.locator('.hit-kind').textContent()).toContain('Claim · false');
    expect(page.url()).toContain('verdict=false');

    // Opening the hit from the keyboard selects the claim in its document.
    await page.locator('.hit-title').focus();
    await page.keyboard.press('Enter');
    await page.locator('.ProseMirror p').first().waitFor();
    await expect.poll(() => page.locator('.ProseMirror .annotation-selected').count()).toBeGreaterThan(0);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/search-opened.png` });

    // A text hit selects its words.
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/search?q=holm`);
    await page.locator('.hit-title').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Holm');

    // An address with every field empty asks nothing: the page says how to search, not what the server refuses.
    await page.goto(`${suite.server.url}/?token=${suite.server.token}#/search?q=&kind=`);
    await expect.poll(() => page.locator('.search-hint').textContent()).toContain('Type words to find');
    expect(await page.locator('[role="alert"], .error').count()).toBe(0);
  });
});
