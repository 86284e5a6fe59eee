import { describe, expect, it } from 'vitest';
import { checkPublicationDate, checkPublicUrl, htmlSource, importDocument } from '../../../shared/index.js';
import { InputError } from '../../../shared/errors.js';

describe('where an article and its fact-check are published', () => {
  it.each([
    ['https://news.example/2026/03/ghost-bus', 'https://news.example/2026/03/ghost-bus'],
    ['  http://news.example/a?b=1  ', 'http://news.example/a?b=1'],
    ['https://NEWS.example', 'https://news.example/'],
  ])('takes the address %j', (value, expected) => {
    expect(checkPublicUrl(value)).toBe(expected);
  });

  it.each([
    ['not a url at all', /absolute http\(s\) address/],
    ['/relative/path', /absolute http\(s\) address/],
    ['javascript:alert(1)', /not a javascript: one/],
    ['ftp://files.example/a', /not a ftp: one/],
  ])('refuses the address %j, saying why', (value, message) => {
    expect(() => checkPublicUrl(value)).toThrow(InputError);
    expect(() => checkPublicUrl(value)).toThrow(message);
  });

  it('refuses a review address with its own #fragment: each claim adds its anchor', () => {
    expect(() => checkPublicUrl('https://check.example/a#top', 'reviewUrl')).toThrow(/must not hold a #fragment/);
  });

  it.each(['2026-03-14', '2026-03-14T08:30:00Z', '2026-03-14T08:30:00.250+01:00', '2026-03-14T08:30'])('takes the date %j', (value) => {
    expect(checkPublicationDate(value)).toBe(value);
  });

  it.each(['last Thursday', '14 March 2026', '2026-02-30', '2026-13-01', '2026-03-14T25:00:00Z', ''])('refuses the date %j', (value) => {
    expect(() => checkPublicationDate(value)).toThrow(/ISO 8601 date/);
  });

  it('reads an HTML page’s canonical address and publication time, leaving out what is not valid', () => {
    const page = (head: string) => `<html><head>${head}</head><body><p>Text.</p></body></html>`;
    expect(
      htmlSource(
        page(
          '<link rel="canonical" href="https://news.example/story"><meta property="og:url" content="https://other.example/x"><meta property="article:published_time" content="2026-03-01T07:00:00+01:00">',
        ),
      ),
    ).toEqual({ sourceUrl: 'https://news.example/story', publishedAt: '2026-03-01T07:00:00+01:00' });
    expect(htmlSource(page('<meta property="og:url" content="https://news.example/og">'))).toEqual({
      sourceUrl: 'https://news.example/og',
    });
    expect(
      htmlSource(
        page(
          '<link rel="canonical" href="/relative"><meta property="og:url" content="javascript:x"><meta property="article:published_time" content="last Thursday">',
        ),
      ),
    ).toEqual({});
    expect(importDocument('html', page('<link rel="canonical" href="https://news.example/story">')).source).toEqual({
      sourceUrl: 'https://news.example/story',
    });
    expect(importDocument('text', 'Plain text.').source).toEqual({});
  });
});
