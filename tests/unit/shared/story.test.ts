import { describe, expect, it } from 'vitest';
import { canOpenDocument } from '../../../shared/access.js';
import { isVersionId, sortVersions, storyIdOf, storyOf, versionId } from '../../../shared/story.js';

describe('versions of a story', () => {
  it('numbers later versions after the story, the first keeping its id', () => {
    expect(versionId('abc', 1)).toBe('abc');
    expect(versionId('abc', 2)).toBe('abc-v2');
    expect(versionId('abc', 12)).toBe('abc-v12');
    expect(() => versionId('abc', 0)).toThrow(RangeError);
    expect(() => versionId('x'.repeat(62), 2)).toThrow(/too long/);
  });

  it('reads the story from an id', () => {
    expect(storyIdOf('abc-v2')).toBe('abc');
    expect(storyIdOf('abc')).toBe('abc');
    expect(storyIdOf('my-visit')).toBe('my-visit');
    expect(storyIdOf('abc-v0')).toBe('abc-v0');
    expect(isVersionId('abc-v3')).toBe(true);
    expect(isVersionId('abc-v')).toBe(false);
  });

  it('orders versions by number', () => {
    const records = [
      { id: 'abc-v3', createdAt: '2026-03-01', story: { id: 'abc', version: 3 } },
      { id: 'abc', createdAt: '2026-03-03' },
      { id: 'abc-v2', createdAt: '2026-03-02', story: { id: 'abc', version: 2 } },
    ];
    expect(sortVersions(records).map((record) => record.id)).toEqual(['abc', 'abc-v2', 'abc-v3']);
    expect(storyOf({ id: 'abc' })).toEqual({ id: 'abc', version: 1 });
  });

  it('opens every version of a story to a token for one of them, and no other document', () => {
    expect(canOpenDocument({ doc: 'abc' }, 'abc-v2')).toBe(true);
    expect(canOpenDocument({ doc: 'abc-v2' }, 'abc')).toBe(true);
    expect(canOpenDocument({ doc: 'abc-v2' }, 'abc-v3')).toBe(true);
    expect(canOpenDocument({ doc: 'abc' }, 'abcd-v2')).toBe(false);
    expect(canOpenDocument({ doc: 'abc' }, 'xyz')).toBe(false);
    expect(canOpenDocument({ doc: '*' }, 'xyz-v2')).toBe(true);
  });
});
