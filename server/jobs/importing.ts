import { createHash, randomBytes } from 'node:crypto';
import { InputError } from '../../shared/errors.js';
import type { Node } from 'prosemirror-model';
import { prosemirrorToYDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  activityLog,
  annotationDefaults,
  annotationsMap,
  articleFragmentName,
  articleSourceFields,
  checkArticleSourceField,
  encodeAnchors,
  factmarkIdOf,
  fromFactmarkJson,
  fromWebAnnotation,
  ImportError,
  importDocument,
  matchQuote,
  quoteSelectorOf,
  teamLayerId,
  titleFromFileName,
  putAnnotation,
  readAnnotation,
  rejectedSuggestions,
  relativePositionAt,
  TextMap,
  type Annotation,
  type DocumentRecord,
  type FileImportFormat,
  type ExportedAnnotation,
  type HtmlSource,
  type ReadAnnotation,
} from '../../shared/index.js';
import { putThreads } from '../../shared/thread/index.js';
import { isCheckedStep } from '../../shared/workflow/index.js';
import type { AnnotationImportReport } from '../../shared/api/annotations.js';
import { markFromComment } from '../formats/commentMark.js';
import type { DocxComment } from '../formats/docxImport.js';
import { articleOf, docOf } from './DocumentState.js';

/** An imported article: its title, its content as one Yjs update, and where an HTML page says it was published. */
export interface ImportedArticleState {
  title: string;
  article: Uint8Array;
  source: HtmlSource;
}

/** Reads an article (text, Markdown, HTML) into the schema. Throws an ImportError for bad input. */
export function importArticle(input: { format: string; content: unknown; title?: string; maxBytes: number }): ImportedArticleState {
  const { doc, title, source } = importDocument(input.format, input.content, {
    maxBytes: input.maxBytes,
    ...(input.title === undefined ? {} : { title: input.title }),
  });
  const ydoc = prosemirrorToYDoc(doc, articleFragmentName);
  const article = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { title, article, source };
}

/** What importing a file (Word, PDF) takes. */
export interface ImportFileInput {
  format: FileImportFormat;
  content: Uint8Array;
  /** Use this title instead of one found in the file. */
  title?: string;
  /** The file's name: the title when the file has none. */
  fileName?: string;
  /** Largest article, in bytes of its text. */
  maxBytes: number;
  /** When the import happens: the date of a comment that has none. */
  now: string;
}

/** A Word or PDF file read: its article, its comments as marks in the team layer, and what it did not keep. */
export interface ImportedFileState extends ImportedArticleState {
  /** The team layer's update holding the comments as marks, or null when there were none. */
  layer: Uint8Array | null;
  /** What the article does not keep, in words ("2 images"). */
  dropped: string[];
  /** The comments read as notes on marks, and those whose words were not found (kept as orphans). */
  notes: { imported: number; unanchored: string[] };
}

/**
 * Reads a Word document or a PDF into the article schema. A Word file's
 * comments become marks with notes in the team layer, on the words they were
 * attached to, with their author and date. Throws an ImportError for a file
 * that cannot be read, is empty, hostile or too large.
 */
