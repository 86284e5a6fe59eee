import { describe, expect, it } from 'vitest';
import type { SearchAnswer, SearchHit } from '../../../../shared/api/search.js';
import { renderSearchAnswer } from '../../../../server/cli/searchOutput.js';

const hit: SearchHit = {
  document: { id: 'd1', title: 'Harbour' },
  type: 'text',
  start: 4,
  end: 11,
  snippet: { text: 'The harbour rose', leading: false, trailing: true, highlights: [{ start: 4, end: 11 }] },
  href: '#/d/d1/at/4-11',
  score: 1,
};

const answer = (total: number, totalExact: boolean): SearchAnswer => ({ hits: [hit], total, totalExact, ignored: [] });

describe('renderSearchAnswer', () => {
  it.each([
    [answer(1, true), '1 hit:'],
    [answer(40, true), '1 of 40 hits:'],
    [answer(2500, false), '1 of more than 2500 hits:'],
  ])('heads %j with how many hits there are', (given, heading) => {
    const lines = renderSearchAnswer(given, 'http://localhost:4000').split('\n');
    expect(lines[0]).toBe(heading);
    expect(lines).toContain('  The [harbour] rose…');
  });
});
