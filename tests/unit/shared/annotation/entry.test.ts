import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  annotationDefaults,
  annotationEntryProblem,
  annotationFields,
  annotationsMap,
  decodeEntry,
  detailFields,
  encodeEntry,
  putAnnotation,
  readLayer,
  storedEntryKeys,
  type Annotation,
} from '../../../../shared/index.js';
import { randomAnnotation } from '../../../support/randomAnnotation.js';

/** An entry as a layer holds it: the encoded entry put into a Y.Map in a doc, as a peer would receive it. */
function stored(annotation: Annotation): Y.Map<unknown> {
  const layer = new Y.Doc();
  putAnnotation(layer, annotation);
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(layer));
  const entry = annotationsMap(copy).get(annotation.id);
  if (entry === undefined) throw new Error('the entry was not written');
  return entry;
}

describe('stored entry codec', () => {
  it('decodes what it encoded, for any annotation', () => {
    fc.assert(
      fc.property(randomAnnotation, (annotation) => {
        expect(decodeEntry(annotation.id, encodeEntry(annotation))).toEqual(annotation);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips through a layer and another peer, and the door accepts every entry it writes', () => {
    fc.assert(
      fc.property(randomAnnotation, (annotation) => {
        const entry = stored(annotation);
        expect(annotationEntryProblem(entry)).toBeNull();
        expect(readLayer(entry.doc as Y.Doc).annotations).toEqual([annotation]);
      }),
      { numRuns: 100 },
    );
  });

  it('stores a detail only when it differs from its default, and the last change only once there is one', () => {
    fc.assert(
      fc.property(randomAnnotation, (annotation) => {
        const entry = encodeEntry(annotation);
        const defaults = annotationDefaults();
        for (const key of detailFields) expect(key in entry).toBe(JSON.stringify(annotation[key]) !== JSON.stringify(defaults[key]));
        expect('updatedAt' in entry).toBe(annotation.updatedAt !== annotation.createdAt);
      }),
      { numRuns: 100 },
    );
  });

  it('gives each annotation its own copy of the default lists, so changing one leaves the next untouched', () => {
    const first = annotationDefaults();
    first.evidence.push({ url: 'https://example.org/report', title: 'Report' });
    expect(annotationDefaults().evidence).toEqual([]);
  });

  it('gives every field of the schema a place in the stored entry', () => {
    const annotation = fc.sample(randomAnnotation, { numRuns: 1, seed: 7 })[0] as Annotation;
    const entry = encodeEntry(annotation);
    const placed = new Set<string>(['id', ...Object.keys(entry.span), ...Object.keys(entry.made), ...storedEntryKeys]);
    expect(annotationFields.filter((field) => !placed.has(field))).toEqual([]);
  });
});

describe('annotation entries at the door, current layout only', () => {
  const annotation = fc.sample(randomAnnotation, { numRuns: 1, seed: 3 })[0] as Annotation;

  it.each<[string, (entry: Y.Map<unknown>) => void, RegExp]>([
    ['a key no annotation has', (entry) => entry.set('colour', 'red'), /Unrecognized key.*colour/],
    ['a quote under its own key (an older layout)', (entry) => entry.set('quote', 'q'), /quote/],
    ['a kind under its own key (an older layout)', (entry) => entry.set('kind', 'claim'), /kind/],
    [
      'a making without its kind',
      (entry) => entry.set('made', { author: annotation.author, createdAt: annotation.createdAt }),
      /made\.kind/,
    ],
    ['a span field more', (entry) => entry.set('span', { ...(entry.get('span') as object), colour: 'red' }), /span.*colour/],
    ['a link too long to be an id', (entry) => entry.set('links', ['x'.repeat(65)]), /links\.0/],
  ])('refuses %s', (_name, damage, problem) => {
    const entry = stored(annotation);
    damage(entry);
    expect(annotationEntryProblem(entry)).toMatch(problem);
  });
});
