import type { SearchMark } from '../../shared/search/index.js';

/** A claim on the first place of some words in a text, as the search indexer extracts it: the team's, judged false, by Ana; any field may be given. */
export function searchClaim(text: string, words: string, fields: Partial<SearchMark> = {}): SearchMark {
  const start = text.indexOf(words);
  return {
    id: 'm1',
    layer: 'team',
    kind: 'claim',
    verdict: 'false',
    checkStatus: null,
    speaker: '',
    authorId: 'a1',
    authorName: 'Ana',
    createdAt: '2026-02-01T00:00:00.000Z',
    quote: words,
    note: '',
    start,
    end: start + words.length,
    ...fields,
  };
}
