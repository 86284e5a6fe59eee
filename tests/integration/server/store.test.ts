import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { DocumentRecord } from '../../../shared/index.js';
import { LevelStore } from '../../../server/store/LevelStore.js';
import { PostgresStore } from '../../../server/store/PostgresStore.js';
import { StoreOpenError, type InviteRecord, type Store } from '../../../server/store/Store.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../support/services.js';

/** A store backend under test: opens two handles on one store (two instances, where the backend allows it). */
interface Backend {
  name: string;
  skip: string | null;
  open(): Promise<{ first: Store; second: Store; remove: () => Promise<void> }>;
}

const services = testServices();

const backends: Backend[] = [
  {
    name: 'LevelStore',
    skip: null,
    open: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'factmark-store-'));
      const store = await LevelStore.open(path.join(dir, 'store'));
      // LevelDB admits one process: both handles are the same store.
      return { first: store, second: store, remove: () => rm(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: 'PostgresStore',
    skip: services === null ? servicesSkipReason : null,
    open: async () => {
      if (services === null) throw new Error(servicesSkipReason);
      const database = await freshDatabase(services);
      const first = await PostgresStore.open(database.url);
      const second = await PostgresStore.open(database.url);
      return { first, second, remove: database.drop };
    },
  },
];

/** An update that inserts text into a fresh doc's `t`. */
function textUpdate(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null;
  doc.once('update', (change: Uint8Array) => (update = change));
  doc.getText('t').insert(doc.getText('t').length, text);
  if (update === null) throw new Error('No update.');
  return update;
}

function textOf(updates: Uint8Array[]): string {
  const doc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(doc, Y.mergeUpdates(updates));
  return doc.getText('t').toString();
}

