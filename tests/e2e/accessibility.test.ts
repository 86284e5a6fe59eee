import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { layerRoomName, listAnnotations, teamLayerId, updateAnnotation, verdicts } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { connectClient, synced, type TestClient } from '../support/client.js';
import { readCompareFixture } from '../support/compareFixture.js';
import { eventually } from '../support/eventually.js';
import { api, importArticle } from '../support/server.js';

const story =
  '# Port budget\n\nThe minister said the port would cost 80 million. Officials said it would open in May. ' +
  'The mayor said traffic would double. Analysts said fees would rise. The union said jobs would grow. ' +
  'A report said the dock was safe. Engineers said the crane was new.\n\nThe operator denied any delay.';
const claims = [
  'the port would cost 80 million',
  'it would open in May',
  'traffic would double',
  'fees would rise',
  'jobs would grow',
  'the dock was safe',
  'the crane was new',
];

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const suite = useBrowserSuite();

  /** A document with a claim of every verdict, a denial and an attribution; two students have marked it too. */
  async function markedDocument(): Promise<{ docId: string; clients: TestClient[] }> {
    const { server } = suite;
    const docId = await importArticle(server, story, 'markdown');
    await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }));
    const clients = await annotateAs(server, docId, server.token, teamLayerId, [
      ...claims.map((words) => ['claim', words] as ['claim', string]),
      ['denial', 'denied any delay'],
      ['attribution', 'The minister said'],
    ]);
    const layer = clients[1];
    if (layer === undefined) throw new Error('No layer client.');
    const byQuote = new Map(listAnnotations(layer.doc).map((annotation) => [annotation.quote, annotation.id]));
    verdicts.forEach((verdict, index) => {
      const id = byQuote.get(claims[index] ?? '');
      if (id !== undefined) updateAnnotation(layer.doc, id, { verdict });
    });
    for (const label of ['Ana Lima', 'Ben Okafor']) {
      const issued = (await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label }))).json()) as {
        token: string;
        invite: { jti: string };
      };
      clients.push(...(await annotateAs(server, docId, issued.token, `p-${issued.invite.jti}`, [['claim', 'traffic would double']])));
    }
    const check = connectClient(server, layerRoomName(docId, teamLayerId));
    await synced(check);
    await eventually(() => expect(listAnnotations(check.doc).filter((annotation) => annotation.verdict === 'mostly-true')).toHaveLength(1));
    clients.push(check);
    return { docId, clients };
  }

  /** Checks the page as it is in the light colour scheme and in the dark one. */
  async function expectNoSerious(page: Page, where: string): Promise<void> {
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const violations = await seriousViolations(page);
      expect(violations, `${where}, ${colorScheme}: ${JSON.stringify(violations, null, 1)}`).toEqual([]);
    }
    await page.emulateMedia({ colorScheme: 'light' });
  }

  it('finds nothing serious on the document list, the editor with details open, Share, Class results and the compare page', async () => {
    const { docId, clients } = await markedDocument();
    const { page } = await suite.open(docId, 'Ada');
    await page.locator('.annotation-row').nth(8).waitFor();

    // The editor with a claim's details open and every verdict in the list.
    await page.locator('.annotation-row button').filter({ hasText: 'traffic would double' }).click();
    await page.getByRole('region', { name: 'Claim details' }).waitFor();
    await expect.poll(() => page.locator('.annotation-row .verdict-mostly-true').count()).toBe(1);
    // Marks are <mark>s a screen reader names by kind and verdict as it reads into them.
    expect(await page.locator('.ProseMirror mark.annotation-claim[aria-roledescription="claim, mostly true"]').count()).toBe(1);
    expect(await page.locator('.ProseMirror mark.annotation-denial[aria-roledescription="denial"]').count()).toBe(1);
    await expectNoSerious(page, 'editor with details');

    // Share, with an invitation in its table.
    await page.getByRole('button', { name: 'Share…' }).click();
    await page.locator('table.invites tbody tr').first().waitFor();
    await expectNoSerious(page, 'share');
    await page.getByRole('button', { name: 'Share…' }).click();

    // Class results against the team layer.
    await page.getByRole('button', { name: 'Class results' }).click();
    const results = page.getByRole('region', { name: 'Class results' });
    await expect
      .poll(async () => (await results.getByLabel('Answer key').locator('option').allTextContents()).join('|'))
      .toContain('Ben Okafor');
    await results.getByLabel('Answer key').selectOption({ label: 'Team' });
    await expect.poll(() => results.locator('table.scores tbody tr').count()).toBe(2);
    await expectNoSerious(page, 'class results');

    // The document list.
    await page.getByRole('link', { name: '← Documents' }).click();
    await page.getByRole('list', { name: 'Documents' }).waitFor();
    await expectNoSerious(page, 'document list');

    // The compare page with two versions that differ.
    const wire = await importArticle(suite.server, readCompareFixture('wire.md'), 'markdown');
    const rewrite = await importArticle(suite.server, readCompareFixture('rewrite.md'), 'markdown');
    await page.evaluate(([a, b]) => (window.location.hash = `#/compare/${a}/${b}`), [wire, rewrite] as const);
    await page.getByRole('table', { name: 'Aligned sentences' }).waitFor();
    await expect.poll(() => page.locator('.cmp-only-a, .cmp-only-b').count()).toBeGreaterThan(0);
    await expectNoSerious(page, 'compare');
    for (const client of clients) client.destroy();
  });
});
