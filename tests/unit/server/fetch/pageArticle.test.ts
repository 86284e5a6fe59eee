import { describe, expect, it } from 'vitest';
import { pageArticle, publicationDateOf } from '../../../../server/fetch/pageArticle.js';

const page = (head: string, body = '<p>Nothing else.</p>') => `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
const jsonLd = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

describe('publicationDateOf', () => {
  it.each([
    [
      'an article:published_time meta tag',
      page('<meta property="article:published_time" content="2026-03-14T08:30:00Z">'),
      '2026-03-14T08:30:00Z',
    ],
    ['a JSON-LD NewsArticle', page(jsonLd({ '@type': 'NewsArticle', datePublished: '2026-03-14' })), '2026-03-14'],
    [
      'JSON-LD in a @graph',
      page(
        jsonLd({
          '@context': 'https://schema.org',
          '@graph': [{ '@type': 'WebPage' }, { '@type': 'Article', datePublished: '2026-02-01T10:00:00+01:00' }],
        }),
      ),
      '2026-02-01T10:00:00+01:00',
    ],
    ['JSON-LD as a list', page(jsonLd([{ '@type': 'Organization' }, { '@type': 'Article', datePublished: '2026-01-05' }])), '2026-01-05'],
    [
      'JSON-LD before the meta tag',
      page(`<meta property="article:published_time" content="2026-03-01">${jsonLd({ datePublished: '2026-03-02' })}`),
      '2026-03-02',
    ],
    [
      'the meta tag when the JSON-LD is broken',
      page('<script type="application/ld+json">{ not json</script><meta property="article:published_time" content="2026-03-01">'),
      '2026-03-01',
    ],
    [
      'a time with no colon in its offset, read as UTC',
      page('<meta name="date" content="2026-03-14T08:30:00+0100">'),
      '2026-03-14T07:30:00.000Z',
    ],
    ['a <time itemprop=datePublished>', page('', '<time itemprop="datePublished" datetime="2025-12-24">24 December</time>'), '2025-12-24'],
  ])('reads %s', (_case, html, expected) => {
    expect(publicationDateOf(html)).toBe(expected);
  });

  it.each([
    ['no date at all', page('<title>Undated</title>')],
    ['words instead of a date', page('<meta property="article:published_time" content="last Thursday">')],
    ['a day that does not exist', page(jsonLd({ datePublished: '2026-02-30' }))],
  ])('finds none in %s', (_case, html) => {
    expect(publicationDateOf(html)).toBeNull();
  });
});

describe('pageArticle', () => {
  const article = `<article><h1>Ferry timetable cut</h1>${'<p>The ferry company will run four crossings a day instead of six from April, its director told the council on Tuesday evening.</p>'.repeat(3)}<p><a href="/timetable">The new timetable</a> and <a href="javascript:alert(1)">a trap</a>.</p></article>`;

  it('keeps the article, not the page around it, with absolute links', () => {
    const found = pageArticle(
      page('<title>Ferry timetable cut</title>', `<nav>Home Sport Weather</nav>${article}<footer>Contact us</footer>`),
      'https://news.example/local/ferry',
    );
    expect(found.title).toBe('Ferry timetable cut');
    expect(found.html).toContain('four crossings a day');
    expect(found.html).not.toContain('Sport Weather');
    expect(found.html).not.toContain('Contact us');
    expect(found.html).toContain('href="https://news.example/timetable"');
  });

  it('refuses a page nested deeper than any article, before parsing it', () => {
    const deep = page('<title>Deep</title>', `${'<div>'.repeat(5000)}<p>Lost.</p>${'</div>'.repeat(5000)}`);
    expect(() => pageArticle(deep, 'https://news.example/')).toThrow(/nest more than 1000 deep/);
  });

  it('throws when the page holds no article', () => {
    expect(() => pageArticle(page('<title>Empty</title>', ''), 'https://news.example/')).toThrow(/No article/);
  });
});
