import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { allAnnotations, fromWebAnnotation, ImportError, toWebAnnotation } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

const documentUrl = 'https://factmark.example/#/d/fixture1';

// The Web Annotation Data Model's MUSTs for what we write: @context, id, type,
// target; bodies with a type; selectors with their required properties.
const selector = z.discriminatedUnion('type', [
  z.object({ type: z.literal('TextQuoteSelector'), exact: z.string().min(1), prefix: z.string(), suffix: z.string() }),
  z.object({ type: z.literal('TextPositionSelector'), start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
]);
const annotation = z.object({
  id: z.string().url(),
  type: z.literal('Annotation'),
  motivation: z.enum(['assessing', 'tagging']),
  created: z.string().datetime(),
  creator: z.object({ type: z.literal('Person'), name: z.string() }),
  body: z
    .array(
      z.union([
        z.object({
          type: z.literal('TextualBody'),
          purpose: z.enum(['tagging', 'commenting', 'assessing', 'identifying']),
          value: z.string(),
        }),
        z.object({ type: z.literal('SpecificResource'), purpose: z.literal('linking'), source: z.string().url() }),
      ]),
    )
    .min(1),
  target: z.object({ source: z.string().url(), selector: z.array(selector).min(1) }),
});
const collection = z.object({
  '@context': z.literal('http://www.w3.org/ns/anno.jsonld'),
  id: z.string().url(),
  type: z.literal('AnnotationCollection'),
  total: z.number().int(),
  first: z.object({ type: z.literal('AnnotationPage'), items: z.array(annotation) }),
});

describe('W3C Web Annotation export', () => {
  const model = annotatedFixture().model();
  const exported = JSON.parse(toWebAnnotation(model, { documentUrl })) as z.infer<typeof collection>;

  it('has every field the W3C model requires', () => {
    expect(() => collection.parse(exported)).not.toThrow();
    expect(exported.total).toBe(allAnnotations(model).length);
  });

  it('gives each anchored annotation a position whose slice of the text is its exact quote', () => {
    let positioned = 0;
    for (const item of exported.first.items) {
      const quote = item.target.selector.find((entry) => entry.type === 'TextQuoteSelector');
      const position = item.target.selector.find((entry) => entry.type === 'TextPositionSelector');
      if (position === undefined || quote === undefined || quote.type !== 'TextQuoteSelector' || position.type !== 'TextPositionSelector')
        continue;
      positioned++;
      expect(model.text.slice(position.start, position.end)).toBe(quote.exact);
    }
    expect(positioned).toBe(6);
  });

  it('puts kind, note and verdict in tagging, commenting and assessing bodies', () => {
    const falseClaim = exported.first.items.find((item) => item.body.some((body) => 'value' in body && body.value === 'false'));
    expect(falseClaim?.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'tagging', value: 'claim' }),
        expect.objectContaining({ purpose: 'commenting', value: expect.stringContaining('Timetables') }),
        expect.objectContaining({ purpose: 'assessing', value: 'false' }),
      ]),
    );
  });

  it('reads its own export back onto the same offsets, reporting what it cannot place', () => {
    const read = fromWebAnnotation(JSON.stringify(exported), model.text);
    const expected = allAnnotations(model);
    expect(read.map((item) => [item.kind, item.start, item.end])).toEqual(expected.map((item) => [item.kind, item.start, item.end]));
    expect(read.filter((item) => item.problem !== null).map((item) => item.problem)).toEqual([expect.stringContaining('will be deleted')]);
  });

  it('falls back to the quote when the position no longer fits', () => {
    const item = exported.first.items[0];
    const shifted = {
      ...item,
      target: {
        ...item?.target,
        selector: item?.target.selector.map((entry) =>
          entry.type === 'TextPositionSelector' ? { ...entry, start: entry.start + 3, end: entry.end + 3 } : entry,
        ),
      },
    };
    const [read] = fromWebAnnotation([shifted], model.text);
    expect(read?.start).toBe(allAnnotations(model)[0]?.start);
  });

  it.each([
    ['broken JSON', '[{"type": "Annotation"', /not valid JSON/],
    ['a wrong type', JSON.stringify({ type: 'Annotation', target: 5 }), /target/],
    [
      'an out-of-range position with no quote',
      JSON.stringify({
        type: 'Annotation',
        body: { purpose: 'tagging', value: 'claim' },
        target: { selector: { type: 'TextPositionSelector', start: 5, end: 1e9 } },
      }),
      null,
    ],
  ])('handles %s', (_name, input, message) => {
    if (message === null) {
      expect(fromWebAnnotation(input, model.text)[0]?.problem).toMatch(/does not fit/);
      return;
    }
    expect(() => fromWebAnnotation(input, model.text)).toThrow(ImportError);
    expect(() => fromWebAnnotation(input, model.text)).toThrow(message);
  });
});
