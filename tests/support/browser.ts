import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/**
 * Debian's headless Chromium (scripts/ensure-chromium.sh installs it):
 * Playwright cannot download its own browser here. Any Chromium may be
 * named instead, the full browser too.
 */
export const chromiumPath = process.env['FACTMARK_CHROMIUM'] ?? '/usr/bin/chromium-headless-shell';

/**
 * Launches headless Chromium with the flags it needs offline and as root.
 * Playwright gives every launch a fresh, empty profile of its own.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** Opens a document from an owner (or invite) link in a fresh browser context, as `name`. */
export async function openDocumentAs(
  browser: Browser,
  url: string,
  token: string,
  docId: string,
  name: string,
): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${url}/?token=${token}#/d/${docId}`);
  await page.getByLabel('Your name, as other reviewers will see it').fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.locator('.ProseMirror p').first().waitFor();
  await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor();
  // The marks are loaded: the person's layer is known and synced, so marking works at once.
  await page.locator('aside.sidebar[aria-busy="false"]').waitFor();
  return { page, context, errors };
}

/** Selects the n-th occurrence of some words in the editor, as a reader dragging the mouse would. */
export function selectWords(page: Page, words: string, occurrence = 0): Promise<void> {
  return selectInEditor(page, words, occurrence, false);
}

/** Puts the caret just after the n-th occurrence of some words in the editor, as a reader clicking there would. */
export function placeCaretAfter(page: Page, words: string, occurrence = 0): Promise<void> {
  return selectInEditor(page, words, occurrence, true);
}

/** Selects some words, or puts the caret after them, and waits until ProseMirror has read the selection. */
async function selectInEditor(page: Page, words: string, occurrence: number, caretAfter: boolean): Promise<void> {
  await page.evaluate(
    ([target, nth, collapse]) => {
      /** Resolves once the browser has told of the selection change, which ProseMirror reads as it is told. */
      const selectionRead = () =>
        new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error('The browser did not tell of the selection change.')), 5000);
          document.addEventListener(
            'selectionchange',
            () => {
              clearTimeout(timer);
              resolve();
            },
            { once: true },
          );
        });
      const root = document.querySelector('.ProseMirror');
      if (root === null) throw new Error('No editor.');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (node) =>
          node.parentElement?.closest('.ProseMirror-yjs-cursor') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT,
      });
      let seen = 0;
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (let index = text.indexOf(target); index !== -1; index = text.indexOf(target, index + 1)) {
          if (seen++ < nth) continue;
          (root as HTMLElement).focus();
          const range = document.createRange();
          range.setStart(node, collapse ? index + target.length : index);
          range.setEnd(node, index + target.length);
          // Listened for after the focus, so after ProseMirror's own listener: it has read the selection when this runs.
          const read = selectionRead();
          const selection = window.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return read;
        }
      }
      throw new Error(`"${target}" is not in one text node of the editor.`);
    },
    [words, occurrence, caretAfter] as const,
  );
}

/** The text of annotation spans of a kind in the editor, without remote cursors' labels. */
export function annotatedTexts(page: Page, kind: string): Promise<string[]> {
  return page.evaluate((wanted) => {
    const byId = new Map<string, string>();
    for (const span of Array.from(document.querySelectorAll(`.ProseMirror .annotation-${wanted}`))) {
      const copy = span.cloneNode(true) as Element;
      for (const cursor of Array.from(copy.querySelectorAll('.ProseMirror-yjs-cursor'))) cursor.remove();
      const id = span.getAttribute('data-annotation-id') ?? '';
      byId.set(id, (byId.get(id) ?? '') + (copy.textContent ?? '').replace(/\u2060/g, ''));
    }
    return Array.from(byId.values());
  }, kind);
}

