import { describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../../../shared/api/search.js';
import { inDateRange, markFilterOf, searchHitHref, searchHitOf, type SearchMark } from '../../../../shared/search/index.js';

const text = 'The mayor 🎤 said the bridge cost 4 million.\n\nAuditors put the cost at 6 million.';
const record = { id: 'doc1', title: 'Bridge' };

/** A claim on some words of the text. */
function claim(words: string, fields: Partial<SearchMark> = {}): SearchMark {
  const start = text.indexOf(words);
  return {
    id: 'c1',
    layer: 'team',
    kind: 'claim',
    verdict: 'false',
    checkStatus: null,
    speaker: 'Mayor Ana Dóra',
    authorId: 'jti-1',
    authorName: 'Sol Reyes',
    createdAt: '2026-03-05T10:00:00.000Z',
    quote: words,
    note: 'Tender papers say otherwise.',
    start,
    end: start + words.length,
    ...fields,
  };
}

const query = (input: Record<string, unknown>) => searchQuerySchema.parse(input);

describe('searchHitOf', () => {
  it('opens a text hit at its first word, in code points, and highlights every one in the snippet', () => {
    const hit = searchHitOf({ record, text, mark: null }, new Set(['cost']), 1.5);
    const utf16 = text.indexOf('cost');
    // One emoji before it: one code point fewer than UTF-16 units.
    expect([hit.start, hit.end]).toEqual([utf16 - 1, utf16 + 3]);
    expect(hit.href).toBe(`#/d/doc1/at/${utf16 - 1}-${utf16 + 3}`);
    expect(hit.type).toBe('text');
    expect(hit.snippet.highlights).toHaveLength(2);
    expect(hit.mark).toBeUndefined();
  });

  it('shows a mark found by its note with its span highlighted, and links to the mark', () => {
    const mark = claim('the bridge cost 4 million');
    const hit = searchHitOf({ record, text, mark }, new Set(['tender']), 1);
    const points = Array.from(hit.snippet.text);
    expect(hit.snippet.highlights.map(({ start, end }) => points.slice(start, end).join(''))).toEqual(['the bridge cost 4 million']);
    expect(hit.href).toBe('#/d/doc1/m/c1');
    expect(hit.mark).toMatchObject({
      kind: 'claim',
      verdict: 'false',
      speaker: 'Mayor Ana Dóra',
      author: { id: 'jti-1', name: 'Sol Reyes' },
    });
  });

  it('highlights the words found inside a mark, and names a private layer in the link', () => {
    const mark = claim('the bridge cost 4 million', { layer: 'p-abc' });
    const hit = searchHitOf({ record, text, mark }, new Set(['bridge']), 1);
    const points = Array.from(hit.snippet.text);
    expect(hit.snippet.highlights.map(({ start, end }) => points.slice(start, end).join(''))).toEqual(['bridge']);
    expect(hit.href).toBe('#/d/doc1/m/c1?layer=p-abc');
  });

  it('shows an orphan by its quote, with no spot in the text', () => {
    const hit = searchHitOf({ record, text, mark: claim('gone words', { start: null, end: null, quote: 'gone words' }) }, new Set(), 0);
    expect([hit.start, hit.end, hit.snippet.text]).toEqual([null, null, 'gone words']);
    expect(hit.snippet.highlights).toEqual([{ start: 0, end: 10 }]);
  });
});

describe('mark filters', () => {
  const mark = claim('the bridge cost 4 million');
  it.each([
    [{ kind: 'claim' }, true],
    [{ kind: 'denial' }, false],
    [{ verdict: 'false' }, true],
    [{ verdict: 'true' }, false],
    [{ speaker: 'ana dora' }, true],
    [{ speaker: 'Bo' }, false],
    [{ author: 'reyes' }, true],
    [{ author: 'jti-1' }, true],
    [{ author: 'jti-2' }, false],
    [{ from: '2026-03-05', to: '2026-03-05' }, true],
    [{ from: '2026-03-06' }, false],
    [{ to: '2026-03-04' }, false],
  ])('%j → %s', (filters, expected) => {
    expect(markFilterOf(query(filters), true)(mark)).toBe(expected);
  });

  it('filters on a review step only where marks have one', () => {
    expect(markFilterOf(query({ status: 'checked' }), true)(mark)).toBe(false);
    expect(markFilterOf(query({ status: 'checked' }), true)({ ...mark, checkStatus: 'checked' })).toBe(true);
    expect(markFilterOf(query({ status: 'checked' }), false)(mark)).toBe(true);
  });

  it('counts a time that does not parse as outside any range', () => {
    expect(inDateRange('not a date', { from: '2020-01-01' })).toBe(false);
    expect(inDateRange('not a date', {})).toBe(true);
  });
});

describe('search query', () => {
  it('needs words or a filter, and trims empty ones away', () => {
    expect(searchQuerySchema.safeParse({}).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: '   ' }).success).toBe(false);
    expect(searchQuerySchema.parse({ q: ' port ', limit: '5' })).toMatchObject({ q: 'port', limit: 5 });
    expect(searchQuerySchema.safeParse({ q: 'x', limit: '500' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ kind: 'rumour' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x', from: '2026-02-30x' }).success).toBe(false);
    // A day the calendar does not have, though Date.parse rolls it over into March.
    expect(searchQuerySchema.safeParse({ q: 'x', from: '2026-02-30' }).success).toBe(false);
    expect(searchQuerySchema.safeParse({ q: 'x', to: '2026-02-28' }).success).toBe(true);
  });

  it('takes a review step by its id or by its label, and refuses one that is neither', () => {
    for (const status of ['to-check', 'To check', 'to check', 'NEEDS SECOND CHECK']) {
      const parsed = searchQuerySchema.safeParse({ status });
      expect(parsed.success && ['to-check', 'second-check'].includes(parsed.data.status ?? '')).toBe(true);
    }
    const bogus = searchQuerySchema.safeParse({ status: 'bogus-step' });
    expect(bogus.success).toBe(false);
    expect(bogus.error?.issues[0]?.message).toContain('No review step is called "bogus-step"');
  });

  it('builds the same links the client routes', () => {
    expect(searchHitHref('d', null, null)).toBe('#/d/d');
  });
});
