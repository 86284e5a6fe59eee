import { mkdir, readFile, rename, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import { canOpenDocument } from '../../shared/access.js';
import type { SearchAnswer, SearchQuery } from '../../shared/api/search.js';
import type { DocumentRecord } from '../../shared/document.js';
import {
  documentDate,
  facetFilterOf,
  filtersMarks,
  markFacetsOf,
  marksHaveCheckStatus,
  normalizeTerm,
  searchHitOf,
  timeFilterOf,
  TopK,
  type MarkFacets,
  type SearchExtract,
  type SearchMark,
} from '../../shared/search/index.js';
import type { Logger } from '../log.js';
import { candidateCount, FacetIndex } from './FacetIndex.js';
import { RankedMiniSearch } from './RankedMiniSearch.js';
import { readableFor } from './readable.js';
import type { Reader, SearchIndex } from './SearchIndex.js';

/** What one entry of the index is: a document's article (title and text) or one of its marks. */
interface Entry {
  id: string;
  title?: string;
  text?: string;
  quote?: string;
  note?: string;
  speaker?: string;
}

/** The version of the files below; files of another are rebuilt. */
const fileFormat = 1;

/** Separates a mark entry's id parts (none of which can hold it). */
const separator = '\u0000';

/** The id of a mark's entry. */
function markEntryId(docId: string, mark: Pick<SearchMark, 'layer' | 'id'>): string {
  return `${docId}${separator}${mark.layer}${separator}${mark.id}`;
}

/** The entries of a document: its article, then each of its marks. */
function entriesOf(extract: SearchExtract): Entry[] {
  const docId = extract.record.id;
  return [
    { id: docId, title: extract.title, text: extract.text },
    ...extract.marks.map((mark) => ({ id: markEntryId(docId, mark), quote: mark.quote, note: mark.note, speaker: mark.speaker })),
  ];
}

const miniSearchOptions = {
  fields: ['title', 'text', 'quote', 'note', 'speaker'],
  tokenize: (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [],
  processTerm: (term: string) => normalizeTerm(term),
  searchOptions: {
    boost: { title: 2, quote: 1.5 },
    combineWith: 'AND' as const,
    // The last word is taken as the start of a word (someone still typing it); a long word also finds near spellings.
    prefix: (term: string, index: number, terms: string[]) => index === terms.length - 1 && term.length >= 2,
    fuzzy: (term: string) => (term.length >= 6 ? 0.15 : false),
  },
};

/** The fields of a mark's entry: what a search of marks only looks in. */
const markFields = ['quote', 'note', 'speaker'];

/** A document as the index keeps it beside the MiniSearch entries, for filters, access and snippets. */
interface Held {
  extract: SearchExtract;
  /** The date its article is filtered by, as a time (NaN when it does not parse). */
  time: number;
  /** Its entries: the article's first, then each mark's. */
  refs: Ref[];
}

/**
 * One entry of MiniSearch, as a hit is made of it: its document, and the
 * mark (with its facets) when it is one. What every hit is checked on (the
 * record, the layer, the date) is copied here, so checking thousands of
 * hits reads one object each rather than a chain of them.
 */
interface Ref {
  shortId: number;
  held: Held;
  record: DocumentRecord;
  /** The mark's layer; null for the article. */
  layer: string | null;
  mark: SearchMark | null;
  facets: MarkFacets | null;
  /** The date filtered by, as a time: the mark's, or the article's (NaN when it does not parse). */
  time: number;
}

/** A time to put the newest first by: one that does not parse comes last. */
function newestFirst(time: number): number {
  return Number.isNaN(time) ? -Infinity : time;
}

/**
 * The embedded store's search: a MiniSearch index of every document's
 * article and marks, with each document's text and marks beside it for
 * filters and snippets. Kept in `<dataDir>/search`: `index.json` (the
 * MiniSearch index) and `documents.jsonl` (one document a line), written
 * whole by {@link flush} (every few minutes and on close, off the edit
 * path), and `pending` (the ids of documents changed since, appended as
 * they change), so a restart reads the files and indexes only those again.
 */
export class MiniSearchIndex implements SearchIndex {
  private miniSearch = new RankedMiniSearch<Entry>(miniSearchOptions);
  private readonly held = new Map<string, Held>();
  /** Every entry by MiniSearch's short id for it (an array: short ids are small whole numbers, given in order). */
  private refs: (Ref | undefined)[] = [];
  /** Every mark's entry by its facets, for searches filtered on them. */
  private facets = new FacetIndex<Ref>();
  /** How many marks are held. */
  private markCount = 0;
  /** Noted as changed and not indexed since. */
  private readonly unindexed = new Set<string>();
  /** Whether anything changed since the files were written. */
  private dirty = false;
  /** Documents indexed again since the files' contents were taken: pending until the next write. */
  private changedSinceTaken = new Set<string>();
  private generation = 0;
  private flushing: Promise<void> = Promise.resolve();

  private constructor(
    private readonly dir: string | null,
    private readonly log: Logger,
  ) {}

  /**
   * Opens the index kept in a folder (none: in memory only). Files that are
   * missing, of another version or damaged leave it empty, said so in the
   * log: the indexer then rebuilds it from the store.
   */
  static async open(dir: string | null, log: Logger): Promise<MiniSearchIndex> {
    const index = new MiniSearchIndex(dir, log);
    if (dir !== null) await index.load(dir);
    return index;
  }

  private async load(dir: string): Promise<void> {
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const pending = await readFile(path.join(dir, 'pending'), 'utf8').catch(() => '');
    for (const id of pending.split('\n')) if (id !== '') this.unindexed.add(id);
    let indexJson: string;
    let documents: string;
    try {
      [indexJson, documents] = await Promise.all([
        readFile(path.join(dir, 'index.json'), 'utf8'),
        readFile(path.join(dir, 'documents.jsonl'), 'utf8'),
      ]);
    } catch {
      this.log.info('no search index saved yet: it is built from the store');
      return;
    }
    try {
      const lines = documents.split('\n');
      const header = JSON.parse(lines[0] ?? '') as { format?: unknown; generation?: unknown };
      const loaded = RankedMiniSearch.fromJSON<Entry>(indexJson, miniSearchOptions);
      if (header.format !== fileFormat || typeof header.generation !== 'number')
        throw new Error(`the saved index is of another version (${String(header.format)})`);
      const generationFile = await readFile(path.join(dir, 'generation'), 'utf8');
      if (Number(generationFile) !== header.generation)
        throw new Error('the saved index and its documents were written at different times');
      for (const line of lines.slice(1)) {
        if (line === '') continue;
        this.hold(loaded, JSON.parse(line) as SearchExtract);
      }
      this.miniSearch = loaded;
      this.generation = header.generation;
      this.log.info({ documents: this.held.size }, 'search index read from the data folder');
      // Entries discarded by earlier versions (rather than removed) still sit in the postings: cleaned out once, in the background.
      if (loaded.dirtCount > 0)
        loaded.vacuum().catch((error: unknown) => this.log.warn({ err: error }, 'cleaning the search index of discarded entries failed'));
    } catch (error) {
      this.held.clear();
      this.refs = [];
      this.facets = new FacetIndex<Ref>();
      this.markCount = 0;
      this.miniSearch = new RankedMiniSearch<Entry>(miniSearchOptions);
      this.log.warn({ err: error }, 'the saved search index cannot be read: it is rebuilt from the store');
    }
  }

  async put(extract: SearchExtract): Promise<void> {
    const docId = extract.record.id;
    this.discard(docId);
    this.miniSearch.addAll(entriesOf(extract));
    this.hold(this.miniSearch, extract);
    this.renumberWhenSparse();
    this.unindexed.delete(docId);
    this.changedSinceTaken.add(docId);
    this.dirty = true;
    return Promise.resolve();
  }

  /** Keeps a document beside its entries in MiniSearch (added already), each entry found by its short id. */
  private hold(miniSearch: RankedMiniSearch<Entry>, extract: SearchExtract): void {
    const docId = extract.record.id;
    const held: Held = { extract, time: Date.parse(documentDate(extract.record)), refs: [] };
    const add = (id: string, mark: SearchMark | null) => {
      const shortId = miniSearch.shortIdOf(id);
      if (shortId === undefined) throw new Error(`The search index lacks the entry ${JSON.stringify(id)} of its document ${docId}.`);
      const facets = mark === null ? null : markFacetsOf(mark);
      const time = facets === null ? held.time : facets.time;
      const ref: Ref = { shortId, held, record: extract.record, layer: mark?.layer ?? null, mark, facets, time };
      held.refs.push(ref);
      if (facets !== null) {
        this.facets.add(facets, ref);
        this.markCount++;
      }
      // Kept a packed array, not a sparse one: the gaps of entries removed hold undefined.
      while (this.refs.length < shortId) this.refs.push(undefined);
      this.refs[shortId] = ref;
    };
    add(docId, null);
    for (const mark of extract.marks) add(markEntryId(docId, mark), mark);
    this.held.set(docId, held);
  }

  /**
   * Takes a document's entries out of MiniSearch and the documents held.
   * Removed from MiniSearch's postings at once (it holds the same words as
   * were added), rather than discarded and vacuumed later: vacuuming walks
   * the whole index.
   */
  private discard(docId: string): void {
    const held = this.held.get(docId);
    if (held === undefined) return;
    this.miniSearch.removeAll(entriesOf(held.extract));
    for (const ref of held.refs) {
      this.refs[ref.shortId] = undefined;
      if (ref.facets !== null) {
        this.facets.delete(ref.facets, ref);
        this.markCount--;
      }
    }
    this.held.delete(docId);
  }

  /**
   * Renumbers the entries (see {@link RankedMiniSearch.renumber}) once the
   * short ids given out are more than twice those held and a thousand more:
   * a document re-indexed as it is typed in gives out new ids every time,
   * so without it the tables by id grow for as long as the server runs.
   * Amortised, it costs a pass over the postings per as many entries added.
   */
  private renumberWhenSparse(): void {
    if (this.miniSearch.idsIssued <= 2 * this.miniSearch.documentCount + 1000) return;
    const renumbered = this.miniSearch.renumber();
    // Kept a packed array, as `hold` keeps it.
    this.refs = new Array<Ref | undefined>(this.miniSearch.idsIssued).fill(undefined);
    for (const held of this.held.values())
      for (const ref of held.refs) {
        ref.shortId = renumbered.get(ref.shortId) as number;
        this.refs[ref.shortId] = ref;
      }
  }

  async remove(docId: string): Promise<void> {
    this.discard(docId);
    this.unindexed.delete(docId);
    this.changedSinceTaken.add(docId);
    this.dirty = true;
    return Promise.resolve();
  }

  /**
   * The best page of hits, at a cost that grows with the postings read, not
   * with the hits found: MiniSearch's matches are scored into arrays of
   * numbers ({@link RankedMiniSearch.rank}), each checked against the
   * filters and access (facets worked out when indexed) and offered to a
   * top-k of the page's size; hits and snippets are made for that page
   * only. `total` counts every hit the reader may see, exactly (`totalExact`). A token for
   * one document searches only that document's entries.
   */
  search(query: SearchQuery, reader: Reader): Promise<SearchAnswer> {
    const readable = readableFor(reader);
    const withStatus = marksHaveCheckStatus;
    const marksOnly = filtersMarks(query, withStatus);
    const markPasses = facetFilterOf(query, withStatus);
    const inRange = timeFilterOf(query);
    const ignored = query.status !== undefined && !withStatus ? ['status'] : [];
    /** Whether an entry passes the filters (the cheap checks first) and the reader may read it. */
    const accept = ({ record, layer, facets, time }: Ref): boolean => {
      if (facets === null) return !marksOnly && inRange(time) && readable(record, null);
      return markPasses(facets) && readable(record, layer);
    };
    // A token for one document (or story) looks at that document's entries only; filters on facets, at the marks that have
    // the rarest value asked for. Whichever is fewer is where the search starts (accept checks the rest).
    const open = reader.doc === '*' ? null : [...this.held.values()].filter((held) => canOpenDocument(reader, held.extract.record.id));
    const openCount = open === null ? Infinity : open.reduce((count, held) => count + held.refs.length, 0);
    const pool = this.facets.candidates(query, withStatus);
    const fromPool = pool !== null && candidateCount(pool) < openCount;
    let total = 0;
    let page: { ref: Ref; score: number; terms: string[] }[];
    if (query.q !== undefined) {
      // Held to the pool only when it is a small part of the marks: the words' postings may well be fewer than a large one.
      const within =
        fromPool && candidateCount(pool) * 8 <= this.markCount
          ? new Set(Array.from(pool, (ref) => ref.shortId))
          : open === null
            ? undefined
            : new Set(open.flatMap((held) => held.refs.map((ref) => ref.shortId)));
      // A search of marks only does not score the articles' text.
      const { matched, scoreOf, termsOf } = this.miniSearch.rank(query.q, marksOnly ? markFields : undefined, within);
      const best = new TopK<Ref>(query.limit, (a, b) => scoreOf(a.shortId) > scoreOf(b.shortId));
      for (let index = 0; index < matched.length; index++) {
        const ref = this.refs[matched[index] as number];
        if (ref === undefined || !accept(ref)) continue;
        total++;
        best.offer(ref);
      }
      page = best.sorted().map((ref) => ({ ref, score: scoreOf(ref.shortId), terms: termsOf(ref.shortId) }));
    } else {
      // Filters alone: every mark that passes them, newest first.
      const best = new TopK<Ref>(query.limit, (a, b) => newestFirst(a.time) > newestFirst(b.time));
      const offer = (ref: Ref) => {
        if (!accept(ref)) return;
        total++;
        best.offer(ref);
      };
      if (fromPool) for (const ref of pool) offer(ref);
      else
        for (const held of open ?? this.held.values())
          // The article's entry (the first) is no mark.
          for (let index = 1; index < held.refs.length; index++) offer(held.refs[index] as Ref);
      page = best.sorted().map((ref) => ({ ref, score: 0, terms: [] }));
    }
    const hits = page.map(({ ref: { held, mark }, score, terms }) =>
      searchHitOf({ record: held.extract.record, text: held.extract.text, mark }, new Set(terms), score),
    );
    return Promise.resolve({ hits, total, totalExact: true, ignored });
  }

  documentIds(): Promise<Set<string>> {
    return Promise.resolve(new Set(this.held.keys()));
  }

  async notePending(docIds: readonly string[]): Promise<void> {
    const fresh = docIds.filter((id) => !this.unindexed.has(id));
    if (fresh.length === 0) return;
    for (const id of fresh) this.unindexed.add(id);
    if (this.dir !== null) await appendFile(path.join(this.dir, 'pending'), fresh.map((id) => `${id}\n`).join(''));
  }

  pending(): Promise<string[]> {
    return Promise.resolve([...this.unindexed]);
  }

  /** Writes the index, the documents and what is still pending, one flush at a time. */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  private async write(): Promise<void> {
    const dir = this.dir;
    if (dir === null || !this.dirty) return;
    this.dirty = false;
    const generation = this.generation + 1;
    const started = performance.now();
    // Written beside the old files, then moved over them; a crash between the moves is caught by the generation file.
    const header = JSON.stringify({ format: fileFormat, generation });
    const documents = [header, ...Array.from(this.held.values(), (held) => JSON.stringify(held.extract))].join('\n');
    this.changedSinceTaken = new Set();
    await writeFile(path.join(dir, 'index.json.new'), JSON.stringify(this.miniSearch));
    await writeFile(path.join(dir, 'documents.jsonl.new'), documents);
    await rename(path.join(dir, 'index.json.new'), path.join(dir, 'index.json'));
    await rename(path.join(dir, 'documents.jsonl.new'), path.join(dir, 'documents.jsonl'));
    await writeFile(path.join(dir, 'generation.new'), String(generation));
    await rename(path.join(dir, 'generation.new'), path.join(dir, 'generation'));
    // Still pending: what was never indexed, and what was indexed again after the contents were taken.
    const pending = new Set([...this.unindexed, ...this.changedSinceTaken]);
    await writeFile(path.join(dir, 'pending'), [...pending].map((id) => `${id}\n`).join(''));
    this.generation = generation;
    this.log.debug({ documents: this.held.size, ms: Math.round(performance.now() - started) }, 'search index saved');
  }

  async close(): Promise<void> {
    await this.flush();
  }
}
