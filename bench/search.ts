/**
 * Search at scale: generates a corpus (by default 10,000 documents of 1,000
 * words with 20 marks each), puts it in the embedded index (and PostgreSQL's,
 * when the test services are set: `bash scripts/test-services.sh start`),
 * and prints the p50/p95 of searches of several kinds and of bringing the
 * index up to date after an edit. Figures only, no assertions.
 *
 *   npx tsx bench/search.ts [--documents 10000] [--queries 40] [--no-postgres]
 *
 * How the corpus goes in quickly: documents are generated as the extracts the
 * indexer makes of them (text, and marks with offsets, verdicts, speakers,
 * authors and dates) and put straight into the index, skipping the Yjs
 * documents and the store, which search never reads at query time. The
 * embedded index runs in its worker thread, as in the server, so a search's
 * time includes the hop there and back. The
 * update after an edit takes the whole path for one real document in a
 * LevelDB store: an edit appended to its article, the document read back
 * from the store and extracted (as the worker thread does), and put in the
 * full index. The server adds its quiet time (250 ms after the last change)
 * before that, by design.
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { searchQuerySchema, type SearchQueryInput } from '../shared/api/search.js';
import { articleFragmentName, articleMetaName, articleRoomName, layerRoomName, teamLayerId } from '../shared/document.js';
import type { SearchExtract, SearchMark } from '../shared/search/index.js';
import { Documents } from '../server/Documents.js';
import { PostgresSearchIndex } from '../server/search/PostgresSearchIndex.js';
import type { SearchIndex } from '../server/search/SearchIndex.js';
import { ThreadedSearchIndex } from '../server/search/ThreadedSearchIndex.js';
import { LevelStore } from '../server/store/LevelStore.js';
import { freshDatabase, testServices } from '../tests/support/services.js';
import { generateArticle, random } from './generate.js';

const argument = (name: string, fallback: number): number => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
};
const documentCount = argument('documents', 10_000);
const queryRuns = argument('queries', 40);
const wordsPerDocument = 1000;
const marksPerDocument = 20;

const next = random(11);
const syllables = [
  'ka',
  'lo',
  'mi',
  'ne',
  'ru',
  'ta',
  'vo',
  'shi',
  'pen',
  'dar',
  'gul',
  'tor',
  'bel',
  'fin',
  'sar',
  'qu',
  'ix',
  'om',
  'el',
  'an',
];
/** 12,000 made-up words; drawn with a Zipf-like skew, as words in news are. */
const vocabulary = Array.from({ length: 12_000 }, (_, index) => {
  let word = '';
  let rest = index + 1;
  while (rest > 0) {
    word += syllables[rest % syllables.length] ?? '';
    rest = Math.floor(rest / syllables.length);
  }
  return word;
});
const common = ['the', 'said', 'council', 'minister', 'report', 'budget', 'harbour', 'water', 'per', 'cent', 'rose', 'fell', 'officials'];
const word = (): string => {
  if (next() < 0.3) return common[Math.floor(next() * common.length)] ?? 'the';
  // Rank r drawn with probability ~1/r.
  return vocabulary[Math.floor(Math.exp(next() * Math.log(vocabulary.length))) - 1] ?? 'the';
};
const speakers = Array.from({ length: 300 }, (_, index) => `Speaker ${vocabulary[index * 7]} ${vocabulary[index * 13 + 1]}`);
const authors = Array.from({ length: 25 }, (_, index) => ({ id: `t${index}`, name: `Checker ${vocabulary[index * 3 + 2]}` }));
const verdictList = ['true', 'mostly-true', 'mixed', 'misleading', 'false', 'unsupported', 'unverified'];

/** A word none of the others is, and the documents it is in. */
const rareWord = 'quokkaship';
const rareWordIn = new Set([7, Math.floor(documentCount / 2), documentCount - 3]);

