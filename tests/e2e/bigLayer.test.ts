import { describe, expect, it } from 'vitest';
import { annotationsMap, layerRoomName, teamLayerId } from '../../shared/index.js';
import { annotatedTexts } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { mark, TestArticle } from '../support/article.js';
import { connectClient, synced } from '../support/client.js';
import { eventually } from '../support/eventually.js';
import { importArticle } from '../support/server.js';

const wards = 300;
/** Where to keep screenshots to look at; none are taken unless it is set. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'];

/** One paragraph per ward, each with words to mark that occur nowhere else. */
function article(): string {
  return Array.from(
    { length: wards },
    (_, index) =>
      `Ward ${index + 1} report: the council said the budget for ward ${index + 1} was balanced, and residents of district ${index + 1} denied it.`,
  ).join('\n\n');
}

describe('a layer of more than a thousand annotations', () => {
  const suite = useBrowserSuite();

  it('draws the marks in view first and then every other one, keeping them on their words while the reader types', async () => {
    const docId = await importArticle(suite.server, article());
    const articleClient = connectClient(suite.server, docId);
    const layerClient = connectClient(suite.server, layerRoomName(docId, teamLayerId));
    await Promise.all([synced(articleClient), synced(layerClient)]);
    const view = new TestArticle(articleClient.doc);
    layerClient.doc.transact(() => {
      for (let ward = 1; ward <= wards; ward++) {
        mark(view, layerClient.doc, 'attribution', `the council said the budget for ward ${ward} was`);
        mark(view, layerClient.doc, 'claim', `budget for ward ${ward} was balanced`);
        mark(view, layerClient.doc, 'denial', `residents of district ${ward} denied`);
        mark(view, layerClient.doc, 'claim', `Ward ${ward} report`);
      }
    });
    // The marks are on the server before their writer goes: a new reader of the layer gets them all.
    await eventually(async () => {
      const reader = connectClient(suite.server, layerRoomName(docId, teamLayerId));
      try {
        await synced(reader);
        expect(annotationsMap(reader.doc).size).toBe(wards * 4);
      } finally {
        reader.destroy();
      }
    }, 20_000);
    articleClient.destroy();
    layerClient.destroy();

    const { page, errors } = await suite.open(docId, 'Reader');
    await page.locator('.ProseMirror [data-annotation-id]').first().waitFor();
    // The reader types at the top while the rest is still being drawn (a
    // click on a mark would select it, and draw everything at once).
    await page.locator('.ProseMirror').focus();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('Late edition. ');

    const drawnIds = () =>
      page.evaluate(
        () =>
          new Set(
            Array.from(document.querySelectorAll('.ProseMirror [data-annotation-id]'), (span) => span.getAttribute('data-annotation-id')),
          ).size,
      );
    await expect.poll(drawnIds, { timeout: 15_000 }).toBe(wards * 4);
    const denials = await annotatedTexts(page, 'denial');
    expect(denials).toHaveLength(wards);
    expect(denials).toContain(`residents of district ${wards} denied`);
    expect(await annotatedTexts(page, 'claim')).toContain('Ward 1 report');
    expect(await page.locator('.ProseMirror p').first().textContent()).toMatch(/^Late edition\. Ward 1 report/);

    // The last mark of the article opens its details like any other.
    await page.locator('.ProseMirror .annotation-denial').last().click();
    await expect
      .poll(() => page.getByRole('region', { name: 'Denial details' }).locator('.details-quote').textContent())
      .toBe(`residents of district ${wards} denied`);
    // The sidebar holds only the rows near its view, each telling where it is in the whole list,
    // and the chosen mark's row, the last of the list, is brought into view.
    const selectedRow = page.locator('.annotation-row.selected');
    await expect.poll(() => selectedRow.getAttribute('aria-posinset')).toBe(String(wards * 4));
    expect(await selectedRow.getAttribute('aria-setsize')).toBe(String(wards * 4));
    expect(await selectedRow.isVisible()).toBe(true);
    expect(await page.locator('.annotation-row').count()).toBeLessThan(40);

    // Its list of claims to deny holds the nearest few of the 600, and a search finds any other.
    const details = page.getByRole('region', { name: 'Denial details' });
    expect(await details.locator('.link-option').count()).toBeLessThan(20);
    await expect.poll(() => details.locator('.link-option').allTextContents()).toContain(`Claim budget for ward ${wards} was balanced`);
    await details.getByRole('searchbox', { name: /Find claims to link/ }).fill('ward 7 was');
    const found = details.getByRole('radio', { name: /budget for ward 7 was balanced/ });
    await found.check();
    await expect.poll(() => found.isChecked()).toBe(true);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/link-search.png` });
    expect(errors).toEqual([]);
  });
});
