import { describe, expect, it } from 'vitest';
import { connectClient, insertText, synced } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle } from '../../support/server.js';
import { useServer } from '../../support/serverSuite.js';

describe('an honest client over the message rate', () => {
  const { server, clients } = useServer({ env: { FACTMARK_MAX_MESSAGES_PER_SECOND: '5' } });

  it('is slowed or told to reconnect, never dropped for good, and every edit of a burst arrives', async () => {
    const docId = await importArticle(server, 'Edits queued during a stall.');
    const writer = connectClient(server, docId);
    const reader = connectClient(server, docId);
    clients.push(writer, reader);
    await Promise.all([synced(writer), synced(reader)]);
    const closedForGood: number[] = [];
    writer.provider.on('closed', ({ code }) => closedForGood.push(code));
    // Sixty edits sent at once, as a client's queue goes out after the server stalled: twelve times the burst allowed.
    for (let index = 0; index < 60; index++) insertText(writer, 0, 0, `<${index}>`);
    await eventually(() => {
      for (let index = 0; index < 60; index++) expect(reader.text()).toContain(`<${index}>`);
    }, 30_000);
    expect(reader.text()).toBe(writer.text());
    expect(closedForGood).toEqual([]);
  });
});
