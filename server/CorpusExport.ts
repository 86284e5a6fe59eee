import { InputError } from '../shared/errors.js';
import { corpusFormats, CorpusWriter, Datasheet, isCorpusFormat, type CorpusFormat, type DocumentRecord } from '../shared/index.js';
import { DocumentNotFoundError, type Documents } from './Documents.js';

/** What a corpus export takes: a collection's documents, or every document. */
export interface CorpusSelection {
  /** A collection's id; every document when left out. */
  collection?: string;
  format: string;
  publicUrl: string;
  /** Which documents the caller may export (every one unless given). */
  canOpen?: (id: string) => boolean;
  /** The one layer to export of a document, or undefined for every layer (not removed). */
  layerOf?: (record: DocumentRecord) => string | undefined;
}

/**
 * A corpus export: a collection, or every document, written as one file in
 * pieces, one document at a time (its state read, its part worked out off
 * the event loop, written, and let go), so a corpus of any size never sits
 * in memory. Made by {@link CorpusExport.open}, which checks everything
 * first: a bad format or collection is an error before a byte is written.
 * The datasheet fills as the pieces are written.
 */
export class CorpusExport {
  readonly format: CorpusFormat;
  /** The ids of the documents to write, in the order written (oldest first). */
  readonly ids: readonly string[];
  /** The name of what is exported: the collection's, or "All documents". */
  readonly label: string;
  readonly datasheet: Datasheet;
  /** Documents gone (to the trash) between the choice and their turn, and damaged entries left out. */
  readonly skipped: { document: string; id?: string; layer?: string; reason: string }[] = [];
  private readonly documents: Documents;
  private readonly selection: CorpusSelection;
  private readonly writer: CorpusWriter;
  private written = 0;

  private constructor(documents: Documents, selection: CorpusSelection, format: CorpusFormat, ids: string[], label: string) {
    this.documents = documents;
    this.selection = selection;
    this.format = format;
    this.ids = ids;
    this.label = label;
    const query = new URLSearchParams({ format, ...(selection.collection === undefined ? {} : { collection: selection.collection }) });
    this.writer = new CorpusWriter(format, { publicUrl: selection.publicUrl, id: `${selection.publicUrl}/api/export?${query}`, label });
    this.datasheet = new Datasheet(label, new Date().toISOString());
  }

  /**
   * Checks the format and the collection and lists the documents to write.
   * Throws an InputError for an unknown format and a CollectionNotFoundError
   * for an unknown collection; nothing is written then.
   */
  static async open(documents: Documents, selection: CorpusSelection): Promise<CorpusExport> {
    const { format, collection, canOpen = () => true } = selection;
    if (!isCorpusFormat(format))
      throw new InputError(`Unknown corpus format "${format}": use one of ${corpusFormats.join(', ')}.`, 'format');
    const label = collection === undefined ? 'All documents' : (await documents.collections.get(collection)).name;
    const records = await documents.list(collection === undefined ? {} : { collection }, canOpen);
    // Oldest first: a corpus exported again later grows at its end.
    const ids = records.reverse().map((record) => record.id);
    return new CorpusExport(documents, selection, format, ids, label);
  }

  /** Documents written so far. */
  get done(): number {
    return this.written;
  }

  /** The file, piece by piece: its opening, one piece per document, its end. */
  async *pieces(): AsyncGenerator<string> {
    const head = this.writer.head();
    if (head !== '') yield head;
    for (const id of this.ids) {
      let part;
      try {
        const record = await this.documents.get(id);
        const layer = this.selection.layerOf?.(record);
        part = await this.documents.corpusPart(id, this.format, {
          publicUrl: this.selection.publicUrl,
          ...(layer === undefined ? {} : { layer }),
        });
      } catch (error) {
        // Moved to the trash (or erased) since the list was made: left out, and said so.
        if (!(error instanceof DocumentNotFoundError)) throw error;
        this.skipped.push({ document: id, reason: error.message });
        this.written++;
        continue;
      }
      this.datasheet.add(part.summary);
      for (const entry of part.skipped) this.skipped.push({ document: id, ...entry });
      this.written++;
      const text = this.writer.entry(part.entry);
      if (text !== '') yield text;
    }
    const tail = this.writer.tail();
    if (tail !== '') yield tail;
  }
}
