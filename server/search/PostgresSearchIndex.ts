import pg from 'pg';
import type { SearchAnswer, SearchQuery } from '../../shared/api/search.js';
import type { DocumentRecord } from '../../shared/document.js';
import {
  documentDate,
  filtersMarks,
  marksHaveCheckStatus,
  markFilterOf,
  normalizeTerm,
  searchHitOf,
  searchTerms,
  timeBoundsOf,
  timeFilterOf,
  type SearchExtract,
  type SearchMark,
} from '../../shared/search/index.js';
import { storyIdOf } from '../../shared/story.js';
import { redactUrl } from '../redactUrl.js';
import { StoreOpenError } from '../store/Store.js';
import { readableFor } from './readable.js';
import { assignmentStateOf, readableSql } from './readableSql.js';
import type { Reader, SearchIndex } from './SearchIndex.js';

/**
 * An SQL condition that a mark's (normalized) name in `column` holds the
 * text in `part`: the names that hold it are found first among the
 * distinct names, read off the column's index one after the other (there
 * are far fewer names than marks), and the marks then by the index, so a
 * speaker's marks cost what they are, not a test of every mark.
 */
function namedLike(column: 'speaker' | 'author_name', part: string): string {
  return `${column} = ANY(ARRAY(
    WITH RECURSIVE names(name) AS (
      (SELECT ${column} FROM factmark_search_marks ORDER BY ${column} LIMIT 1)
      UNION ALL
      SELECT (SELECT ${column} FROM factmark_search_marks WHERE ${column} > names.name ORDER BY ${column} LIMIT 1)
      FROM names WHERE names.name IS NOT NULL
    )
    SELECT name FROM names WHERE strpos(name, ${part}) > 0
  ))`;
}

/** The query's `from`–`to` as SQL conditions on a time column (a row without a time, NULL, is outside any range). */
function timeSql(query: SearchQuery, column: string, slot: (value: unknown) => string): string[] {
  const bounds = timeBoundsOf(query);
  if (bounds === null) return [];
  const clauses: string[] = [];
  if (bounds.from !== -Infinity) clauses.push(`${column} >= ${slot(new Date(bounds.from).toISOString())}::timestamptz`);
  if (bounds.to !== Infinity) clauses.push(`${column} <= ${slot(new Date(bounds.to).toISOString())}::timestamptz`);
  return clauses;
}

/** The version of the tables below: tables of another (or of none, made before versions were kept) are made again and filled from the store. */
const schemaVersion = 2;

