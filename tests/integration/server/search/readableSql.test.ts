import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, roomAccess } from '../../../../shared/access.js';
import type { DocumentRecord } from '../../../../shared/document.js';
import { storyIdOf } from '../../../../shared/story.js';
import { assignmentStateOf, readableSql } from '../../../../server/search/readableSql.js';
import type { Reader } from '../../../../server/search/SearchIndex.js';
import { freshDatabase, servicesSkipReason, testServices } from '../../../support/services.js';

/** A document's record: in an assignment or not, in the trash or not. */
function record(id: string, assignment: DocumentRecord['assignment'], deleted: boolean): DocumentRecord {
  return {
    id,
    title: id,
    format: 'text',
    createdAt: '2026-01-01T00:00:00.000Z',
    ...(assignment === undefined ? {} : { assignment }),
    ...(deleted ? { deletedAt: '2026-02-01T00:00:00.000Z' } : {}),
  };
}

/** Documents of every kind access looks at: a story's versions (`a0`, `a0-v2`), the trash, assignments hidden and revealed. */
const records: DocumentRecord[] = [undefined, { revealed: false }, { revealed: true }].flatMap((assignment, number) =>
  [false, true].flatMap((deleted) => {
    const id = `${number}${deleted ? 'x' : ''}`;
    return [record(`a${id}`, assignment, deleted), record(`a${id}-v2`, assignment, deleted), record(`b${id}`, assignment, deleted)];
  }),
);
const layers = ['team', 'p-me', 'p-named', 'p-other', 'other'];
/** Every role, with a token for every document, for one story (by its first version and by a later one) or another document, and with a private layer named by its invitation or not. */
const readers: Reader[] = roles.flatMap((role) =>
  ['*', 'a1', 'a1-v2', 'b2'].flatMap((doc) => [
    { role, doc, jti: 'me' },
    { role, doc, jti: 'me', layer: 'p-named' },
  ]),
);

const services = testServices();
describe.skipIf(services === null)(`readableSql${services === null ? ` — ${servicesSkipReason}` : ''}`, () => {
  let database: { url: string; drop: () => Promise<void> };
  let client: pg.Client;

  beforeAll(async () => {
    if (services === null) throw new Error('No test services.');
    database = await freshDatabase(services);
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
    await client.query('CREATE TABLE rows (doc_id text, story text, deleted boolean, assignment text, layer text)');
    for (const record of records)
      for (const layer of [null, ...layers])
        await client.query('INSERT INTO rows VALUES ($1, $2, $3, $4, $5)', [
          record.id,
          storyIdOf(record.id),
          record.deletedAt !== undefined,
          assignmentStateOf(record),
          layer,
        ]);
  });
  afterAll(async () => {
    await client.end();
    await database.drop();
  });

  it('finds exactly the rooms roomAccess opens, for every role, token, layer and assignment', async () => {
    let opened = 0;
    for (const reader of readers) {
      for (const of of ['articles', 'marks'] as const) {
        const values: unknown[] = [];
        const condition = readableSql(reader, values, of);
        const result = await client.query<{ doc_id: string; layer: string | null }>(
          `SELECT doc_id, layer FROM rows WHERE layer IS ${of === 'articles' ? '' : 'NOT '}NULL AND ${condition}`,
          values,
        );
        const found = result.rows.map((row) => `${row.doc_id}/${row.layer ?? ''}`).sort();
        const expected = records
          .flatMap((record) => (of === 'articles' ? [null] : layers).map((layer) => ({ record, layer })))
          .filter(({ record, layer }) => roomAccess(reader, { docId: record.id, layerId: layer }, record) !== 'none')
          .map(({ record, layer }) => `${record.id}/${layer ?? ''}`)
          .sort();
        expect(found, `${JSON.stringify(reader)} ${of}`).toEqual(expected);
        opened += found.length;
      }
    }
    // Not vacuous: some rooms open, most do not.
    expect(opened).toBeGreaterThan(50);
    expect(opened).toBeLessThan((readers.length * records.length * (layers.length + 1)) / 2);
  });
});
