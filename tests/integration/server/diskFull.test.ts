import { rm } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { connectClient, insertText, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';
import { mountSmallDisk, smallDiskSkipReason } from '../../support/tmpfs.js';

interface Health {
  ok: boolean;
  store: string;
}

async function health(server: TestServer): Promise<{ status: number; body: Health }> {
  const response = await fetch(`${server.url}/healthz`);
  return { status: response.status, body: (await response.json()) as Health };
}

describe('a full disk', () => {
  const cleanup: (() => Promise<void> | void)[] = [];
  afterEach(async () => {
    for (const step of cleanup.splice(0).reverse()) await step();
  });

  it('is one "cannot save" state that clients are told of, and recovers by itself when space returns', async (context) => {
    const disk = await mountSmallDisk(24 * 1024 * 1024);
    if (disk === null) {
      context.skip(smallDiskSkipReason);
      return;
    }
    cleanup.push(() => disk.unmount());
    const dataDir = path.join(disk.dir, 'data');
    let server = await startServer({ dataDir });
    cleanup.push(() => (server.process.exitCode === null && server.process.signalCode === null ? server.stop() : undefined));
    const docId = await importArticle(server, 'Harbour news.');
    const track = (client: TestClient) => {
      cleanup.push(() => client.destroy());
      return client;
    };
    const writer = track(connectClient(server, docId));
    const reader = track(connectClient(server, docId));
    await Promise.all([synced(writer), synced(reader)]);
    const closes: number[] = [];
    for (const client of [writer, reader]) client.provider.on('connection-close', (event) => closes.push(event?.code ?? 0));
    insertText(writer, 0, 0, 'Saved. ');
    await eventually(() => expect(reader.text()).toBe('Saved. Harbour news.'));

    const filler = disk.fill();
    // Edits go on until one needs space the disk no longer has.
    for (let index = 0; !writer.saveStatuses.some((status) => !status.saving); index++) {
      if (index > 2000) throw new Error('The server never said it cannot save.');
      insertText(writer, 0, 0, `k${index} `);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    // Both clients are told; the load balancer is told too.
    await eventually(() => expect(reader.saveStatuses.at(-1)?.saving).toBe(false));
    await eventually(async () => {
      const answer = await health(server);
      expect(answer.status).toBe(503);
      expect(answer.body.store).toMatch(/^cannot save: /);
    });
    insertText(writer, 0, 0, 'Written while full. ');
    // Nothing the store lacks is relayed.
    expect(reader.text()).not.toContain('Written while full.');

    await rm(filler);
    await eventually(() => expect(writer.saveStatuses.at(-1)?.saving).toBe(true), 10_000);
    await eventually(() => expect(reader.text()).toBe(writer.text()), 10_000);
    expect(writer.text()).toMatch(/^Written while full\. k\d+ /);
    expect((await health(server)).status).toBe(200);
    // No connection was closed at any point.
    expect(closes).toEqual([]);

    // Everything is stored: a restart gives it all back.
    const expected = writer.text();
    writer.provider.disconnect();
    reader.provider.disconnect();
    await server.stop();
    server = await startServer({ dataDir });
    const after = track(connectClient(server, docId));
    await synced(after);
    expect(after.text()).toBe(expected);
  });
});
