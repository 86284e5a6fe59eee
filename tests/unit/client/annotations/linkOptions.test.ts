import { describe, expect, it } from 'vitest';
import type { Annotation, AnnotationKind } from '../../../../shared/annotation.js';
import { linkOptions, listedAll, listedFound, nearestOnEachSide } from '../../../../client/src/annotations/linkOptions.js';

/** A layer in text order: a claim, then an attribution, over and over. */
function layer(pairs: number): Annotation[] {
  const marks: Annotation[] = [];
  for (let index = 0; index < pairs; index++) {
    for (const kind of ['claim', 'attribution'] as AnnotationKind[]) {
      marks.push({ id: `${kind}-${index}`, kind, quote: `${kind} number ${index}`, links: [] } as unknown as Annotation);
    }
  }
  return marks;
}

describe('the marks a denial or attribution may link to', () => {
  it('lists every claim or denial of a small layer, and nothing an attribution may not attribute', () => {
    const marks = layer(5);
    const attribution = marks[3] as Annotation;
    const { shown, total } = linkOptions(attribution, marks, '');
    expect(total).toBe(5);
    expect(shown.map((mark) => mark.id)).toEqual(['claim-0', 'claim-1', 'claim-2', 'claim-3', 'claim-4']);
  });

  it('lists what a mark links to and the nearest on each side in a large layer, in text order', () => {
    const marks = layer(5_000);
    const attribution = { ...(marks[2001] as Annotation), links: ['claim-7'] };
    const { shown, total } = linkOptions(attribution, marks, '');
    expect(total).toBe(5_000);
    expect(shown.length).toBe(2 * nearestOnEachSide + 1);
    expect(shown[0]?.id).toBe('claim-7');
    // Its own claim (claim-1000 stands just before attribution-1000) is among the nearest.
    expect(shown.map((mark) => mark.id)).toContain('claim-1000');
    expect(shown.map((mark) => mark.id)).toContain('claim-1001');
  });

  it('finds others by their words, keeping what the mark links to and at most a page of the rest', () => {
    const marks = layer(5_000);
    const attribution = { ...(marks[1] as Annotation), links: ['claim-4000'] };
    const found = linkOptions(attribution, marks, 'NUMBER 2499').shown.map((mark) => mark.id);
    expect(found).toEqual(['claim-2499', 'claim-4000']);
    expect(linkOptions(attribution, marks, 'number').shown.length).toBe(listedFound + 1);
    expect(linkOptions(attribution, marks, 'nothing like it').shown.map((mark) => mark.id)).toEqual(['claim-4000']);
  });

  it('lists all up to the threshold, and a denial only claims', () => {
    const marks = layer(listedAll);
    expect(linkOptions(marks[1] as Annotation, marks, '').shown.length).toBe(listedAll);
    const denial = { id: 'd', kind: 'denial', quote: 'no', links: [] } as unknown as Annotation;
    expect(linkOptions(denial, [...marks, denial], '').shown.every((mark) => mark.kind === 'claim')).toBe(true);
  });
});
