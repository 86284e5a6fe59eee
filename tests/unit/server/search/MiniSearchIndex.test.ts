import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { searchQuerySchema } from '../../../../shared/api/search.js';
import { markFilterOf, type SearchExtract, type SearchMark } from '../../../../shared/search/index.js';
import { MiniSearchIndex } from '../../../../server/search/MiniSearchIndex.js';
import { searchClaim } from '../../../support/searchMarks.js';

const log = pino({ level: 'silent' });
const owner = { role: 'owner' as const, doc: '*', jti: 'o' };
const query = (input: Record<string, unknown>) => searchQuerySchema.parse(input);

/** A document with one claim in the team layer and one in a private layer. */
function extract(id: string, text: string, fields: Partial<SearchExtract['record']> = {}): SearchExtract {
  const mark = (markId: string, layer: string, words: string) => searchClaim(text, words, { id: markId, layer });
  const words = text.split(' ');
  return {
    record: { id, title: `Title ${id}`, format: 'text', createdAt: '2026-01-01T00:00:00.000Z', ...fields },
    title: `Title ${id}`,
    text,
    marks: [mark('team-claim', 'team', words.slice(0, 2).join(' ')), mark('private-claim', 'p-student', words.slice(-2).join(' '))],
  };
}

describe('MiniSearchIndex', () => {
  const dirs: string[] = [];
  afterEach(async () => {
    for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
  });
  const folder = async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'factmark-search-'));
    dirs.push(dir);
    return dir;
  };

  it('replaces a document when it is put again, and forgets one removed', async () => {
    const index = await MiniSearchIndex.open(null, log);
    await index.put(extract('d1', 'ferries sail daily from the harbour'));
    await index.put(extract('d1', 'buses leave hourly from the square'));
    expect((await index.search(query({ q: 'ferries' }), owner)).total).toBe(0);
    expect((await index.search(query({ q: 'buses' }), owner)).hits.map((hit) => hit.type).sort()).toEqual(['mark', 'text']);
    await index.remove('d1');
    expect((await index.search(query({ q: 'buses' }), owner)).total).toBe(0);
    expect(await index.documentIds()).toEqual(new Set());
  });

  it('gives its entries their ids again as documents keep changing, and finds the same after, saved and read back too', async () => {
    const dir = await folder();
    const index = await MiniSearchIndex.open(dir, log);
    for (let number = 0; number < 20; number++) await index.put(extract(`d${number}`, `ferries sail daily from harbour ${number}`));
    const found = async (from: MiniSearchIndex) => {
      const answer = await from.search(query({ q: 'ferries', limit: 100 }), owner);
      // (Scores move a little as documents are replaced: MiniSearch keeps the fields' average length as it goes.)
      return { total: answer.total, hits: answer.hits.map((hit) => `${hit.document.id} ${hit.type}`).sort() };
    };
    const before = await found(index);
    // A document typed in is put again and again: three entries each time (the text and two marks).
    for (let edit = 0; edit < 2000; edit++) await index.put(extract('d7', `ferries sail daily from harbour 7 edit ${edit % 3}`));
    const ids = (index as unknown as { miniSearch: { idsIssued: number; documentCount: number } }).miniSearch;
    expect(ids.idsIssued).toBeLessThanOrEqual(2 * ids.documentCount + 1000);
    await index.put(extract('d7', 'ferries sail daily from harbour 7'));
    expect(await found(index)).toEqual(before);
    expect((await index.search(query({ q: 'edit' }), owner)).total).toBe(0);
    await index.close();
    expect(await found(await MiniSearchIndex.open(dir, log))).toEqual(before);
  });

  it('answers the best page of many hits, as the first of all of them, and counts them all', async () => {
    const index = await MiniSearchIndex.open(null, log);
    for (let number = 0; number < 30; number++)
      await index.put(extract(`d${number}`, `${'ferries '.repeat(1 + (number % 7))}sail daily from harbour number ${number}`));
    const all = await index.search(query({ q: 'ferries', limit: 100 }), owner);
    const page = await index.search(query({ q: 'ferries', limit: 5 }), owner);
    expect(all.total).toBe(60);
    expect(page.total).toBe(60);
    expect(page.hits).toEqual(all.hits.slice(0, 5));
    expect(all.hits.map((hit) => hit.score)).toEqual([...all.hits.map((hit) => hit.score)].sort((a, b) => b - a));
    const marks = await index.search(query({ kind: 'claim', limit: 3 }), owner);
    expect(marks.total).toBe(60);
    expect(marks.hits).toEqual((await index.search(query({ kind: 'claim', limit: 100 }), owner)).hits.slice(0, 3));
  });

  it('finds by facets exactly the marks that pass the filters, from whichever filter is rarest', async () => {
    const index = await MiniSearchIndex.open(null, log);
    const kinds = ['claim', 'denial', 'attribution'];
    const speakers = ['Ana Dóra', 'Bo Reyes', 'Ana Bell', ''];
    const authors = [
      { id: 'a1', name: 'Sol Reyes' },
      { id: 'a2', name: 'Ana' },
      { id: 'reyes', name: 'Kim' },
    ];
    const marks: SearchMark[] = [];
    for (let number = 0; number < 40; number++) {
      const text = `ferries sail daily from harbour ${number} with cargo`;
      const base = extract(`d${number}`, text);
      const docMarks = [0, 1, 2].map((offset) => {
        const seed = number * 3 + offset;
        const author = authors[seed % 3] as { id: string; name: string };
        return {
          ...(base.marks[0] as SearchMark),
          id: `m${offset}`,
          kind: kinds[seed % 3] as string,
          verdict: seed % 3 === 0 ? (['false', 'true'][seed % 2] as string) : null,
          // One document's marks have a speaker of their own: a filter on it starts from three marks.
          speaker: number === 7 ? 'Zed Rare' : (speakers[seed % 4] as string),
          authorId: author.id,
          authorName: author.name,
          quote: offset === 1 ? 'cargo' : 'ferries sail',
        };
      });
      marks.push(...docMarks);
      await index.put({ ...base, marks: docMarks });
    }
    for (const filters of [
      { kind: 'claim' },
      { kind: 'claim', verdict: 'false' },
      { speaker: 'ana' },
      { speaker: 'dora', kind: 'denial' },
      { author: 'reyes' },
      { author: 'a2', kind: 'denial' },
      { verdict: 'true', speaker: 'bo' },
      { q: 'cargo', kind: 'denial' },
      { q: 'ferries', author: 'reyes' },
      { q: 'ferries', speaker: 'zed' },
      { speaker: 'zed', kind: 'claim' },
    ]) {
      const search = query({ ...filters, limit: 100 });
      const passes = markFilterOf(search, true);
      const words = search.q === undefined ? [] : [search.q];
      const expected = marks.filter((mark) => passes(mark) && words.every((word) => mark.quote.includes(word)));
      const answer = await index.search(search, owner);
      expect(answer.total, JSON.stringify(filters)).toBe(expected.length);
      expect(answer.hits.length).toBe(expected.length);
    }
  });

  it('finds a word being typed by its start, and near spellings of a long word', async () => {
    const index = await MiniSearchIndex.open(null, log);
    await index.put(extract('d1', 'the parliamentary committee met'));
    expect((await index.search(query({ q: 'parliam' }), owner)).total).toBeGreaterThan(0);
    expect((await index.search(query({ q: 'comittee' }), owner)).total).toBeGreaterThan(0);
  });

  it('shows only what the token may read: its document, and layers by the role table', async () => {
    const index = await MiniSearchIndex.open(null, log);
    await index.put(extract('d1', 'ferries sail daily from the harbour'));
    await index.put(extract('d2', 'ferries are late every week'));
    const editorOfD2 = { role: 'editor' as const, doc: 'd2', jti: 'e' };
    const found = await index.search(query({ q: 'ferries' }), editorOfD2);
    expect(new Set(found.hits.map((hit) => hit.document.id))).toEqual(new Set(['d2']));
    expect(found.hits.map((hit) => hit.mark?.layer ?? 'text')).toEqual(expect.not.arrayContaining(['p-student']));
    const student = { role: 'annotator' as const, doc: '*', jti: 'student' };
    expect((await index.search(query({ kind: 'claim' }), student)).hits.map((hit) => hit.mark?.layer).sort()).toEqual([
      'p-student',
      'p-student',
      'team',
      'team',
    ]);
    expect((await index.search(query({ kind: 'claim' }), owner)).total).toBe(4);
    const viewer = { role: 'viewer' as const, doc: '*', jti: 'v' };
    expect((await index.search(query({ kind: 'claim' }), viewer)).hits.map((hit) => hit.mark?.layer)).toEqual(['team', 'team']);
  });

  it('hides a document in the trash from everyone', async () => {
    const index = await MiniSearchIndex.open(null, log);
    await index.put(extract('d1', 'ferries sail daily', { deletedAt: '2026-03-01T00:00:00.000Z' }));
    expect((await index.search(query({ q: 'ferries' }), owner)).total).toBe(0);
  });

  it('is read back from its folder as saved, with what was pending', async () => {
    const dir = await folder();
    const index = await MiniSearchIndex.open(dir, log);
    await index.put(extract('d1', 'ferries sail daily from the harbour'));
    await index.notePending(['d9']);
    await index.close();
    const again = await MiniSearchIndex.open(dir, log);
    expect((await again.search(query({ q: 'harbour' }), owner)).hits[0]?.document.id).toBe('d1');
    expect(await again.pending()).toEqual(['d9']);
  });

  it('keeps a document changed while the files are written pending, so a crash then does not lose it', async () => {
    const dir = await folder();
    const index = await MiniSearchIndex.open(dir, log);
    await index.put(extract('d1', 'ferries sail daily'));
    const flushed = index.flush();
    // The write has taken the index's contents; d2 comes after.
    await new Promise((resolve) => setImmediate(resolve));
    await index.put(extract('d2', 'buses leave hourly'));
    await flushed;
    // As after a crash: the files as written, nothing closed.
    const reopened = await MiniSearchIndex.open(dir, log);
    const kept = (await reopened.documentIds()).has('d2') || (await reopened.pending()).includes('d2');
    expect(kept).toBe(true);
    expect((await reopened.documentIds()).has('d1')).toBe(true);
  });

  it('starts empty, to be rebuilt, when its files are damaged or of two different writes', async () => {
    const dir = await folder();
    const index = await MiniSearchIndex.open(dir, log);
    await index.put(extract('d1', 'ferries sail daily'));
    await index.close();
    await writeFile(path.join(dir, 'index.json'), '{"broken');
    expect(await (await MiniSearchIndex.open(dir, log)).documentIds()).toEqual(new Set());
    const rewritten = await MiniSearchIndex.open(dir, log);
    await rewritten.put(extract('d1', 'ferries sail daily'));
    await rewritten.close();
    await writeFile(path.join(dir, 'generation'), '999');
    expect(await (await MiniSearchIndex.open(dir, log)).documentIds()).toEqual(new Set());
  });
});
