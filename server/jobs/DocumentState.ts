import type { Node } from 'prosemirror-model';
import { yDocToProsemirrorJSON } from 'y-prosemirror';
import * as Y from 'yjs';
import { mergeReadable } from '../store/damage.js';
import {
  articleFragmentName,
  buildExportModel,
  migrateLayer,
  readArticleJson,
  type DocumentRecord,
  type ExportModel,
} from '../../shared/index.js';

/**
 * A document as plain data, the way heavy work receives it in a worker
 * thread: its record and each room's stored updates as read (any that do not
 * decode are skipped there, not on the event loop), never a live Y.Doc.
 */
export interface DocumentState {
  record: DocumentRecord;
  /** The article room's stored updates, oldest first. */
  article: Uint8Array[];
  /** The layers to work on, each with its stored updates (none for a layer nobody wrote yet). */
  layers: { id: string; updates: Uint8Array[] }[];
  /**
   * What this state is a version of: the record and the stamp of each room
   * (`Store.roomVersion`), read before the updates. Two states with the same
   * version hold the same document, so the placing of its marks is reused.
   */
  version?: string;
}

/**
 * A Y.Doc holding a room's stored updates, applied as they are (merging them
 * first would build the document twice); if one does not decode, the doc is
 * built again from the others (the room reports them when it loads).
 */
export function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc();
  try {
    ydoc.transact(() => {
      for (const update of updates) Y.applyUpdate(ydoc, update);
    });
    return ydoc;
  } catch {
    ydoc.destroy();
  }
  const readable = new Y.Doc();
  Y.applyUpdate(readable, mergeReadable(updates as Uint8Array[]).merged);
  return readable;
}

/**
 * A Y.Doc holding a layer's stored updates, entries stored in an older
 * layout rewritten to the current one in memory (the room stores that
 * rewrite when it next opens), so a layer nobody opened since is read whole.
 */
export function layerDocOf(updates: readonly Uint8Array[]): Y.Doc {
  const ydoc = docOf(updates);
  migrateLayer(ydoc);
  return ydoc;
}

/** The bytes a state holds: what a job's size limit counts. */
export function stateBytes(state: DocumentState): number {
  const sum = (updates: readonly Uint8Array[]) => updates.reduce((total, update) => total + update.byteLength, 0);
  return sum(state.article) + state.layers.reduce((total, layer) => total + sum(layer.updates), 0);
}

/**
 * The article of a state as a ProseMirror node, with the Y.Doc it was read
 * from (destroy it after). Content outside the schema (written before the
 * server checked every update) is read as its words, never thrown on.
 */
export function articleOf(updates: readonly Uint8Array[]): { ydoc: Y.Doc; fragment: Y.XmlFragment; doc: Node } {
  const ydoc = docOf(updates);
  const fragment = ydoc.getXmlFragment(articleFragmentName);
  const { doc } = readArticleJson(yDocToProsemirrorJSON(ydoc, articleFragmentName));
  return { ydoc, fragment, doc };
}

/** Export models kept, by their state's version, most recently used last. */
const models = new Map<string, ExportModel>();
/** How many export models a thread keeps: a 10,000-mark document's is a few megabytes. */
const keptModels = 4;

/**
 * Everything an export needs: the record, the article, and the state's
 * layers' annotations placed in it. Placed once per version: a state with
 * a version seen recently gets the model built then (callers only read it).
 */
export function exportModelOf(state: DocumentState): ExportModel {
  const { version } = state;
  if (version === undefined) return buildModel(state);
  let model = models.get(version);
  if (model !== undefined) models.delete(version);
  else {
    model = buildModel(state);
    if (models.size >= keptModels) models.delete(models.keys().next().value as string);
  }
  models.set(version, model);
  return model;
}

function buildModel(state: DocumentState): ExportModel {
  const article = articleOf(state.article);
  const layerDocs = state.layers.map((layer) => ({ id: layer.id, doc: layerDocOf(layer.updates) }));
  try {
    return buildExportModel(state.record, article, layerDocs);
  } finally {
    for (const { doc } of layerDocs) doc.destroy();
    article.ydoc.destroy();
  }
}
