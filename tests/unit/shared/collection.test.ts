import { describe, expect, it } from 'vitest';
import { InputError } from '../../../shared/errors.js';
import { filterBound, normalizeCollectionName, normalizeTag, normalizeTags, recordMatches } from '../../../shared/index.js';

describe('collections and tags', () => {
  it.each([
    ['Climate  Policy', 'climate-policy'],
    [' ports ', 'ports'],
    ['Łódź', 'łódź'],
    ['e\u0301lection', 'élection'],
    ['desk:politics', 'desk:politics'],
  ])('normalises the tag %j to %j', (tag, normal) => expect(normalizeTag(tag)).toBe(normal));

  it.each(['', '   ', 'a,b', '<b>', '#x', 'x'.repeat(51)])('refuses the tag %j with an InputError', (tag) =>
    expect(() => normalizeTag(tag)).toThrow(InputError),
  );

  it('keeps each tag once, sorted, and at most 30', () => {
    expect(normalizeTags(['b', 'A', 'a', 'B '])).toEqual(['a', 'b']);
    expect(() => normalizeTags(Array.from({ length: 31 }, (_, index) => `t${index}`))).toThrow(InputError);
  });

  it('refuses an empty or too long collection name', () => {
    expect(normalizeCollectionName('  Port   beat ')).toBe('Port beat');
    expect(() => normalizeCollectionName(' ')).toThrow(InputError);
    expect(() => normalizeCollectionName('x'.repeat(201))).toThrow(InputError);
  });

  it('filters records by collection, tag and dates; a date alone as `to` covers its day', () => {
    const record = { createdAt: '2026-03-02T18:00:00.000Z', collections: ['c-1'], tags: ['ports'] };
    expect(recordMatches(record, { collection: 'c-1', tag: 'Ports', from: '2026-03-02', to: '2026-03-02' })).toBe(true);
    expect(recordMatches(record, { collection: 'c-2' })).toBe(false);
    expect(recordMatches(record, { tag: 'rail' })).toBe(false);
    expect(recordMatches(record, { from: '2026-03-03' })).toBe(false);
    expect(recordMatches(record, { to: '2026-03-01' })).toBe(false);
    expect(recordMatches({ createdAt: '2026-03-02T00:00:00.000Z' }, { tag: 'ports' })).toBe(false);
  });

  it.each(['yesterday', '2026-13-01', '03/02/2026', '2026-11-31', '2026-02-30T10:00:00Z'])('refuses the date %j', (value) =>
    expect(() => filterBound(value, 'from')).toThrow(InputError),
  );
});
