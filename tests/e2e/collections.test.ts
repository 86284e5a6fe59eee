import { describe, expect, it } from 'vitest';
import { toFactmarkJson } from '../../shared/index.js';
import { annotatedFixture } from '../support/annotatedFixture.js';
import { seriousViolations } from '../support/axe.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle } from '../support/server.js';

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

describe('filing and filtering the document list', () => {
  const suite = useBrowserSuite();

  it('makes a collection, files and tags a document, and filters by collection, tag, worker and date', async () => {
    const { server } = suite;
    const harbour = await importArticle(server, '# Harbour reopens\n\nThe quay was rebuilt in nine days, the operator said.', 'markdown');
    // Marks made by Ana Ruiz: the fixture's, under her name.
    const file = JSON.parse(toFactmarkJson(annotatedFixture().model())) as {
      document: { id: string; title: string };
      layers: { annotations: { author: unknown }[] }[];
    };
    file.document = { ...file.document, id: 'buses1', title: 'Ghost buses' };
    for (const layer of file.layers) for (const annotation of layer.annotations) annotation.author = { id: 'ana-1', name: 'Ana Ruiz' };
    expect((await api(server, '/api/documents', json('POST', { format: 'factmark', content: file }))).status).toBe(201);

    const { page, errors } = await suite.open(harbour, 'Owen');
    await page.getByRole('link', { name: '← Documents' }).click();
    const list = page.getByRole('list', { name: 'Documents' });
    await list.getByRole('link', { name: 'Harbour reopens' }).waitFor();
    const titles = () => list.getByRole('link').allTextContents();

    await page.getByLabel('New collection’s name').fill('Harbour beat');
    await page.getByRole('button', { name: 'Make collection' }).click();
    await expect.poll(() => page.locator('.status').textContent()).toBe('Made the collection “Harbour beat”.');

    await page.getByRole('button', { name: 'Edit collections and tags of Harbour reopens' }).click();
    const form = page.getByRole('form', { name: 'Collections and tags of Harbour reopens' });
    await form.getByLabel('Harbour beat').check();
    // A bad tag is refused in the form, which keeps what was typed and ticked.
    await form.getByLabel('Tags (comma separated)').fill('Ports, Bad tag!!');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => form.getByRole('alert').textContent()).toContain('Not saved:');
    expect(await form.getByLabel('Tags (comma separated)').inputValue()).toBe('Ports, Bad tag!!');
    expect(await form.getByLabel('Harbour beat').isChecked()).toBe(true);
    await form.getByLabel('Tags (comma separated)').fill('Ports, Night buses');
    await form.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => page.locator('.filing').first().textContent()).toContain('#night-buses');
    await expect.poll(() => page.getByRole('combobox', { name: 'Collection' }).textContent()).toContain('Harbour beat (1)');

    const filters = page.getByRole('search', { name: 'Filter documents' });
    await filters.getByLabel('Collection').selectOption({ label: 'Harbour beat (1)' });
    await expect.poll(titles).toEqual(['Harbour reopens']);
    await page.screenshot({ path: '/tmp/factmark-collections.png', fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
    await filters.getByRole('button', { name: 'Clear filters' }).click();
    await expect.poll(async () => (await titles()).sort()).toEqual(['Ghost buses', 'Harbour reopens']);

    await filters.getByLabel('Tag').fill('ports');
    await filters.getByLabel('Tag').press('Enter');
    await expect.poll(titles).toEqual(['Harbour reopens']);
    await filters.getByLabel('Tag').fill('');
    await filters.getByLabel('Marked by').fill('ana ruiz');
    await filters.getByRole('button', { name: 'Filter', exact: true }).click();
    await expect.poll(titles).toEqual(['Ghost buses']);
    await filters.getByLabel('Marked by').fill('');
    await filters.getByLabel('To').fill('2026-03-02');
    await expect.poll(titles).toEqual(['Ghost buses']);
    await filters.getByLabel('From').fill('2026-03-03');
    await expect.poll(() => page.getByText('No documents match these filters.').count()).toBe(1);
    expect(errors).toEqual([]);
  });
});
