import { describe, expect, it } from 'vitest';
import { skippedHeaders } from '../../../../server/http/skipped.js';

const listed = (headers: Record<string, string>) => JSON.parse(decodeURIComponent(headers['X-Factmark-Skipped'] ?? '')) as unknown[];

describe('the header listing what an answer left out', () => {
  it('lists each entry with its layer, and a count', () => {
    const headers = skippedHeaders([
      { id: 'a', layer: 'team', reason: 'start: names no item and no type' },
      { id: 'c1', reason: 'no verdict yet' },
    ]);
    expect(listed(headers)).toEqual([
      { id: 'a', layer: 'team', reason: 'start: names no item and no type' },
      { id: 'c1', reason: 'no verdict yet' },
    ]);
    expect(headers['X-Factmark-Skipped-Count']).toBe('2');
  });

  it('is left out when nothing was, unless asked for', () => {
    expect(skippedHeaders([])).toEqual({});
    expect(skippedHeaders([], true)).toEqual({ 'X-Factmark-Skipped': encodeURIComponent('[]'), 'X-Factmark-Skipped-Count': '0' });
  });

  it('is cut to fit a header, the count saying how many in all, whatever the ids hold', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => ({
      id: `“${index}”\n${'é'.repeat(500)}`,
      layer: 'team',
      reason: 'kind: missing',
    }));
    const headers = skippedHeaders(many);
    expect((headers['X-Factmark-Skipped'] ?? '').length).toBeLessThanOrEqual(8_000);
    expect(listed(headers).length).toBeGreaterThan(0);
    expect(headers['X-Factmark-Skipped-Count']).toBe('10000');
    expect(headers['X-Factmark-Skipped']).toMatch(/^[\x21-\x7e]*$/);
  });
});