// Each document's text and marks, extracted, with a tsvector over words
// normalized as the embedded index normalizes them ('simple': no stemming),
// so both find the same hits. Beside them, what access and the filters need
// (the story, the trash, the assignment, the dates), so that PostgreSQL
// applies them while it finds, counts and ranks. A mark's row holds only
// what it is found and filtered by, so that a search reads narrow rows; the
// marks as hits show them are kept with their document, read for the page.
// The GIN indexes take each change at once (fastupdate off): a few ms more
// per document indexed, and no list of pending changes that every search
// reads through and that some change, once it is full, pays to merge.
// Made on start, as the store's tables are.
const tables = `
CREATE TABLE IF NOT EXISTS factmark_search_documents (
  doc_id text PRIMARY KEY,
  story text NOT NULL,
  deleted boolean NOT NULL,
  assignment text NOT NULL,
  dated timestamptz,
  record jsonb NOT NULL,
  body text NOT NULL,
  marks jsonb NOT NULL,
  tsv tsvector NOT NULL
);
CREATE INDEX IF NOT EXISTS factmark_search_documents_tsv ON factmark_search_documents USING GIN (tsv) WITH (fastupdate = off);
CREATE TABLE IF NOT EXISTS factmark_search_marks (
  doc_id text NOT NULL,
  layer text NOT NULL,
  mark_id text NOT NULL,
  story text NOT NULL,
  deleted boolean NOT NULL,
  assignment text NOT NULL,
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
CREATE INDEX IF NOT EXISTS factmark_search_marks_tsv ON factmark_search_marks USING GIN (tsv) WITH (fastupdate = off);
CREATE INDEX IF NOT EXISTS factmark_search_marks_kind ON factmark_search_marks (kind, verdict);
CREATE INDEX IF NOT EXISTS factmark_search_marks_speaker ON factmark_search_marks (speaker);
CREATE INDEX IF NOT EXISTS factmark_search_marks_author_name ON factmark_search_marks (author_name);
CREATE INDEX IF NOT EXISTS factmark_search_marks_author_id ON factmark_search_marks (author_id);
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

/** An ISO time as PostgreSQL reads it, or null when it does not parse. */
function timeOrNull(value: string): string | null {
  const time = Date.parse(value);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/**
 * The most matches of a query ranked, of marks and of articles each: beyond
 * that, the first this many PostgreSQL finds are ranked (ts_rank reads each
 * one's tsvector, an article's a thousand words), and `total` says "at
 * least" (`totalExact` false).
 */
export const maxCandidates = { marks: 2000, articles: 1000 };

/** Marks score above article text of the same rank (as the embedded index boosts a quote). */
const markBoost = 1.5;

/** A mark's row, as `put` sends it in one JSON array. */
interface MarkRow {
  layer: string;
  mark_id: string;
  kind: string;
  verdict: string | null;
  check_status: string | null;
  speaker: string;
  author_id: string;
  author_name: string;
  created_at: string | null;
  words: string;
}

/**
 * Search with PostgreSQL: every document's text and marks in tables of
 * their own with a GIN-indexed tsvector, kept up to date by the indexer as
 * the embedded index is. A search finds, filters (access included, by
 * {@link readableSql}), counts and ranks in SQL, and reads back only the
 * page it answers with: ts_rank over at most {@link maxCandidates} matches,
 * the best `limit` of marks and of articles, merged.
 */
export class PostgresSearchIndex implements SearchIndex {
  private constructor(
    private readonly pool: pg.Pool,
    /**
     * Connections for ranking words, with sequential scans off: the planner
     * counts a row of the articles table as cheap to test, not seeing that
     * the test reads its tsvector (a thousand words, stored aside), and would
     * read and test every article for a rare word rather than ask the GIN
     * index, which answers without reading any tsvector.
     */
    private readonly rankPool: pg.Pool,
  ) {}

  static async open(url: string): Promise<PostgresSearchIndex> {
    const pool = new pg.Pool({ connectionString: url, max: 4, connectionTimeoutMillis: 5000 });
    pool.on('error', () => undefined);
    try {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        await client.query(`SELECT pg_advisory_xact_lock(hashtext('factmark search schema'))`);
        await client.query('CREATE TABLE IF NOT EXISTS factmark_search_schema (version integer NOT NULL)');
        const { rows } = await client.query<{ version: number }>('SELECT version FROM factmark_search_schema');
        if (rows[0]?.version !== schemaVersion) {
          // Tables of another version are made again; the indexer finds them empty and fills them from the store.
          await client.query('DROP TABLE IF EXISTS factmark_search_documents, factmark_search_marks');
          await client.query('DELETE FROM factmark_search_schema');
          await client.query('INSERT INTO factmark_search_schema (version) VALUES ($1)', [schemaVersion]);
        }
        await client.query(tables);
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
    const rankPool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000, options: '-c enable_seqscan=off' });
    rankPool.on('error', () => undefined);
    return new PostgresSearchIndex(pool, rankPool);
  }

  /**
   * One statement (one round trip, one transaction): the article upserted,
   * its marks upserted and those no longer there deleted (disjoint rows, so
   * the statement's parts cannot race), and the document no longer pending.
   */
  async put(extract: SearchExtract): Promise<void> {
    const { record } = extract;
    const docId = record.id;
    const seen = new Set<string>();
    const marks: MarkRow[] = [];
    const kept: SearchMark[] = [];
    for (const mark of extract.marks) {
      // A mark twice in a layer counts once, as a key does.
      const key = JSON.stringify([mark.layer, mark.id]);
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push(mark);
      marks.push({
        layer: mark.layer,
        mark_id: mark.id,
        kind: mark.kind,
        verdict: mark.verdict,
        check_status: mark.checkStatus,
        speaker: normalizeTerm(mark.speaker),
        author_id: mark.authorId,
        author_name: normalizeTerm(mark.authorName),
        created_at: timeOrNull(mark.createdAt),
        words: [normalized(mark.quote), normalized(mark.note), normalized(mark.speaker)].join(' '),
      });
    }
    await this.pool.query(
      `WITH article AS (
         INSERT INTO factmark_search_documents (doc_id, story, deleted, assignment, dated, record, body, marks, tsv)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $11, setweight(to_tsvector('simple', $8), 'A') || to_tsvector('simple', $9))
         ON CONFLICT (doc_id) DO UPDATE SET story = excluded.story, deleted = excluded.deleted, assignment = excluded.assignment,
           dated = excluded.dated, record = excluded.record, body = excluded.body, marks = excluded.marks, tsv = excluded.tsv
       ),
       fresh AS (
         SELECT * FROM jsonb_to_recordset($10::jsonb) AS m(layer text, mark_id text, kind text, verdict text,
           check_status text, speaker text, author_id text, author_name text, created_at timestamptz, words text)
       ),
       upserted AS (
         INSERT INTO factmark_search_marks (doc_id, layer, mark_id, story, deleted, assignment, kind, verdict, check_status,
           speaker, author_id, author_name, created_at, tsv)
         SELECT $1, layer, mark_id, $2, $3, $4, kind, verdict, check_status, speaker, author_id, author_name, created_at,
           to_tsvector('simple', words)
         FROM fresh
         ON CONFLICT (doc_id, layer, mark_id) DO UPDATE SET story = excluded.story, deleted = excluded.deleted,
           assignment = excluded.assignment, kind = excluded.kind, verdict = excluded.verdict,
           check_status = excluded.check_status, speaker = excluded.speaker, author_id = excluded.author_id,
           author_name = excluded.author_name, created_at = excluded.created_at, tsv = excluded.tsv
       ),
       gone AS (
         DELETE FROM factmark_search_marks old WHERE old.doc_id = $1
           AND NOT EXISTS (SELECT 1 FROM fresh WHERE fresh.layer = old.layer AND fresh.mark_id = old.mark_id)
       ),
       done AS (DELETE FROM factmark_search_pending WHERE doc_id = $1)
       SELECT 1`,
      [
        docId,
        storyIdOf(docId),
        record.deletedAt !== undefined,
        assignmentStateOf(record),
        timeOrNull(documentDate(record)),
        JSON.stringify(record),
        extract.text,
        normalized(extract.title),
        normalized(extract.text),
        JSON.stringify(marks),
        JSON.stringify(kept),
      ],
    );
  }

  async remove(docId: string): Promise<void> {
    await this.pool.query(
      `WITH a AS (DELETE FROM factmark_search_marks WHERE doc_id = $1), b AS (DELETE FROM factmark_search_pending WHERE doc_id = $1)
       DELETE FROM factmark_search_documents WHERE doc_id = $1`,
      [docId],
    );
  }

  /**
   * The best page of hits. Marks and articles are each found, filtered
   * (by the query's filters and by what the reader may read), counted and
   * ranked in one query that returns only its best `limit`; both lists are
   * merged by score, and the records, texts and marks of that page read to
   * make its hits. A query's words match at most {@link maxCandidates}
   * rows of each table (PostgreSQL's first ones found), so `total` is exact
   * below those and "at least" at them. The page is checked once more
   * against the filters and the role table as the embedded index checks
   * every hit.
   */
  async search(query: SearchQuery, reader: Reader): Promise<SearchAnswer> {
    const withStatus = marksHaveCheckStatus;
    const marksOnly = filtersMarks(query, withStatus);
    const tsQuery = query.q === undefined ? null : tsQueryOf(query.q);
    const ignored = query.status !== undefined && !withStatus ? ['status'] : [];
    if (query.q !== undefined && tsQuery === null) return { hits: [], total: 0, totalExact: true, ignored };
    type Candidate = { docId: string; mark: { layer: string; id: string } | null; score: number };
    const [marks, articles] = await Promise.all([
      this.searchMarks(query, tsQuery, reader, withStatus),
      marksOnly || tsQuery === null ? { rows: [], total: 0, exact: true } : this.searchArticles(query, tsQuery, reader),
    ]);
    const candidates: Candidate[] = [
      ...marks.rows.map((row) => ({ docId: row.doc_id, mark: { layer: row.layer, id: row.mark_id }, score: row.score })),
      ...articles.rows.map((row) => ({ docId: row.doc_id, mark: null, score: row.score })),
    ];
    // Both lists come best first; merged by score (a stable sort keeps the marks first on a tie).
    if (tsQuery !== null) candidates.sort((a, b) => b.score - a.score);
    const page = candidates.slice(0, query.limit);
    const documents = await this.documents([...new Set(page.map((hit) => hit.docId))]);
    const readable = readableFor(reader);
    const markPasses = markFilterOf(query, withStatus);
    const inRange = timeFilterOf(query);
    const terms = new Set(query.q === undefined ? [] : searchTerms(query.q));
    const hits = page.flatMap(({ docId, mark: key, score }) => {
      const document = documents.get(docId);
      if (document === undefined) return [];
      const { record, body, marks: documentMarks } = document;
      const mark = key === null ? null : documentMarks.find((candidate) => candidate.layer === key.layer && candidate.id === key.id);
      if (mark === undefined) return [];
      const passes =
        mark === null
          ? readable(record, null) && inRange(Date.parse(documentDate(record)))
          : readable(record, mark.layer) && markPasses(mark);
      if (!passes) return [];
      return [searchHitOf({ record, text: body, mark }, terms.size === 0 ? terms : this.matched(terms, mark, body), score)];
    });
    return { hits, total: marks.total + articles.total, totalExact: marks.exact && articles.exact, ignored };
  }

  /** The best `limit` marks that pass the query's filters and the reader's access (their keys), and how many there are. */
  private async searchMarks(
    query: SearchQuery,
    tsQuery: string | null,
    reader: Reader,
    withStatus: boolean,
  ): Promise<{ rows: { doc_id: string; layer: string; mark_id: string; score: number }[]; total: number; exact: boolean }> {
    const values: unknown[] = [];
    const slot = (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    };
    const where = [readableSql(reader, values, 'marks')];
    const words = tsQuery === null ? null : slot(tsQuery);
    if (words !== null) where.push(`tsv @@ to_tsquery('simple', ${words})`);
    if (query.kind !== undefined) where.push(`kind = ${slot(query.kind)}`);
    if (query.verdict !== undefined) where.push(`verdict = ${slot(query.verdict)}`);
    if (withStatus && query.status !== undefined) where.push(`check_status = ${slot(query.status)}`);
    if (query.speaker !== undefined) where.push(namedLike('speaker', slot(normalizeTerm(query.speaker))));
    if (query.author !== undefined)
      where.push(`(${namedLike('author_name', slot(normalizeTerm(query.author)))} OR author_id = ${slot(query.author)})`);
    where.push(...timeSql(query, 'created_at', slot));
    const filtered = `FROM factmark_search_marks WHERE ${where.join(' AND ')}`;
    if (words === null) {
      // Filters alone: every mark that passes them, newest first, all counted.
      const result = await this.pool.query<{ doc_id: string; layer: string; mark_id: string; total: string }>(
        `SELECT doc_id, layer, mark_id, count(*) OVER () AS total ${filtered}
         ORDER BY created_at DESC NULLS LAST, doc_id, layer, mark_id LIMIT ${query.limit}`,
        values,
      );
      return { rows: result.rows.map((row) => ({ ...row, score: 0 })), total: Number(result.rows[0]?.total ?? 0), exact: true };
    }
    return this.ranked(
      `SELECT doc_id, layer, mark_id, tsv ${filtered}`,
      'doc_id, layer, mark_id',
      words,
      values,
      query.limit,
      maxCandidates.marks,
      markBoost,
    );
  }

  /** The best `limit` articles whose text has the query's words, in the date range, that the reader may read, and how many there are. */
  private async searchArticles(
    query: SearchQuery,
    tsQuery: string,
    reader: Reader,
  ): Promise<{ rows: { doc_id: string; score: number }[]; total: number; exact: boolean }> {
    const values: unknown[] = [];
    const slot = (value: unknown) => {
      values.push(value);
      return `$${values.length}`;
    };
    const where = [readableSql(reader, values, 'articles')];
    const words = slot(tsQuery);
    where.push(`tsv @@ to_tsquery('simple', ${words})`, ...timeSql(query, 'dated', slot));
    const filtered = `SELECT doc_id, tsv FROM factmark_search_documents WHERE ${where.join(' AND ')}`;
    return this.ranked(filtered, 'doc_id', words, values, query.limit, maxCandidates.articles, 1);
  }

  /**
   * The `columns` of the best `limit` rows of a filtered query (which
   * selects them and `tsv`) by ts_rank, ranking at most `cap` of them, and
   * how many there are (exact below the cap). The cap comes first:
   * PostgreSQL stops at `cap` matches, so a word in every document costs
   * `cap` ranks, not one per document.
   */
  private async ranked<Row extends { doc_id: string }>(
    filtered: string,
    columns: string,
    words: string,
    values: unknown[],
    limit: number,
    cap: number,
    boost: number,
  ): Promise<{ rows: (Row & { score: number })[]; total: number; exact: boolean }> {
    const result = await this.rankPool.query<Row & { score: number; total: string }>(
      `SELECT ${columns}, score, count(*) OVER () AS total FROM (
         SELECT ${columns}, ts_rank(tsv, to_tsquery('simple', ${words})) * ${boost} AS score FROM (${filtered} LIMIT ${cap + 1}) candidates
       ) ranked ORDER BY score DESC, ${columns} LIMIT ${limit}`,
      values,
    );
    const total = Number(result.rows[0]?.total ?? 0);
    return { rows: result.rows, total: Math.min(total, cap), exact: total <= cap };
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

  /** The records, texts and marks of the documents a page shows. */
  private async documents(ids: string[]): Promise<Map<string, { record: DocumentRecord; body: string; marks: SearchMark[] }>> {
    if (ids.length === 0) return new Map();
    const result = await this.pool.query<{ doc_id: string; record: DocumentRecord; body: string; marks: SearchMark[] }>(
      'SELECT doc_id, record, body, marks FROM factmark_search_documents WHERE doc_id = ANY($1)',
      [ids],
    );
    return new Map(result.rows.map((row) => [row.doc_id, { record: row.record, body: row.body, marks: row.marks }]));
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
    await Promise.all([this.pool.end(), this.rankPool.end()]);
  }
}
