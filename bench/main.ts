// The benchmarks: `npm run bench` (quick, about 6 minutes) or `npm run bench -- --full`.
// Prints tables and writes the same figures to bench/results/latest.json; with a
// baseline (bench/results/baseline.json, or --baseline FILE) each figure is shown
// beside the baseline's, with the ratio. --save-baseline keeps this run as the baseline.
// --only NAMES (comma-separated) runs some parts: sync, heavy, browser, exports by
// default; presence, scale and burst run only when named:
//   presence  idle clients' presence renewals in one room (about 40 s)
//   scale     R rooms (200; --full 1,000) on one instance, 5 idle clients with presence
//             in each and one writer per 10 rooms at 5 edits/s, for 30 s (--full 60 s)
//   burst     a class of 30 opening the same assignment within one second
//             (29 y-websocket clients and one Chromium page)
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBrowserBench, type BrowserResult } from './browser.js';
import { runBurstBench, type BurstResult } from './burst.js';
import { runExportBench, type ExportResult } from './exports.js';
import { heavyClientAtIdle, runHeavyWorkBench, type HeavyWorkResult } from './heavyWork.js';
import { runPresenceBench, type PresenceResult } from './presence.js';
import { runScaleBench, type ScaleResult } from './scale.js';
import { runSyncBench, type SyncResult } from './sync/syncBench.js';
import { readOptions } from './options.js';

const usage = `Usage: npm run bench -- [--full] [--only NAMES] [--baseline FILE] [--save-baseline] [--profile DIR]

  --full            more readers, edits and rooms; the soak runs an hour
  --only NAMES      comma-separated parts: sync, heavy, browser, exports (the default),
                    presence, scale, soak, burst (only when named)
  --baseline FILE   show each figure beside this run's (default bench/results/baseline.json)
  --save-baseline   keep this run as the baseline
  --profile DIR     write CPU profiles of the server under heavy work to DIR
  --help            this text

Figures are printed and written to bench/results/latest.json.`;

const options = {
  full: { type: 'boolean', default: false },
  only: { type: 'string' },
  baseline: { type: 'string' },
  'save-baseline': { type: 'boolean', default: false },
  // Where to write CPU profiles of the server under heavy work (open them in Chrome's DevTools).
  profile: { type: 'string' },
  help: { type: 'boolean', default: false },
} as const;
const values = readOptions(options, usage);

interface Results {
  date: string;
  machine: { cpus: string; cores: number; memoryGiB: number; node: string };
  mode: 'quick' | 'full';
  sync: SyncResult[];
  browser: BrowserResult | null;
  exports: ExportResult | null;
  heavy: HeavyWorkResult | null;
  presence?: PresenceResult | null;
  /** Export times on the same article for several numbers of annotations (the model and each format). */
  exportCurve?: ExportResult[];
  /** Export times of the same number of annotations on articles of several lengths. */
  exportWordCurve?: ExportResult[];
  /** Opens and keystrokes for several numbers of annotations and lengths of article (see `browserPoints`). */
  browserCurve?: BrowserResult[];
  scale?: ScaleResult | null;
  /** Memory over a long run of the scale load (`--only soak`: 10 minutes, an hour with --full). */
  soak?: ScaleResult | null;
  burst?: BurstResult | null;
}

const resultsDir = path.join(import.meta.dirname, 'results');
// `presence`, `scale`, `soak` and `burst` run only when named.
const only = new Set((values.only ?? 'sync,heavy,browser,exports').split(','));
const full = values.full;
const log = (line: string) => process.stderr.write(`${line}\n`);
const round = (value: number) => (Number.isFinite(value) ? Math.round(value * 10) / 10 : value);

process.once('SIGINT', () => process.exit(130));
process.once('SIGTERM', () => process.exit(143));

const results: Results = {
  date: new Date().toISOString(),
  machine: {
    cpus: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
  },
  mode: full ? 'full' : 'quick',
  sync: [],
  browser: null,
  exports: null,
  heavy: null,
};

