import type { Node } from 'prosemirror-model';
import type * as Y from 'yjs';
import { isAnnotationKind, readLayer, readPerson, type Annotation, type DamagedEntry } from '../annotation.js';
import { quoteSelectorOf } from '../anchor/matchQuote.js';
import { resolveAnnotations, type ArticleState, type ResolvedAnnotation } from '../anchor/resolveAnnotations.js';
import { TextMap } from '../anchor/textMap.js';
import { listActivity, type ActivityEntry } from '../activity.js';
import { teamLayerId, type DocumentRecord } from '../document.js';
import { rejectedSuggestions, type Rejection } from '../suggest/review.js';
import { readThreads, type DamagedThreadEntry, type Thread } from '../thread/index.js';

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

/** A line of a layer's history as exports hold it: a deleted annotation's copy placed like any annotation. */
export interface ExportedActivity extends Omit<ActivityEntry, 'snapshot'> {
  snapshot: Omit<ExportedAnnotation, 'layer'> | null;
}

/** A suggestion rejected in a layer, by its id. */
export interface ExportedRejection extends Rejection {
  id: string;
}

/** One layer of a document ready to export. */
export interface ExportedLayer {
  id: string;
  /** Its annotations in text order. */
  annotations: ExportedAnnotation[];
  /** Its entries that cannot be read: no export holds them, and every one reports them as skipped. */
  damaged: DamagedEntry[];
  /** Its history, oldest first (lines that cannot be read left out); for the exports that keep everything. */
  history?: ExportedActivity[];
  /** The suggestions rejected in it, by id; for the exports that keep everything. */
  rejectedSuggestions?: ExportedRejection[];
  /** When each claim's verdict was last set, by annotation id, as the layer's history records it. */
  verdictSetAt?: ReadonlyMap<string, string>;
  /** The discussion under its marks, by mark id (threads with neither a reply nor a state left out); internal, so only some exports hold it. */
  threads?: Thread[];
  /** Its thread entries that cannot be read: reported as skipped, like damaged annotations. */
  threadDamage?: DamagedThreadEntry[];
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
  layers: ExportedLayer[];
}

/** When each annotation's verdict was last changed, from a layer's history (newest first). */
function verdictTimes(history: readonly ActivityEntry[]): Map<string, string> {
  const times = new Map<string, string>();
  for (const entry of history)
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
  /** An annotation placed in the text: its offsets, and the quote there, or an orphan. */
  const place = (item: ResolvedAnnotation): Omit<ExportedAnnotation, 'layer'> => {
    const { start: _start, end: _end, ...fields } = item.annotation;
    if (item.status === 'anchored') {
      const start = map.offsetAt(item.from);
      const end = map.offsetAt(item.to);
      if (start < end) return { ...fields, ...quoteSelectorOf(map.text, start, end), status: 'anchored', start, end };
    }
    return { ...fields, status: 'orphaned', start: null, end: null };
  };
  return {
    record,
    doc: article.doc,
    text: map.text,
    layers: layers.map(({ id, doc }): ExportedLayer => {
      const { annotations, damaged } = readLayer(doc);
      const history = listActivity(doc).reverse();
      const snapshots = history.flatMap((entry) => (entry.snapshot === null ? [] : [entry.snapshot]));
      const placed = new Map(resolveAnnotations(snapshots, article).map((item) => [item.annotation, place(item)]));
      const threads = readThreads(doc);
      return {
        id,
        damaged,
        // The history above is oldest first; the latest setting of a verdict is what counts.
        verdictSetAt: verdictTimes([...history].reverse()),
        annotations: resolveAnnotations(annotations, article).map((item) => ({ ...place(item), layer: id })),
        history: history.map((entry) => ({ ...entry, snapshot: entry.snapshot === null ? null : (placed.get(entry.snapshot) ?? null) })),
        rejectedSuggestions: readRejections(doc),
        threads: [...threads.threads.values()]
          .filter((thread) => thread.replies.length > 0 || thread.state !== null)
          .sort((a, b) => (a.markId < b.markId ? -1 : a.markId > b.markId ? 1 : 0)),
        threadDamage: threads.damaged,
      };
    }),
  };
}

/**
 * The layer's rejected suggestions that can be read, in id order (a value a
 * peer stored in another shape is left out). Never throws.
 */
function readRejections(layer: Y.Doc): ExportedRejection[] {
  const rejections: ExportedRejection[] = [];
  rejectedSuggestions(layer).forEach((value, id) => {
    const rejection = value as Partial<Rejection> | null;
    const by = readPerson(rejection?.by);
    if (by === null || typeof rejection?.at !== 'string' || !isAnnotationKind(rejection.kind) || typeof rejection.quote !== 'string')
      return;
    rejections.push({ id, by, at: rejection.at, kind: rejection.kind, quote: rejection.quote });
  });
  return rejections.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/**
 * What an export shows of its layers when it holds several (a class's): a
 * name for each id, from the server (the people its invitations are for and
 * the names the owner gave), else the team's "Team", else the id.
 */
export interface LayerLabels {
  layerNames?: Readonly<Record<string, string>>;
}

/**
 * The name of each annotation's layer for a reader of an export (see
 * {@link LayerLabels}), or null when only one layer has annotations: then
 * the export names none.
 */
export function layerNamer(
  model: Pick<ExportModel, 'record' | 'layers'>,
  labels: LayerLabels,
): ((annotation: ExportedAnnotation) => string) | null {
  if (model.layers.filter((layer) => layer.annotations.length > 0).length <= 1) return null;
  return ({ layer }) => labels.layerNames?.[layer] ?? model.record.layerNames?.[layer] ?? (layer === teamLayerId ? 'Team' : layer);
}

/** Every annotation of every layer, in layer order then text order. */
export function allAnnotations(model: ExportModel): ExportedAnnotation[] {
  return model.layers.flatMap((layer) => layer.annotations);
}

/** Every layer's damaged entries (annotations, then thread entries), as skipped: none is in any export. */
export function skippedEntries(model: Pick<ExportModel, 'layers'>): SkippedEntry[] {
  return model.layers.flatMap((layer) => [
    ...layer.damaged.map((entry) => ({ id: entry.id, layer: layer.id, reason: entry.problem })),
    ...(layer.threadDamage ?? []).map((entry) => ({
      id: entry.key === null ? entry.markId : `${entry.markId}/${entry.key}`,
      layer: layer.id,
      reason: `in the thread under ${entry.markId}: ${entry.problem}`,
    })),
  ]);
}

/** How many replies (deleted ones not counted) each mark of a layer has, by mark id. */
export function replyCounts(layer: ExportedLayer): Map<string, number> {
  return new Map((layer.threads ?? []).map((thread) => [thread.markId, thread.replies.filter((reply) => !reply.deleted).length]));
}
