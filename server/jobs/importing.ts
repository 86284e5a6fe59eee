import { randomBytes } from 'node:crypto';
import type { Node } from 'prosemirror-model';
import { prosemirrorToYDoc } from 'y-prosemirror';
import * as Y from 'yjs';
import {
  activityLog,
  annotationDefaults,
  articleFragmentName,
  encodeAnchors,
  fromFactmarkJson,
  fromWebAnnotation,
  importDocument,
  putAnnotation,
  rejectedSuggestions,
  relativePositionAt,
  TextMap,
  type Annotation,
  type DocumentRecord,
  type ExportedAnnotation,
} from '../../shared/index.js';
import { articleOf, docOf } from './DocumentState.js';

/** An imported article: its title and its content as one Yjs update. */
export interface ImportedArticleState {
  title: string;
  article: Uint8Array;
}

/** Reads an article (text, Markdown, HTML) into the schema. Throws an ImportError for bad input. */
export function importArticle(input: { format: string; content: unknown; title?: string; maxBytes: number }): ImportedArticleState {
  const { doc, title } = importDocument(input.format, input.content, {
    maxBytes: input.maxBytes,
    ...(input.title === undefined ? {} : { title: input.title }),
  });
  const ydoc = prosemirrorToYDoc(doc, articleFragmentName);
  const article = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { title, article };
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
 * with its history and rejected suggestions. Throws an ImportError or RangeError for bad input.
 */
export function importFactmark(input: { content: unknown; maxBytes: number }): ImportedFactmarkState {
  if (typeof input.content === 'string' && Buffer.byteLength(input.content) > input.maxBytes) {
    throw new RangeError(`The factmark file is over the limit of ${input.maxBytes} bytes.`);
  }
  const file = fromFactmarkJson(input.content);
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
    });
    const update = Y.encodeStateAsUpdate(layerDoc);
    layerDoc.destroy();
    return { id: layer.id, update };
  });
  const article = Y.encodeStateAsUpdate(ydoc);
  ydoc.destroy();
  return { record: file.record, article, layers };
}

/** What placing Web Annotations on a layer did: the update to store, and the report. */
export interface PlacedAnnotations {
  update: Uint8Array;
  imported: number;
  /** Annotations that could not be placed in the text: kept as orphans, and listed here. */
  unanchored: string[];
}

/**
 * Places W3C Web Annotations on a layer, given the article's and the layer's
 * stored updates. Those that cannot be anchored are kept as orphans and reported.
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
  const imported = fromWebAnnotation(input.content, map.text);
  const layer = docOf(input.layer);
  const before = Y.encodeStateVector(layer);
  for (const item of imported) {
    const annotation: ExportedAnnotation = {
      // Every field the schema has, at its default, then what the file says.
      ...annotationDefaults(),
      id: randomBytes(9)
        .toString('base64url')
        .replace(/[^A-Za-z0-9]/g, 'x'),
      layer: input.layerId,
      kind: item.kind,
      status: item.start === null ? 'orphaned' : 'anchored',
      start: item.start,
      end: item.end,
      quote: item.quote,
      prefix: item.prefix,
      suffix: item.suffix,
      author: { id: '', name: item.author || 'Imported' },
      createdAt: item.created ?? input.now,
      updatedAt: input.now,
      note: item.note,
      verdict: item.verdict,
      evidence: item.evidence.map((url) => ({ url, title: '' })),
      speaker: { name: item.speaker, role: '' },
      sourceType: 'named',
      links: [],
    };
    putAnnotation(layer, anchorAt(annotation, fragment, doc, map));
  }
  const update = Y.encodeStateAsUpdate(layer, before);
  ydoc.destroy();
  layer.destroy();
  return {
    update,
    imported: imported.length,
    unanchored: imported.filter((item) => item.problem !== null).map((item) => item.problem ?? ''),
  };
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