export async function importFile(input: ImportFileInput): Promise<ImportedFileState> {
  // The converters load when first needed: a worker thread that never reads a file starts as fast as before.
  const read =
    input.format === 'docx'
      ? await (await import('../formats/docxImport.js')).fromDocx(input.content)
      : { ...(await (await import('../formats/pdfImport.js')).fromPdf(input.content)), comments: [] };
  const map = TextMap.of(read.doc);
  if (map.text.trim() === '') throw new ImportError('empty', 'The file has no text to import.');
  const bytes = Buffer.byteLength(map.text);
  if (bytes > input.maxBytes)
    throw new ImportError('too-large', `The file's text is ${bytes} bytes; the largest article allowed is ${input.maxBytes}.`);
  const title =
    input.title?.trim() ||
    read.title ||
    (input.fileName === undefined ? null : titleFromFileName(input.fileName)) ||
    Array.from(map.text.split('\n')[0] ?? '')
      .slice(0, 80)
      .join('');
  const ydoc = prosemirrorToYDoc(read.doc, articleFragmentName);
  const fragment = ydoc.getXmlFragment(articleFragmentName);
  const notes = { imported: read.comments.length, unanchored: [] as string[] };
  let layer: Uint8Array | null = null;
  if (read.comments.length > 0) {
    const layerDoc = new Y.Doc();
    for (const annotation of commentAnnotations(read.comments, map.text, input.now)) {
      if (annotation.status === 'orphaned') notes.unanchored.push(`${annotation.author.name}: “${annotation.quote}” (${annotation.note})`);
      putAnnotation(layerDoc, anchorAt(annotation, fragment, read.doc, map));
    }
    layer = Y.encodeStateAsUpdate(layerDoc);
    layerDoc.destroy();
  }
  const article = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  // A Word file or PDF says nothing of where the article was published.
  return { title, article, source: {}, layer, dropped: read.dropped, notes };
}

/**
 * A draft's comments as marks placed in the article's text: on their words
 * (by quote and context, else by the quote alone when it occurs once), or
 * orphaned with their quote when the words are not in the article.
 */
function commentAnnotations(comments: readonly DocxComment[], text: string, now: string): ExportedAnnotation[] {
  const ids = new Map(comments.map((comment) => [comment.id, newAnnotationId()]));
  // How far the article's text has drifted from the file's so far (a legend, empty paragraphs left out):
  // comments are placed in the file's order, each looked for where the last one's drift says.
  let drift = 0;
  return [...comments]
    .sort((a, b) => a.at - b.at)
    .map((comment) => {
      const mark = markFromComment(comment.text);
      const placed = placeOf(text, comment, comment.at - drift);
      if (placed !== null) drift = comment.at - placed.start;
      const date = Number.isNaN(Date.parse(comment.date)) ? now : new Date(comment.date).toISOString();
      // A factmark export numbers its marks from its comments' ids: "mark 3" is comment 2.
      const links = mark.linked.map((number) => ids.get(String(number - 1))).filter((id) => id !== undefined);
      return {
        // Fields a Word comment cannot say (a claim's workflow) start at their defaults.
        ...annotationDefaults(),
        id: ids.get(comment.id) ?? newAnnotationId(),
        layer: teamLayerId,
        kind: mark.kind,
        status: placed === null ? 'orphaned' : 'anchored',
        start: placed?.start ?? null,
        end: placed?.end ?? null,
        ...(placed === null
          ? { quote: comment.quote, prefix: comment.prefix, suffix: comment.suffix }
          : quoteSelectorOf(text, placed.start, placed.end)),
        author: { id: '', name: comment.author.trim() || 'Word comment' },
        createdAt: date,
        updatedAt: date,
        // Fields a Word comment cannot hold take their defaults.
        ...annotationDefaults(),
        note: mark.note,
        verdict: mark.verdict,
        evidence: mark.evidence,
        summary: mark.summary,
        speaker: mark.speaker,
        sourceType: mark.sourceType,
        links,
      };
    });
}

/** How far around where it is expected a comment's words are looked for first, in characters. */
const nearby = 256;

/**
 * Where a comment's words are in the article: near where they are expected
 * (the file's text and the article's differ by little), by quote and
 * context; else anywhere by quote and context; else anywhere they occur just once.
 */
function placeOf(text: string, comment: DocxComment, expected: number): { start: number; end: number } | null {
  // Looking near first keeps a draft of many comments from searching the whole article for each.
  const from = Math.max(0, expected - nearby);
  const near = matchQuote(text.slice(from, expected + comment.quote.length + nearby), comment);
  if (near !== null) return { start: near.start + from, end: near.end + from };
  return matchQuote(text, comment) ?? onlyPlaceOf(text, comment.quote);
}