if (only.has('exports')) {
  log('exports: 30,000 words, 10,000 annotations');
  results.exports = await runExportBench(30_000, 10_000, full ? 5 : 2);
  // The curve: 50,000 annotations take some 10 s more, so only in the full run.
  const counts = full ? [1_000, 50_000] : [1_000];
  log(`exports: ${counts.join(', ')} annotations on the same article`);
  results.exportCurve = [];
  for (const count of counts) results.exportCurve.push(await runExportBench(30_000, count, full ? 2 : 1, false));
  results.exportCurve.push(results.exports);
  results.exportCurve.sort((a, b) => a.annotations - b.annotations);
  // And by length: 10,000 annotations on shorter and longer articles (100,000 words only in the full run).
  const lengths = full ? [10_000, 100_000] : [10_000];
  log(`exports: 10,000 annotations on ${lengths.join(', ')} words`);
  results.exportWordCurve = [];
  for (const words of lengths) results.exportWordCurve.push(await runExportBench(words, 10_000, full ? 2 : 1, false));
  results.exportWordCurve.push(results.exports);
  results.exportWordCurve.sort((a, b) => a.words - b.words);
}
if (only.has('sync')) {
  results.sync = await runSyncBench({
    readers: full ? [2, 10, 50, 200] : [2, 10, 50],
    edits: full ? 1000 : 500,
    rateHz: 50,
    onProgress: log,
  });
}
if (only.has('heavy')) {
  const profileDir = values.profile === undefined ? undefined : path.resolve(values.profile);
  // Idle and loaded runs alternate on one server, pooled: one run's p99 is its five slowest edits, too few to compare.
  results.heavy = await runHeavyWorkBench(50, full ? 1000 : 400, full ? 5 : 3, log, profileDir);
  if (profileDir !== undefined) log(`CPU profiles of the server (preparing, idle and loaded runs) written to ${profileDir}`);
}
if (only.has('presence')) {
  log(`presence: ${full ? 2000 : 1000} idle clients in one room`);
  results.presence = await runPresenceBench(full ? 2000 : 1000, 15_000, 15_000, log);
}
if (only.has('scale')) {
  const rooms = full ? 1000 : 200;
  log(`scale: ${rooms} rooms on one instance`);
  results.scale = await runScaleBench({
    rooms,
    readersPerRoom: 5,
    roomsPerWriter: 10,
    rateHz: 5,
    windowMs: full ? 60_000 : 30_000,
    onProgress: log,
  });
}
if (only.has('soak')) {
  // Memory over a long run: 300 rooms of 5 readers, 30 writers at 5 edits a second; an hour with --full.
  // The writers keep their documents' length steady, so growth is the server's, not the documents'.
  const minutes = Number(process.env['FACTMARK_BENCH_SOAK_MINUTES'] ?? (full ? 60 : 10));
  log(`soak: 300 rooms on one instance for ${minutes} minutes`);
  results.soak = await runScaleBench({
    rooms: 300,
    readersPerRoom: 5,
    roomsPerWriter: 10,
    rateHz: 5,
    windowMs: minutes * 60_000,
    sampleMs: Math.min(60_000, (minutes * 60_000) / 20),
    steadyChars: 2_000,
    retainedHeap: true,
    onProgress: log,
  });
}
if (only.has('burst')) {
  results.burst = await runBurstBench(30, 10, log);
}
if (only.has('browser')) {
  results.browser = await runBrowserBench(30_000, 10_000, full ? 100 : 50, full ? 9 : 5, log);
  // How an open and a keystroke grow with the marks (on 30,000 words) and with the words (under 10,000 marks):
  // fewer opens each and no remote updates, so a reader sees the curve; the full run adds the far points.
  const browserPoints: [words: number, annotations: number][] = full
    ? [
        [30_000, 1_000],
        [30_000, 50_000],
        [10_000, 10_000],
        [100_000, 10_000],
      ]
    : [
        [30_000, 1_000],
        [10_000, 10_000],
      ];
  results.browserCurve = [results.browser];
  for (const [words, annotations] of browserPoints) {
    log(`browser curve: ${words} words, ${annotations} annotations`);
    results.browserCurve.push(await runBrowserBench(words, annotations, 30, 3, log, { remote: false }));
  }
  results.browserCurve.sort((a, b) => a.words - b.words || a.annotations - b.annotations);
}

