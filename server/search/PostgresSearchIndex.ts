import pg from 'pg';
import type { SearchAnswer, SearchQuery } from '../../shared/api/search.js';
import type { DocumentRecord } from '../../shared/document.js';
import {
  documentDate,
  filtersMarks,
  inDateRange,
  marksHaveCheckStatus,
  markFilterOf,
  normalizeTerm,
  searchHitOf,
  searchTerms,
  type SearchExtract,
  type SearchMark,
} from '../../shared/search/index.js';
import { redactUrl } from '../redactUrl.js';
import { StoreOpenError } from '../store/Store.js';
import { readableFor } from './readable.js';
import type { Reader, SearchIndex } from './SearchIndex.js';

// Each document's text and marks, extracted, with a tsvector over words
// normalized as the embedded index normalizes them ('simple': no stemming),
// so both find the same hits. Created on start, as the store's tables are.
const schema = `
CREATE TABLE IF NOT EXISTS factmark_search_documents (
  doc_id text PRIMARY KEY,
  record jsonb NOT NULL,
  body text NOT NULL,
  tsv tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS factmark_search_documents_tsv ON factmark_search_documents USING GIN (tsv);
CREATE TABLE IF NOT EXISTS factmark_search_marks (
  doc_id text NOT NULL,
  layer text NOT NULL,
  mark_id text NOT NULL,
  mark jsonb NOT NULL,
  kind text NOT NULL,
  verdict text,
  check_status text,
  speaker text NOT NULL,
  author_id text NOT NULL,
  author_name text NOT NULL,
  created_at timestamptz,
  tsv tsvector NOT NULL,
  PRIMARY KEY (doc_id, layer, mark_id)
);
CREATE INDEX IF NOT EXISTS factmark_search_marks_tsv ON factmark_search_marks USING GIN (tsv);
CREATE INDEX IF NOT EXISTS factmark_search_marks_kind ON factmark_search_marks (kind, verdict);
CREATE TABLE IF NOT EXISTS factmark_search_pending (
  doc_id text PRIMARY KEY
);
`;

/** Text as the tsvector is made of it: its words, normalized, one space apart. */
function normalized(text: string): string {
  return searchTerms(text).join(' ');
}

/** A query's words as a tsquery: all of them, the last as the start of a word; null when it has none. */
function tsQueryOf(q: string): string | null {
  const terms = searchTerms(q);
  if (terms.length === 0) return null;
  return terms.map((term, index) => (index === terms.length - 1 && term.length >= 2 ? `${term}:*` : term)).join(' & ');
}

/** The timestamp of an ISO time, or null when it is not one. */
function timeOrNull(value: string): string | null {
  return Number.isNaN(Date.parse(value)) ? null : value;
}

/** The most candidates one query ranks, of marks and of articles each: beyond that, `total` counts only these. */
const maxCandidates = 5000;

/**
 * Search with PostgreSQL: every document's text and marks in tables of
 * their own with a GIN-indexed tsvector, kept up to date by the indexer as
 * the embedded index is; ranked with `ts_rank`. Filters the SQL can apply
 * are applied there; access and the final checks are the same code as the
 * embedded index's, so both answer alike.
 */
export class PostgresSearchIndex implements SearchIndex {
  private constructor(private readonly pool: pg.Pool) {}