/** Where a quote is in a text, when it is there exactly once. */
function onlyPlaceOf(text: string, quote: string): { start: number; end: number } | null {
  const found = matchQuote(text, { quote, prefix: '', suffix: '' });
  if (found === null || matchQuote(text.slice(found.end), { quote, prefix: '', suffix: '' }) !== null) return null;
  return found;
}

function newAnnotationId(): string {
  return randomBytes(9)
    .toString('base64url')
    .replace(/[^A-Za-z0-9]/g, 'x');
}

/** A factmark JSON file read back: its record, its article and every layer, each as one Yjs update. */
export interface ImportedFactmarkState {
  record: DocumentRecord;
  article: Uint8Array;
  layers: { id: string; update: Uint8Array }[];
}

/**
 * Reads a factmark JSON export: the article and every layer, each annotation
 * (and each deleted one its history keeps) anchored at its offsets again,
 * with its history, rejected suggestions and threads. Throws an ImportError or InputError for bad input.
 */
export function importFactmark(input: { content: unknown; maxBytes: number }): ImportedFactmarkState {
  if (typeof input.content === 'string' && Buffer.byteLength(input.content) > input.maxBytes) {
    throw new InputError(`The factmark file is over the limit of ${input.maxBytes} bytes.`);
  }
  const file = fromFactmarkJson(input.content);
  // Where the article and its fact-check are published is checked as wherever else it is set.
  for (const field of articleSourceFields) {
    const value = file.record[field];
    if (value === undefined) continue;
    try {
      file.record[field] = checkArticleSourceField(field, value);
    } catch (error) {
      throw new ImportError('parse', `document.${field}: ${(error as Error).message}`);
    }
  }
  // The anchors point at this Y.Doc's items: it is the one stored.
  const ydoc = prosemirrorToYDoc(file.doc, articleFragmentName);
  const fragment = ydoc.getXmlFragment(articleFragmentName);
  const map = TextMap.of(file.doc);
  const layers = file.layers.map((layer) => {
    const layerDoc = new Y.Doc();
    for (const annotation of layer.annotations) putAnnotation(layerDoc, anchorAt(annotation, fragment, file.doc, map));
    layerDoc.transact(() => {
      activityLog(layerDoc).push(
        layer.history.map((entry) => ({
          ...entry,
          snapshot: entry.snapshot === null ? null : anchorAt({ ...entry.snapshot, layer: layer.id }, fragment, file.doc, map),
        })),
      );
      const rejected = rejectedSuggestions(layerDoc);
      for (const { id, ...rejection } of layer.rejectedSuggestions) rejected.set(id, rejection);
      putThreads(layerDoc, layer.threads);
    });
    const update = Y.encodeStateAsUpdate(layerDoc);
    layerDoc.destroy();
    return { id: layer.id, update };
  });
  const article = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { record: file.record, article, layers };
}

/** What importing annotations onto a layer did, every annotation of the file accounted for. */
export type { AnnotationImportReport };

/** What placing Web Annotations on a layer did: the update to store, and the report. */
export interface PlacedAnnotations extends AnnotationImportReport {
  update: Uint8Array;
}

/**
 * The factmark id of an imported annotation: the id factmark gave it when it
 * exported it, else one derived from its id in the file (or, with none, from
 * what it says), so importing the same file again updates, never duplicates.
 */
function importedId(item: ReadAnnotation): string {
  const own = item.sourceId === null ? null : factmarkIdOf(item.sourceId);
  if (own !== null) return own;
  const key = item.sourceId ?? JSON.stringify([item.index, item.quote, item.prefix, item.suffix, item.fields]);
  return `wa${createHash('sha256').update(key).digest('base64url').slice(0, 22)}`;
}

/**
 * Places W3C Web Annotations (and Hypothesis's and Recogito's) on a layer,
 * given the article's and the layer's stored updates. Those that cannot be
 * anchored are kept as orphans, those with no usable selector refused; both
 * are reported.
 */
