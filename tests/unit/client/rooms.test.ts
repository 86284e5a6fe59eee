import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexeddbPersistence } from 'y-indexeddb';
import * as Y from 'yjs';

/*
 * client/src/rooms.ts sets the doc's 'update' listeners aside while Yjs
 * applies the server's first answer, and then gives y-indexeddb the whole
 * state through its `_storeUpdate`. Neither is public API: these tests pin
 * what it relies on, so an upgrade of yjs or y-indexeddb that changes them
 * fails here rather than in a reader's browser.
 */

/** Two docs: `source` holds some text, and its state as one update. */
function someUpdate(text = 'The port reopened on Monday.'): Uint8Array {
  const source = new Y.Doc();
  source.getText('t').insert(0, text);
  return Y.encodeStateAsUpdate(source);
}

describe('the Yjs internals rooms.ts relies on', () => {
  it('keeps event listeners in doc._observers, a Map of event name to a Set of listeners', () => {
    const doc = new Y.Doc();
    const listener = () => undefined;
    doc.on('update', listener);
    expect(doc._observers).toBeInstanceOf(Map);
    const listeners = doc._observers.get('update');
    expect(listeners).toBeInstanceOf(Set);
    expect([...(listeners ?? [])]).toContain(listener);
  });

  it('encodes and emits no update for a transaction whose update listeners are set aside at afterTransactionCleanup', () => {
    const doc = new Y.Doc();
    const seen: unknown[] = [];
    doc.on('update', (_update: Uint8Array, origin: unknown) => seen.push(origin));
    let setAside: Set<unknown> | undefined;
    doc.on('afterTransactionCleanup', (transaction: Y.Transaction) => {
      if (transaction.origin !== 'server') return;
      setAside = doc._observers.get('update');
      doc._observers.delete('update');
    });
    doc.on('afterAllTransactions', () => {
      if (setAside === undefined) return;
      doc._observers.set('update', setAside);
      setAside = undefined;
    });
    Y.applyUpdate(doc, someUpdate(), 'server');
    expect(doc.getText('t').toString()).toBe('The port reopened on Monday.');
    expect(seen).toEqual([]);
    // Put back once the transactions are done: the next change reaches the listener.
    doc.getText('t').insert(0, 'Yes. ');
    expect(seen).toEqual([null]);
  });

  it('emits afterTransactionCleanup of a transaction before its update, and afterAllTransactions after both', () => {
    const doc = new Y.Doc();
    const order: string[] = [];
    doc.on('afterTransactionCleanup', () => order.push('cleanup'));
    doc.on('update', () => order.push('update'));
    doc.on('afterAllTransactions', () => order.push('all'));
    doc.getText('t').insert(0, 'x');
    expect(order).toEqual(['cleanup', 'update', 'all']);
  });

  it('puts listeners added while the set is aside into a new set, for rooms.ts to merge back', () => {
    const doc = new Y.Doc();
    const first = () => undefined;
    doc.on('update', first);
    const aside = doc._observers.get('update');
    doc._observers.delete('update');
    const later = () => undefined;
    doc.on('update', later);
    const added = doc._observers.get('update');
    expect(added).not.toBe(aside);
    expect([...(added ?? [])]).toEqual([later]);
  });
});

describe('the y-indexeddb internals rooms.ts relies on', () => {
  const open: IndexeddbPersistence[] = [];
  const persist = (name: string, doc: Y.Doc) => {
    const persistence = new IndexeddbPersistence(name, doc);
    open.push(persistence);
    return persistence;
  };
  afterEach(async () => {
    await Promise.all(open.splice(0).map((persistence) => persistence.destroy()));
  });

  it('listens to the doc through its _storeUpdate, so setting the update listeners aside skips it too', async () => {
    const doc = new Y.Doc();
    const local = persist('rooms-listener', doc);
    await local.whenSynced;
    expect(typeof local._storeUpdate).toBe('function');
    expect([...(doc._observers.get('update') ?? [])]).toContain(local._storeUpdate);
  });

  it('stores an update given to _storeUpdate, so the next page load has it', async () => {
    const doc = new Y.Doc();
    const local = persist('rooms-store', doc);
    await local.whenSynced;
    // As rooms.ts does once idle: the whole state, with the provider as origin.
    const provider = {};
    doc._observers.delete('update');
    Y.applyUpdate(doc, someUpdate(), provider);
    local._storeUpdate(Y.encodeStateAsUpdate(doc), provider);
    const reloaded = new Y.Doc();
    await persist('rooms-store', reloaded).whenSynced;
    expect(reloaded.getText('t').toString()).toBe('The port reopened on Monday.');
  });
});
