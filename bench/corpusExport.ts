/**
 * Corpus export: times a collection of generated documents exported as JSON
 * Lines, one Web Annotation collection and one CSV, and samples the
 * process's memory while it runs, to show the corpus is streamed (the peak
 * stays near one document's worth whatever the count). Prints figures only.
 *
 *   npx tsx bench/corpusExport.ts [documents=2000] [words=1000] [marks=20]
 *   node --expose-gc --import tsx bench/corpusExport.ts …   (also: the heap kept after each export, collected)
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { articleMetaName, articleRoomName, layerRoomName, teamLayerId, type CorpusFormat } from '../shared/index.js';
import { CorpusExport } from '../server/CorpusExport.js';
import { Documents } from '../server/Documents.js';
import { LevelStore } from '../server/store/LevelStore.js';
import { generateArticle } from './generate.js';

const [documents = 2000, words = 1000, marks = 20] = process.argv.slice(2).map(Number);
const variants = 20;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

const dir = await mkdtemp(path.join(tmpdir(), 'factmark-corpus-bench-'));
const store = await LevelStore.open(path.join(dir, 'store'));
try {
  const started = performance.now();
  // A few generated articles, each stored under many ids: every document is still read, placed and written on its own.
  const generated = Array.from({ length: variants }, (_, seed) => {
    const { article, layer } = generateArticle(words, marks, seed + 1);
    return { article: Y.encodeStateAsUpdate(article), layer: Y.encodeStateAsUpdate(layer) };
  });
  const documentsApi = new Documents(store, { maxImportBytes: 2 * 1024 * 1024, maxDocuments: documents + 10 });
  const collection = await documentsApi.collections.create({ name: 'Benchmark corpus' });
  for (let index = 0; index < documents; index++) {
    const id = `bench${index.toString().padStart(6, '0')}`;
    const variant = generated[index % variants];
    if (variant === undefined) throw new Error('No variant.');
    const record = {
      id,
      title: `Generated article ${index}`,
      format: 'text',
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, index)).toISOString(),
      collections: [collection.id],
    };
    const meta = new Y.Doc();
    meta.getMap(articleMetaName).set('title', record.title);
    await store.appendUpdate(articleRoomName(id), variant.article);
    await store.appendUpdate(articleRoomName(id), Y.encodeStateAsUpdate(meta));
    await store.appendUpdate(layerRoomName(id, teamLayerId), variant.layer);
    await store.putDocument(record);
  }
  console.log(
    `Corpus export: ${documents} documents of ~${words} words with ${marks} marks each ` +
      `(stored in ${((performance.now() - started) / 1000).toFixed(1)} s; inline, as the CLI runs it)`,
  );
  const gc = (globalThis as { gc?: () => void }).gc;
  const heap = () => {
    gc?.();
    return process.memoryUsage().heapUsed;
  };
  console.log('format   seconds   docs/s   output      RSS before   peak RSS   peak − before   heap kept after');
  for (const format of ['jsonl', 'wa', 'csv'] as CorpusFormat[]) {
    const heapBefore = heap();
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const file = path.join(dir, `corpus.${format}`);
    const out = createWriteStream(file);
    const start = performance.now();
    const corpus = await CorpusExport.open(documentsApi, { collection: collection.id, format, publicUrl: 'http://localhost:4321' });
    for await (const piece of corpus.pieces()) if (!out.write(piece)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    const seconds = (performance.now() - start) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    const size = (await stat(file)).size;
    console.log(
      `${format.padEnd(8)} ${seconds.toFixed(2).padStart(7)}   ${(documents / seconds).toFixed(0).padStart(6)}   ${mb(size).padStart(9)}   ` +
        `${mb(before).padStart(10)}   ${mb(peak).padStart(8)}   ${mb(peak - before).padStart(13)}   ` +
        `${gc === undefined ? 'run with --expose-gc' : mb(heap() - heapBefore).padStart(15)}`,
    );
    await rm(file);
  }
  console.log(`process peak RSS (getrusage maxrss): ${mb(process.resourceUsage().maxRSS * 1024)}`);
} finally {
  await store.close();
  await rm(dir, { recursive: true, force: true });
}
