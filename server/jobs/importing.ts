import { createHash } from 'node:crypto';
import type { Node } from 'prosemirror-model';
import { prosemirrorToYDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  annotationsMap,
  articleFragmentName,
  articleSourceFields,
  checkArticleSourceField,
  ImportError,
  encodeAnchors,
  factmarkIdOf,
  fromFactmarkJson,
  fromWebAnnotation,
  importDocument,
  putAnnotation,
  relativePositionAt,
  TextMap,
  type Annotation,
  type DocumentRecord,
  type ExportedAnnotation,
  type HtmlSource,
  type ReadAnnotation,
} from '../../shared/index.js';
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

/** A factmark JSON file read back: its record, its article and every layer, each as one Yjs update. */
export interface ImportedFactmarkState {
  record: DocumentRecord;
  article: Uint8Array;
  layers: { id: string; update: Uint8Array }[];
}

/**
 * Reads a factmark JSON export: the article and every layer, each annotation
 * anchored at its offsets again. Throws an ImportError or RangeError for bad input.
 */
export function importFactmark(input: { content: unknown; maxBytes: number }): ImportedFactmarkState {
  if (typeof input.content === 'string' && Buffer.byteLength(input.content) > input.maxBytes) {
    throw new RangeError(`The factmark file is over the limit of ${input.maxBytes} bytes.`);
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
    const update = Y.encodeStateAsUpdate(layerDoc);
    layerDoc.destroy();
    return { id: layer.id, update };
  });
  const article = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { record: file.record, article, layers };
}

/** What importing annotations onto a layer did, every annotation of the file accounted for. */
export interface AnnotationImportReport {
  /** Annotations stored: new ones, and ones an earlier import stored (same id) updated in place. */
  imported: number;
  /** Of those, the ones an earlier import had stored, updated rather than added again. */
  updated: number;
  /** Placed exactly by their TextPositionSelector. */
  anchored: number;
  /** Placed by their quote and context. */
  byQuote: number;
  /** Kept with their quote, not placed in the text. */
  orphaned: number;
  /** Not imported: no selector factmark can use. */
  refused: number;
  /** Why each orphan could not be placed. */
  unanchored: string[];
  /** Why each refused annotation was refused. */
  refusals: string[];
}

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
 * An exported annotation as a stored one: anchored at its offsets when they
 * still hold its quote, else left as an orphan (both anchors at one point, so
 * it resolves as an orphan again unless its quote is found).
 */
function anchorAt(annotation: ExportedAnnotation, fragment: Y.XmlFragment, doc: Node, map: TextMap): Annotation {
  const { layer: _layer, status: _status, start, end, ...fields } = annotation;
  if (start !== null && end !== null && start < end && end <= map.text.length) {
    return { ...fields, ...encodeAnchors(fragment, doc, map.posAt(start, 1), map.posAt(end, -1)) };
  }
  const point = Y.encodeRelativePosition(relativePositionAt(fragment, doc, 0, 0));
  return { ...fields, start: point, end: point };
}
