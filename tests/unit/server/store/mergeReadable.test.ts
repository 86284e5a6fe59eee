import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeReadable } from '../../../../server/store/damage.js';

/** Three writers editing one text concurrently, syncing now and then; every update as stored, in arrival order. */
function concurrentLog(seed: number, rounds: number): { updates: Uint8Array[]; docs: Y.Doc[] } {
  let state = seed;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
  const docs = [1, 2, 3].map((client) => {
    const doc = new Y.Doc({ gc: false });
    doc.clientID = client;
    return doc;
  });
  const updates: Uint8Array[] = [];
  for (const doc of docs) doc.on('update', (update: Uint8Array, origin: unknown) => origin !== 'sync' && updates.push(update));
  for (let round = 0; round < rounds; round++) {
    const doc = docs[Math.floor(random() * docs.length)] as Y.Doc;
    const text = doc.getText('t');
    if (text.length > 4 && random() < 0.3) text.delete(Math.floor(random() * (text.length - 2)), 2);
    else text.insert(Math.floor(random() * (text.length + 1)), `w${round} `);
    if (random() < 0.2) for (const other of docs) if (other !== doc) Y.applyUpdate(other, Y.encodeStateAsUpdate(doc), 'sync');
  }
  return { updates, docs };
}

function textOf(update: Uint8Array): string {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}

describe('merging a room’s stored updates', () => {
  it('gives the state all the updates give, as Yjs’s own merge does, for many concurrent logs', () => {
    for (let seed = 1; seed <= 30; seed++) {
      // Long enough to be merged in groups, as a busy room’s log is.
      const { updates } = concurrentLog(seed, 400);
      expect(updates.length).toBeGreaterThanOrEqual(256);
      const { merged, unreadable } = mergeReadable(updates);
      expect(unreadable).toEqual([]);
      const expected = Y.mergeUpdates(updates);
      expect(textOf(merged)).toBe(textOf(expected));
      expect(Y.encodeStateVectorFromUpdate(merged)).toEqual(Y.encodeStateVectorFromUpdate(expected));
    }
  });

  it('keeps deleted words, so an earlier state can still be rebuilt from the merged log', () => {
    const doc = new Y.Doc({ gc: false });
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    doc.getText('t').insert(0, 'The vote was delayed.');
    // Typed a character at a time, as a log long enough to be merged in groups.
    for (const character of ' Residents were not asked.') doc.getText('t').insert(doc.getText('t').length, character);
    for (let index = 0; index < 300; index++) doc.getMap('m').set('count', index);
    const before = Y.snapshot(doc);
    doc.getText('t').delete(4, 5);
    const merged = new Y.Doc({ gc: false });
    Y.applyUpdate(merged, mergeReadable(updates).merged);
    expect(merged.getText('t').toString()).toBe('The was delayed. Residents were not asked.');
    expect(Y.createDocFromSnapshot(merged, before).getText('t').toString()).toBe('The vote was delayed. Residents were not asked.');
  });

  it('keeps what waits for an update the log lacks, so it applies once that one comes', () => {
    const { updates, docs } = concurrentLog(7, 400);
    const missing = updates.splice(10, 1)[0] as Uint8Array;
    const { merged, unreadable } = mergeReadable(updates);
    expect(unreadable).toEqual([]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    Y.applyUpdate(doc, missing);
    const whole = new Y.Doc();
    for (const source of docs) Y.applyUpdate(whole, Y.encodeStateAsUpdate(source));
    expect(doc.getText('t').toString()).toBe(whole.getText('t').toString());
  });

  it('leaves out an update that does not decode and says which', () => {
    const { updates } = concurrentLog(3, 400);
    const withGarbage = [...updates.slice(0, 5), Uint8Array.from([255, 255, 255, 1, 2]), ...updates.slice(5)];
    const { merged, unreadable } = mergeReadable(withGarbage);
    expect(unreadable).toEqual([5]);
    expect(textOf(merged)).toBe(textOf(Y.mergeUpdates(updates)));
  });
});
