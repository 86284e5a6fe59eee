import { mkdir, readFile, rename, writeFile, appendFile } from 'node:fs/promises';
import path from 'node:path';
import MiniSearch, { type SearchResult } from 'minisearch';
import type { SearchAnswer, SearchHit, SearchQuery } from '../../shared/api/search.js';
import {
  documentDate,
  filtersMarks,
  inDateRange,
  marksHaveCheckStatus,
  markFilterOf,
  normalizeTerm,
  searchHitOf,
  type SearchExtract,
  type SearchMark,
} from '../../shared/search/index.js';
import type { Logger } from '../log.js';
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

/** A document as the index keeps it beside the MiniSearch entries, for filters, access and snippets. */
interface Held {
  extract: SearchExtract;
  marks: Map<string, SearchMark>;
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
  private miniSearch = new MiniSearch<Entry>(miniSearchOptions);
  private readonly held = new Map<string, Held>();
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
      const loaded = MiniSearch.loadJSON<Entry>(indexJson, miniSearchOptions);
      if (header.format !== fileFormat || typeof header.generation !== 'number')
        throw new Error(`the saved index is of another version (${String(header.format)})`);
      const generationFile = await readFile(path.join(dir, 'generation'), 'utf8');
      if (Number(generationFile) !== header.generation)
        throw new Error('the saved index and its documents were written at different times');
      for (const line of lines.slice(1)) {
        if (line === '') continue;
        const extract = JSON.parse(line) as SearchExtract;
        this.held.set(extract.record.id, {
          extract,
          marks: new Map(extract.marks.map((mark) => [markEntryId(extract.record.id, mark), mark])),
        });
      }
      this.miniSearch = loaded;
      this.generation = header.generation;
      this.log.info({ documents: this.held.size }, 'search index read from the data folder');
    } catch (error) {
      this.held.clear();
      this.miniSearch = new MiniSearch<Entry>(miniSearchOptions);
      this.log.warn({ err: error }, 'the saved search index cannot be read: it is rebuilt from the store');
    }
  }

  async put(extract: SearchExtract): Promise<void> {
    const docId = extract.record.id;
    this.discard(docId);
    const marks = new Map(extract.marks.map((mark) => [markEntryId(docId, mark), mark]));
    this.held.set(docId, { extract, marks });
    this.miniSearch.addAll(entriesOf(extract));
    this.unindexed.delete(docId);
    this.changedSinceTaken.add(docId);
    this.dirty = true;
    return Promise.resolve();
  }

  /** Takes a document's entries out of MiniSearch and the documents held. */
  private discard(docId: string): void {
    const held = this.held.get(docId);
    if (held === undefined) return;
    this.miniSearch.discard(docId);
    for (const id of held.marks.keys()) this.miniSearch.discard(id);
    this.held.delete(docId);
  }

  async remove(docId: string): Promise<void> {
    this.discard(docId);
    this.unindexed.delete(docId);
    this.changedSinceTaken.add(docId);
    this.dirty = true;
    return Promise.resolve();
  }

  search(query: SearchQuery, reader: Reader): Promise<SearchAnswer> {
    const readable = readableFor(reader);
    const withStatus = marksHaveCheckStatus;
    const marksOnly = filtersMarks(query, withStatus);
    const markMatches = markFilterOf(query, withStatus);
    const found: { held: Held; mark: SearchMark | null; terms: string[]; score: number }[] = [];
    /** What an entry is (an article: mark null), if it passes the filters and the caller may read it; else null. */
    const accept = (id: string): { held: Held; mark: SearchMark | null } | null => {
      const cut = id.indexOf(separator);
      const held = this.held.get(cut === -1 ? id : id.slice(0, cut));
      if (held === undefined) return null;
      const { record } = held.extract;
      if (cut === -1) {
        if (marksOnly || !readable(record, null) || !inDateRange(documentDate(record), query)) return null;
        return { held, mark: null };
      }
      const mark = held.marks.get(id);
      if (mark === undefined || !readable(record, mark.layer) || !markMatches(mark)) return null;
      return { held, mark };
    };
    if (query.q !== undefined) {
      // A search of marks only does not score the articles' text.
      const results: SearchResult[] = this.miniSearch.search(query.q, marksOnly ? { fields: ['quote', 'note', 'speaker'] } : {});
      for (const result of results) {
        const accepted = accept(result.id as string);
        if (accepted !== null) found.push({ ...accepted, terms: result.terms, score: result.score });
      }
    } else {
      // Filters alone: every mark that passes them, newest first; access asked once per document and layer.
      for (const held of this.held.values()) {
        const layers = new Map<string, boolean>();
        for (const mark of held.marks.values()) {
          let allowed = layers.get(mark.layer);
          if (allowed === undefined) layers.set(mark.layer, (allowed = readable(held.extract.record, mark.layer)));
          if (allowed && markMatches(mark)) found.push({ held, mark, terms: [], score: 0 });
        }
      }
      found.sort((a, b) => ((a.mark?.createdAt ?? '') < (b.mark?.createdAt ?? '') ? 1 : -1));
    }
    const hits: SearchHit[] = found
      .slice(0, query.limit)
      .map(({ held, mark, terms, score }) =>
        searchHitOf({ record: held.extract.record, text: held.extract.text, mark }, new Set(terms), score),
      );
    return Promise.resolve({ hits, total: found.length, ignored: query.status !== undefined && !withStatus ? ['status'] : [] });
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
