import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { layerRoomName, teamLayerId } from '../../shared/index.js';
import { UpdateJournal } from '../../server/store/UpdateJournal.js';
import { mark, TestArticle } from '../support/article.js';
import { launchBrowser, openDocumentAs } from '../support/browser.js';
import { connectClient, synced } from '../support/client.js';
import { importArticle, startServer, type TestServer } from '../support/server.js';
import { mountSmallDisk, smallDiskSkipReason } from '../support/tmpfs.js';

/** Where screenshots of this file go, to look at (FACTMARK_SCREENSHOTS=dir), or nowhere. */
const shots = process.env['FACTMARK_SCREENSHOTS'] ?? null;

describe('store faults in the editor', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });
  const browser = async (): Promise<Browser> => {
    const launched = await launchBrowser();
    cleanup.push(() => launched.close());
    return launched;
  };

  it('says the server cannot save while the disk is full, keeps the typing, and sends it once there is space', async (context) => {
    const disk = await mountSmallDisk(24 * 1024 * 1024);
    if (disk === null) {
      context.skip(smallDiskSkipReason);
      return;
    }
    cleanup.push(() => disk.unmount());
    const server: TestServer = await startServer({ dataDir: path.join(disk.dir, 'data') });
    cleanup.push(() => server.stop());
    const docId = await importArticle(server, 'The ferry runs hourly.');
    const { page } = await openDocumentAs(await browser(), server.url, server.token, docId, 'Ana');
    const reader = connectClient(server, docId);
    cleanup.push(() => reader.destroy());
    await synced(reader);

    const filler = disk.fill();
    await page.locator('.ProseMirror p').last().click();
    await page.keyboard.press('End');
    const status = page.getByRole('status').filter({ hasText: /Server cannot save/ });
    // Typing goes on until some write needs space the disk no longer has.
    for (let index = 0; (await status.count()) === 0; index++) {
      if (index > 400) throw new Error('The editor never said the server cannot save.');
      await page.keyboard.type(' x');
    }
    await page.keyboard.type(' Typed while full.');
    if (shots !== null) await page.screenshot({ path: path.join(shots, 'cannot-save.png') });
    expect(reader.text()).not.toContain('Typed while full.');

    await rm(filler);
    await page.getByRole('status').filter({ hasText: 'Connected' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => reader.text(), { timeout: 10_000 }).toMatch(/Typed while full\.$/);
  });

  it('shows owners a damaged document in the list and in the editor', async () => {
    const server = await startServer();
    cleanup.push(() => (server.process.exitCode === null ? server.stop() : undefined));
    const docId = await importArticle(server, 'Alpha beta gamma.');
    const reader = connectClient(server, docId);
    await synced(reader);
    const article = new TestArticle(reader.doc);
    reader.destroy();
    await server.stop();
    // Two marks a crash left in the journal, the first one’s update damaged (its header, naming the room, intact).
    const file = path.join(server.dataDir, 'store.journal');
    const { journal } = UpdateJournal.open(file, () => `${file}.unexpected`);
    const start = journal.bytes;
    for (const word of ['Alpha', 'gamma']) {
      const layer = new Y.Doc();
      mark(article, layer, 'claim', word);
      journal.append(layerRoomName(docId, teamLayerId), Y.encodeStateAsUpdate(layer));
    }
    journal.close();
    const bytes = await readFile(file);
    bytes.writeUInt8(bytes.readUInt8(start + 80) ^ 0x10, start + 80);
    await writeFile(file, bytes);

    const again = await startServer({ dataDir: server.dataDir });
    cleanup.push(() => again.stop());
    const launched = await browser();
    const page = await (await launched.newContext()).newPage();
    await page.goto(`${again.url}/?token=${again.token}#/`);
    await page.getByLabel('Your name, as other reviewers will see it').fill('Ana');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('note').filter({ hasText: 'Damaged' }).waitFor();
    if (shots !== null) await page.screenshot({ path: path.join(shots, 'damaged-list.png') });
    const { page: editor } = await openDocumentAs(launched, again.url, again.token, docId, 'Ana');
    const badge = editor.getByRole('note').filter({ hasText: 'Damaged' });
    await badge.waitFor();
    expect(await badge.getAttribute('title')).toMatch(/1 update/);
    if (shots !== null) await editor.screenshot({ path: path.join(shots, 'damaged-editor.png') });
  });
});
