import { describe, expect, it } from 'vitest';
import { importDocument, parseMarkdown } from '../../../../shared/index.js';
import { a, doc, em, h, hr, li, ol, p, quote, strong, ul } from '../../../support/builders.js';

describe('parseMarkdown', () => {
  it('reads headings, paragraphs, emphasis and links', () => {
    const parsed = parseMarkdown('# Title\n\nSome *em* and **strong** and [a link](https://example.org/x).');
    expect(
      parsed.eq(doc(h(1, 'Title'), p('Some ', em('em'), ' and ', strong('strong'), ' and ', a('https://example.org/x', 'a link'), '.'))),
    ).toBe(true);
  });

  it('reads quotes, lists and rules', () => {
    const parsed = parseMarkdown('> quoted\n\n- one\n- two\n\n3. three\n4. four\n\n---\n');
    const expected = doc(quote(p('quoted')), ul(li(p('one')), li(p('two'))), ol(3, li(p('three')), li(p('four'))), hr());
    expect(parsed.eq(expected)).toBe(true);
  });

  it('keeps raw HTML as literal text instead of markup', () => {
    const parsed = parseMarkdown('Hello <script>alert(1)</script> world');
    expect(parsed.textContent).toBe('Hello <script>alert(1)</script> world');
    expect(JSON.stringify(parsed.toJSON())).not.toContain('"type":"script"');
  });

  it('does not make links of javascript: URLs', () => {
    const parsed = parseMarkdown('[click](javascript:alert(1)) and [mail](mailto:desk@example.org)');
    const hrefs: string[] = [];
    parsed.descendants((node) => {
      for (const mark of node.marks) hrefs.push(String(mark.attrs['href']));
    });
    expect(hrefs).toEqual(['mailto:desk@example.org']);
    expect(parsed.textContent).toContain('click');
  });

  it('keeps code as plain text and drops images', () => {
    const parsed = parseMarkdown('Run `make` now.\n\n![a chart](https://example.org/c.png)\n\n```\nblock text\n```');
    expect(parsed.textContent).toContain('`make`');
    expect(parsed.textContent).toContain('block text');
    expect(parsed.textContent).not.toContain('chart');
  });

  it('preserves non-ASCII, right-to-left text and emoji', () => {
    const text = 'Søren said “ناقص” and שלום 👍🏽 to Ngô Thị Hương.';
    expect(parseMarkdown(text).textContent).toBe(text);
  });
});

describe('importDocument("markdown")', () => {
  it('takes the title from the first heading', () => {
    expect(importDocument('markdown', 'Intro line\n\n## The real title\n\nBody').title).toBe('The real title');
  });
});

describe('links whose address is not allowed', () => {
  it('keep their words as text, without the Markdown around them', () => {
    const parsed = parseMarkdown('By [AFP](#) and [Reuters](/wire), with [the council](https://example.org/council).');
    expect(parsed.textContent).toBe('By AFP and Reuters, with the council.');
    const hrefs: string[] = [];
    parsed.descendants((node) => {
      for (const mark of node.marks) hrefs.push(String(mark.attrs['href']));
    });
    expect(hrefs).toEqual(['https://example.org/council']);
  });
});