const record = (id: string, title: string): DocumentRecord => ({ id, title, format: 'text', createdAt: '2026-01-02T03:04:05.000Z' });
const invite = (jti: string, docId: string): InviteRecord => ({
  jti,
  docId,
  role: 'annotator',
  label: `Student ${jti}`,
  createdAt: '2026-01-02T03:04:05.000Z',
  expiresAt: null,
  revokedAt: null,
});

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(`${backend.name}${backend.skip === null ? '' : ` (skipped: ${backend.skip})`}`, () => {
    let opened: Awaited<ReturnType<Backend['open']>> | null = null;
    const open = async () => {
      opened = await backend.open();
      return opened;
    };
    afterEach(async () => {
      if (opened === null) return;
      const { first, second, remove } = opened;
      opened = null;
      await first.close();
      if (second !== first) await second.close();
      await remove();
    });

    it('loads a room’s updates in the order they were appended, each room apart', async () => {
      const { first } = await open();
      const doc = new Y.Doc();
      for (const word of ['one ', 'two ', 'three']) await first.appendUpdate('doc-a', textUpdate(doc, word));
      await first.appendUpdate('doc-b', textUpdate(new Y.Doc(), 'other'));
      const updates = await first.loadUpdates('doc-a');
      expect(updates).toHaveLength(3);
      expect(textOf(updates)).toBe('one two three');
      expect(await first.countUpdates('doc-a')).toBe(3);
      expect(await first.loadUpdates('doc-none')).toEqual([]);
    });

    it('compacts a log into one snapshot with the same content', async () => {
      const { first } = await open();
      const doc = new Y.Doc();
      for (let index = 0; index < 10; index++) await first.appendUpdate('doc', textUpdate(doc, `${index}`));
      await first.compact('doc');
      expect(await first.countUpdates('doc')).toBe(1);
      expect(textOf(await first.loadUpdates('doc'))).toBe('0123456789');
      await first.appendUpdate('doc', textUpdate(doc, '!'));
      expect(textOf(await first.loadUpdates('doc'))).toBe('0123456789!');
    });

    it('loses no update when two instances compact one room while both append', async () => {
      const { first, second } = await open();
      const writers = [new Y.Doc(), new Y.Doc()];
      const expected = new Y.Doc();
      const appends: Promise<void>[] = [];
      const compactions: Promise<void>[] = [];
      for (let round = 0; round < 20; round++) {
        for (const [index, store] of [first, second].entries()) {
          const update = textUpdate(writers[index] ?? new Y.Doc(), `${index}.${round} `);
          Y.applyUpdate(expected, update);
          appends.push(store.appendUpdate('busy', update));
          if (round % 4 === index) compactions.push(store.compact('busy'));
        }
      }
      await Promise.all([...appends, ...compactions]);
      await Promise.all([first.compact('busy'), second.compact('busy')]);
      const stored = new Y.Doc();
      Y.applyUpdate(stored, Y.mergeUpdates(await second.loadUpdates('busy')));
      expect(stored.getText('t').toString()).toBe(expected.getText('t').toString());
      expect(await first.countUpdates('busy')).toBe(1);
    });

    it('lists the rooms that start with a prefix, taking it literally', async () => {
      const { first } = await open();
      const update = textUpdate(new Y.Doc(), 'x');
      for (const room of ['d1', 'd1/layer/team', 'd1/layer/p-abc', 'd10', 'd2/layer/team', 'd%_1/layer/team']) {
        await first.appendUpdate(room, update);
      }
      expect((await first.listRooms('d1/layer/')).sort()).toEqual(['d1/layer/p-abc', 'd1/layer/team']);
      expect(await first.listRooms('d%_')).toEqual(['d%_1/layer/team']);
      expect(await first.listRooms('zz')).toEqual([]);
    });

    it('keeps documents’ records, the last one put winning', async () => {
      const { first, second } = await open();
      await first.putDocument(record('b', 'Second'));
      await first.putDocument(record('a', 'First'));
      await first.putDocument({ ...record('a', 'First, renamed'), assignment: { revealed: false } });
      expect(await second.getDocument('a')).toEqual({ ...record('a', 'First, renamed'), assignment: { revealed: false } });
      expect(await second.getDocument('missing')).toBeNull();
      expect((await second.listDocuments()).map((document) => document.title)).toEqual(['First, renamed', 'Second']);
    });

    it('counts documents’ records as listed: a record put again counts once, an erased one no more', async () => {
      const { first, second } = await open();
      expect(await second.countDocuments()).toBe(0);
      await first.putDocument(record('a', 'First'));
      await first.putDocument(record('b', 'Second'));
      await first.putDocument(record('a', 'First, renamed'));
      expect(await second.countDocuments()).toBe(2);
      await second.deleteDocument('a');
      await second.deleteDocument('missing');
      for (const store of [first, second]) expect(await store.countDocuments()).toBe((await store.listDocuments()).length);
      expect(await first.countDocuments()).toBe(1);
    });

    it('keeps invites, listed all or by document', async () => {
      const { first, second } = await open();
      await first.putInvite(invite('j1', 'a'));
      await first.putInvite(invite('j2', 'b'));
      await first.putInvite({ ...invite('j1', 'a'), revokedAt: '2026-02-03T00:00:00.000Z' });
      expect(await second.getInvite('j1')).toEqual({ ...invite('j1', 'a'), revokedAt: '2026-02-03T00:00:00.000Z' });
      expect(await second.getInvite('j3')).toBeNull();
      expect((await second.listInvites()).map((entry) => entry.jti)).toEqual(['j1', 'j2']);
      expect((await second.listInvites('b')).map((entry) => entry.jti)).toEqual(['j2']);
    });

    it('erases a document: its record, its article’s and layers’ updates, its invites and damage, and nothing of another', async () => {
      const { first, second } = await open();
      for (const id of ['doc', 'doc2']) {
        await first.putDocument(record(id, `Story ${id}`));
        await first.appendUpdate(id, textUpdate(new Y.Doc(), 'article'));
        await first.appendUpdate(`${id}/layer/team`, textUpdate(new Y.Doc(), 'team'));
        await first.appendUpdate(`${id}/layer/p-1`, textUpdate(new Y.Doc(), 'private'));
        await first.putInvite(invite(`${id}-invite`, id));
        await first.reportDamage({
          room: `${id}/layer/team`,
          updates: 1,
          problem: 'bad',
          evidence: null,
          foundAt: '2026-01-02T03:04:05.000Z',
        });
      }
      // Some of it compacted, some not yet.
      await first.appendUpdate('doc', textUpdate(new Y.Doc(), ' more'));
      await first.compact('doc');
      await second.deleteDocument('doc');
      for (const store of [first, second]) {
        expect(await store.getDocument('doc')).toBeNull();
        expect(await store.listRooms('doc/')).toEqual([]);
        expect(await store.loadUpdates('doc')).toEqual([]);
        expect(await store.loadUpdates('doc/layer/team')).toEqual([]);
        expect(await store.listInvites('doc')).toEqual([]);
        expect((await store.listDamage()).map((report) => report.room)).toEqual(['doc2/layer/team']);
        expect((await store.listDocuments()).map((kept) => kept.id)).toEqual(['doc2']);
        expect(await store.listRooms('doc2')).toEqual(['doc2', 'doc2/layer/p-1', 'doc2/layer/team']);
        expect(textOf(await store.loadUpdates('doc2/layer/team'))).toBe('team');
        expect(await store.listInvites('doc2')).toHaveLength(1);
      }
      // A room of the erased document written again starts afresh.
      await first.appendUpdate('doc', textUpdate(new Y.Doc(), 'new'));
      expect(textOf(await first.loadUpdates('doc'))).toBe('new');
    });

    it('keeps public pages by slug, replaced when put again, removed alone or with their document', async () => {
      const { first, second } = await open();
      const page = (slug: string, docId: string, html: string) => ({
        slug,
        docId,
        html,
        styleSource: "'sha256-abc'",
        publishedAt: '2026-01-02T03:04:05.000Z',
      });
      await first.putPublication(page('slug-a', 'doc-a', '<p>first</p>'));
      await first.putPublication(page('slug-a', 'doc-a', '<p>again</p>'));
      await first.putPublication(page('slug-b', 'doc-b', '<p>other</p>'));
      await first.putPublication(page('slug-c', 'doc-c', '<p>third</p>'));
      expect(await second.getPublication('slug-a')).toEqual(page('slug-a', 'doc-a', '<p>again</p>'));
      expect(await second.getPublication('slug-none')).toBeNull();
      await second.deletePublication('slug-b');
      await second.deletePublication('slug-b');
      expect(await first.getPublication('slug-b')).toBeNull();
      await first.putDocument(record('doc-a', 'A'));
      await first.deleteDocument('doc-a');
      expect(await second.getPublication('slug-a')).toBeNull();
      expect(await second.getPublication('slug-c')).toEqual(page('slug-c', 'doc-c', '<p>third</p>'));
    });

    it('keeps the claims database by source, replaced whole, removed when empty, and erased with its document', async () => {
      const { first, second } = await open();
      const claim = (id: string, document: string | null) => ({
        source: document === null ? ('feed' as const) : ('workspace' as const),
        id,
        claim: `Claim ${id}`,
        verdict: 'false',
        rating: null,
        speaker: null,
        reviewer: 'Desk',
        date: '2026-01-02',
        document,
        mark: document === null ? null : id,
        feed: document === null ? 'desk' : null,
        link: null,
      });
      await first.putDocument(record('doc-a', 'A'));
      await first.putClaims('doc:doc-a', [claim('m1', 'doc-a'), claim('m2', 'doc-a')]);
      await first.putClaims('doc:doc-a', [claim('m3', 'doc-a')]);
      await first.putClaims('feed:desk', [claim('desk#0', null)]);
      await first.putClaims('feed:gone', [claim('gone#0', null)]);
      await first.putClaims('feed:gone', []);
      const kept = await second.listClaims();
      expect([...kept.keys()].sort()).toEqual(['doc:doc-a', 'feed:desk']);
      expect(kept.get('doc:doc-a')?.map((item) => item.id)).toEqual(['m3']);
      expect((await second.getClaims('doc:doc-a')).map((item) => item.id)).toEqual(['m3']);
      expect(await second.getClaims('feed:gone')).toEqual([]);
      await first.deleteDocument('doc-a');
      expect([...(await second.listClaims()).keys()]).toEqual(['feed:desk']);
    });

    it('answers a ping while open, and fails one once closed', async () => {
      const store = (await open()).first;
      await expect(store.ping()).resolves.toBeUndefined();
      const other = await backend.open();
      await other.first.close();
      if (other.second !== other.first) await other.second.close();
      await expect(other.first.ping()).rejects.toThrow();
      await other.remove();
    });
  });
}

describe.skipIf(services === null)(`PostgresStore.open${services === null ? ` (skipped: ${servicesSkipReason})` : ''}`, () => {
  it('refuses a database it cannot reach with a clear error', async () => {
    const error = await PostgresStore.open('postgres://nobody:secret@127.0.0.1:1/none').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(StoreOpenError);
    expect((error as Error).message).toMatch(/^The database at postgres:\/\/nobody:\*\*\*@127\.0\.0\.1:1\/none could not be opened/);
  });
});