/** One generated document, as the indexer's extract of it. */
function generateExtract(index: number): SearchExtract {
  const paragraphs: string[] = [];
  for (let total = 0; total < wordsPerDocument;) {
    const length = Math.min(wordsPerDocument - total, 60 + Math.floor(next() * 60));
    paragraphs.push(`${Array.from({ length }, word).join(' ')}.`);
    total += length;
  }
  // A rare word, planted in three documents.
  if (rareWordIn.has(index)) paragraphs[0] = `${rareWord} ${paragraphs[0] ?? ''}`;
  const text = paragraphs.join('\n\n');
  const starts: number[] = [0];
  for (let at = text.indexOf(' '); at !== -1; at = text.indexOf(' ', at + 1)) starts.push(at + 1);
  const marks: SearchMark[] = [];
  for (let number = 0; number < marksPerDocument; number++) {
    const first = Math.floor(next() * (starts.length - 12));
    const start = starts[first] ?? 0;
    const end = (starts[first + 2 + Math.floor(next() * 10)] ?? text.length) - 1;
    const kind = number % 4 === 3 ? 'attribution' : number % 4 === 2 ? 'denial' : 'claim';
    const author = authors[Math.floor(next() * authors.length)] ?? { id: 't', name: 'T' };
    marks.push({
      id: `m${number}`,
      layer: teamLayerId,
      kind,
      verdict: kind === 'claim' ? (verdictList[Math.floor(next() * verdictList.length)] ?? 'false') : null,
      checkStatus: null,
      speaker: kind === 'denial' ? '' : (speakers[Math.floor(next() * speakers.length)] ?? ''),
      authorId: author.id,
      authorName: author.name,
      createdAt: new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 365) * 86_400_000).toISOString(),
      quote: text.slice(start, end),
      note: number % 3 === 0 ? `Checked against the ${word()} ${word()} register.` : '',
      start,
      end,
    });
  }
  const id = `doc${String(index).padStart(5, '0')}`;
  const record = { id, title: `${word()} ${word()} ${word()}`, format: 'text', createdAt: '2025-06-01T00:00:00.000Z' };
  return { record, title: record.title, text, marks };
}

