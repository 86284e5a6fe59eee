import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Collections, CollectionNotFoundError } from '../../../../server/Collections.js';
import { LevelStore } from '../../../../server/store/LevelStore.js';
import { PostgresStore } from '../../../../server/store/PostgresStore.js';
import type { Store } from '../../../../server/store/Store.js';
import { InputError } from '../../../../shared/errors.js';
import type { DocumentRecord } from '../../../../shared/index.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../../support/services.js';

const services = testServices();

/** Each store, opened twice where it can be (two instances sharing a database). */
const backends = [
  {
    name: 'LevelStore',
    skip: null as string | null,
    open: async () => {
      const dir = await mkdtemp(path.join(tmpdir(), 'factmark-collections-'));
      const store = await LevelStore.open(path.join(dir, 'store'));
      return { first: store as Store, second: store as Store, remove: () => rm(dir, { recursive: true, force: true }) };
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
      return { first: first as Store, second: second as Store, remove: database.drop };
    },
  },
];

const record = (id: string, collections?: string[]): DocumentRecord => ({
  id,
  title: `Story ${id}`,
  format: 'text',
  createdAt: '2026-01-02T03:04:05.000Z',
  ...(collections === undefined ? {} : { collections }),
});

for (const backend of backends) {
  describe.skipIf(backend.skip !== null)(
    `collections in the ${backend.name}${backend.skip === null ? '' : ` (skipped: ${backend.skip})`}`,
    () => {
      let opened: Awaited<ReturnType<(typeof backends)[number]['open']>> | null = null;
      afterEach(async () => {
        if (opened === null) return;
        const { first, second, remove } = opened;
        opened = null;
        await first.close();
        if (second !== first) await second.close();
        await remove();
      });

      it('keeps collections’ records: made, renamed, listed with their documents, deleted out of every document', async () => {
        opened = await backend.open();
        const { first, second } = opened;
        const collections = new Collections(first);
        const port = await collections.create({ name: '  Port   beat ', description: 'Ferries and quays' });
        const rail = await collections.create({ name: 'Rail' });
        expect(port.name).toBe('Port beat');
        expect(await second.getCollection(port.id)).toEqual(port);
        await first.putDocument(record('a', [port.id, rail.id]));
        await first.putDocument(record('b', [port.id]));
        await first.putDocument({ ...record('t', [port.id]), deletedAt: '2026-01-03T00:00:00.000Z' });
        const renamed = await collections.change(port.id, { name: 'Harbour beat' });
        expect(await new Collections(second).list()).toEqual([
          { ...renamed, documents: 2 },
          { ...rail, documents: 1 },
        ]);
        const deleted = await collections.delete(port.id);
        expect(deleted.documents).toBe(2);
        expect(await second.getCollection(port.id)).toBeNull();
        expect((await second.getDocument('a'))?.collections).toEqual([rail.id]);
        expect((await second.getDocument('b'))?.collections).toBeUndefined();
        expect((await second.getDocument('t'))?.collections).toBeUndefined();
        expect((await second.listCollections()).map((collection) => collection.id)).toEqual([rail.id]);
      });

      it('gives a room a new version stamp with every update stored, and none while it has none', async () => {
        opened = await backend.open();
        const { first, second } = opened;
        expect(await second.roomVersion('doc1/layer/team')).toBeNull();
        const seen = new Set<string | null>();
        for (const byte of [1, 2, 3]) {
          await first.appendUpdate('doc1/layer/team', new Uint8Array([0, 0, byte]));
          seen.add(await second.roomVersion('doc1/layer/team'));
        }
        expect(seen.size).toBe(3);
        expect(seen.has(null)).toBe(false);
        expect(await second.roomVersion('doc1')).toBeNull();
      });

      it('changes nothing for a bad name or an unknown collection', async () => {
        opened = await backend.open();
        const collections = new Collections(opened.first);
        const port = await collections.create({ name: 'Port' });
        await expect(collections.change(port.id, { name: ' ' })).rejects.toThrow(InputError);
        await expect(collections.create({ name: '' })).rejects.toThrow(InputError);
        await expect(collections.delete('c-missing')).rejects.toThrow(CollectionNotFoundError);
        await expect(collections.get('../x')).rejects.toThrow(CollectionNotFoundError);
        expect(await opened.second.listCollections()).toEqual([port]);
      });
    },
  );
}
