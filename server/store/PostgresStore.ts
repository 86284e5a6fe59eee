import pg from 'pg';
import type { CollectionRecord, DocumentRecord } from '../../shared/index.js';
import type { ReviewedClaim } from '../../shared/api/claims.js';
import { damageKey, mergeInline, type DamageReport, type UpdateMerger } from './damage.js';
import { StoreOpenError, StoreUnavailableError, type InviteRecord, type PublicationSnapshot, type Store } from './Store.js';
import { redactUrl } from '../redactUrl.js';

// Created on start, so a new database needs no migration step. Updates are
// kept by a global sequence: order within a room is all that matters.
const schema = `
CREATE TABLE IF NOT EXISTS factmark_updates (
  seq bigserial PRIMARY KEY,
  room text NOT NULL,
  data bytea NOT NULL
);
CREATE INDEX IF NOT EXISTS factmark_updates_room_seq ON factmark_updates (room, seq);
CREATE TABLE IF NOT EXISTS factmark_documents (
  id text PRIMARY KEY,
  record jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS factmark_invites (
  jti text PRIMARY KEY,
  doc_id text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS factmark_invites_doc ON factmark_invites (doc_id);
CREATE TABLE IF NOT EXISTS factmark_publications (
  slug text PRIMARY KEY,
  doc_id text NOT NULL,
  record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS factmark_publications_doc ON factmark_publications (doc_id);
CREATE TABLE IF NOT EXISTS factmark_collections (
  id text PRIMARY KEY,
  record jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS factmark_claims (
  scope text PRIMARY KEY,
  claims jsonb NOT NULL
);
CREATE TABLE IF NOT EXISTS factmark_damage (
  key text PRIMARY KEY,
  record jsonb NOT NULL
);
`;

