import * as Y from 'yjs';
import { annotationsMap } from './layer.js';
import { spanFields } from './schema.js';

/**
 * Older layouts of a stored entry, oldest first, all still found in stores:
 *  1. one key per field, defaults included;
 *  2. one key per field, defaults left out;
 *  3. the span and the making (author, creation time) one value each, the
 *     kind under its own key.
 * The current layout keeps the kind in the making ({@link StoredEntry}).
 */
const makingFields = ['author', 'createdAt', 'kind'] as const;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

/**
 * True when an entry is in an older layout: a span or making field under its
 * own key (every older layout has one, if only the kind). An entry with
 * neither is current, or damaged in a way moving keys cannot mend.
 */
export function isOlderLayout(entry: Y.Map<unknown>): boolean {
  for (const key of spanFields) if (entry.has(key)) return true;
  for (const key of makingFields) if (entry.has(key)) return true;
  return false;
}

/**
 * Rewrites an entry stored in an older layout into the current one, in place:
 * its span and making fields packed into one value each (a packed value wins
 * over a key of its own, except a kind under its own key, which is the later
 * one), their separate keys removed. Values are moved as they are, not
 * repaired, so a damaged entry stays damaged for the same reason. Returns
 * whether anything changed. Call inside a transaction.
 */
export function migrateEntry(entry: Y.Map<unknown>): boolean {
  if (!isOlderLayout(entry)) return false;
  const packedSpan = entry.get('span');
  const packedMade = entry.get('made');
  const span: Record<string, unknown> = {};
  for (const key of spanFields) {
    const value = isRecord(packedSpan) && packedSpan[key] !== undefined ? packedSpan[key] : entry.get(key);
    if (value !== undefined) span[key] = value;
  }
  const made: Record<string, unknown> = {};
  for (const key of makingFields) {
    const own = entry.get(key);
    const packed = isRecord(packedMade) ? packedMade[key] : undefined;
    const value = key === 'kind' ? (own ?? packed) : (packed ?? own);
    if (value !== undefined) made[key] = value;
  }
  entry.set('span', span);
  entry.set('made', made);
  for (const key of [...spanFields, ...makingFields]) if (entry.has(key)) entry.delete(key);
  return true;
}

/**
 * Migrates every entry of a layer stored in an older layout, in one
 * transaction with `origin`; returns how many were rewritten. Entries that
 * are not maps are left for the readers to report as damaged.
 */
export function migrateLayer(layer: Y.Doc, origin: unknown = null): number {
  const map = annotationsMap(layer);
  const older: Y.Map<unknown>[] = [];
  map.forEach((entry) => {
    if (entry instanceof Y.Map && isOlderLayout(entry)) older.push(entry);
  });
  if (older.length === 0) return 0;
  layer.transact(() => {
    for (const entry of older) migrateEntry(entry);
  }, origin);
  return older.length;
}
