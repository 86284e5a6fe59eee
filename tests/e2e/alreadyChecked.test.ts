import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { seriousViolations } from '../support/axe.js';
import { selectWords } from '../support/browser.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle } from '../support/server.js';

/** Where to keep screenshots to look at; none are taken unless it is set. */
const screenshots = process.env['FACTMARK_SCREENSHOTS'];
const feedFile = path.join(import.meta.dirname, '..', 'fixtures', 'claimreview', 'feeds', 'harbour-desk.jsonld');

const story =
  '# Harbour dredging\n\nThe port authority said dredging the harbour would cost 12 million euros.\n\nFishermen said the estimate was far too low.';

describe('already checked', () => {
  const suite = useBrowserSuite();

  it('shows similar reviewed claims under a new claim and links it to one with the keyboard', async () => {
    const imported = await api(suite.server, '/api/claims/feeds?name=harbour', {
      method: 'POST',
      headers: { 'Content-Type': 'application/ld+json' },
      body: await readFile(feedFile, 'utf8'),
    });
    expect(imported.status).toBe(200);
    const docId = await importArticle(suite.server, story, 'markdown');
    const { page, errors } = await suite.open(docId, 'Dana');
    await selectWords(page, 'dredging the harbour would cost 12 million euros');
    await page.getByRole('button', { name: 'Claim' }).click();

    const details = page.getByRole('region', { name: 'Claim details' });
    const checked = details.getByRole('region', { name: 'Already checked?' });
    const first = checked.getByRole('listitem').first();
    await expect.poll(() => first.textContent(), { timeout: 10_000 }).toContain('Dredging the harbour will cost twelve million euros');
    expect(await first.textContent()).toContain('Misleading');
    expect(await first.textContent()).toContain('reviewed by Harbour Fact Desk');
    expect(await first.getByRole('link').getAttribute('href')).toBe('https://checks.example.org/2025/harbour-dredging');
    expect(await seriousViolations(page)).toEqual([]);
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/already-checked.png`, fullPage: true });

    // The button is reached and pressed from the keyboard like any other.
    const link = first.getByRole('button', { name: /^Link to this review:/ });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => checked.textContent()).toContain('Linked to an earlier review');
    expect(await first.getByRole('button').textContent()).toBe('Linked');
    if (screenshots !== undefined) await page.screenshot({ path: `${screenshots}/already-checked-linked.png`, fullPage: true });

    // The link is stored with the claim and exported.
    await expect
      .poll(async () => (await (await api(suite.server, `/api/documents/${docId}/export?format=csv`)).text()).includes('Harbour Fact Desk'))
      .toBe(true);
    const exported = (await (await api(suite.server, `/api/documents/${docId}/export?format=factmark`)).json()) as {
      layers: { annotations: { priorReview: unknown }[] }[];
    };
    expect(exported.layers[0]?.annotations[0]?.priorReview).toMatchObject({
      source: 'feed',
      id: 'harbour#0',
      url: 'https://checks.example.org/2025/harbour-dredging',
      verdict: 'Misleading',
    });

    await checked.getByRole('button', { name: 'Unlink' }).click();
    await expect.poll(() => checked.textContent()).not.toContain('Linked to an earlier review');
    expect(errors).toEqual([]);
  });
});
