import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import { listActivity } from '../activity.js';
import { readLayer, type Annotation, type DamagedEntry } from '../annotation.js';
import { quoteSelectorOf } from '../anchor/matchQuote.js';
import { resolveAnnotations, type ArticleState } from '../anchor/resolveAnnotations.js';
import { TextMap } from '../anchor/textMap.js';
import type { DocumentRecord } from '../document.js';

/**
 * An annotation as every export sees it: its fields, its layer, and where it
 * is in the `text` export (`start`/`end` offsets, null for an orphan).
 */
export interface ExportedAnnotation extends Omit<Annotation, 'start' | 'end'> {
  layer: string;
  status: 'anchored' | 'orphaned';
  start: number | null;
  end: number | null;
}

/**
 * A document ready to export: record, content, its text and every layer's
 * annotations in text order, with the layer's damaged entries, which no
 * export holds and every one reports as skipped.
 */
export interface ExportModel {
  record: DocumentRecord;
  doc: Node;
  text: string;
  layers: {
    id: string;
    annotations: ExportedAnnotation[];
    damaged: DamagedEntry[];
    /** When each claim's verdict was last set, by annotation id, as the layer's history records it. */
    verdictSetAt?: ReadonlyMap<string, string>;
  }[];
}

/** When each annotation's verdict was last changed, from a layer's history (newest first). */
function verdictTimes(layer: Y.Doc): Map<string, string> {
  const times = new Map<string, string>();
  for (const entry of listActivity(layer))
    if (entry.action === 'changed' && entry.fields.includes('verdict') && !times.has(entry.annotationId))
      times.set(entry.annotationId, entry.at);
  return times;
}

/** A damaged entry an export, report or comparison left out, its layer, and what is wrong with it: what an API answer and the CLI list. */
export interface SkippedEntry {
  id: string;
  layer: string;
  reason: string;
}

/**
 * Places every layer's annotations in the article and turns their positions
 * into offsets of the `text` export. The quote, prefix and suffix of an
 * anchored annotation are taken from the current text, so `quote` always
 * equals `text.slice(start, end)`; an orphan keeps the ones it was made with.
 */
export function buildExportModel(record: DocumentRecord, article: ArticleState, layers: { id: string; doc: Y.Doc }[]): ExportModel {
  const map = TextMap.of(article.doc);
  return {
    record,
    doc: article.doc,
    text: map.text,
    layers: layers.map(({ id, doc }) => {
      const { annotations, damaged } = readLayer(doc);
      return {
        id,
        damaged,
        verdictSetAt: verdictTimes(doc),
        annotations: resolveAnnotations(annotations, article).map((item): ExportedAnnotation => {
          const { start: _start, end: _end, ...fields } = item.annotation;
          if (item.status === 'anchored') {
            const start = map.offsetAt(item.from);
            const end = map.offsetAt(item.to);
            if (start < end) return { ...fields, ...quoteSelectorOf(map.text, start, end), layer: id, status: 'anchored', start, end };
          }
          return { ...fields, layer: id, status: 'orphaned', start: null, end: null };
        }),
      };
    }),
  };
}

/** Every annotation of every layer, in layer order then text order. */
export function allAnnotations(model: ExportModel): ExportedAnnotation[] {
  return model.layers.flatMap((layer) => layer.annotations);
}

/** Every layer's damaged entries, as skipped: none is in any export. */
export function skippedEntries(model: Pick<ExportModel, 'layers'>): SkippedEntry[] {
  return model.layers.flatMap((layer) => layer.damaged.map((entry) => ({ id: entry.id, layer: layer.id, reason: entry.problem })));
}
