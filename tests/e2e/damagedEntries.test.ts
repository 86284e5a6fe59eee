import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationsMap, layerRoomName, readLayer, teamLayerId } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { annotatedTexts, launchBrowser, openDocumentAs } from '../support/browser.js';
import { connectClient, synced } from '../support/client.js';
import { addBrokenAnchorEntry, writeToStore } from '../support/damaged.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../support/server.js';

const story = 'The port authority said it moved 9 million tonnes last year.\n\nDock workers denied the figure.';
/** Where to keep screenshots to look at; none are taken unless it is set. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'];

describe('a document holding an entry with broken anchors', () => {
  const data = { dir: '', remove: async () => {} };
  let server: TestServer;
  let browser: Browser | undefined;
  let docId: string;

  beforeAll(async () => {
    Object.assign(data, await tempDataDir());
    const first = await startServer({ dataDir: data.dir });
    docId = await importArticle(first, story);
    const clients = await annotateAs(first, docId, first.token, teamLayerId, [
      ['attribution', 'The port authority said'],
      ['claim', '9 million tonnes'],
      ['denial', 'denied the figure'],
    ]);
    const check = connectClient(first, layerRoomName(docId, teamLayerId));
    await eventually(() => expect(check.doc.getMap('annotations').size).toBe(3));
    for (const client of [...clients, check]) client.destroy();
    await first.stop();
    // Straight into the store: the server refuses such an entry at the door.
    await writeToStore(data.dir, layerRoomName(docId, teamLayerId), (layer) => {
      addBrokenAnchorEntry(layer, 'broken');
      // And one with a kind no reader knows, by someone else again.
      const rumour = new Y.Map<unknown>();
      annotationsMap(layer).set('rumour', rumour);
      rumour.set('made', { author: { id: 'eve', name: 'Eve' }, createdAt: '2026-03-01T00:00:00.000Z', kind: 'rumour' });
    });
    server = await startServer({ dataDir: data.dir });
    // The team layer is the answer key: the class's scores read the layer holding the damaged entries.
    const key = await api(server, `/api/documents/${docId}/answer-key`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ layer: teamLayerId }),
    });
    expect(key.status).toBe(200);
    browser = await launchBrowser();
  });
  /** An annotator's invitation token, for a person named `label`. */
  const annotatorToken = async (label: string) => {
    const invite = await api(server, `/api/documents/${docId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ role: 'annotator', label }),
    });
    return ((await invite.json()) as { token: string }).token;
  };

  afterAll(async () => {
    await browser?.close();
    await server.stop();
    await data.remove();
  });

  it('lets the author of a damaged entry delete it, and not someone else’s', async () => {
    if (browser === undefined) throw new Error('The browser did not start.');
    const token = await annotatorToken('Mallory');
    const context = await browser.newContext();
    // The browser Mallory wrote the broken entry from: her identity is kept in the browser.
    await context.addInitScript(() =>
      window.localStorage.setItem('factmark.identity', JSON.stringify({ id: 'mallory', name: 'Mallory', color: '#d1495b' })),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.url}/?token=${token}#/d/${docId}`);
    const damaged = page.getByRole('region', { name: /Damaged/ });
    await expect.poll(() => damaged.getByRole('listitem').count()).toBe(2);
    const deletable = damaged.getByRole('listitem').filter({ has: page.getByRole('button', { name: 'Delete damaged entry' }) });
    await expect.poll(() => deletable.count()).toBe(1);
    expect(await deletable.textContent()).toContain('a broken claim');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens, draws its good marks, lists the broken one as damaged, and the owner deletes it', async () => {
    if (browser === undefined) throw new Error('The browser did not start.');
    const { page, context, errors } = await openDocumentAs(browser, server.url, server.token, docId, 'Owner');
    await expect.poll(() => annotatedTexts(page, 'claim')).toEqual(['9 million tonnes']);
    expect(await annotatedTexts(page, 'attribution')).toEqual(['The port authority said']);
    expect(await annotatedTexts(page, 'denial')).toEqual(['denied the figure']);

    const damaged = page.getByRole('region', { name: /Damaged/ });
    await expect.poll(() => damaged.textContent()).toContain('a broken claim');
    const listed = (await damaged.textContent()) ?? '';
    expect(listed).toContain('start: names no item and no type');
    expect(listed).toContain('Mallory');
    expect(await page.getByRole('tab', { name: /Annotations/ }).textContent()).toContain('(3)');
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/damaged-listed.png`, fullPage: true });

    expect(listed).toContain('kind: "rumour" is not one of claim, denial, attribution');
    await damaged.getByRole('listitem').filter({ hasText: 'a broken claim' }).getByRole('button', { name: 'Delete damaged entry' }).click();
    await expect.poll(() => damaged.textContent()).not.toContain('a broken claim');
    expect(await damaged.textContent()).toContain('rumour');
    await page.getByRole('tab', { name: 'History' }).click();
    await expect.poll(() => page.locator('.history li').first().textContent()).toMatch(/Owner deleted\s*Claim “a broken claim”/);
    // Nothing to restore: the entry could not be read, so no copy was kept.
    expect(await page.locator('.history li').first().getByRole('button', { name: 'Restore' }).count()).toBe(0);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/damaged-deleted.png`, fullPage: true });

    // Gone from the store for everyone.
    const check = connectClient(server, layerRoomName(docId, teamLayerId));
    await synced(check);
    await eventually(() => expect(readLayer(check.doc).damaged.map((entry) => entry.id)).toEqual(['rumour']));
    expect(readLayer(check.doc).annotations).toHaveLength(3);
    check.destroy();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a damaged entry to an annotator who did not write it, with no way to delete it', async () => {
    if (browser === undefined) throw new Error('The browser did not start.');
    const token = await annotatorToken('Ben');
    const { page, context, errors } = await openDocumentAs(browser, server.url, token, docId, 'Ben');
    const damaged = page.getByRole('region', { name: /Damaged/ });
    await expect.poll(() => damaged.textContent()).toContain('kind: "rumour" is not one of claim, denial, attribution');
    // Once the document's record is in, Ben's role is known: he may mark, but this entry is not his.
    await expect.poll(() => page.locator('.document-title').textContent()).not.toBe('');
    expect(await damaged.getByRole('button').count()).toBe(0);
    expect(await annotatedTexts(page, 'claim')).toEqual(['9 million tonnes']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('scores the class, saying the damaged entry left in the key was left out', async () => {
    if (browser === undefined) throw new Error('The browser did not start.');
    const { page, context, errors } = await openDocumentAs(browser, server.url, server.token, docId, 'Owner');
    await page.getByRole('button', { name: 'Class results' }).click();
    const results = page.getByRole('region', { name: 'Class results' });
    await expect.poll(() => results.getByRole('note').textContent()).toMatch(/1 damaged entry was left out of these scores/);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/damaged-scores.png`, fullPage: true });
    expect(errors).toEqual([]);
    await context.close();
  });
});
