import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { fromPdf } from '../../../../server/formats/pdfImport.js';
import { toText } from '../../../../shared/index.js';
import { launchBrowser } from '../../../support/browser.js';

/** A report we wrote, long enough to run over several printed pages. */
const paragraphs = Array.from(
  { length: 14 },
  (_, index) =>
    `Finding ${index + 1}: inspectors visited the Harbour Street depot on ${index + 2} March and found that the maintenance ` +
    `logs for the night buses had not been signed for ${index + 3} weeks; the operator said the missing signatures were an ` +
    `administrative error and that every vehicle had been checked, a claim the report could not confirm from the records held.`,
);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser.close();
});

/** Prints a page of HTML to PDF in Chromium, with a running header and page numbers in the footer unless told not to. */
async function printToPdf(body: string, running = true): Promise<Uint8Array> {
  const page = await browser.newPage();
  await page.setContent(`<!doctype html><html lang="en"><head><title>Transit audit 2026</title>
    <style>body { font: 12pt Georgia, serif; } h1 { font-size: 24pt; } h2 { font-size: 16pt; } p { margin: 0 0 10pt; }</style>
    </head><body>${body}</body></html>`);
  const pdf = await page.pdf({
    format: 'A5',
    displayHeaderFooter: running,
    headerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Transit audit 2026 — confidential draft</div>',
    footerTemplate: '<div style="font-size:8pt;width:100%;text-align:center">Page <span class="pageNumber"></span></div>',
    margin: { top: '20mm', bottom: '20mm', left: '15mm', right: '15mm' },
  });
  await page.close();
  return new Uint8Array(pdf);
}

describe('PDF import', () => {
  it('rebuilds paragraphs and headings across pages, without running headers, footers and page numbers', async () => {
    const body = `<h1>Night bus audit</h1>${paragraphs
      .slice(0, 7)
      .map((text) => `<p>${text}</p>`)
      .join('')}
      <h2>What the operator said</h2>${paragraphs
        .slice(7)
        .map((text) => `<p>${text}</p>`)
        .join('')}`;
    const article = await fromPdf(await printToPdf(body));
    const text = toText(article.doc);
    expect(text.split('\n\n')).toEqual(['Night bus audit', ...paragraphs.slice(0, 7), 'What the operator said', ...paragraphs.slice(7)]);
    const headings: string[] = [];
    article.doc.forEach((node) => {
      if (node.type.name === 'heading') headings.push(`${String(node.attrs.level)} ${node.textContent}`);
    });
    expect(headings).toEqual(['1 Night bus audit', '2 What the operator said']);
    expect(text).not.toContain('confidential draft');
    expect(text).not.toMatch(/Page \d/);
    expect(article.title).toBe('Transit audit 2026');
    expect(article.dropped.join(' ')).toMatch(/running headers, footers and page numbers on \d+ pages/);
  });

  it('joins a word broken by a hyphen at the end of a line', async () => {
    const long = 'The inspectors described the arrangement as extra&shy;ordinarily careless in every depot they visited that spring.';
    const article = await fromPdf(await printToPdf(`<p style="width: 60mm">${long}</p>`, false));
    expect(toText(article.doc)).toBe(long.replace('&shy;', ''));
  });

  it('says a scanned PDF has no text layer instead of importing it empty', async () => {
    const bare = await printToPdf('<div style="width:100mm;height:60mm;background:#888"></div>', false);
    await expect(fromPdf(bare)).rejects.toThrow(/no text layer/);
  });

  it('refuses what is not a PDF with a clear message', async () => {
    await expect(fromPdf(new TextEncoder().encode('%PDF-1.7 not really'))).rejects.toThrow(/could not be read/);
  });
});
