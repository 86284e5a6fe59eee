import { writeFile } from 'node:fs/promises';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { teamLayerId } from '../../shared/index.js';
import { eventually } from '../support/eventually.js';
import { useBrowserSuite } from '../support/browserSuite.js';
import { api, importArticle, type TestServer } from '../support/server.js';

/**
 * Three people at once, two editors and an annotator, doing seeded random
 * things through the UI for a bounded time: typing, deleting, marking,
 * splitting and joining paragraphs, undo and redo, spells offline, reloads.
 * Then every page, a page opened afterwards and the export must agree on the
 * text and on every mark. A failure prints the seed: run it again with
 * FACTMARK_CHAOS_SEED=<seed> (and FACTMARK_CHAOS_DUMP=<file> to write what
 * every page showed, the export and every action to that file).
 */

const article = [
  'The port will reopen on Monday, the harbour master said in a statement.',
  'Fishermen denied that the channel had been dredged, and a union official said boats were still turned away.',
  'According to the ministry, repairs cost four million euros.',
].join('\n\n');

/** How long the three act, in milliseconds. */
const actingFor = 25_000;

/** A small seeded generator (mulberry32), so a run can be replayed. */
function generator(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let value = state;
    value = Math.imul(value ^ (value >>> 15), value | 1);
    value ^= value + Math.imul(value ^ (value >>> 7), value | 61);
    return ((value ^ (value >>> 14)) >>> 0) / 4294967296;
  };
}

interface Person {
  name: string;
  page: Page;
  context: BrowserContext;
  canEdit: boolean;
  offline: boolean;
  /** Reloaded offline before the page kept a copy of itself: the browser shows its own offline page until a reload online. */
  stranded?: boolean;
}

/**
 * Puts the selection in the editor: in the text node picked by `where`
 * (0–1 over all text nodes), at `at` (0–1 of its length), `length` characters
 * long; or, with `blockStart`, at the start of block `where`.
 */
async function place(page: Page, where: number, at: number, length: number, blockStart = false): Promise<boolean> {
  const placed = await page.evaluate(
    ([where, at, length, blockStart]) => {
      const root = document.querySelector<HTMLElement>('.ProseMirror');
      if (root === null) return false;
      const visible = (node: Node) => node.parentElement?.closest('.ProseMirror-yjs-cursor') == null;
      const texts = (within: Node) => {
        const walker = document.createTreeWalker(within, NodeFilter.SHOW_TEXT);
        const found: Text[] = [];
        for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
          if (visible(node) && (node.textContent ?? '') !== '') found.push(node as Text);
        }
        return found;
      };
      root.focus();
      const range = document.createRange();
      if (blockStart) {
        const blocks = Array.from(root.children);
        const block = blocks[Math.floor(where * blocks.length)];
        if (block === undefined) return false;
        const first = texts(block)[0];
        if (first === undefined) range.setStart(block, 0);
        else range.setStart(first, 0);
        range.collapse(true);
      } else {
        const all = texts(root);
        const node = all[Math.floor(where * all.length)];
        if (node === undefined) return false;
        const size = node.length;
        const start = Math.min(size, Math.floor(at * (size + 1)));
        range.setStart(node, start);
        range.setEnd(node, Math.min(size, start + length));
      }
      // Listened for after the focus, so after ProseMirror's own listener: it has read the selection when this resolves.
      const read = new Promise<boolean>((resolve) => document.addEventListener('selectionchange', () => resolve(true), { once: true }));
      const selection = window.getSelection();
      selection?.removeAllRanges();
      selection?.addRange(range);
      return read;
    },
    [where, at, length, blockStart] as const,
  );
  return placed;
}

const words = ['said', 'not', 'port', 'boats', 'Monday', 'denied', 'a', 'the', 'claim', 'euros'];

/** A reader on the browser's offline page, back online, reloads: the article is in again. */
async function reloadOnline(person: Person): Promise<void> {
  await person.page.reload();
  await person.page.locator('.article[aria-busy="false"] .ProseMirror').waitFor();
  person.stranded = false;
}

