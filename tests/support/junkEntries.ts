import fc from 'fast-check';
import * as Y from 'yjs';
import { annotationKinds, annotationsMap, sourceTypes, verdicts } from '../../shared/index.js';

/** One layer entry as a peer could have stored it: packed (span and making one value each), one field per key, or not a map at all. */
export type StoredEntry = { layout: 'packed' | 'flat'; fields: Record<string, unknown> } | { layout: 'raw'; value: unknown };

/** Objects as Yjs writes them: a peer's update decodes to plain ones. */
const plain = { noNullPrototype: true } as const;

/**
 * Random layer entries: random kinds, anchors that are real (from
 * `realAnchors`), hostile bytes or other types, fields of the wrong type,
 * huge strings, missing fields.
 */
export function storedEntry(realAnchors: readonly Uint8Array[]): fc.Arbitrary<StoredEntry> {
  const anchor = fc.oneof(
    fc.constantFrom(...realAnchors),
    fc.constant(new Uint8Array([3])),
    fc.uint8Array({ maxLength: 70 }),
    fc.anything({ maxDepth: 1 }),
  );
  const text = fc.oneof({ weight: 3, arbitrary: fc.string() }, fc.constant('x'.repeat(100_000)), fc.anything({ maxDepth: 1 }));
  const fields = fc.record(
    {
      kind: fc.oneof(fc.constantFrom(...annotationKinds), fc.string(), fc.anything({ maxDepth: 1 })),
      start: anchor,
      end: anchor,
      quote: text,
      prefix: text,
      suffix: text,
      author: fc.oneof(fc.record({ id: fc.string(), name: fc.string() }, plain), fc.anything({ maxDepth: 1 })),
      createdAt: text,
      updatedAt: text,
      note: text,
      verdict: fc.oneof(fc.constantFrom(...verdicts), fc.anything({ maxDepth: 1 })),
      evidence: fc.oneof(
        fc.array(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), title: text }, plain)),
        fc.anything({ maxDepth: 2 }),
      ),
      speaker: fc.oneof(fc.record({ name: text, role: text }, plain), fc.anything({ maxDepth: 1 })),
      sourceType: fc.oneof(fc.constantFrom(...sourceTypes), fc.anything({ maxDepth: 1 })),
      links: fc.oneof(fc.array(fc.string()), fc.anything({ maxDepth: 2 })),
    },
    { requiredKeys: [], noNullPrototype: true },
  );
  return fc.oneof(
    fc.record({ layout: fc.constant('packed' as const), fields }),
    fc.record({ layout: fc.constant('flat' as const), fields }),
    fc.record({ layout: fc.constant('raw' as const), value: fc.anything({ maxDepth: 1 }) }),
  );
}

/** Writes entries into a layer's annotations map as `random-0`, `random-1`, …, in one transaction. */
export function writeEntries(layer: Y.Doc, entries: readonly StoredEntry[]): void {
  layer.transact(() => {
    entries.forEach((stored, index) => {
      const id = `random-${index}`;
      if (stored.layout === 'raw') {
        annotationsMap(layer).set(id, stored.value as Y.Map<unknown>);
        return;
      }
      const map = new Y.Map<unknown>();
      annotationsMap(layer).set(id, map);
      const { start, end, quote, prefix, suffix, author, createdAt, kind, ...rest } = stored.fields;
      const groups =
        stored.layout === 'packed'
          ? { span: { start, end, quote, prefix, suffix }, made: { author, createdAt, kind }, ...rest }
          : stored.fields;
      for (const [key, value] of Object.entries(groups)) if (value !== undefined) map.set(key, value);
    });
  });
}
