// Whether suggestions hold up typing on a 30,000-word article, in headless
// Chromium: suggestions on, a reviewer types a character, pauses long enough
// for the suggestions to be computed again, and types again, while the page
// records every long task (over 50 ms on the main thread), the main-thread time
// of each recomputation (`factmark:suggestions`) and how long each keystroke
// waited before it was handled (Event Timing's input delay). `npm run build`
// first, then `npx tsx bench/suggestTyping.ts [samples]`; noisy under load.
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { launchBrowser } from '../tests/support/browser.js';
import { importArticle, startServer, tempDataDir } from '../tests/support/server.js';

const samples = Number(process.argv[2] ?? 12);
const root = path.join(import.meta.dirname, '..');
const folder = path.join(root, 'tests', 'fixtures', 'eval', 'tuning', 'articles');

/** About 30,000 words of wire copy in markdown: the tuning articles' paragraphs over and over, each made distinct by a number. */
function article(words: number): string {
  const paragraphs = readdirSync(folder)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .flatMap((file) =>
      readFileSync(path.join(folder, file), 'utf8')
        .split(/\n\s*\n/u)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== '' && !paragraph.startsWith('#')),
    );
  const out: string[] = [];
  let count = 0;
  for (let n = 0; count < words; n++) {
    const paragraph = `${paragraphs[n % paragraphs.length] ?? ''} (${n})`;
    out.push(paragraph);
    count += paragraph.split(/\s+/u).length;
  }
  return `# A long day at the port\n\n${out.join('\n\n')}\n`;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;
}

const data = await tempDataDir();
const server = await startServer({ dataDir: data.dir, args: ['--max-import-bytes', '50000000'] });
const browser = await launchBrowser();
try {
  const text = article(30_000);
  const id = await importArticle(server, text, 'markdown');
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.addInitScript(() => {
    window.localStorage.setItem('factmark.identity', JSON.stringify({ id: 'bench', name: 'Bench', color: '#00798c' }));
    const record = window as unknown as { longTasks: number[]; inputDelays: number[] };
    record.longTasks = [];
    record.inputDelays = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.longTasks.push(entry.duration);
    }).observe({ type: 'longtask' });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'beforeinput')
          record.inputDelays.push(entry.processingStart - entry.startTime);
    }).observe({ type: 'event', durationThreshold: 16 } as PerformanceObserverInit);
    // Event Timing reports only events that took 16 ms or more to paint: the others waited less.
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/?token=${server.token}#/d/${id}`);
  await page.locator('.ProseMirror p').nth(3).waitFor({ timeout: 120_000 });
  await page.getByRole('checkbox', { name: 'Suggestions' }).check();
  await page.locator('.ProseMirror .suggestion').first().waitFor({ timeout: 120_000 });
  const shown = await page.locator('.suggestion-count').textContent();
  await page.waitForTimeout(1500);
  await page.evaluate(() => {
    const record = window as unknown as { longTasks: number[]; inputDelays: number[] };
    record.longTasks = [];
    record.inputDelays = [];
    performance.clearMeasures('factmark:suggestions');
  });

  await page.locator('.ProseMirror p').nth(40).click();
  for (let sample = 0; sample < samples; sample++) {
    await page.keyboard.type('k');
    // Just past the quiet time after which suggestions are computed again: the next key lands while they are.
    await page.waitForTimeout(320);
    await page.keyboard.type('m');
    await page.waitForTimeout(600);
  }
  await page.waitForTimeout(1000);
  const figures = await page.evaluate(() => {
    const record = window as unknown as { longTasks: number[]; inputDelays: number[] };
    return {
      longTasks: record.longTasks,
      inputDelays: record.inputDelays,
      recompute: performance.getEntriesByName('factmark:suggestions').map((entry) => entry.duration),
    };
  });
  const words = text.split(/\s+/u).length;
  const total = (values: number[]) => values.reduce((sum, value) => sum + value, 0);
  console.log(`${words} words, ${shown ?? '?'}; ${samples * 2} keystrokes, ${samples} recomputations`);
  console.log(
    `  main-thread time per recomputation (factmark:suggestions): median ${percentile(figures.recompute, 50).toFixed(1)} ms, max ${Math.max(0, ...figures.recompute).toFixed(1)} ms (${figures.recompute.length} measured)`,
  );
  console.log(
    `  long tasks while typing: ${figures.longTasks.length}, ${total(figures.longTasks).toFixed(0)} ms in all, longest ${Math.max(0, ...figures.longTasks).toFixed(0)} ms`,
  );
  const waited = figures.inputDelays.filter((delay) => delay > 16);
  console.log(
    `  key events that waited over 16 ms to be handled: ${waited.length}; longest wait ${Math.max(0, ...figures.inputDelays).toFixed(0)} ms`,
  );
} finally {
  await browser.close();
  await server.stop();
  await data.remove();
}
