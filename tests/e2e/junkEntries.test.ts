import fc from 'fast-check';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activityLog, layerRoomName, readLayer, teamLayerId, type ActivityEntry } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { anchorsOf, TestArticle } from '../support/article.js';
import { annotatedTexts, launchBrowser, openDocumentAs } from '../support/browser.js';
import { connectClient, synced } from '../support/client.js';
import { writeToStore } from '../support/damaged.js';
import { eventually } from '../support/eventually.js';
import { storedEntry, writeEntries } from '../support/junkEntries.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../support/server.js';

const story = 'The port authority said it moved 9 million tonnes last year.\n\nDock workers denied that figure on Monday.';
const formats = ['factmark', 'wa', 'claimreview', 'html', 'csv', 'markdown', 'text'];
/** Where to keep screenshots to look at; none are taken unless it is set. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'];

describe('a document whose layer holds random entries of every kind of junk', () => {
  const data = { dir: '', remove: async () => {} };
  let server: TestServer;
  let browser: Browser | undefined;
  let docId: string;

  beforeAll(async () => {
    Object.assign(data, await tempDataDir());
    const first = await startServer({ dataDir: data.dir });
    docId = await importArticle(first, story);
    const clients = await annotateAs(first, docId, first.token, teamLayerId, [['claim', '9 million tonnes']]);
    const article = connectClient(first, docId);
    await synced(article);
    const view = new TestArticle(article.doc);
    const realAnchors = ['The port authority said', 'denied that figure', 'Monday'].flatMap((phrase) => {
      const { start, end } = anchorsOf(view, phrase);
      return [start, end];
    });
    const check = connectClient(first, layerRoomName(docId, teamLayerId));
    await eventually(() => expect(check.doc.getMap('annotations').size).toBe(1));
    for (const client of [...clients, article, check]) client.destroy();
    await first.stop();
    // Thirty entries, the same every run; straight into the store, past the server's checks.
    const [entries = []] = fc.sample(fc.array(storedEntry(realAnchors), { minLength: 30, maxLength: 30 }), { numRuns: 1, seed: 14 });
    const [history = []] = fc.sample(fc.array(fc.anything({ maxDepth: 2 }), { minLength: 10, maxLength: 10 }), { numRuns: 1, seed: 14 });
    await writeToStore(data.dir, layerRoomName(docId, teamLayerId), (layer) => {
      writeEntries(layer, entries);
      // And lines of history no reader can use: not objects, unknown actions and kinds, times that are not times.
      const at = '2026-03-01T00:00:00.000Z';
      activityLog(layer).push([
        ...history,
        { at, by: 7, action: 'exploded', annotationId: 'x', kind: 'claim' },
        { at, action: 'deleted', annotationId: 'x', kind: 'rumour' },
        { at: 'yesterday', action: 'created', annotationId: 'x', kind: 'claim' },
        { at, action: 'deleted', annotationId: 'gone', kind: 'denial', quote: 'an unreadable copy', snapshot: { start: 3 } },
      ] as ActivityEntry[]);
    });
    server = await startServer({ dataDir: data.dir });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server.stop();
    await data.remove();
  });

  it('opens, drawing and listing what it can read and listing the rest as damaged', async () => {
    if (browser === undefined) throw new Error('The browser did not start.');
    const check = connectClient(server, layerRoomName(docId, teamLayerId));
    await synced(check);
    const { annotations, damaged } = readLayer(check.doc);
    check.destroy();
    expect(damaged.length).toBeGreaterThan(0);

    const { page, context, errors } = await openDocumentAs(browser, server.url, server.token, docId, 'Owner');
    await expect.poll(() => annotatedTexts(page, 'claim')).toContain('9 million tonnes');
    const region = page.getByRole('region', { name: /Damaged/ });
    await expect.poll(() => region.getByRole('listitem').count()).toBe(damaged.length);
    expect(await page.getByRole('tab', { name: /Annotations/ }).textContent()).toContain(`(${annotations.length})`);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/junk-list.png`, fullPage: true });
    await page.getByRole('tab', { name: 'History' }).click();
    const lines = page.locator('.history li');
    await expect
      .poll(() => lines.allTextContents())
      .toEqual([
        expect.stringMatching(/Unknown deleted\s*Denial “an unreadable copy”/),
        expect.stringMatching(/Tester marked\s*Claim “9 million tonnes”/),
      ]);
    // Its copy cannot be read: nothing to restore.
    expect(await lines.first().getByRole('button', { name: 'Restore' }).count()).toBe(0);
    await page.getByRole('tab', { name: 'Who said what' }).click();
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/junk.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports in every format, listing the damaged entries as skipped', async () => {
    for (const format of formats) {
      const response = await api(server, `/api/documents/${docId}/export?format=${format}`);
      expect(response.status).toBe(200);
      expect(Number(response.headers.get('x-factmark-skipped-count'))).toBeGreaterThan(0);
    }
  });
});