/** One random action of a person, through the keyboard and the selection as a reader would. */
async function act(person: Person, random: () => number, log: string[]): Promise<void> {
  const { page } = person;
  const pick = random();
  const r = [random(), random(), random()] as const;
  const editing = person.canEdit;
  const step = (what: string) => log.push(`${person.name}: ${what}`);
  // On the browser's offline page there is no article to act on: only reloading or coming back online does anything.
  if (person.stranded === true && pick >= 0.1) {
    step('waits on the offline page');
    return;
  }
  if (pick < 0.05) {
    step('reload');
    // Offline, before the service worker keeps the page (it is set up once the page is idle), the browser can only
    // show its own offline page, as it would to a reader; they reload again once back online.
    const reloaded = await page.reload().then(
      () => true,
      (error: unknown) => {
        if (!person.offline) throw error;
        return false;
      },
    );
    person.stranded = !reloaded;
    if (!reloaded) return;
    // Acting starts once the article is in, from the server or this browser's copy. Offline, a page
    // reloaded before it kept a copy never has it: its actions are refused, as the checks allow.
    const ready = page.locator('.article[aria-busy="false"] .ProseMirror').waitFor(person.offline ? { timeout: 5_000 } : {});
    await (person.offline ? ready.catch(() => undefined) : ready);
    return;
  }
  if (pick < 0.1) {
    person.offline = !person.offline;
    step(person.offline ? 'goes offline' : 'comes back online');
    await person.context.setOffline(person.offline);
    if (!person.offline && person.stranded === true) await reloadOnline(person);
    return;
  }
  if (pick < 0.2) {
    step('undo');
    if (await place(page, r[0], r[1], 0)) await page.keyboard.press('Control+z');
    return;
  }
  if (pick < 0.26) {
    step('redo');
    if (await place(page, r[0], r[1], 0)) await page.keyboard.press('Control+y');
    return;
  }
  if (pick < 0.48 || !editing) {
    const kind = Math.floor(r[2] * 3) + 1;
    step(`marks (${kind}) at ${r[0].toFixed(3)}/${r[1].toFixed(3)}`);
    if (await place(page, r[0], r[1], 3 + Math.floor(r[2] * 12))) await page.keyboard.press(`Control+Shift+${kind}`);
    return;
  }
  if (pick < 0.66) {
    const word = words[Math.floor(r[2] * words.length)] ?? 'x';
    step(`types "${word}" at ${r[0].toFixed(3)}/${r[1].toFixed(3)}`);
    if (await place(page, r[0], r[1], 0)) await page.keyboard.type(` ${word}`, { delay: 5 });
    return;
  }
  if (pick < 0.8) {
    const count = 1 + Math.floor(r[2] * 6);
    step(`deletes ${count} at ${r[0].toFixed(3)}/${r[1].toFixed(3)}`);
    if (await place(page, r[0], r[1], 0)) for (let i = 0; i < count; i++) await page.keyboard.press('Backspace');
    return;
  }
  if (pick < 0.9) {
    step(`splits at ${r[0].toFixed(3)}/${r[1].toFixed(3)}`);
    if (await place(page, r[0], r[1], 0)) await page.keyboard.press('Enter');
    return;
  }
  step(`joins block ${r[0].toFixed(3)} to the one before`);
  if (await place(page, r[0], 0, 0, true)) await page.keyboard.press('Backspace');
}

/** What a page shows: the article's text, and each drawn mark's words (whitespace aside) by id. */
function shown(page: Page): Promise<{ text: string; marks: Record<string, string> }> {
  return page.evaluate(() => {
    const clean = (element: Element) => {
      const copy = element.cloneNode(true) as Element;
      for (const cursor of Array.from(copy.querySelectorAll('.ProseMirror-yjs-cursor'))) cursor.remove();
      return (copy.textContent ?? '').replace(/\u2060/g, '');
    };
    const text = Array.from(document.querySelectorAll('.ProseMirror > :not(.ProseMirror-yjs-cursor)')).map(clean).join('\n\n');
    const marks: Record<string, string> = {};
    // Each mark has elements of its own (one per piece of text it covers), each naming it.
    for (const span of Array.from(document.querySelectorAll('.ProseMirror [data-annotation-id]'))) {
      const id = span.getAttribute('data-annotation-id') ?? '';
      marks[id] = (marks[id] ?? '') + clean(span).replace(/\s+/g, '');
    }
    return { text, marks };
  });
}

