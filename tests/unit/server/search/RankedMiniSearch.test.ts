import { describe, expect, it } from 'vitest';
import { RankedMiniSearch } from '../../../../server/search/RankedMiniSearch.js';

interface Doc {
  id: string;
  title: string;
  text: string;
}

const options = {
  fields: ['title', 'text'],
  searchOptions: {
    boost: { title: 2 },
    combineWith: 'AND' as const,
    prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 && term.length >= 2,
    fuzzy: (term: string) => (term.length >= 6 ? 0.15 : false),
  },
};

/** A deterministic pseudo-random sequence. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 48_271) % 2_147_483_647;
    return state / 2_147_483_647;
  };
}

const vocabulary = [
  'harbour',
  'harbours',
  'harbor',
  'council',
  'counsel',
  'budget',
  'budgets',
  'ferry',
  'ferries',
  'minister',
  'report',
  'the',
  'cargo',
  'tonnage',
];

/** Documents of words drawn from a small vocabulary, so words, prefixes and near spellings overlap. */
function documents(count: number, seed: number): Doc[] {
  const next = random(seed);
  const words = (length: number) => Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]).join(' ');
  return Array.from({ length: count }, (_, index) => ({ id: `d${index}`, title: words(3), text: words(5 + Math.floor(next() * 40)) }));
}

const queries = ['harbour', 'harb', 'counsel', 'budget ferr', 'the cargo', 'minister report', 'tonnage the', 'nothing', 'ferry ferry'];

/** What MiniSearch's own search finds, by id: score and words matched. */
function expected(index: RankedMiniSearch<Doc>, query: string, fields?: string[]): Map<string, { score: number; terms: string[] }> {
  const results = index.search(query, fields === undefined ? {} : { fields });
  return new Map(results.map((result) => [result.id as string, { score: result.score, terms: [...result.terms].sort() }]));
}

/** What {@link RankedMiniSearch.rank} finds, in the same shape. */
function ranked(index: RankedMiniSearch<Doc>, query: string, fields?: string[], within?: Set<number>) {
  const ranking = index.rank(query, fields, within);
  const ids = new Map<number, string>();
  for (let id = 0; id < 1000; id++)
    for (const doc of ['d', 'e'])
      if (index.shortIdOf(`${doc}${id}`) !== undefined) ids.set(index.shortIdOf(`${doc}${id}`) as number, `${doc}${id}`);
  return new Map(
    Array.from(ranking.matched, (shortId) => [
      ids.get(shortId) as string,
      { score: ranking.scoreOf(shortId), terms: ranking.termsOf(shortId).sort() },
    ]),
  );
}

function expectSame(actual: Map<string, { score: number; terms: string[] }>, wanted: Map<string, { score: number; terms: string[] }>) {
  expect([...actual.keys()].sort()).toEqual([...wanted.keys()].sort());
  for (const [id, hit] of wanted) {
    expect(actual.get(id)?.score).toBeCloseTo(hit.score, 9);
    expect(actual.get(id)?.terms).toEqual(hit.terms);
  }
}

/** An index searched once, then with documents removed and others added: ids no longer run from 0 without gaps. */
function changedIndex(): RankedMiniSearch<Doc> {
  const index = new RankedMiniSearch<Doc>(options);
  const docs = documents(150, 5);
  index.addAll(docs);
  index.rank('harbour');
  index.removeAll(docs.slice(0, 60));
  index.addAll(documents(60, 9).map((doc) => ({ ...doc, id: doc.id.replace('d', 'e') })));
  return index;
}

describe('RankedMiniSearch', () => {
  it.each(queries)('scores %j as MiniSearch’s search does, in all fields and in some', (query) => {
    const index = new RankedMiniSearch<Doc>(options);
    index.addAll(documents(200, 3));
    expectSame(ranked(index, query), expected(index, query));
    expectSame(ranked(index, query, ['text']), expected(index, query, ['text']));
  });

  it('scores alike after documents are removed and added again, and once read back from JSON', () => {
    const index = changedIndex();
    for (const query of queries) expectSame(ranked(index, query), expected(index, query));
    const loaded = RankedMiniSearch.fromJSON<Doc>(JSON.stringify(index), options);
    for (const query of queries) expectSame(ranked(loaded, query), expected(loaded, query));
  });

  it('scores alike once renumbered, with ids from 0, and goes on after', () => {
    const index = changedIndex();
    const before = new Map(queries.map((query) => [query, expected(index, query)]));
    const renumbered = index.renumber();
    expect(index.idsIssued).toBe(index.documentCount);
    expect([...renumbered.values()].sort((a, b) => a - b)).toEqual(Array.from({ length: index.documentCount }, (_, id) => id));
    for (const query of queries) {
      expectSame(ranked(index, query), expected(index, query));
      expectSame(expected(index, query), before.get(query) as Map<string, { score: number; terms: string[] }>);
    }
    index.add({ id: 'e900', title: 'harbour', text: 'ferry cargo' });
    for (const query of queries) expectSame(ranked(index, query), expected(index, query));
  });

  it('scores only the entries it is held to', () => {
    const index = new RankedMiniSearch<Doc>(options);
    index.addAll(documents(100, 11));
    const within = new Set(['d1', 'd2', 'd3', 'd50'].map((id) => index.shortIdOf(id) as number));
    for (const query of queries) {
      const all = expected(index, query);
      const held = new Map([...all].filter(([id]) => ['d1', 'd2', 'd3', 'd50'].includes(id)));
      expectSame(ranked(index, query, undefined, within), held);
    }
  });
});
