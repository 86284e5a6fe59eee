import { describe, expect, it } from 'vitest';
import { parseRoute, searchHref } from '../../../client/src/route.js';
import { searchHitHref } from '../../../shared/search/index.js';

describe('parseRoute', () => {
  it('reads a document opened at a mark, in the team layer or another', () => {
    expect(parseRoute('#/d/abc/m/m1')).toEqual({ page: 'document', id: 'abc', focus: { mark: 'm1' } });
    expect(parseRoute('#/d/abc/m/m1?layer=p-x')).toEqual({ page: 'document', id: 'abc', focus: { mark: 'm1', layer: 'p-x' } });
    expect(parseRoute('#/d/abc/m/m1?layer=bad/layer')).toEqual({ page: 'document', id: 'abc', focus: { mark: 'm1' } });
  });

  it('reads a document opened at offsets of its text', () => {
    expect(parseRoute('#/d/abc/at/12-19')).toEqual({ page: 'document', id: 'abc', focus: { start: 12, end: 19 } });
    expect(parseRoute('#/d/abc/at/12')).toEqual({ page: 'document', id: 'abc', focus: { start: 12, end: 12 } });
    expect(parseRoute('#/d/abc')).toEqual({ page: 'document', id: 'abc' });
  });

  it('opens every link a search answer gives where it points', () => {
    expect(parseRoute(searchHitHref('doc', { id: 'm', layer: 'team' }, { start: 1, end: 2 }))).toMatchObject({ focus: { mark: 'm' } });
    expect(parseRoute(searchHitHref('doc', { id: 'm', layer: 'p-s' }, null))).toMatchObject({ focus: { mark: 'm', layer: 'p-s' } });
    expect(parseRoute(searchHitHref('doc', null, { start: 3, end: 9 }))).toMatchObject({ focus: { start: 3, end: 9 } });
  });

  it('reads the search page and its query, and falls back to the list for anything else', () => {
    const route = parseRoute(searchHref(new URLSearchParams({ q: 'what? now', kind: 'claim' })));
    expect(route.page === 'search' && Object.fromEntries(route.query)).toEqual({ q: 'what? now', kind: 'claim' });
    expect(parseRoute('#/d/abc/x/1')).toEqual({ page: 'list' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'list' });
  });
});