/** What the factmark export says: the text, and each anchored mark's words (whitespace aside) by id. */
async function exported(server: TestServer, docId: string): Promise<{ text: string; marks: Record<string, string> }> {
  const data = (await (await api(server, `/api/documents/${docId}/export?format=factmark`)).json()) as {
    text: string;
    layers: { id: string; annotations: { id: string; status: string; start: number | null; end: number | null }[] }[];
  };
  const marks: Record<string, string> = {};
  for (const annotation of data.layers.find((layer) => layer.id === teamLayerId)?.annotations ?? []) {
    if (annotation.status === 'anchored')
      marks[annotation.id] = data.text.slice(annotation.start ?? 0, annotation.end ?? 0).replace(/\s+/g, '');
  }
  return { text: data.text, marks };
}

describe('three people doing random things at once', () => {
  const suite = useBrowserSuite();
  const seed = Number(process.env['FACTMARK_CHAOS_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

  it(`ends with one text and one set of marks everywhere (seed ${seed})`, { timeout: 150_000 }, async () => {
    const random = generator(seed);
    const log: string[] = [];
    const { server } = suite;
    const docId = await importArticle(server, article);
    const annotatorLink = (await (
      await api(server, `/api/documents/${docId}/invites`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ role: 'annotator', label: 'Cleo' }),
      })
    ).json()) as { token: string };
    const people: Person[] = [];
    for (const [name, token, canEdit] of [
      ['Ada', server.token, true],
      ['Bo', server.token, true],
      ['Cleo', annotatorLink.token, false],
    ] as const) {
      const opened = await suite.open(docId, name, token);
      people.push({ name, page: opened.page, context: opened.context, canEdit, offline: false });
    }
    try {
      const until = Date.now() + actingFor;
      // Each acts in turn, in an order the seed decides.
      while (Date.now() < until) {
        const person = people[Math.floor(random() * people.length)] as Person;
        await act(person, random, log);
      }
      for (const person of people) {
        if (person.offline) await person.context.setOffline(false);
        person.offline = false;
        if (person.stranded === true) await reloadOnline(person);
      }
      for (const person of people) {
        const status = person.page.getByRole('status').first();
        await expect.poll(() => status.textContent(), { timeout: 20_000 }).toBe('Connected');
        await expect.poll(() => status.getAttribute('data-unsynced'), { timeout: 20_000 }).toBe('0');
      }
      await eventually(async () => {
        const [first, ...others] = await Promise.all(people.map((person) => shown(person.page)));
        others.forEach((other, index) => expect(other, `${people[index + 1]?.name ?? ''} and ${people[0]?.name ?? ''}`).toEqual(first));
        expect(await exported(server, docId), `the export and ${people[0]?.name ?? ''}`).toEqual(first);
      }, 20_000);
      const fresh = await suite.open(docId, 'Dora');
      await eventually(async () => expect(await shown(fresh.page)).toEqual(await shown(people[0]?.page as Page)), 20_000);
    } catch (error) {
      if (process.env['FACTMARK_CHAOS_DUMP'] !== undefined) {
        const states = await Promise.all(
          people.map(async (person) => ({
            name: person.name,
            ...(await shown(person.page)),
            waiting: await person.page.evaluate(() => JSON.stringify(window.localStorage)),
            status: await person.page.getByRole('status').first().textContent(),
            sidebar: await person.page.locator('.filters').textContent(),
            count: await person.page.locator('.shown-count').textContent(),
          })),
        );
        await writeFile(
          process.env['FACTMARK_CHAOS_DUMP'],
          JSON.stringify({ seed, log, states, exported: await exported(server, docId) }, null, 1),
        );
      }
      const tail = log.slice(-30).join('\n');
      throw new Error(`Chaos run failed; replay with FACTMARK_CHAOS_SEED=${seed}. Last actions:\n${tail}\n${(error as Error).message}`, {
        cause: error,
      });
    }
  });
});
