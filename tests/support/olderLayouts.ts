import * as Y from 'yjs';
import { annotationsMap, type Annotation } from '../../shared/index.js';

/**
 * The entries of one annotation in each stored layout factmark wrote before
 * the current one, as the code of the day wrote them:
 * `fieldPerKey` (every field under its own key, defaults included),
 * `sparse` (the same, defaults left out), `packedKindApart` (span and making
 * one value each, the kind under its own key, the last change always there).
 */
export const olderLayouts = {
  fieldPerKey: (a: Annotation): Record<string, unknown> => ({ ...withoutId(a) }),
  sparse: (a: Annotation): Record<string, unknown> => {
    const fields: Record<string, unknown> = { ...withoutId(a) };
    if (a.note === '') delete fields.note;
    if (a.verdict === 'unverified') delete fields.verdict;
    if (a.sourceType === 'named') delete fields.sourceType;
    if (a.evidence.length === 0) delete fields.evidence;
    if (a.links.length === 0) delete fields.links;
    if (a.speaker.name === '' && a.speaker.role === '') delete fields.speaker;
    return fields;
  },
  packedKindApart: (a: Annotation): Record<string, unknown> => {
    const { start, end, quote, prefix, suffix, author, createdAt, kind, id: _id, ...rest } = a;
    return { span: { start, end, quote, prefix, suffix }, made: { author, createdAt }, kind, ...rest };
  },
};

function withoutId(annotation: Annotation): Omit<Annotation, 'id'> {
  const { id: _id, ...fields } = annotation;
  return fields;
}

/** Writes an entry of a layer key by key, as given (whatever layout it is in). */
export function writeStoredEntry(layer: Y.Doc, id: string, fields: Record<string, unknown>): void {
  layer.transact(() => {
    const entry = new Y.Map<unknown>();
    annotationsMap(layer).set(id, entry);
    for (const [key, value] of Object.entries(fields)) entry.set(key, value);
  });
}
