import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { teamLayerId } from '../../shared/index.js';
import { annotateAs } from '../support/annotate.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import type { TestClient } from '../support/client.js';
import { api, importArticle } from '../support/server.js';

const story = 'The minister said class sizes would shrink.\n\nTeachers denied any change.\n\nA survey found classes grew.';
/** The text each disagreement highlights in the main editor, by what it is ("b only attribution"). */
function disagreementTexts(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const texts: Record<string, string> = {};
    for (const span of Array.from(document.querySelectorAll('article.article:not(.compare-pane) .ProseMirror [data-disagreement]'))) {
      const what = span.getAttribute('data-disagreement') ?? '';
      texts[what] = (texts[what] ?? '') + (span.textContent ?? '');
    }
    return texts;
  });
}

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('class results and disagreements', () => {
  const suite = useBrowserSuite();

  it('shows the teacher each student’s scores against the answer key and what the class missed', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } }));
    const invite = async (label: string) => {
      const issued = (await (await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label }))).json()) as {
        token: string;
        invite: { jti: string };
      };
      return { token: issued.token, layer: `p-${issued.invite.jti}` };
    };
    const ana = await invite('Ana Lima');
    const ben = await invite('Ben Okafor');
    const clients: TestClient[] = [
      ...(await annotateAs(server, docId, server.token, teamLayerId, [
        ['claim', 'class sizes would shrink'],
        ['denial', 'Teachers denied any change'],
      ])),
      ...(await annotateAs(server, docId, ana.token, ana.layer, [['claim', 'class sizes would shrink']])),
      ...(await annotateAs(server, docId, ben.token, ben.layer, [['claim', 'sizes would shrink']])),
    ];

    const { page } = await suite.open(docId, 'Teacher');
    await page.getByRole('button', { name: 'Class results' }).click();
    const results = page.getByRole('region', { name: 'Class results' });
    // The layers appear once the students' marks are stored.
    await expect
      .poll(async () => (await results.getByLabel('Answer key').locator('option').allTextContents()).join('|'))
      .toContain('Ben Okafor');
    await results.getByLabel('Answer key').selectOption({ label: 'Team' });
    const rows = results.locator('table.scores tbody tr');
    await expect.poll(() => rows.count()).toBe(2);
    // Ana: 1 of 2 key spans, exactly → F1 2·1·½/1.5 = 0.67 both ways; Ben overlaps only → exact 0.
    expect((await rows.nth(0).locator('th, td').allTextContents()).slice(0, 3)).toEqual(['Ana Lima', '0.67', '0.67']);
    expect((await rows.nth(1).locator('th, td').allTextContents()).slice(0, 3)).toEqual(['Ben Okafor', '0.67', '0.00']);
    expect(await results.locator('.class-alpha').textContent()).toMatch(
      /Agreement among the students \(Krippendorff’s alpha\): -?\d\.\d\d/,
    );
    const missed = results.locator('.most-missed li');
    await expect.poll(() => missed.first().textContent()).toMatch(/Denial.*Teachers denied any change.*missed by 2 of 2/);

    await missed.first().getByRole('button').click();
    await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('Teachers denied any change');

    const [download] = await Promise.all([page.waitForEvent('download'), results.getByRole('button', { name: 'Download CSV' }).click()]);
    const csv = await readFile((await download.path()) ?? '', 'utf8');
    expect(csv).toMatch(/^\uFEFFstudent,layer,spans,f1_overlap/);
    expect(csv).toContain('Ana Lima');
    for (const client of clients) client.destroy();
  });

  it('highlights where two layers differ when they are side by side', async () => {
    const { server } = suite;
    const docId = await importArticle(server, story);
    const issued = (await (
      await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label: 'Cai' }))
    ).json()) as {
      token: string;
      invite: { jti: string };
    };
    const clients: TestClient[] = [
      ...(await annotateAs(server, docId, server.token, teamLayerId, [
        ['claim', 'class sizes would shrink'],
        ['denial', 'Teachers denied any change'],
      ])),
      ...(await annotateAs(server, docId, issued.token, `p-${issued.invite.jti}`, [
        ['claim', 'sizes would shrink'],
        ['claim', 'Teachers denied'],
        ['attribution', 'A survey found'],
      ])),
    ];
    const { page } = await suite.open(docId, 'Teacher');
    await page.getByLabel('Layer').focus();
    await expect.poll(async () => (await page.getByLabel('Layer').locator('option').allTextContents()).join('|')).toContain('Cai');
    await page.getByLabel('Side by side with').selectOption({ label: 'Beside: Cai' });
    const toggle = page.getByLabel(/Show where the layers differ/);
    await expect.poll(() => toggle.evaluate((box) => box.parentElement?.textContent)).toContain('(5)');
    expect(await disagreementTexts(page)).toEqual({});
    // Overlap: 1 of the key's 2 spans, 1 of Cai's 3 → F1 2·(1/3)(1/2)/(5/6) = 0.4; nothing exact.
    expect(await page.locator('.pair-figures').textContent()).toMatch(/^F1 0\.40 \(exact 0\.00\) · kappa -?\d\.\d\d · alpha -?\d\.\d\d$/);
    await toggle.check();
    await expect
      .poll(() => disagreementTexts(page))
      .toEqual({
        'a boundary claim': 'class sizes would shrink',
        'b boundary claim': 'sizes would shrink',
        'a kind denial': 'Teachers denied any change',
        'b kind claim': 'Teachers denied',
        'b only attribution': 'A survey found',
      });
    expect(await page.locator('[data-disagreement="b only attribution"]').getAttribute('title')).toBe(
      'Only Cai marks this, as an attribution.',
    );
    await toggle.uncheck();
    await expect.poll(() => disagreementTexts(page)).toEqual({});
    for (const client of clients) client.destroy();
  });
});