  static async open(url: string): Promise<PostgresSearchIndex> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('factmark search schema'))`);
        await client.query(schema);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw new StoreOpenError(`The search tables at ${redactUrl(url)} could not be made: ${(error as Error).message}`, false, {
        cause: error,
      });
    }
    return new PostgresSearchIndex(pool);
  }

  async put(extract: SearchExtract): Promise<void> {
    const docId = extract.record.id;
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('DELETE FROM factmark_search_marks WHERE doc_id = $1', [docId]);
      await client.query(
        `INSERT INTO factmark_search_documents (doc_id, record, body, tsv)
         VALUES ($1, $2, $3, setweight(to_tsvector('simple', $4), 'A') || to_tsvector('simple', $5))
         ON CONFLICT (doc_id) DO UPDATE SET record = excluded.record, body = excluded.body, tsv = excluded.tsv`,
        [docId, JSON.stringify(extract.record), extract.text, normalized(extract.title), normalized(extract.text)],
      );
      if (extract.marks.length > 0) {
        const columns = 12;
        const values: unknown[] = [];
        const rows = extract.marks.map((mark, index) => {
          values.push(
            docId,
            mark.layer,
            mark.id,
            JSON.stringify(mark),
            mark.kind,
            mark.verdict,
            mark.checkStatus,
            normalizeTerm(mark.speaker),
            mark.authorId,
            normalizeTerm(mark.authorName),
            timeOrNull(mark.createdAt),
            [normalized(mark.quote), normalized(mark.note), normalized(mark.speaker)].join(' '),
          );
          const at = index * columns;
          const slots = Array.from({ length: columns - 1 }, (_, slot) => `$${at + slot + 1}`);
          return `(${slots.join(', ')}, to_tsvector('simple', $${at + columns}))`;
        });
        await client.query(
          `INSERT INTO factmark_search_marks (doc_id, layer, mark_id, mark, kind, verdict, check_status, speaker, author_id, author_name, created_at, tsv)
           VALUES ${rows.join(', ')} ON CONFLICT DO NOTHING`,
          values,
        );
      }
      await client.query('DELETE FROM factmark_search_pending WHERE doc_id = $1', [docId]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      client.release();
    }
  }

  async remove(docId: string): Promise<void> {
    await this.pool.query(
      `WITH a AS (DELETE FROM factmark_search_marks WHERE doc_id = $1), b AS (DELETE FROM factmark_search_pending WHERE doc_id = $1)
       DELETE FROM factmark_search_documents WHERE doc_id = $1`,
      [docId],
    );
  }

  async search(query: SearchQuery, reader: Reader): Promise<SearchAnswer> {
    const readable = readableFor(reader);
    const withStatus = marksHaveCheckStatus;
    const marksOnly = filtersMarks(query, withStatus);
    const markMatches = markFilterOf(query, withStatus);
    const tsQuery = query.q === undefined ? null : tsQueryOf(query.q);
    const ignored = query.status !== undefined && !withStatus ? ['status'] : [];
    if (query.q !== undefined && tsQuery === null) return { hits: [], total: 0, ignored };
    const terms = new Set(query.q === undefined ? [] : searchTerms(query.q));
    type Candidate = { docId: string; mark: SearchMark | null; score: number };
    const candidates: Candidate[] = [];
    // Marks: the filters SQL can apply, then the same checks as the embedded index.
    const where: string[] = [];
    const values: unknown[] = [];
    const add = (clause: (slot: string) => string, value: unknown) => {
      values.push(value);
      where.push(clause(`$${values.length}`));
    };
    if (tsQuery !== null) add((slot) => `tsv @@ to_tsquery('simple', ${slot})`, tsQuery);
    if (query.kind !== undefined) add((slot) => `kind = ${slot}`, query.kind);
    if (query.verdict !== undefined) add((slot) => `verdict = ${slot}`, query.verdict);
    if (withStatus && query.status !== undefined) add((slot) => `check_status = ${slot}`, query.status);
    if (query.speaker !== undefined) add((slot) => `strpos(speaker, ${slot}) > 0`, normalizeTerm(query.speaker));
    // The author and the dates too, before the cap on candidates (the same checks run again below).
    if (query.author !== undefined) {
      values.push(normalizeTerm(query.author), query.author);
      where.push(`(strpos(author_name, $${values.length - 1}) > 0 OR author_id = $${values.length})`);
    }
    if (query.from !== undefined) add((slot) => `created_at >= (${slot}::date)::timestamp AT TIME ZONE 'UTC'`, query.from.slice(0, 10));
    if (query.to !== undefined) add((slot) => `created_at < (${slot}::date + 1)::timestamp AT TIME ZONE 'UTC'`, query.to.slice(0, 10));
    const rank = tsQuery === null ? '0' : `ts_rank(tsv, to_tsquery('simple', $1))`;
    const order = tsQuery === null ? 'created_at DESC NULLS LAST' : 'score DESC';
    const marks = await this.pool.query<{ doc_id: string; mark: SearchMark; score: number }>(
      `SELECT doc_id, mark, ${rank} AS score FROM factmark_search_marks
       ${where.length === 0 ? '' : `WHERE ${where.join(' AND ')}`} ORDER BY ${order} LIMIT ${maxCandidates}`,
      values,
    );
    for (const row of marks.rows) candidates.push({ docId: row.doc_id, mark: row.mark, score: row.score * 1.5 });
    if (!marksOnly && tsQuery !== null) {
      const texts = await this.pool.query<{ doc_id: string; score: number }>(
        `SELECT doc_id, ts_rank(tsv, to_tsquery('simple', $1)) AS score FROM factmark_search_documents
         WHERE tsv @@ to_tsquery('simple', $1) ORDER BY score DESC LIMIT ${maxCandidates}`,
        [tsQuery],
      );
      for (const row of texts.rows) candidates.push({ docId: row.doc_id, mark: null, score: row.score });
    }
    const records = await this.records([...new Set(candidates.map((candidate) => candidate.docId))]);
    const found = candidates.filter(({ docId, mark }) => {
      const record = records.get(docId);
      if (record === undefined) return false;
      if (mark === null) return readable(record, null) && inDateRange(documentDate(record), query);
      return readable(record, mark.layer) && markMatches(mark);
    });
    if (tsQuery !== null) found.sort((a, b) => b.score - a.score);
    const top = found.slice(0, query.limit);
    const bodies = await this.bodies([...new Set(top.map((hit) => hit.docId))]);
    const hits = top.map(({ docId, mark, score }) => {
      const record = records.get(docId) as DocumentRecord;
      return searchHitOf(
        { record, text: bodies.get(docId) ?? '', mark },
        terms.size === 0 ? terms : this.matched(terms, mark, bodies.get(docId) ?? ''),
        score,
      );
    });
    return { hits, total: found.length, ignored };
  }

  /** The words to highlight: the query's, the last one also as the start of longer words. */
  private matched(terms: ReadonlySet<string>, mark: SearchMark | null, body: string): Set<string> {
    const list = [...terms];
    const last = list[list.length - 1] ?? '';
    const words = new Set(list);
    const source = mark === null ? body : `${body.slice(mark.start ?? 0, mark.end ?? 0)} ${mark.quote}`;
    for (const word of searchTerms(source)) if (last.length >= 2 && word.startsWith(last)) words.add(word);
    return words;
  }

  private async records(ids: string[]): Promise<Map<string, DocumentRecord>> {
    if (ids.length === 0) return new Map();
    const result = await this.pool.query<{ doc_id: string; record: DocumentRecord }>(
      'SELECT doc_id, record FROM factmark_search_documents WHERE doc_id = ANY($1)',
      [ids],
    );
    return new Map(result.rows.map((row) => [row.doc_id, row.record]));
  }

  private async bodies(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const result = await this.pool.query<{ doc_id: string; body: string }>(
      'SELECT doc_id, body FROM factmark_search_documents WHERE doc_id = ANY($1)',
      [ids],
    );
    return new Map(result.rows.map((row) => [row.doc_id, row.body]));
  }

  async documentIds(): Promise<Set<string>> {
    const result = await this.pool.query<{ doc_id: string }>('SELECT doc_id FROM factmark_search_documents');
    return new Set(result.rows.map((row) => row.doc_id));
  }

  async notePending(docIds: readonly string[]): Promise<void> {
    if (docIds.length === 0) return;
    await this.pool.query('INSERT INTO factmark_search_pending (doc_id) SELECT unnest($1::text[]) ON CONFLICT DO NOTHING', [docIds]);
  }

  async pending(): Promise<string[]> {
    return (await this.pool.query<{ doc_id: string }>('SELECT doc_id FROM factmark_search_pending')).rows.map((row) => row.doc_id);
  }

  /** Every change is committed as it is indexed: nothing to save. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
