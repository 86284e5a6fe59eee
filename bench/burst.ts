import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { annotationKinds, layerRoomName, listAnnotations, type AnnotationKind } from '../shared/index.js';
import { annotateAs } from '../tests/support/annotate.js';
import { launchBrowser } from '../tests/support/browser.js';
import { connectClient, type TestClient } from '../tests/support/client.js';
import { api, importArticle, startServer, tempDataDir, type TestServer } from '../tests/support/server.js';

/*
 * A class opening the same assignment at once: a blind assignment with
 * `students` annotator links, each student's private layer already holding
 * `marksPerStudent` marks (the second lesson on a story). The server is
 * restarted, so the rooms are read from the store, as at the start of a
 * lesson; then every student opens it within one second: all but one as
 * y-websocket clients in this process, doing what the page does (ask which
 * layer it works in, then open the article and that layer), and one in
 * headless Chromium.
 */

export interface BurstResult {
  students: number;
  marksPerStudent: number;
  words: number;
  /** Node students: from each one's start until the article and its own layer are synced, in ms. */
  p50: number;
  max: number;
  /** The same, until the server said which layer the student works in (before the rooms are opened). */
  askedP50: number;
  askedMax: number;
  /** The same, until the article alone is synced. */
  articleP50: number;
  articleMax: number;
  /** Chromium, from navigation: the article drawn and editable, and the student's marks drawn. */
  browser: { articleMs: number; marksDrawnMs: number };
}

const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

/** Paragraphs of numbered sentences, so each student's marks land on words found once. */
function assignmentText(sentences: number): string {
  const paragraphs: string[] = [];
  for (let first = 1; first <= sentences; first += 4) {
    const paragraph: string[] = [];
    for (let index = first; index < Math.min(sentences + 1, first + 4); index++)
      paragraph.push(
        `Sentence ${index} says the council spent more on the harbour than the budget showed, according to officials who denied it.`,
      );
    paragraphs.push(paragraph.join(' '));
  }
  return paragraphs.join('\n\n');
}

async function json200<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(`${response.url}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}

async function waitFor(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`${what} did not happen within ${timeoutMs} ms.`);
    await sleep(5);
  }
}

const percentile = (values: number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN;
};

export async function runBurstBench(students: number, marksPerStudent: number, onProgress: (line: string) => void): Promise<BurstResult> {
  const data = await tempDataDir();
  const env = { FACTMARK_MAX_MESSAGES_PER_SECOND: '100000', FACTMARK_RATE_LIMIT: '0' };
  let server: TestServer = await startServer({ dataDir: data.dir, env });
  const clients: TestClient[] = [];
  const browser = await launchBrowser();
  // Every provider adds a process 'exit' listener; one per room open is expected, not a leak.
  const maxListeners = process.getMaxListeners();
  process.setMaxListeners(Math.max(maxListeners, 2 * students + 10));
  try {
    const sentences = 60;
    const text = assignmentText(sentences);
    const docId = await importArticle(server, text);
    await json200(await api(server, `/api/documents/${docId}`, json('PATCH', { assignment: { revealed: false } })));
    onProgress(`burst: ${students} annotator links, ${marksPerStudent} marks in each student's layer`);
    const links: { token: string; layer: string }[] = [];
    for (let student = 0; student < students; student++) {
      const { token } = await json200<{ token: string }>(
        await api(server, `/api/documents/${docId}/invites`, json('POST', { role: 'annotator', label: `Student ${student + 1}` })),
      );
      const { workingLayer } = await json200<{ workingLayer: string }>(await api(server, `/api/documents/${docId}`, { token }));
      const marks = Array.from({ length: marksPerStudent }, (_, index): [AnnotationKind, string] => [
        annotationKinds[index % annotationKinds.length] ?? 'claim',
        `Sentence ${((student + index * 7) % sentences) + 1} says`,
      ]);
      const made = await annotateAs(server, docId, token, workingLayer, marks);
      links.push({ token, layer: workingLayer });
      // Every mark is on the server before the clients go.
      const check = connectClient(server, layerRoomName(docId, workingLayer), { token });
      await waitFor(() => check.provider.synced && listAnnotations(check.doc).length === marksPerStudent, 20_000, 'The marks arriving');
      for (const client of [...made, check]) client.destroy();
    }
    onProgress('burst: restarting the server, so the rooms are read from the store');
    await server.stop();
    server = await startServer({ dataDir: data.dir, env });
    const running = server;

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() =>
      window.localStorage.setItem('factmark.identity', JSON.stringify({ id: 'student-browser', name: 'Student', color: '#00798c' })),
    );
    const page = await context.newPage();
    const browserLink = links[links.length - 1];
    if (browserLink === undefined) throw new Error('No student link.');

    onProgress(`burst: ${students - 1} clients and one Chromium page open the assignment within one second`);
    const began = performance.now();
    const nodeStudent = async ({ token }: { token: string }, index: number) => {
      const offset = (1000 * index) / students;
      await sleep(offset);
      const start = performance.now();
      const { workingLayer } = await json200<{ workingLayer: string }>(await api(running, `/api/documents/${docId}`, { token }));
      const askedMs = performance.now() - start;
      const article = connectClient(running, docId, { token });
      const layer = connectClient(running, layerRoomName(docId, workingLayer), { token });
      clients.push(article, layer);
      for (const client of [article, layer])
        client.provider.awareness.setLocalStateField('user', { name: `Student ${index + 1}`, color: '#336699' });
      let articleMs = Number.NaN;
      await waitFor(
        () => {
          if (Number.isNaN(articleMs) && article.provider.synced && article.text().length > 0) articleMs = performance.now() - start;
          return !Number.isNaN(articleMs) && layer.provider.synced && listAnnotations(layer.doc).length === marksPerStudent;
        },
        60_000,
        `Student ${index + 1}'s content`,
      );
      return { askedMs, articleMs, allMs: performance.now() - start };
    };
    const browserOpen = async () => {
      await page.goto(`${running.url}/?token=${browserLink.token}#/d/${docId}`);
      // A layer this small is drawn whole at once: the marks drawn is the page's `factmark:ready`.
      await page.waitForFunction(() => performance.getEntriesByName('factmark:ready').length > 0, null, { timeout: 60_000 });
      return page.evaluate(() => ({
        articleMs: performance.getEntriesByName('factmark:article-ready')[0]?.startTime ?? Number.NaN,
        marksDrawnMs: performance.getEntriesByName('factmark:ready')[0]?.startTime ?? Number.NaN,
      }));
    };
    // Chromium opens in the middle of the second, the others around it.
    const [timings, browserTimings] = await Promise.all([Promise.all(links.slice(0, -1).map(nodeStudent)), sleep(500).then(browserOpen)]);
    onProgress(`burst: everyone had their content ${(performance.now() - began).toFixed(0)} ms after the first opened`);
    /** The median and the worst of one of the students' timings. */
    const spread = (pick: (timing: (typeof timings)[number]) => number) => {
      const values = timings.map(pick);
      return [percentile(values, 50), percentile(values, 100)] as const;
    };
    const [p50, max] = spread((timing) => timing.allMs);
    const [askedP50, askedMax] = spread((timing) => timing.askedMs);
    const [articleP50, articleMax] = spread((timing) => timing.articleMs);
    return {
      students,
      marksPerStudent,
      words: text.split(/\s+/).length,
      p50,
      max,
      askedP50,
      askedMax,
      articleP50,
      articleMax,
      browser: browserTimings,
    };
  } finally {
    process.setMaxListeners(maxListeners);
    for (const client of clients) client.destroy();
    await browser.close();
    await server.stop();
    await data.remove();
  }
}