/** Clicks the editor's text at a character: `offset` characters into the first occurrence of `words`. */
export async function clickInText(page: Page, words: string, offset: number): Promise<void> {
  const point = await page.evaluate(
    ([target, at]) => {
      const root = document.querySelector('.ProseMirror');
      if (root === null) throw new Error('No editor.');
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      // The words may run across several text nodes (decorations split them): join them.
      const nodes: Text[] = [];
      let text = '';
      for (let node = walker.nextNode(); node !== null; node = walker.nextNode()) {
        if (node.parentElement?.closest('.ProseMirror-yjs-cursor')) continue;
        nodes.push(node as Text);
        text += node.textContent ?? '';
      }
      const index = text.indexOf(target);
      if (index === -1) throw new Error(`"${target}" is not in the editor.`);
      let offsetLeft = index + at;
      for (const node of nodes) {
        const length = node.length;
        if (offsetLeft <= length) {
          const range = document.createRange();
          // A box around the character before the point, whose right edge is the point.
          range.setStart(node, Math.max(0, offsetLeft - 1));
          range.setEnd(node, Math.max(1, offsetLeft));
          const box = range.getBoundingClientRect();
          return { x: offsetLeft === 0 ? box.left + 1 : box.right - 1, y: box.top + box.height / 2 };
        }
        offsetLeft -= length;
      }
      throw new Error('Offset past the text.');
    },
    [words, offset] as const,
  );
  await page.mouse.click(point.x, point.y);
}

/** The article as the reader sees it: its blocks' text joined by blank lines, without remote cursors' labels. */
export function articleText(page: Page): Promise<string> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll('.ProseMirror > :not(.ProseMirror-yjs-cursor)'))
      .map((block) => {
        const copy = block.cloneNode(true) as Element;
        for (const cursor of Array.from(copy.querySelectorAll('.ProseMirror-yjs-cursor'))) cursor.remove();
        return (copy.textContent ?? '').replace(/\u2060/g, '');
      })
      .join('\n\n'),
  );
}

/**
 * Resolves once the page has run everything it had queued (event handlers,
 * navigations, late callbacks of closed editors): the browser calls idle
 * callbacks only when no task is waiting.
 */
export async function untilIdle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((resolve) => window.requestIdleCallback(() => resolve())));
}

/**
 * Waits until the copy this browser keeps of a room (y-indexeddb's database
 * `factmark:<room>`) holds some words: Yjs stores text as UTF-8, so the
 * words appear as they are in one of the stored updates.
 */
export async function untilKeptLocally(page: Page, room: string, words: string): Promise<void> {
  await page.waitForFunction(
    ([name, wanted]) =>
      new Promise<boolean>((resolve) => {
        const request = indexedDB.open(`factmark:${name}`);
        // Never create the database: the page makes it, with its stores.
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => resolve(false);
        request.onsuccess = () => {
          const db = request.result;
          if (!db.objectStoreNames.contains('updates')) {
            db.close();
            resolve(false);
            return;
          }
          const all = db.transaction('updates').objectStore('updates').getAll();
          all.onerror = () => resolve(false);
          all.onsuccess = () => {
            db.close();
            const text = (all.result as Uint8Array[]).map((update) => new TextDecoder('utf-8', { fatal: false }).decode(update)).join('');
            resolve(text.includes(wanted));
          };
        };
      }),
    [room, words] as const,
    { polling: 50 },
  );
}

/**
 * Approves a claim at the second check as a second person, an editor invited
 * for it, in a window of their own (the four-eyes rule: who set the verdict
 * may not approve it): what a desk does before a claim is published.
 */
export async function approveAsEditor(
  browser: Browser,
  server: { url: string; token: string },
  docId: string,
  claimWords: string,
): Promise<void> {
  const response = await fetch(`${server.url}/api/documents/${docId}/invites`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    body: JSON.stringify({ role: 'editor', label: 'Second checker' }),
  });
  const { token } = (await response.json()) as { token: string };
  const { page, context } = await openDocumentAs(browser, server.url, token, docId, 'Cleo Checker');
  await page.locator('.ProseMirror .annotation-claim', { hasText: claimWords }).first().click();
  const details = page.getByRole('region', { name: 'Claim details' });
  await details.getByRole('button', { name: 'Approve' }).click();
  const status = await details.getByLabel('Status').elementHandle();
  await page.waitForFunction((select) => (select as HTMLSelectElement | null)?.value === 'checked', status);
  await context.close();
}
