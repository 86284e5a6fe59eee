import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addReply,
  deleteReply,
  editReply,
  isOpenThread,
  readThread,
  readThreads,
  replyCount,
  setThreadResolved,
  threadsMap,
  type Reply,
} from '../../../../shared/thread/index.js';
import { InputError } from '../../../../shared/errors.js';

const ana = { id: 'tok-ana', name: 'Ana Lima' };
const ben = { id: 'tok-ben', name: 'Ben' };

describe('threads', () => {
  it('adds, edits, deletes and resolves, read back in order', () => {
    const layer = new Y.Doc();
    const first = addReply(layer, { markId: 'm1', body: '  Source? ', author: ana, mentions: [ben.id], at: '2026-01-01T10:00:00.000Z' });
    expect(first.body).toBe('Source?');
    const second = addReply(layer, { markId: 'm1', body: 'The port.', author: ben, mentions: [], at: '2026-01-01T10:05:00.000Z' });
    expect(readThread(layer, 'm1').replies).toEqual([first, second]);
    expect(isOpenThread(readThread(layer, 'm1'))).toBe(true);

    editReply(layer, {
      markId: 'm1',
      replyId: second.id,
      body: 'The port authority.',
      mentions: [],
      by: ben,
      at: '2026-01-01T10:06:00.000Z',
    });
    expect(readThread(layer, 'm1').replies[1]).toMatchObject({ body: 'The port authority.', editedAt: '2026-01-01T10:06:00.000Z' });
    expect(() => editReply(layer, { markId: 'm1', replyId: second.id, body: 'Hijack', mentions: [], by: ana })).toThrow(InputError);
    expect(() => deleteReply(layer, { markId: 'm1', replyId: first.id, by: ben })).toThrow(InputError);

    deleteReply(layer, { markId: 'm1', replyId: first.id, by: ana });
    const thread = readThread(layer, 'm1');
    expect(thread.replies[0]).toMatchObject({ id: first.id, deleted: true, body: '', mentions: [] });
    expect(replyCount(thread)).toBe(1);

    setThreadResolved(layer, { markId: 'm1', resolved: true, by: ana, at: '2026-01-01T11:00:00.000Z' });
    expect(readThread(layer, 'm1').state).toEqual({ resolved: true, by: ana, at: '2026-01-01T11:00:00.000Z' });
    expect(isOpenThread(readThread(layer, 'm1'))).toBe(false);
    setThreadResolved(layer, { markId: 'm1', resolved: false, by: ben });
    expect(isOpenThread(readThread(layer, 'm1'))).toBe(true);
  });

  it.each([
    ['empty', '   '],
    ['too long', 'x'.repeat(4001)],
  ])('refuses a reply that is %s, changing nothing', (_name, body) => {
    const layer = new Y.Doc();
    expect(() => addReply(layer, { markId: 'm1', body, author: ana, mentions: [] })).toThrow(InputError);
    expect(threadsMap(layer).size).toBe(0);
  });

  it('skips and reports malformed entries, reading the rest', () => {
    const layer = new Y.Doc();
    const good = addReply(layer, { markId: 'm1', body: 'Fine.', author: ana, mentions: [] });
    const thread = threadsMap(layer).get('m1') as Y.Map<unknown>;
    layer.transact(() => {
      thread.set('bad', { ...good, id: 'bad', body: 42 });
      thread.set('moved', { ...good, id: 'elsewhere' });
      thread.set('state', { resolved: 'yes' });
      (threadsMap(layer) as Y.Map<unknown>).set('m2', 'not a thread');
    });
    const { threads, damaged } = readThreads(layer);
    expect(threads.get('m1')?.replies).toEqual([good]);
    expect(threads.get('m1')?.state).toBeNull();
    expect(damaged.map((entry) => `${entry.markId}/${entry.key}`).sort()).toEqual(['m1/bad', 'm1/moved', 'm1/state', 'm2/null']);
  });

  it('never throws on random entries, and reads every valid reply among them', () => {
    const valid = fc.record({
      body: fc.string({ minLength: 1, maxLength: 40 }).filter((body) => body.trim() !== ''),
      at: fc.integer({ min: 0, max: 4e12 }).map((ms) => new Date(ms).toISOString()),
    });
    const junk = fc.oneof(
      fc.jsonValue(),
      fc.record({ id: fc.string(), markId: fc.string(), body: fc.jsonValue(), author: fc.jsonValue(), deleted: fc.jsonValue() }),
    );
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom('m1', 'm2'),
            fc.oneof(
              valid.map((value) => ({ valid: value })),
              junk.map((value) => ({ junk: value })),
            ),
          ),
          {
            maxLength: 20,
          },
        ),
        (entries) => {
          const layer = new Y.Doc();
          const expected = new Map<string, Reply[]>();
          let junkCount = 0;
          entries.forEach(([markId, entry], index) => {
            if ('valid' in entry) {
              const reply = addReply(layer, {
                markId,
                body: entry.valid.body,
                author: ana,
                mentions: [],
                at: entry.valid.at,
                id: `r${index}`,
              });
              expected.set(markId, [...(expected.get(markId) ?? []), reply]);
              return;
            }
            junkCount++;
            const holder = threadsMap(layer).get(markId) ?? new Y.Map<unknown>();
            if (!threadsMap(layer).has(markId)) threadsMap(layer).set(markId, holder);
            // As a peer would send it: plain JSON (Yjs stores no null-prototype objects).
            holder.set(`j${index}`, JSON.parse(JSON.stringify(entry.junk ?? null)) as object);
          });
          const { threads, damaged } = readThreads(layer);
          for (const [markId, replies] of expected) {
            const sorted = [...replies].sort((a, b) =>
              a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1,
            );
            expect(threads.get(markId)?.replies).toEqual(sorted);
          }
          expect(damaged).toHaveLength(junkCount);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('two people starting a thread at once', () => {
  it('keeps both first replies, whichever thread map Yjs keeps', () => {
    for (let round = 0; round < 20; round++) {
      const a = new Y.Doc();
      const b = new Y.Doc();
      const first = addReply(a, { markId: 'm1', body: 'From Ana.', author: ana, mentions: [] });
      const second = addReply(b, { markId: 'm1', body: 'From Ben.', author: ben, mentions: [] });
      // They meet: each gets the other's changes, and what those make them write, until nothing is new.
      for (let exchange = 0; exchange < 3; exchange++) {
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
        Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
      }
      for (const doc of [a, b]) {
        expect(
          readThread(doc, 'm1')
            .replies.map((reply) => reply.id)
            .sort(),
        ).toEqual([first.id, second.id].sort());
      }
    }
  });
});
