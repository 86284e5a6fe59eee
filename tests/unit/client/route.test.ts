import { describe, expect, it } from 'vitest';
import { markHref, parseRoute, searchHref } from '../../../client/src/route.js';
import { searchHitHref } from '../../../shared/search/index.js';

describe('permalinks to marks', () => {
  it.each([
    ['a team mark', { mark: 'k3j9x0a1b2c3d4e5f6', layer: 'team' }, '#/d/doc1/m/k3j9x0a1b2c3d4e5f6'],
    ['a mark in a private layer', { mark: 'abc', layer: 'p-student-1' }, '#/d/doc1/m/abc?layer=p-student-1'],
    ['an imported mark with any id', { mark: 'urn:uuid:1/2?x#y é', layer: 'team' }, '#/d/doc1/m/urn%3Auuid%3A1%2F2%3Fx%23y%20%C3%A9'],
  ])('writes and reads %s', (_name, target, href) => {
    expect(markHref('doc1', target)).toBe(href);
    expect(parseRoute(href)).toEqual({ page: 'document', id: 'doc1', mark: target });
  });

  it('reads a document link as before, and a malformed permalink as the list', () => {
    expect(parseRoute('#/d/doc1')).toEqual({ page: 'document', id: 'doc1' });
    expect(parseRoute('#/d/doc1/m/%E0%A4%A')).toEqual({ page: 'list' });
    expect(parseRoute('#/d/doc1/m/')).toEqual({ page: 'list' });
    expect(parseRoute('#/d/doc1/m/abc?layer=../x')).toEqual({ page: 'list' });
  });
});

describe('search links', () => {
  it('reads a document opened at offsets of its text', () => {
    expect(parseRoute('#/d/abc/at/12-19')).toEqual({ page: 'document', id: 'abc', at: { start: 12, end: 19 } });
    expect(parseRoute('#/d/abc/at/12')).toEqual({ page: 'document', id: 'abc', at: { start: 12, end: 12 } });
  });

  it('opens every link a search answer gives where it points', () => {
    expect(parseRoute(searchHitHref('doc', { id: 'm', layer: 'team' }, { start: 1, end: 2 }))).toMatchObject({
      mark: { mark: 'm', layer: 'team' },
    });
    expect(parseRoute(searchHitHref('doc', { id: 'm', layer: 'p-s' }, null))).toMatchObject({ mark: { mark: 'm', layer: 'p-s' } });
    expect(parseRoute(searchHitHref('doc', null, { start: 3, end: 9 }))).toMatchObject({ at: { start: 3, end: 9 } });
  });

  it('reads the search page and its query, and falls back to the list for anything else', () => {
    const route = parseRoute(searchHref(new URLSearchParams({ q: 'what? now', kind: 'claim' })));
    expect(route.page === 'search' && Object.fromEntries(route.query)).toEqual({ q: 'what? now', kind: 'claim' });
    expect(parseRoute('#/d/abc/x/1')).toEqual({ page: 'list' });
    expect(parseRoute('#/nowhere')).toEqual({ page: 'list' });
  });
});
