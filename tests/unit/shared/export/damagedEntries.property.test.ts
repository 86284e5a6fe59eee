import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  annotationKinds,
  annotationsMap,
  buildExportModel,
  compareLayers,
  compareVersionOf,
  compareVersions,
  readLayer,
  scoreAgainstKey,
  skippedEntries,
  sourceTypes,
  spansOf,
  toClaimReview,
  toCompareHtml,
  toCompareText,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
  toWebAnnotation,
  verdicts,
  type DocumentRecord,
} from '../../../../shared/index.js';
import { anchorsOf, mark, TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

const article = TestArticle.from(
  doc(
    p('The port authority said it moved 9 million tonnes last year.'),
    p('Dock workers denied that figure on Monday, according to the union.'),
  ),
);
const phrases = ['The port authority said', '9 million tonnes', 'denied that figure', 'according to the union', 'Monday'];
const realAnchors = phrases.flatMap((phrase) => {
  const { start, end } = anchorsOf(article, phrase);
  return [start, end];
});
const record: DocumentRecord = { id: 'port', title: 'Port figures', format: 'text', createdAt: '2026-03-01T00:00:00.000Z' };

/** Objects as Yjs writes them: a peer's update decodes to plain ones. */
const plain = { noNullPrototype: true } as const;

/** Anything a peer could store as an anchor: real ones, hostile bytes, other types. */
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
    evidence: fc.oneof(fc.array(fc.record({ url: fc.oneof(fc.webUrl(), fc.string()), title: text }, plain)), fc.anything({ maxDepth: 2 })),
    speaker: fc.oneof(fc.record({ name: text, role: text }, plain), fc.anything({ maxDepth: 1 })),
    sourceType: fc.oneof(fc.constantFrom(...sourceTypes), fc.anything({ maxDepth: 1 })),
    links: fc.oneof(fc.array(fc.string()), fc.anything({ maxDepth: 2 })),
  },
  { requiredKeys: [], noNullPrototype: true },
);
/** One entry as stored: packed (span and making one value each), one field per key, or not a map at all. */
const entry = fc.oneof(
  fc.record({ layout: fc.constant('packed' as const), fields }),
  fc.record({ layout: fc.constant('flat' as const), fields }),
  fc.record({ layout: fc.constant('raw' as const), value: fc.anything({ maxDepth: 1 }) }),
);
type StoredEntry = { layout: 'packed' | 'flat'; fields: Record<string, unknown> } | { layout: 'raw'; value: unknown };

/** A layer holding two real marks and the random entries, sent through an update as the store keeps it. */
function storedLayer(entries: StoredEntry[]): Y.Doc {
  const written = new Y.Doc();
  mark(article, written, 'claim', '9 million tonnes');
  mark(article, written, 'attribution', 'The port authority said');
  written.transact(() => {
    entries.forEach((stored, index) => {
      const id = `random-${index}`;
      if (stored.layout === 'raw') {
        annotationsMap(written).set(id, stored.value as Y.Map<unknown>);
        return;
      }
      const map = new Y.Map<unknown>();
      annotationsMap(written).set(id, map);
      const { start, end, quote, prefix, suffix, author, createdAt, kind, ...rest } = stored.fields;
      const groups =
        stored.layout === 'packed'
          ? { span: { start, end, quote, prefix, suffix }, made: { author, createdAt, kind }, ...rest }
          : stored.fields;
      for (const [key, value] of Object.entries(groups)) if (value !== undefined) map.set(key, value);
    });
  });
  const layer = new Y.Doc();
  Y.applyUpdate(layer, Y.encodeStateAsUpdate(written));
  return layer;
}

describe('exports of a layer holding anything', () => {
  it('every export, agreement, score and comparison returns, holding every readable annotation and listing the rest as skipped', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const layer = storedLayer(entries as StoredEntry[]);
        const { annotations, damaged } = readLayer(layer);
        expect(annotations.length + damaged.length).toBe(entries.length + 2);
        const model = buildExportModel(record, article.state(), [{ id: 'team', doc: layer }]);

        const exported = model.layers[0]?.annotations ?? [];
        expect(exported.map((annotation) => annotation.id).sort()).toEqual(annotations.map((annotation) => annotation.id).sort());
        expect(
          skippedEntries(model)
            .map((skip) => skip.id)
            .sort(),
        ).toEqual(damaged.map((entry) => entry.id).sort());

        const factmark = JSON.parse(toFactmarkJson(model)) as { layers: { annotations: { id: string }[] }[] };
        expect(factmark.layers[0]?.annotations.map((annotation) => annotation.id).sort()).toEqual(
          annotations.map((annotation) => annotation.id).sort(),
        );
        const csv = toCsv(model);
        for (const annotation of annotations) expect(csv).toContain(annotation.id);
        const wa = JSON.parse(toWebAnnotation(model, { documentUrl: 'https://factmark.example/#/d/port' })) as { total?: number };
        expect(wa.total ?? (wa as { items?: unknown[] }).items?.length).toBe(annotations.length);
        toClaimReview(model, { documentUrl: 'https://factmark.example/#/d/port', organisation: { name: 'Desk' } });
        expect(toHtml(model)).toContain('</html>');
        toMarkdown(model);

        const team = { id: 'team', name: 'Team', spans: spansOf(exported) };
        const key = { id: 'key', name: 'Key', spans: spansOf(exported.slice(0, 1)) };
        compareLayers(model.text, [team, key]);
        scoreAgainstKey(model.text, key, [team]);
        const comparison = compareVersions(compareVersionOf(model), compareVersionOf(model));
        toCompareText(comparison);
        toCompareHtml(comparison);
      }),
      { numRuns: 150 },
    );
  });
});
