import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../../../shared/api/search.js';
import type { SearchExtract, SearchMark } from '../../../../shared/search/index.js';
import { maxCandidates, PostgresSearchIndex } from '../../../../server/search/PostgresSearchIndex.js';
import { searchClaim } from '../../../support/searchMarks.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../../support/services.js';

const owner = { role: 'owner' as const, doc: '*', jti: 'o' };
const query = (input: Record<string, unknown>) => searchQuerySchema.parse(input);

/** A claim on some words of a text. */
const claim = (id: string, text: string, words: string, note = ''): SearchMark => searchClaim(text, words, { id, note });

function extract(id: string, text: string, marks: SearchMark[] = []): SearchExtract {
  const record = { id, title: `Title ${id}`, format: 'text', createdAt: '2026-01-01T00:00:00.000Z' };
  return { record, title: record.title, text, marks };
}

const services = testServices();
describe.skipIf(services === null)(`PostgresSearchIndex${services === null ? ` — ${servicesSkipReason}` : ''}`, () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  const open = async () => {
    if (services === null) throw new Error('No test services.');
    const database = await freshDatabase(services);
    cleanups.push(database.drop);
    const index = await PostgresSearchIndex.open(database.url);
    cleanups.push(() => index.close());
    return { index, url: database.url };
  };

  it('replaces a document’s marks when it is put again: changed, added and gone', async () => {
    const { index } = await open();
    const text = 'ferries sail daily from the harbour at dawn';
    await index.put(extract('d1', text, [claim('m1', text, 'ferries sail'), claim('m2', text, 'the harbour')]));
    await index.put(extract('d1', text, [claim('m2', text, 'the harbour', 'tonnage register'), claim('m3', text, 'at dawn')]));
    const marks = await index.search(query({ kind: 'claim' }), owner);
    expect(marks.hits.map((hit) => hit.mark?.id).sort()).toEqual(['m2', 'm3']);
    expect((await index.search(query({ q: 'tonnage' }), owner)).hits.map((hit) => hit.mark?.id)).toEqual(['m2']);
    await index.put(extract('d1', text));
    expect((await index.search(query({ kind: 'claim' }), owner)).total).toBe(0);
  });

  it('finds marks by part of the speaker’s or author’s name (any case, accents ignored) or the author’s id, each once', async () => {
    const { index } = await open();
    const text = 'the minister said ferries sail daily from the harbour at dawn';
    const mark = (id: string, words: string, speaker: string, authorId: string, authorName: string) => ({
      ...claim(id, text, words),
      speaker,
      authorId,
      authorName,
    });
    await index.put(
      extract('d1', text, [
        mark('m1', 'ferries sail', 'Ana Dóra', 'reyes', 'Sol Reyes'),
        mark('m2', 'the harbour', 'Bo Reyes', 'a2', 'Kim'),
        mark('m3', 'at dawn', '', 'a3', 'Ana'),
      ]),
    );
    const ids = async (input: Record<string, unknown>) => (await index.search(query(input), owner)).hits.map((hit) => hit.mark?.id).sort();
    expect(await ids({ speaker: 'DORA' })).toEqual(['m1']);
    expect(await ids({ speaker: 'reyes' })).toEqual(['m2']);
    expect(await ids({ author: 'reyes' })).toEqual(['m1']);
    expect(await ids({ author: 'a2' })).toEqual(['m2']);
    expect(await ids({ author: 'an' })).toEqual(['m3']);
    expect(await ids({ q: 'dawn', author: 'ana' })).toEqual(['m3']);
    expect(await ids({ speaker: 'nobody' })).toEqual([]);
  });

  it('counts matches exactly up to the most it ranks, and says "at least" beyond', async () => {
    const { index } = await open();
    const count = maxCandidates.articles + 1;
    for (let at = 0; at < count; at += 25)
      await Promise.all(
        Array.from({ length: Math.min(25, count - at) }, (_, offset) =>
          index.put(extract(`d${at + offset}`, `${'gannets '.repeat(1 + ((at + offset) % 5))}nest on the cliffs`)),
        ),
      );
    const answer = await index.search(query({ q: 'gannets', limit: 5 }), owner);
    expect(answer).toMatchObject({ total: maxCandidates.articles, totalExact: false });
    expect(answer.hits).toHaveLength(5);
    // The best ranked of those: the most gannets.
    expect(answer.hits.map((hit) => hit.score)).toEqual([...answer.hits.map((hit) => hit.score)].sort((a, b) => b - a));
    expect(await index.search(query({ q: 'cliffs gannets', limit: 5 }), owner)).toMatchObject({ totalExact: false });
    await index.put(extract('rare', 'a lone puffin'));
    expect(await index.search(query({ q: 'puffin' }), owner)).toMatchObject({ total: 1, totalExact: true });
  });

  it('makes tables of an earlier version again, empty, for the indexer to fill', async () => {
    if (services === null) throw new Error('No test services.');
    const database = await freshDatabase(services);
    cleanups.push(database.drop);
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      // The first version's tables: no story, trash or assignment columns, no version kept.
      await client.query(
        `CREATE TABLE factmark_search_documents (doc_id text PRIMARY KEY, record jsonb NOT NULL, body text NOT NULL, tsv tsvector NOT NULL);
         INSERT INTO factmark_search_documents VALUES ('old', '{}', 'old text', to_tsvector('simple', 'old text'));
         CREATE TABLE factmark_search_pending (doc_id text PRIMARY KEY);
         INSERT INTO factmark_search_pending VALUES ('changed');`,
      );
    } finally {
      await client.end();
    }
    const index = await PostgresSearchIndex.open(database.url);
    cleanups.push(() => index.close());
    expect(await index.documentIds()).toEqual(new Set());
    expect(await index.pending()).toEqual(['changed']);
    await index.put(extract('d1', 'ferries sail daily'));
    expect((await index.search(query({ q: 'ferries' }), owner)).hits.map((hit) => hit.document.id)).toEqual(['d1']);
  });
});
