import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationEntryProblem, annotationsMap, migrateLayer, readLayer, type Annotation } from '../../../../shared/index.js';
import { olderLayouts, writeStoredEntry } from '../../../support/olderLayouts.js';
import { randomAnnotation } from '../../../support/randomAnnotation.js';

const layouts = Object.entries(olderLayouts);

describe('migrating older stored layouts', () => {
  it('rewrites entries of every older layout to the current one, reading as they were written', () => {
    fc.assert(
      fc.property(fc.array(randomAnnotation, { minLength: 1, maxLength: 6 }), (drawn) => {
        // Distinct ids; each older layout has the last change stored always, the current one reads it from the making.
        const annotations = [...new Map(drawn.map((a) => [a.id, a])).values()];
        const layer = new Y.Doc();
        annotations.forEach((annotation, index) => {
          const [, layout] = layouts[index % layouts.length] as [string, (a: Annotation) => Record<string, unknown>];
          writeStoredEntry(layer, annotation.id, layout(annotation));
        });
        expect(migrateLayer(layer)).toBe(annotations.length);
        const { annotations: read, damaged } = readLayer(layer);
        expect(damaged).toEqual([]);
        expect(read.sort((a, b) => a.id.localeCompare(b.id))).toEqual(annotations.sort((a, b) => a.id.localeCompare(b.id)));
        for (const annotation of annotations) expect(annotationEntryProblem(annotationsMap(layer).get(annotation.id))).toBeNull();
        expect(migrateLayer(layer)).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it.each(layouts)('is needed: the everyday reader no longer reads the %s layout', (_name, layout) => {
    const annotation = fc.sample(randomAnnotation, { numRuns: 1, seed: 11 })[0] as Annotation;
    const layer = new Y.Doc();
    writeStoredEntry(layer, annotation.id, layout(annotation));
    expect(readLayer(layer).annotations).toEqual([]);
    migrateLayer(layer);
    expect(readLayer(layer).annotations).toEqual([annotation]);
  });

  it('rewrites in one transaction, which a peer receives as one update', () => {
    const [one, two] = fc.sample(randomAnnotation, { numRuns: 2, seed: 5 }) as [Annotation, Annotation];
    const layer = new Y.Doc();
    writeStoredEntry(layer, 'a', olderLayouts.fieldPerKey({ ...one, id: 'a' }));
    writeStoredEntry(layer, 'b', olderLayouts.packedKindApart({ ...two, id: 'b' }));
    const updates: Uint8Array[] = [];
    layer.on('update', (update: Uint8Array) => updates.push(update));
    expect(migrateLayer(layer, 'migration')).toBe(2);
    expect(updates).toHaveLength(1);
  });

  it('keeps a damaged entry damaged for the same reason, and leaves entries that are not maps alone', () => {
    const annotation = fc.sample(randomAnnotation, { numRuns: 1, seed: 13 })[0] as Annotation;
    const layer = new Y.Doc();
    writeStoredEntry(layer, 'rumour', { ...olderLayouts.sparse(annotation), kind: 'rumour' });
    annotationsMap(layer).set('text', 'claim' as unknown as Y.Map<unknown>);
    expect(migrateLayer(layer)).toBe(1);
    const { damaged } = readLayer(layer);
    expect(damaged.map((entry) => [entry.id, entry.problem, entry.quote])).toEqual(
      expect.arrayContaining([
        ['rumour', 'kind: "rumour" is not one of claim, denial, attribution', annotation.quote],
        ['text', 'is not a map of fields', null],
      ]),
    );
  });
});
