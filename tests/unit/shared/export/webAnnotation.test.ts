import { describe, expect, it } from 'vitest';
import { allAnnotations, annotationContext, factmarkContext, fromWebAnnotation, toWebAnnotation } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { unicodeFixture } from '../../../support/unicodeFixture.js';
import { annotationMustFailures } from '../../../support/w3cAnnotationSchemas.js';

const publicUrl = 'https://desk.example';

interface Item {
  '@context': unknown;
  id: string;
  type: string;
  body: Record<string, unknown>[];
  target: { source: string; selector?: Record<string, unknown>[] };
  [key: string]: unknown;
}

function exportOf(model: ReturnType<ReturnType<typeof unicodeFixture>['model']>): {
  '@context': unknown;
  id: string;
  total: number;
  first: { items: Item[] };
} {
  return JSON.parse(toWebAnnotation(model, { publicUrl })) as { '@context': unknown; id: string; total: number; first: { items: Item[] } };
}

const selectorOf = (item: Item, type: string) => item.target.selector?.find((selector) => selector['type'] === type);

describe('W3C Web Annotation export', () => {
  const fixture = unicodeFixture();
  const model = fixture.model();
  const exported = exportOf(model);
  const items = exported.first.items;
  const mustFailures = annotationMustFailures();

  it('passes every W3C MUST schema test, each item on its own, as a JSON-LD document of its own', () => {
    expect(items).toHaveLength(allAnnotations(model).length);
    expect(exported.total).toBe(items.length);
    for (const item of items) {
      // Taken out of the collection, as an annotation server would receive it.
      const alone = JSON.parse(JSON.stringify(item)) as unknown;
      expect(mustFailures(alone), item.id).toEqual([]);
      expect(item['@context']).toEqual([annotationContext, factmarkContext]);
    }
  });

  it('passes the W3C MUST schema tests for its collection, and its embedded page read with the collection’s context', () => {
    expect(annotationMustFailures('collection')(exported)).toEqual([]);
    expect(annotationMustFailures('page')({ '@context': exported['@context'], ...exported.first })).toEqual([]);
  });

  it('fails the W3C tests where an item is not standalone (the judge can fail)', () => {
    const { '@context': _context, ...withoutContext } = items[0] as Item;
    expect(mustFailures(withoutContext).join('\n')).toMatch(/3\.1-annotationContextValidated/);
    expect(mustFailures({ ...items[0], id: 'not an iri' }).join('\n')).toMatch(/3\.1-annotationIdValidated/);
  });

  it('gives every item an absolute id of its own, and targets the document’s text export', () => {
    const ids = new Set(items.map((item) => item.id));
    expect(ids.size).toBe(items.length);
    for (const item of items) {
      expect(new URL(item.id).href.startsWith(`${publicUrl}/api/documents/unicode1/layers/`)).toBe(true);
      expect(item.target.source).toBe(`${publicUrl}/api/documents/unicode1/export?format=text`);
    }
  });

  it('counts TextPositionSelector offsets in code points: each slices its exact quote out of Array.from(text)', () => {
    const points = Array.from(model.text);
    let positioned = 0;
    for (const item of items) {
      const position = selectorOf(item, 'TextPositionSelector');
      const quote = selectorOf(item, 'TextQuoteSelector');
      if (position === undefined) continue;
      positioned++;
      expect(points.slice(position['start'] as number, position['end'] as number).join('')).toBe(quote?.['exact']);
    }
    // Every mark but the orphan; emoji come before all of them, a line break is inside one.
    expect(positioned).toBe(allAnnotations(model).length - 1);
    const lineBreak = items.find((item) => item.id.endsWith(fixture.ids.lineBreak));
    expect(selectorOf(lineBreak as Item, 'TextQuoteSelector')?.['exact']).toBe('The fares stayed the same,\nthe operator insisted');
  });

  it('writes an orphan with its quote, no position, and orphaned: true', () => {
    const orphan = items.find((item) => item.id.endsWith(fixture.ids.orphan)) as Item;
    expect(orphan['orphaned']).toBe(true);
    expect(selectorOf(orphan, 'TextPositionSelector')).toBeUndefined();
    expect(selectorOf(orphan, 'TextQuoteSelector')?.['exact']).toBe('is deleted before export 🗑');
  });

  it('puts what the W3C model has no term for under factmark’s context: layer, links, speaker role, source type, evidence titles', () => {
    const attribution = items.find((item) => item.id.endsWith(fixture.ids.attribution)) as Item;
    expect(attribution).toMatchObject({
      layer: 'team',
      sourceType: 'named',
      speakerRole: 'Councillor',
      links: [`${publicUrl}/api/documents/unicode1/layers/team/annotations/${fixture.ids.combining}`],
    });
    const claim = items.find((item) => item.id.endsWith(fixture.ids.emojiClaim)) as Item;
    expect(claim.body).toEqual(
      expect.arrayContaining([
        { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/ferry-timetable', title: 'Ferry timetable 📅' },
        { type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/operator-notice' },
      ]),
    );
    for (const term of ['layer', 'orphaned', 'links', 'speakerRole', 'sourceType', 'title']) expect(factmarkContext).toHaveProperty(term);
  });
});

describe('Web Annotation round trip', () => {
  const fixture = unicodeFixture();
  const model = fixture.model();
  const read = fromWebAnnotation(toWebAnnotation(model, { publicUrl }), model.text);
  const expected = allAnnotations(model);

  it('reads back every field the export carries, annotation by annotation', () => {
    expect(read).toHaveLength(expected.length);
    for (const [index, annotation] of expected.entries()) {
      const item = read[index];
      expect(item?.sourceId).toBe(`${publicUrl}/api/documents/unicode1/layers/${annotation.layer}/annotations/${annotation.id}`);
      expect(item?.placement).toBe(annotation.status === 'orphaned' ? 'orphaned' : 'exact');
      expect([item?.start, item?.end, item?.quote, item?.prefix, item?.suffix]).toEqual([
        annotation.start,
        annotation.end,
        annotation.quote,
        annotation.prefix,
        annotation.suffix,
      ]);
      expect(item?.fields).toEqual({
        kind: annotation.kind,
        note: annotation.note,
        verdict: annotation.verdict,
        evidence: annotation.evidence,
        summary: annotation.summary,
        speaker: annotation.speaker,
        sourceType: annotation.sourceType,
        links: annotation.links,
        author: annotation.author,
        createdAt: annotation.createdAt,
        updatedAt: annotation.updatedAt,
        layer: annotation.layer,
      });
    }
  });

  it('reads the export of another fixture the same way', () => {
    const other = annotatedFixture().model();
    const again = fromWebAnnotation(toWebAnnotation(other, { publicUrl }), other.text);
    expect(again.map((item) => [item.start, item.end, item.fields?.kind])).toEqual(
      allAnnotations(other).map((annotation) => [annotation.start, annotation.end, annotation.kind]),
    );
  });
});
