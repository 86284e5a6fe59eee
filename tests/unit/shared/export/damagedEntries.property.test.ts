import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  buildExportModel,
  compareLayers,
  compareVersionOf,
  compareVersions,
  readLayer,
  scoreAgainstKey,
  skippedEntries,
  spansOf,
  toClaimReview,
  toCompareHtml,
  toCompareText,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
  toWebAnnotation,
  type DocumentRecord,
} from '../../../../shared/index.js';
import { anchorsOf, mark, TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';
import { storedEntry, writeEntries, type StoredEntry } from '../../../support/junkEntries.js';

/** The server's public address, from which links into the workspace are written. */
const publicUrl = 'https://desk.example';

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

const entry = storedEntry(realAnchors);

/** A layer holding two real marks and the random entries, sent through an update as the store keeps it. */
function storedLayer(entries: StoredEntry[]): Y.Doc {
  const written = new Y.Doc();
  mark(article, written, 'claim', '9 million tonnes');
  mark(article, written, 'attribution', 'The port authority said');
  writeEntries(written, entries);
  const layer = new Y.Doc();
  Y.applyUpdate(layer, Y.encodeStateAsUpdate(written));
  return layer;
}

describe('exports of a layer holding anything', () => {
  it('every export, agreement, score and comparison returns, holding every readable annotation and listing the rest as skipped', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (entries) => {
        const layer = storedLayer(entries);
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
        const csv = toCsv(model, { publicUrl });
        for (const annotation of annotations) expect(csv).toContain(annotation.id);
        const wa = JSON.parse(toWebAnnotation(model, { publicUrl: 'https://factmark.example' })) as { total?: number };
        expect(wa.total ?? (wa as { items?: unknown[] }).items?.length).toBe(annotations.length);
        toClaimReview(model, { organisation: { name: 'Desk' } });
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
      { numRuns: 100 },
    );
  }, 30_000);
});
