import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { CDPSession, Page } from 'playwright-core';
import { yXmlFragmentToProseMirrorRootNode } from 'y-prosemirror';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  articleFragmentName,
  articleSchema,
  buildExportModel,
  createAnnotation,
  encodeAnchors,
  layerRoomName,
  quoteSelectorOf,
  teamLayerId,
  TextMap,
  toFactmarkJson,
} from '../shared/index.js';
import { launchBrowser } from '../tests/support/browser.js';
import { startServer, tempDataDir } from '../tests/support/server.js';
import { generateArticle } from './generate.js';

/** Timings of a big article in headless Chromium, in milliseconds. */
export interface BrowserResult {
  words: number;
  annotations: number;
  /** From navigation to the article drawn with its annotations placed (those in view drawn). */
  openMs: number;
  /** From navigation to every annotation drawn in the page. */
  allDrawnMs: number;
  /** From navigation to the article drawn and editable (annotations may still be loading). */
  articleMs: number;
  /** The longest task of the page's thread between the marks in view drawn and every mark drawn (0 when none passed 50 ms). */
  longestTaskWhileDrawingMs: number;
  /** How many slices drew the marks beyond the view, and the longest of them (ms), in the median open by slice count. */
  drawSlices: number;
  longestDrawSliceMs: number;
  /** How many opens the open figures are the median of. */
  openings: number;
  remoteEditP95: number;
  remoteAnnotationP95: number;
  keystrokeP95: number;
  samples: number;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** The durations of the page's `factmark:<kind>` measures, and clears them. */
async function takeMeasures(page: Page, kind: string): Promise<number[]> {
  return page.evaluate((name) => {
    const durations = performance.getEntriesByName(name).map((entry) => entry.duration);
    performance.clearMeasures(name);
    return durations;
  }, `factmark:${kind}`);
}

/** Where to write CPU profiles of the page (`FACTMARK_BENCH_PROFILE=DIR`): each open, the remote new annotations and the keystrokes. */
const profileDir = process.env['FACTMARK_BENCH_PROFILE'];

/** Starts Chromium's sampling profiler on a page, when profiles are asked for. */
async function startProfile(page: Page): Promise<CDPSession | null> {
  if (profileDir === undefined) return null;
  const session = await page.context().newCDPSession(page);
  await session.send('Profiler.enable');
  await session.send('Profiler.setSamplingInterval', { interval: 250 });
  await session.send('Profiler.start');
  return session;
}

/** Stops the profiler and writes its profile as `DIR/<name>.cpuprofile` (open it in DevTools, or `bench/profileSummary.ts`). */
async function stopProfile(session: CDPSession | null, name: string): Promise<void> {
  if (session === null || profileDir === undefined) return;
  const { profile } = await session.send('Profiler.stop');
  await mkdir(profileDir, { recursive: true });
  await writeFile(path.join(profileDir, `${name}.cpuprofile`), JSON.stringify(profile));
  await session.detach();
}

/**
 * Times the page keeping its decorations up to date while a remote reviewer
 * in Node edits the article's text and adds annotations to the team layer.
 */
async function measureRemoteUpdates(
  page: Page,
  serverUrl: string,
  token: string,
  id: string,
  samples: number,
  cleanups: (() => void)[],
  onProgress: (line: string) => void,
): Promise<{ remoteEdits: number[]; remoteAnnotations: number[] }> {
  // A remote reviewer in Node, editing the article and the team layer.
  const remoteArticle = new Y.Doc();
  const remoteLayer = new Y.Doc();
  const connect = (room: string, ydoc: Y.Doc) => {
    const provider = new WebsocketProvider(`${serverUrl.replace(/^http/, 'ws')}/sync`, room, ydoc, {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
    cleanups.push(() => provider.destroy());
    return new Promise<void>((resolve) => provider.once('sync', () => resolve()));
  };
  await Promise.all([connect(id, remoteArticle), connect(layerRoomName(id, teamLayerId), remoteLayer)]);
  const remoteFragment = remoteArticle.getXmlFragment(articleFragmentName);

  onProgress('remote text edits');
  for (let sample = 0; sample < samples; sample++) {
    const paragraph = remoteFragment.get((sample * 7) % remoteFragment.length) as Y.XmlElement;
    (paragraph.get(0) as Y.XmlText).insert(0, 'x');
    await page.waitForFunction((count) => performance.getEntriesByName('factmark:remote').length >= count, sample + 1);
    await page.waitForTimeout(30);
  }
  const remoteEdits = await takeMeasures(page, 'remote');
  await page.waitForTimeout(600);
  await takeMeasures(page, 'annotations');

  onProgress('remote new annotations');
  const annotating = await startProfile(page);
  for (let sample = 0; sample < samples; sample++) {
    const pmDoc = yXmlFragmentToProseMirrorRootNode(remoteFragment, articleSchema);
    const map = TextMap.of(pmDoc);
    const start = (sample * 997) % Math.max(1, map.text.length - 40);
    createAnnotation(remoteLayer, {
      kind: 'claim',
      author: { id: 'remote', name: 'Remote' },
      ...encodeAnchors(remoteFragment, pmDoc, map.posAt(start, 1), map.posAt(start + 20, -1)),
      ...quoteSelectorOf(map.text, start, start + 20),
    });
    await page.waitForFunction((count) => performance.getEntriesByName('factmark:annotations').length >= count, sample + 1);
    await page.waitForTimeout(30);
  }
  await stopProfile(annotating, 'remote-annotations');
  const remoteAnnotations = await takeMeasures(page, 'annotations');
  if (process.env['FACTMARK_BENCH_TRACE'] === '1')
    onProgress(`remote new annotations: ${remoteAnnotations.map((ms) => ms.toFixed(1)).join(' ')}`);
  return { remoteEdits, remoteAnnotations };
}

/**
 * Opens a generated article with many annotations in headless Chromium and
 * times: opening it, and keeping decorations up to date after a remote text
 * edit, a remote new annotation (unless `remote` is false, as for the curve
 * of how cost grows, where their figures are NaN) and a local keystroke.
 */
export async function runBrowserBench(
  words: number,
  annotations: number,
  samples: number,
  openings: number,
  onProgress: (line: string) => void = () => undefined,
  { remote = true }: { remote?: boolean } = {},
): Promise<BrowserResult> {
  const data = await tempDataDir();
  const server = await startServer({
    dataDir: data.dir,
    args: ['--max-import-bytes', '50000000'],
    env: { FACTMARK_MAX_MESSAGES_PER_SECOND: '100000' },
  });
  const browser = await launchBrowser();
  const cleanups: (() => void)[] = [];
  try {
    onProgress(`generating ${words} words with ${annotations} annotations`);
    const generated = generateArticle(words, annotations);
    const fragment = generated.article.getXmlFragment(articleFragmentName);
    const doc = yXmlFragmentToProseMirrorRootNode(fragment, articleSchema);
    const model = buildExportModel(generated.record, { ydoc: generated.article, fragment, doc }, [
      { id: teamLayerId, doc: generated.layer },
    ]);
    const response = await fetch(`${server.url}/api/documents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: JSON.stringify({ format: 'factmark', content: toFactmarkJson(model) }),
    });
    if (!response.ok) throw new Error(`Import failed: ${response.status} ${await response.text()}`);
    const { id } = (await response.json()) as { id: string };

    // Each open is a new browser profile, as a reviewer's first visit; the
    // figures are the median of several, since one open on a busy machine
    // can be a few hundred milliseconds off.
    const opens: { openMs: number; allDrawnMs: number; articleMs: number; longestTaskMs: number; slices: number[] }[] = [];
    let page: Page | null = null;
    for (let open = 0; open < openings; open++) {
      const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      await context.addInitScript(() => {
        window.localStorage.setItem('factmark.identity', JSON.stringify({ id: 'bench', name: 'Bench', color: '#00798c' }));
        // Tasks over 50 ms, to find those that hold the page up while the rest of the marks are drawn.
        const tasks: [number, number][] = [];
        (window as unknown as { factmarkLongTasks: [number, number][] }).factmarkLongTasks = tasks;
        new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push([entry.startTime, entry.duration]);
        }).observe({ type: 'longtask', buffered: true });
      });
      if (page !== null) await page.context().close();
      page = await context.newPage();
      onProgress(`opening it in Chromium (${open + 1} of ${openings})`);
      const profiler = await startProfile(page);
      await page.goto(`${server.url}/?token=${server.token}#/d/${id}`);
      // With few marks, every one can be drawn before the article's own mark is made.
      await page.waitForFunction(
        () => ['factmark:all-drawn', 'factmark:article-ready'].every((name) => performance.getEntriesByName(name).length > 0),
        null,
        { timeout: 120_000 },
      );
      // A second more: what the page does right after (an idle task) belongs to the open too.
      if (profiler !== null) await page.waitForTimeout(1000);
      await stopProfile(profiler, `open-${open + 1}`);
      opens.push(
        await page.evaluate(() => ({
          openMs: performance.getEntriesByName('factmark:ready')[0]?.startTime ?? NaN,
          allDrawnMs: performance.getEntriesByName('factmark:all-drawn')[0]?.startTime ?? NaN,
          articleMs: performance.getEntriesByName('factmark:article-ready')[0]?.startTime ?? NaN,
          slices: performance.getEntriesByName('factmark:draw-slice').map((entry) => entry.duration),
          longestTaskMs: Math.max(
            0,
            ...(window as unknown as { factmarkLongTasks: [number, number][] }).factmarkLongTasks
              .filter(([start]) => start >= (performance.getEntriesByName('factmark:ready')[0]?.startTime ?? Infinity))
              .filter(([start]) => start <= (performance.getEntriesByName('factmark:all-drawn')[0]?.startTime ?? -Infinity))
              .map(([, duration]) => duration),
          ),
        })),
      );
      if (process.env['FACTMARK_BENCH_TRACE'] === '1') {
        const trace = await page.evaluate(() =>
          performance
            .getEntries()
            .filter((entry) => entry.name.startsWith('factmark:') || entry.entryType === 'navigation' || entry.entryType === 'resource')
            .map(
              (entry) =>
                `${entry.entryType} ${entry.name.slice(-40)} start=${entry.startTime.toFixed(0)} duration=${entry.duration.toFixed(1)}`,
            ),
        );
        onProgress(trace.join('\n'));
      }
      // Let the server unload the rooms, so the next open loads them from the store again.
      await page.waitForTimeout(open + 1 < openings ? 500 : 0);
    }
    if (page === null) throw new Error('No open was measured.');
    const openMs = percentile(
      opens.map((open) => open.openMs),
      50,
    );
    const allDrawnMs = percentile(
      opens.map((open) => open.allDrawnMs),
      50,
    );
    const articleMs = percentile(
      opens.map((open) => open.articleMs),
      50,
    );
    const longestTaskWhileDrawingMs = percentile(
      opens.map((open) => open.longestTaskMs),
      50,
    );
    const medianSlices = [...opens].sort((a, b) => a.slices.length - b.slices.length)[Math.floor(opens.length / 2)]?.slices ?? [];
    onProgress(
      `draw slices per open: ${opens.map((open) => `${open.slices.length} (median ${percentile(open.slices, 50).toFixed(1)}, p90 ${percentile(open.slices, 90).toFixed(1)}, longest ${Math.max(0, ...open.slices).toFixed(1)} ms)`).join(', ')}`,
    );
    onProgress(
      `opens: ${opens.map((open) => `${open.articleMs.toFixed(0)}/${open.openMs.toFixed(0)}/${open.allDrawnMs.toFixed(0)}/${open.longestTaskMs.toFixed(0)}`).join(' ')} ms (article/in view/all/longest task between)`,
    );
    await page.waitForTimeout(1000);
    await takeMeasures(page, 'remote');
    await takeMeasures(page, 'annotations');

    const { remoteEdits, remoteAnnotations } = remote
      ? await measureRemoteUpdates(page, server.url, server.token, id, samples, cleanups, onProgress)
      : { remoteEdits: [], remoteAnnotations: [] };

    onProgress('local keystrokes');
    await page.locator('.ProseMirror p').nth(3).click();
    await takeMeasures(page, 'local');
    const typing = await startProfile(page);
    for (let sample = 0; sample < samples; sample++) await page.keyboard.type('k');
    await page.waitForTimeout(100);
    await stopProfile(typing, 'keystrokes');
    const keystrokes = await takeMeasures(page, 'local');
    if (process.env['FACTMARK_BENCH_TRACE'] === '1') onProgress(`keystrokes: ${keystrokes.map((k) => k.toFixed(1)).join(' ')}`);
    return {
      words,
      annotations,
      openMs,
      allDrawnMs,
      articleMs,
      longestTaskWhileDrawingMs,
      drawSlices: medianSlices.length,
      longestDrawSliceMs: Math.max(0, ...medianSlices),
      openings,
      remoteEditP95: percentile(remoteEdits, 95),
      remoteAnnotationP95: percentile(remoteAnnotations, 95),
      keystrokeP95: percentile(keystrokes, 95),
      samples,
    };
  } finally {
    for (const cleanup of cleanups) cleanup();
    await browser.close();
    await server.stop();
    await data.remove();
  }
}