export function placeAnnotations(input: {
  article: Uint8Array[];
  layer: Uint8Array[];
  layerId: string;
  content: unknown;
  now: string;
}): PlacedAnnotations {
  // One state for the text and the anchors, so both see the same version.
  const { ydoc, fragment, doc } = articleOf(input.article);
  const map = TextMap.of(doc);
  const read = fromWebAnnotation(input.content, map.text);
  const layer = docOf(input.layer);
  const before = Y.encodeStateVector(layer);
  const present = new Set(annotationsMap(layer).keys());
  const report: AnnotationImportReport = {
    imported: 0,
    updated: 0,
    anchored: 0,
    byQuote: 0,
    orphaned: 0,
    refused: 0,
    unanchored: [],
    refusals: [],
  };
  for (const item of read) {
    if (item.fields === null || item.placement === 'refused') {
      report.refused++;
      report.refusals.push(item.reason ?? `annotation ${item.index}: refused`);
      continue;
    }
    const { fields } = item;
    const id = importedId(item);
    const createdAt = fields.createdAt ?? input.now;
    const annotation: ExportedAnnotation = {
      // Every field the schema has, at its default, then what the file says.
      ...annotationDefaults(),
      id,
      layer: input.layerId,
      kind: fields.kind,
      status: item.start === null ? 'orphaned' : 'anchored',
      start: item.start,
      end: item.end,
      quote: item.quote,
      prefix: item.prefix,
      suffix: item.suffix,
      author: fields.author,
      createdAt,
      updatedAt: fields.updatedAt ?? createdAt,
      note: fields.note,
      verdict: fields.verdict,
      evidence: fields.evidence,
      summary: fields.summary,
      speaker: fields.speaker,
      sourceType: fields.sourceType,
      links: fields.links,
      ...keptWorkflow(present.has(id) ? readAnnotation(id, annotationsMap(layer).get(id)) : null, fields.verdict),
    };
    putAnnotation(layer, anchorAt(annotation, fragment, doc, map));
    report.imported++;
    if (present.has(id)) report.updated++;
    present.add(id);
    if (item.placement === 'exact') report.anchored++;
    else if (item.placement === 'quote') report.byQuote++;
    else {
      report.orphaned++;
      report.unanchored.push(item.reason ?? `annotation ${item.index}: not placed`);
    }
  }
  const update = Y.encodeStateAsUpdate(layer, before);
  ydoc.destroy();
  layer.destroy();
  return { update, ...report };
}

/**
 * What an import keeps of a claim it updates: the desk's check, which no
 * file sets (its status, assignee, approval and the review it repeats), and
 * a checked claim's verdict (it changes only once sent back, by an editor in
 * the app); a verdict the file changes has no one's name to it.
 */
function keptWorkflow(
  stored: Annotation | null,
  verdict: Annotation['verdict'],
): Partial<Pick<Annotation, 'verdict' | 'checkStatus' | 'assignee' | 'verdictBy' | 'approvedBy' | 'priorReview'>> {
  if (stored === null) return {};
  const { checkStatus, assignee, approvedBy, priorReview } = stored;
  if (isCheckedStep(checkStatus))
    return { verdict: stored.verdict, checkStatus, assignee, verdictBy: stored.verdictBy, approvedBy, priorReview };
  return { checkStatus, assignee, approvedBy, priorReview, verdictBy: stored.verdict === verdict ? stored.verdictBy : null };
}

/**
 * An exported annotation as a stored one: anchored at its offsets when they
 * still hold its quote, else left as an orphan (both anchors at one point, so
 * it resolves as an orphan again unless its quote is found).
 */
export function anchorAt(annotation: ExportedAnnotation, fragment: Y.XmlFragment, doc: Node, map: TextMap): Annotation {
  const { layer: _layer, status: _status, start, end, ...fields } = annotation;
  if (start !== null && end !== null && start < end && end <= map.text.length) {
    return { ...fields, ...encodeAnchors(fragment, doc, map.posAt(start, 1), map.posAt(end, -1)) };
  }
  const point = Y.encodeRelativePosition(relativePositionAt(fragment, doc, 0, 0));
  return { ...fields, start: point, end: point };
}
