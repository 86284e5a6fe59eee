import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import {
  allAnnotations,
  listAnnotations,
  stringifyJsonLd,
  toClaimReview,
  toWebAnnotation,
  updateAnnotation,
} from '../../../../shared/index.js';
import { elementsOf, textOf } from '../../../support/exportJudges.js';
import { hostileFixture, hostileNotes } from '../../../support/hostileFixture.js';

/** A publisher's page with the JSON-LD pasted into its script element as it is. */
const embedded = (json: string) =>
  `<!DOCTYPE html><html><head><script type="application/ld+json">${json}</script></head><body><p>after</p></body></html>`;

/** JSON-LD is safe to embed when a page's parser finds exactly our script, holding exactly our text. */
function expectEmbeddable(json: string): void {
  expect(json).not.toMatch(/[<>&\u2028\u2029]/);
  const scripts = elementsOf(embedded(json)).filter((element) => element.name === 'script');
  expect(scripts).toHaveLength(1);
  expect(scripts.map(textOf)).toEqual([json]);
  expect(parseDocument(embedded(json)).children).toHaveLength(2);
}

describe('JSON-LD serialisation', () => {
  it('escapes <, >, &, U+2028 and U+2029 and parses back to the same value', () => {
    const value = { note: '</script><script>alert(1)</script> <!-- & -->', line: 'a\u2028b\u2029c', nested: [{ '<key>': '&amp;' }], n: 1 };
    const json = stringifyJsonLd(value);
    expectEmbeddable(json);
    expect(json).toContain('\\u003c/script\\u003e');
    expect(JSON.parse(json)).toEqual(value);
  });

  const { model: build, ids, team } = hostileFixture();
  // A hostile public summary too: the ClaimReview's reviewBody.
  // …on claims approved at the second check, which is what a ClaimReview publishes.
  updateAnnotation(team, ids.image, { summary: hostileNotes.image });
  for (const annotation of listAnnotations(team))
    if (annotation.kind === 'claim' && annotation.verdict !== 'unverified')
      updateAnnotation(team, annotation.id, { checkStatus: 'checked' });
  const model = build();

  it('writes a Web Annotation collection of hostile notes that a page can embed and a reader parses back', () => {
    const json = toWebAnnotation(model, { publicUrl: 'https://factmark.example' });
    expectEmbeddable(json);
    const collection = JSON.parse(json) as { label: string; first: { items: { body: { purpose: string; value?: string }[] }[] } };
    expect(collection.label).toBe(model.record.title);
    const notes = collection.first.items.map((item) => item.body.find((body) => body.purpose === 'commenting')?.value ?? '');
    expect(notes).toEqual(allAnnotations(model).map((annotation) => annotation.note));
    expect(notes).toContain(hostileNotes.image);
  });

  it('writes ClaimReview of hostile notes that a page can embed and a reader parses back', () => {
    const published = { ...model, record: { ...model.record, reviewUrl: 'https://check.example/a?b=1&c=<2>' } };
    const { json } = toClaimReview(published, { organisation: { name: 'Desk & <Co>' } });
    expectEmbeddable(json);
    const reviews = JSON.parse(json) as { url: string; claimReviewed: string; reviewBody?: string; author: { name: string } }[];
    const image = reviews.find((review) => review.url.endsWith(ids.image));
    expect(image).toMatchObject({ claimReviewed: '<img src=x onerror=alert(1)>', author: { name: 'Desk & <Co>' } });
    expect(image?.reviewBody).toBe(hostileNotes.image.trim());
  });
});
