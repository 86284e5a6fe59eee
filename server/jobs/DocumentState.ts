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
}

/** A Y.Doc holding a room's stored updates; those that do not decode are left out (the room reports them when it loads). */
export function docOf(updates: readonly Uint8Array[]): Y.Doc {
  const ydoc = new Y.Doc();
  if (updates.length > 0) Y.applyUpdate(ydoc, mergeReadable(updates as Uint8Array[]).merged);
  return ydoc;
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

/** Everything an export needs: the record, the article, and the state's layers' annotations placed in it. */
export function exportModelOf(state: DocumentState): ExportModel {
  const article = articleOf(state.article);
  const layerDocs = state.layers.map((layer) => ({ id: layer.id, doc: layerDocOf(layer.updates) }));
  try {
    return buildExportModel(state.record, article, layerDocs);
  } finally {
    for (const { doc } of layerDocs) doc.destroy();
    article.ydoc.destroy();
  }
}