/** `LIKE` pattern for names that start with a prefix, the prefix taken literally. */
function startsWith(prefix: string): string {
  return `${prefix.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Runs `work` in one transaction on a client of the pool: committed if it resolves, rolled back if it throws. */
async function inTransaction(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await work(client);
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}

/**
 * The PostgreSQL store, for several server instances sharing one database.
 * Every append is one committed insert, so an update is durable once its
 * append resolves, whichever instance made it.
 */
export class PostgresStore implements Store {
  private readonly pool: pg.Pool;

  private constructor(pool: pg.Pool) {
    this.pool = pool;
  }

  /** Connects to the database at a `postgres://` URL and creates the tables it lacks. */
  static async open(url: string): Promise<PostgresStore> {
    // A database that does not answer fails a query in seconds, not never.
    const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 5000 });
    // An idle client losing its connection (a database restart) must not crash the process.
    pool.on('error', () => undefined);
    try {
      await inTransaction(pool, async (client) => {
        // Two instances starting at once would otherwise race on CREATE TABLE.
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('factmark schema'))`);
        await client.query(schema);
      });
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new StoreOpenError(`The database at ${redactUrl(url)} could not be opened: ${(error as Error).message}`, false, {
        cause: error,
      });
    }
    return new PostgresStore(pool);
  }

  /** Runs a write; a failure is the store's "cannot save", told to the server. */
  private async write(sql: string, values: unknown[]): Promise<void> {
    try {
      await this.pool.query(sql, values);
    } catch (error) {
      const failure = new StoreUnavailableError(`The database cannot save: ${(error as Error).message}`, { cause: error });
      this.onUnavailable?.(failure);
      throw failure;
    }
  }

  async appendUpdate(room: string, update: Uint8Array): Promise<void> {
    await this.write('INSERT INTO factmark_updates (room, data) VALUES ($1, $2)', [room, Buffer.from(update)]);
  }

  onUnavailable: ((error: StoreUnavailableError) => void) | null = null;

  async recover(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async reportDamage(report: DamageReport): Promise<void> {
    await this.pool.query('INSERT INTO factmark_damage (key, record) VALUES ($1, $2) ON CONFLICT (key) DO NOTHING', [
      damageKey(report),
      JSON.stringify(report),
    ]);
  }

  async listDamage(): Promise<DamageReport[]> {
    const result = await this.pool.query<{ record: DamageReport }>('SELECT record FROM factmark_damage ORDER BY key COLLATE "C"');
    return result.rows.map((row) => row.record);
  }

  async loadUpdates(room: string): Promise<Uint8Array[]> {
    const result = await this.pool.query<{ data: Buffer }>('SELECT data FROM factmark_updates WHERE room = $1 ORDER BY seq', [room]);
    return result.rows.map((row) => new Uint8Array(row.data.buffer, row.data.byteOffset, row.data.byteLength));
  }

  /**
   * Merges the rows read into the last of them and deletes exactly the others.
   * Under a per-room advisory lock, so two instances compacting the same room
   * take turns; rows appended meanwhile (even with a lower sequence number,
   * committed late) were not read, so they are neither merged nor deleted.
   */
  async compact(room: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [room]);
      const { rows } = await client.query<{ seq: string; data: Buffer }>(
        'SELECT seq, data FROM factmark_updates WHERE room = $1 ORDER BY seq',
        [room],
      );
      const last = rows[rows.length - 1];
      if (rows.length < 2 || last === undefined) return;
      const { merged, unreadable } = await this.merger(rows.map((row) => new Uint8Array(row.data)));
      // A row that does not decode is evidence: the log is left as it is.
      if (unreadable.length > 0) throw new Error(`${unreadable.length} stored updates of room ${room} do not decode; not compacted.`);
      await client.query('UPDATE factmark_updates SET data = $2 WHERE seq = $1', [last.seq, Buffer.from(merged)]);
      await client.query('DELETE FROM factmark_updates WHERE seq = ANY($1::bigint[])', [rows.slice(0, -1).map((row) => row.seq)]);
    });
  }

  merger: UpdateMerger = mergeInline;

  async listRooms(prefix: string): Promise<string[]> {
    const result = await this.pool.query<{ room: string }>(
      `SELECT room FROM factmark_updates WHERE room LIKE $1 ESCAPE '\\' GROUP BY room ORDER BY room COLLATE "C"`,
      [startsWith(prefix)],
    );
    return result.rows.map((row) => row.room);
  }

  async roomVersion(room: string): Promise<string | null> {
    // The count too: an insert committed late may carry a lower sequence number than the highest.
    const result = await this.pool.query<{ last: string | null; count: string }>(
      'SELECT max(seq) AS last, count(*) AS count FROM factmark_updates WHERE room = $1',
      [room],
    );
    const row = result.rows[0];
    return row?.last === null || row === undefined ? null : `${row.last}+${row.count}`;
  }

  async countUpdates(room: string): Promise<number> {
    const result = await this.pool.query<{ count: string }>('SELECT count(*) AS count FROM factmark_updates WHERE room = $1', [room]);
    return Number(result.rows[0]?.count ?? 0);
  }

  async putDocument(record: DocumentRecord): Promise<void> {
    await this.write(
      'INSERT INTO factmark_documents (id, record) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record',
      [record.id, JSON.stringify(record)],
    );
  }

  async deleteDocument(id: string): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // The article's room is `<id>`, its layers' `<id>/layer/<layer>`.
      const layers = startsWith(`${id}/`);
      await client.query(`DELETE FROM factmark_updates WHERE room = $1 OR room LIKE $2 ESCAPE '\\'`, [id, layers]);
      await client.query(`DELETE FROM factmark_damage WHERE key LIKE $1 ESCAPE '\\' OR key LIKE $2 ESCAPE '\\'`, [
        startsWith(`${id}!`),
        layers,
      ]);
      await client.query('DELETE FROM factmark_invites WHERE doc_id = $1', [id]);
      await client.query('DELETE FROM factmark_publications WHERE doc_id = $1', [id]);
      await client.query('DELETE FROM factmark_claims WHERE scope = $1', [`doc:${id}`]);
      await client.query('DELETE FROM factmark_documents WHERE id = $1', [id]);
    });
  }

  async putClaims(scope: string, claims: readonly ReviewedClaim[]): Promise<void> {
    if (claims.length === 0) await this.write('DELETE FROM factmark_claims WHERE scope = $1', [scope]);
    else
      await this.write(
        'INSERT INTO factmark_claims (scope, claims) VALUES ($1, $2) ON CONFLICT (scope) DO UPDATE SET claims = EXCLUDED.claims',
        [scope, JSON.stringify(claims)],
      );
  }

  async getClaims(scope: string): Promise<ReviewedClaim[]> {
    const result = await this.pool.query<{ claims: ReviewedClaim[] }>('SELECT claims FROM factmark_claims WHERE scope = $1', [scope]);
    return result.rows[0]?.claims ?? [];
  }

  async listClaims(): Promise<Map<string, ReviewedClaim[]>> {
    const result = await this.pool.query<{ scope: string; claims: ReviewedClaim[] }>(
      'SELECT scope, claims FROM factmark_claims ORDER BY scope COLLATE "C"',
    );
    return new Map(result.rows.map((row) => [row.scope, row.claims]));
  }

  async getDocument(id: string): Promise<DocumentRecord | null> {
    const result = await this.pool.query<{ record: DocumentRecord }>('SELECT record FROM factmark_documents WHERE id = $1', [id]);
    return result.rows[0]?.record ?? null;
  }

  async listDocuments(): Promise<DocumentRecord[]> {
    const result = await this.pool.query<{ record: DocumentRecord }>('SELECT record FROM factmark_documents ORDER BY id COLLATE "C"');
    return result.rows.map((row) => row.record);
  }

  async countDocuments(): Promise<number> {
    const result = await this.pool.query<{ count: string }>('SELECT count(*) AS count FROM factmark_documents');
    return Number(result.rows[0]?.count ?? 0);
  }

  async putCollection(record: CollectionRecord): Promise<void> {
    await this.write(
      'INSERT INTO factmark_collections (id, record) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET record = EXCLUDED.record',
      [record.id, JSON.stringify(record)],
    );
  }

  async getCollection(id: string): Promise<CollectionRecord | null> {
    const result = await this.pool.query<{ record: CollectionRecord }>('SELECT record FROM factmark_collections WHERE id = $1', [id]);
    return result.rows[0]?.record ?? null;
  }

  async listCollections(): Promise<CollectionRecord[]> {
    const result = await this.pool.query<{ record: CollectionRecord }>('SELECT record FROM factmark_collections ORDER BY id COLLATE "C"');
    return result.rows.map((row) => row.record);
  }

  async deleteCollection(id: string): Promise<void> {
    await this.write('DELETE FROM factmark_collections WHERE id = $1', [id]);
  }

  async putInvite(invite: InviteRecord): Promise<void> {
    await this.write(
      'INSERT INTO factmark_invites (jti, doc_id, record) VALUES ($1, $2, $3) ON CONFLICT (jti) DO UPDATE SET doc_id = EXCLUDED.doc_id, record = EXCLUDED.record',
      [invite.jti, invite.docId, JSON.stringify(invite)],
    );
  }

  async getInvite(jti: string): Promise<InviteRecord | null> {
    const result = await this.pool.query<{ record: InviteRecord }>('SELECT record FROM factmark_invites WHERE jti = $1', [jti]);
    return result.rows[0]?.record ?? null;
  }

  async listInvites(docId?: string): Promise<InviteRecord[]> {
    const result =
      docId === undefined
        ? await this.pool.query<{ record: InviteRecord }>('SELECT record FROM factmark_invites ORDER BY jti COLLATE "C"')
        : await this.pool.query<{ record: InviteRecord }>(
            'SELECT record FROM factmark_invites WHERE doc_id = $1 ORDER BY jti COLLATE "C"',
            [docId],
          );
    return result.rows.map((row) => row.record);
  }

  async putPublication(snapshot: PublicationSnapshot): Promise<void> {
    await this.write(
      'INSERT INTO factmark_publications (slug, doc_id, record) VALUES ($1, $2, $3) ON CONFLICT (slug) DO UPDATE SET doc_id = EXCLUDED.doc_id, record = EXCLUDED.record',
      [snapshot.slug, snapshot.docId, JSON.stringify(snapshot)],
    );
  }

  async getPublication(slug: string): Promise<PublicationSnapshot | null> {
    const result = await this.pool.query<{ record: PublicationSnapshot }>('SELECT record FROM factmark_publications WHERE slug = $1', [
      slug,
    ]);
    return result.rows[0]?.record ?? null;
  }

  async deletePublication(slug: string): Promise<void> {
    await this.write('DELETE FROM factmark_publications WHERE slug = $1', [slug]);
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