await mkdir(resultsDir, { recursive: true });
await writeFile(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
if (values['save-baseline']) await writeFile(path.join(resultsDir, 'baseline.json'), `${JSON.stringify(results, null, 2)}\n`);
const baselineFile = values.baseline ?? path.join(resultsDir, 'baseline.json');
const baseline = values['save-baseline']
  ? null
  : ((await readFile(baselineFile, 'utf8')
      .then((text) => JSON.parse(text) as Results)
      .catch(() => null)) ?? null);

/** A figure with its baseline and the ratio beside it, when there is a baseline. */
const withBaseline = (value: number, old: number | undefined): Record<string, number | string> =>
  old === undefined ? { now: round(value) } : { now: round(value), baseline: round(old), ratio: round(value / old) };

console.log(
  `\nfactmark benchmarks (${results.mode}) on ${results.machine.cores} × ${results.machine.cpus}, ${results.machine.memoryGiB} GiB, Node ${results.machine.node}`,
);

if (results.sync.length > 0) {
  console.log(
    // factmark makes each update durable before relaying it; how durable the servers measured here were (the others keep nothing).
    `\nLive sync: 1 writer, N readers, steady edits; latency from send to every reader (ms); ratio = factmark / y-websocket-server; factmark durability: ${process.env['FACTMARK_DURABILITY'] ?? 'power'} (FACTMARK_DURABILITY)`,
  );
  const stock = (readers: number) => results.sync.find((row) => row.server === 'y-websocket-server' && row.readers === readers);
  console.table(
    results.sync
      .filter((row) => row.skipped === undefined)
      .map((row) => ({
        server: row.server,
        readers: row.readers,
        edits: row.edits,
        p50: round(row.p50),
        p95: round(row.p95),
        p99: round(row.p99),
        max: round(row.max),
        'p99 ratio': row.server.startsWith('factmark') ? round(row.p99 / (stock(row.readers)?.p99 ?? NaN)) : '',
        'CPU ms': round(row.cpuMs),
        'RSS/conn KiB': round(row.rssPerConnectionKiB),
        missing: row.missing ?? 0,
      })),
  );
  const skipped = new Map(results.sync.filter((result) => result.skipped !== undefined).map((row) => [row.server, row.skipped]));
  for (const [server, reason] of skipped) console.log(`${server}: ${reason ?? ''}`);
}

if (results.exports !== null) {
  console.log(
    `\nExports of ${results.exports.annotations} annotations on ${results.exports.words} words (ms; target < 500 each, model + format)`,
  );
  const old = baseline?.exports;
  console.table({
    'model (placing every annotation)': withBaseline(results.exports.modelMs, old?.modelMs),
    ...Object.fromEntries(Object.entries(results.exports.formats).map(([format, ms]) => [format, withBaseline(ms, old?.formats[format])])),
  });
  const { job } = results.exports;
  if (job !== undefined) {
    console.log(
      'Export jobs from the stored updates (ms; target < 300 for a repeated export of any format): the first reads and places, the next reuse the placing',
    );
    console.table({
      'first export (read + place)': withBaseline(job.firstMs, old?.job?.firstMs),
      ...Object.fromEntries(
        Object.entries(job.repeated).map(([format, ms]) => [`repeated ${format}`, withBaseline(ms, old?.job?.repeated[format])]),
      ),
    });
  }
}

if (results.exportCurve !== undefined && results.exportCurve.length > 1) {
  console.log(`\nExport cost by number of annotations on ${results.exportCurve[0]?.words ?? 0} words (ms, best of a few runs)`);
  console.table(
    Object.fromEntries(
      results.exportCurve.map((result) => [
        result.annotations,
        {
          placing: round(result.modelMs),
          ...Object.fromEntries(Object.entries(result.formats).map(([format, ms]) => [format, round(ms)])),
        },
      ]),
    ),
  );
}

if (results.exportWordCurve !== undefined && results.exportWordCurve.length > 1) {
  console.log(`\nExport cost by length of article, ${results.exportWordCurve[0]?.annotations ?? 0} annotations (ms, best of a few runs)`);
  console.table(
    Object.fromEntries(
      results.exportWordCurve.map((result) => [
        `${result.words} words`,
        {
          placing: round(result.modelMs),
          ...Object.fromEntries(Object.entries(result.formats).map(([format, ms]) => [format, round(ms)])),
        },
      ]),
    ),
  );
}

if (results.heavy !== null) {
  const { idle, loaded, busyLoops, work } = results.heavy;
  console.log(
    `\nLive sync at N = ${idle.readers} while another client exports 10,000 annotations, compares 24,000 words and imports 1 MB of nested divs, over and over, against nothing running and against busy loops that are not factmark's, on one server, in alternating runs of ${full ? 1000 : 400} edits, ${idle.edits} in all each (ms; CPU: the runs' total; target: p99 within 1.2 × idle)`,
  );
  const row = (result: SyncResult) => ({
    p50: round(result.p50),
    p95: round(result.p95),
    p99: round(result.p99),
    max: round(result.max),
    'p99 ratio to idle': round(result.p99 / idle.p99),
    'server CPU ms': round(result.cpuMs),
    'event loop CPU ms': round(result.mainThreadCpuMs),
    missing: result.missing ?? 0,
  });
  console.table({ idle: row(idle), 'heavy work running': row(loaded), 'busy loops, not factmark': row(busyLoops) });
  console.log(`Heavy requests answered meanwhile, by status: ${JSON.stringify(work)}`);
  console.log(
    "Busy loops: one per worker thread of the server, in processes of their own at the lowest priority (nice 19, every thread): what any work on the other cores costs live sync on this machine, the floor under the heavy work's ratio.",
  );
  console.log(
    heavyClientAtIdle()
      ? 'The heavy client ran at idle priority, as if on another machine (FACTMARK_BENCH_HEAVY_CLIENT=normal shares the cores with it).'
      : 'The heavy client shared the cores at normal priority.',
  );
}

if (results.presence != null) {
  const { presence } = results;
  console.log(
    `\nPresence of ${presence.clients} idle clients in one room, each renewing it every ${presence.renewMs / 1000} s (over ${presence.windowMs / 1000} s)`,
  );
  console.table({
    'server CPU ms per second': round(presence.cpuMsPerSecond),
    'event loop CPU ms per second': round(presence.mainThreadCpuMsPerSecond),
    'presence messages a client receives per second': round(presence.messagesPerClientSecond),
    'presence KiB a client receives per second': round(presence.bytesPerClientSecond / 1024),
  });
}

if (results.scale != null) {
  const { scale } = results;
  console.log(
    `\nOne instance, ${scale.rooms} rooms: ${scale.connections} connections (5 idle readers with presence per room), ${scale.writers} writers at ${scale.rateHz} edits/s, over ${round(scale.windowMs / 1000)} s`,
  );
  console.table({
    'sync p50 ms': round(scale.p50),
    'sync p95 ms': round(scale.p95),
    'sync p99 ms': round(scale.p99),
    'sync max ms': round(scale.max),
    'deliveries expected': scale.expected,
    'deliveries missing': scale.missing,
    'connections dropped': scale.dropped,
    'server CPU % of a core': round(scale.serverCpuPercent),
    'client process CPU % of a core': round(scale.clientCpuPercent),
    'server RSS MiB, no clients': round(scale.rssEmptyMiB),
    'server RSS MiB, start': round(scale.rssStartMiB),
    'server RSS MiB, end': round(scale.rssEndMiB),
    'server RSS growth MiB a minute': round(scale.rssGrowthMiBPerMinute),
    'server RSS KiB per connection': round(((scale.rssStartMiB - scale.rssEmptyMiB) * 1024) / scale.connections),
  });
}

if (results.soak != null) {
  const { soak } = results;
  console.log(
    `\nSoak: one instance, ${soak.rooms} rooms, ${soak.connections} connections, ${soak.writers} writers at ${soak.rateHz} edits/s (each document kept to its length), for ${round(soak.windowMs / 60_000)} minutes: server RSS, and each thread's heap after a forced full collection (MiB), through the window`,
  );
  const every = Math.max(1, Math.ceil(soak.rssSamples.length / 12));
  const heapAt = (minute: number) =>
    soak.heapSamples.reduce<ScaleResult['heapSamples'][number] | null>(
      (nearest, sample) => (nearest === null || Math.abs(sample.minute - minute) < Math.abs(nearest.minute - minute) ? sample : nearest),
      null,
    );
  console.table(
    Object.fromEntries(
      soak.rssSamples
        .filter((_, index, all) => index % every === 0 || index === all.length - 1)
        .map(({ minute, mib }) => {
          const threads = heapAt(minute)?.threads ?? [];
          const main = threads.find(({ thread }) => thread === 'main');
          const workers = threads.filter((heap) => heap !== main);
          return [
            `${round(minute)} min`,
            {
              'RSS MiB': round(mib),
              'main heap MiB': main === undefined ? '' : round(main.mib),
              'worker heaps MiB': workers.map((heap) => round(heap.mib)).join(' / '),
            },
          ];
        }),
    ),
  );
  console.log(
    `RSS growth over the whole window ${round(soak.rssGrowthMiBPerMinute)} MiB a minute, over its second half ${round(soak.rssSecondHalfMiBPerMinute)} MiB a minute; retained heap (every thread) over the second half ${soak.heapSecondHalfMiBPerMinute === null ? 'not read' : round(soak.heapSecondHalfMiBPerMinute)} MiB a minute (flat memory: near 0); sync p99 ${round(soak.p99)} ms, ${soak.missing} deliveries missing, ${soak.dropped} connections dropped.`,
  );
}

if (results.burst != null) {
  const { burst } = results;
  console.log(
    `\nA class of ${burst.students} opening a ${burst.words}-word blind assignment within one second, each layer holding ${burst.marksPerStudent} marks, rooms read from the store (ms)`,
  );
  console.table({
    [`${burst.students - 1} clients: article and own layer synced`]: { p50: round(burst.p50), max: round(burst.max) },
    [`${burst.students - 1} clients: told their layer (GET /api/documents/:id)`]: {
      p50: round(burst.askedP50),
      max: round(burst.askedMax),
    },
    [`${burst.students - 1} clients: article synced`]: { p50: round(burst.articleP50), max: round(burst.articleMax) },
    'Chromium: article drawn and editable': { p50: round(burst.browser.articleMs), max: '' },
    'Chromium: own marks drawn': { p50: round(burst.browser.marksDrawnMs), max: '' },
  });
}

if (results.browser !== null) {
  const { browser } = results;
  const old = baseline?.browser ?? undefined;
  console.log(
    `\nBig document in headless Chromium: ${browser.words} words, ${browser.annotations} annotations (ms, opens the median of ${browser.openings}; targets: article < 400, in view < 600, every mark < 1000, keystroke p95 < 8, remote updates p95 < 5)`,
  );
  console.table({
    'open until annotations in view drawn': withBaseline(browser.openMs, old?.openMs),
    'open until every annotation drawn': withBaseline(browser.allDrawnMs, old?.allDrawnMs),
    'article interactive': withBaseline(browser.articleMs, old?.articleMs),
    'longest task while the rest are drawn': withBaseline(browser.longestTaskWhileDrawingMs, old?.longestTaskWhileDrawingMs),
    'slices drawing the rest': withBaseline(browser.drawSlices, old?.drawSlices),
    'longest slice': withBaseline(browser.longestDrawSliceMs, old?.longestDrawSliceMs),
    'remote text edit p95': withBaseline(browser.remoteEditP95, old?.remoteEditP95),
    'remote new annotation p95': withBaseline(browser.remoteAnnotationP95, old?.remoteAnnotationP95),
    'local keystroke p95': withBaseline(browser.keystrokeP95, old?.keystrokeP95),
  });
}

if (results.browserCurve !== undefined && results.browserCurve.length > 1) {
  console.log(
    "\nHow an open and a keystroke grow with the annotations and the words (ms; opens the median of each row's opens, keystroke p95 of its samples)",
  );
  console.table(
    results.browserCurve.map((row) => ({
      words: row.words,
      annotations: row.annotations,
      opens: row.openings,
      'article interactive': round(row.articleMs),
      'annotations in view': round(row.openMs),
      'every annotation': round(row.allDrawnMs),
      'keystroke p95': round(row.keystrokeP95),
    })),
  );
}
console.log(
  `\nFigures written to ${path.relative(process.cwd(), path.join(resultsDir, 'latest.json'))}${baseline === null ? '' : `; baseline ${path.relative(process.cwd(), baselineFile)}`}`,
);
// Providers and timers of the runs may linger; the figures are written, so end here.
process.exit(0);