/** The p-th percentile of some times. */
function percentile(times: number[], p: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
const ms = (value: number) => `${value.toFixed(1)} ms`;

/** The searches measured: words common and rare, two words, a word being typed, filters alone and with words. */
const queries: [string, SearchQueryInput][] = [
  ['a common word', { q: 'council' }],
  ['a mid-frequency word', { q: vocabulary[120] }],
  ['a rare word (in 3 documents)', { q: rareWord }],
  ['two words', { q: `harbour ${vocabulary[40]}` }],
  ['a word being typed (prefix)', { q: (vocabulary[300] ?? 'ka').slice(0, 4) }],
  ['claims judged false', { kind: 'claim', verdict: 'false' }],
  ['a speaker’s claims', { kind: 'claim', speaker: speakers[5] }],
  ['words in marks by an author', { q: 'register', author: authors[3]?.name }],
  ['words, dated', { q: 'budget', from: '2025-03-01', to: '2025-03-31' }],
];

const owner = { role: 'owner' as const, doc: '*', jti: 'bench' };

/** Searches each query `queryRuns` times; prints each one's p95 and the p50/p95 of all. */
async function measureSearches(index: SearchIndex): Promise<void> {
  const all: number[] = [];
  for (const [name, input] of queries) {
    const query = searchQuerySchema.parse(input);
    const times: number[] = [];
    let hits = '';
    for (let run = 0; run < queryRuns; run++) {
      const started = performance.now();
      const answer = await index.search(query, owner);
      times.push(performance.now() - started);
      // An index that stops counting says so (totalExact false).
      hits = `${answer.totalExact === false ? 'more than ' : ''}${answer.total} hits`;
    }
    all.push(...times);
    console.log(
      `  ${name.padEnd(30)} p50 ${ms(percentile(times, 50)).padStart(9)}  p95 ${ms(percentile(times, 95)).padStart(9)}  (${hits})`,
    );
  }
  console.log(
    `  ${'every search'.padEnd(30)} p50 ${ms(percentile(all, 50)).padStart(9)}  p95 ${ms(percentile(all, 95)).padStart(9)}  (target p95 < 100 ms)`,
  );
}

/** One real document in a LevelDB store, edited and brought up to date in the index `edits` times. */
async function measureUpdates(index: SearchIndex, edits = 30): Promise<void> {
  const dir = await mkdtemp(path.join(tmpdir(), 'factmark-bench-search-'));
  const store = await LevelStore.open(path.join(dir, 'store'), { durability: 'process' });
  try {
    const { article, layer } = generateArticle(wordsPerDocument, marksPerDocument);
    const record = { id: 'editedbench', title: 'Edited benchmark article', format: 'text', createdAt: '2026-01-01T00:00:00.000Z' };
    article.getMap(articleMetaName).set('title', record.title);
    await store.appendUpdate(articleRoomName(record.id), Y.encodeStateAsUpdate(article));
    await store.appendUpdate(layerRoomName(record.id, teamLayerId), Y.encodeStateAsUpdate(layer));
    await store.putDocument(record);
    const documents = new Documents(store, { maxImportBytes: 50_000_000, maxDocuments: 1_000_000 });
    const fragment = article.getXmlFragment(articleFragmentName);
    const times: number[] = [];
    for (let edit = 0; edit < edits; edit++) {
      const before = Y.encodeStateVector(article);
      const paragraph = fragment.get(edit % fragment.length) as Y.XmlElement;
      (paragraph.get(0) as Y.XmlText).insert(0, `edited${edit} `);
      await store.appendUpdate(articleRoomName(record.id), Y.encodeStateAsUpdate(article, before));
      const started = performance.now();
      await index.put(await documents.searchExtract(record.id));
      times.push(performance.now() - started);
    }
    const found = await index.search(searchQuerySchema.parse({ q: `edited${edits - 1}` }), owner);
    console.log(
      `  update after an edit (read, extract, index) p50 ${ms(percentile(times, 50))}  p95 ${ms(percentile(times, 95))}  (target < 50 ms; the edit is found: ${found.total > 0})`,
    );
    await index.remove(record.id);
  } finally {
    await store.close();
    await rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  console.log(`Search benchmark: ${documentCount} documents of ${wordsPerDocument} words with ${marksPerDocument} marks each.`);
  let started = performance.now();
  const corpus = Array.from({ length: documentCount }, (_, index) => generateExtract(index));
  console.log(`generated in ${ms(performance.now() - started)}`);

  const dir = await mkdtemp(path.join(tmpdir(), 'factmark-bench-index-'));
  try {
    console.log('\nEmbedded (MiniSearch, in a worker thread of its own as the server runs it):');
    const embedded = await ThreadedSearchIndex.open(dir, 'warn');
    started = performance.now();
    // A few at a time: the thread indexes them one by one, without waiting for each answer to cross back.
    const batch = 50;
    for (let at = 0; at < corpus.length; at += batch)
      await Promise.all(corpus.slice(at, at + batch).map((extract) => embedded.put(extract)));
    console.log(
      `  indexed in ${ms(performance.now() - started)} (${(documentCount / ((performance.now() - started) / 1000)).toFixed(0)} documents/s)`,
    );
    started = performance.now();
    await embedded.flush();
    const size = (await stat(path.join(dir, 'index.json'))).size + (await stat(path.join(dir, 'documents.jsonl'))).size;
    console.log(`  saved in ${ms(performance.now() - started)} (${(size / 1e6).toFixed(0)} MB)`);
    await embedded.close();
    started = performance.now();
    const reopened = await ThreadedSearchIndex.open(dir, 'warn');
    console.log(`  read back on start in ${ms(performance.now() - started)} (${(await reopened.documentIds()).size} documents)`);
    try {
      await measureSearches(reopened);
      await measureUpdates(reopened);
    } finally {
      await reopened.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  const services = process.argv.includes('--no-postgres') ? null : testServices();
  if (services === null) {
    console.log('\nPostgreSQL: skipped (no test services; `bash scripts/test-services.sh start`).');
    return;
  }
  console.log('\nPostgreSQL (full-text search):');
  const database = await freshDatabase(services);
  const index = await PostgresSearchIndex.open(database.url);
  try {
    started = performance.now();
    const batch = 8;
    for (let at = 0; at < corpus.length; at += batch) await Promise.all(corpus.slice(at, at + batch).map((extract) => index.put(extract)));
    console.log(
      `  indexed in ${ms(performance.now() - started)} (${(documentCount / ((performance.now() - started) / 1000)).toFixed(0)} documents/s)`,
    );
    await measureSearches(index);
    await measureUpdates(index);
  } finally {
    await index.close();
    await database.drop();
  }
}

await main();
