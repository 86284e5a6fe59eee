import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectClient, synced, type TestClient } from '../../support/client.js';
import { eventually } from '../../support/eventually.js';
import { importArticle, startServer, type TestServer } from '../../support/server.js';

/** The `cursor` field of every other client's presence a client holds, by client id. */
function cursorsSeen(client: TestClient): Map<number, unknown> {
  const cursors = new Map<number, unknown>();
  for (const [id, state] of client.provider.awareness.getStates()) if (id !== client.doc.clientID) cursors.set(id, state['cursor']);
  return cursors;
}

describe('presence is relayed in batches per room', () => {
  let server: TestServer;
  let docId: string;
  const clients: TestClient[] = [];
  const connect = () => {
    const client = connectClient(server, docId);
    clients.push(client);
    return client;
  };

  beforeAll(async () => {
    server = await startServer();
    docId = await importArticle(server, 'The harbour reopened on Monday, the port said.');
  });
  afterAll(async () => {
    for (const client of clients) client.destroy();
    await server.stop();
  });

  it('relays 200 presence changes from 20 clients in far fewer messages, each client’s last state reaching the others, and departures too', async () => {
    const observer = connect();
    const movers = Array.from({ length: 20 }, () => connect());
    await Promise.all([observer, ...movers].map((client) => synced(client)));
    for (const mover of movers) mover.provider.awareness.setLocalStateField('cursor', -1);
    await eventually(() => {
      const seen = cursorsSeen(observer);
      for (const mover of movers) expect(seen.get(mover.doc.clientID)).toBe(-1);
    });

    // Every presence message the observer receives from the server.
    let messages = 0;
    observer.provider.awareness.on('update', (_change: unknown, origin: unknown) => {
      if (origin === observer.provider) messages++;
    });
    for (let move = 0; move < 10; move++) for (const mover of movers) mover.provider.awareness.setLocalStateField('cursor', move);

    // Every cursor ends where its client left it.
    await eventually(() => {
      const seen = cursorsSeen(observer);
      for (const mover of movers) expect(seen.get(mover.doc.clientID)).toBe(9);
    });
    // …at every other client too, whose sockets get the same batches a moment apart.
    await eventually(() => {
      for (const mover of movers) {
        const seen = cursorsSeen(mover);
        for (const other of movers) if (other !== mover) expect(seen.get(other.doc.clientID)).toBe(9);
      }
    });
    expect(messages).toBeLessThan(200 / 4);

    // Those who leave are gone for the others, in a batch like any change.
    const leaving = movers.slice(0, 5);
    for (const mover of leaving) {
      clients.splice(clients.indexOf(mover), 1);
      mover.destroy();
    }
    await eventually(() => {
      const seen = cursorsSeen(observer);
      expect([...seen.keys()].sort()).toEqual(
        movers
          .slice(5)
          .map((mover) => mover.doc.clientID)
          .sort(),
      );
    });
  });

  it('relays 200 changes one client makes in a second in far fewer messages, ending with its last state, while others move too', async () => {
    const observer = connect();
    const mover = connect();
    // Others moving make the mover's provider echo their states back among its own.
    const others = [connect(), connect(), connect()];
    await Promise.all([observer, mover, ...others].map((client) => synced(client)));
    let messages = 0;
    observer.provider.awareness.on('update', (_change: unknown, origin: unknown) => {
      if (origin === observer.provider) messages++;
    });
    const paced = new Promise<void>((resolve) => {
      let move = 0;
      const timer = setInterval(() => {
        for (let step = 0; step < 10; step++, move++) {
          mover.provider.awareness.setLocalStateField('cursor', move);
          for (const other of others) other.provider.awareness.setLocalStateField('cursor', -move);
        }
        if (move === 200) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
    });
    await paced;
    await eventually(() => {
      expect(cursorsSeen(observer).get(mover.doc.clientID)).toBe(199);
      for (const other of others) expect(cursorsSeen(observer).get(other.doc.clientID)).toBe(-199);
      for (const other of others) expect(cursorsSeen(other).get(mover.doc.clientID)).toBe(199);
    });
    // Four clients' 800 changes reach the observer in about one message per batch.
    expect(messages).toBeLessThan(200 / 4);
  });

  it('relays each of a client’s changes made one after another', async () => {
    const [first, second] = [connect(), connect()];
    await Promise.all([synced(first), synced(second)]);
    for (let move = 0; move < 5; move++) {
      first.provider.awareness.setLocalStateField('cursor', { step: move });
      await eventually(() => expect(cursorsSeen(second).get(first.doc.clientID)).toEqual({ step: move }));
    }
  });
});
