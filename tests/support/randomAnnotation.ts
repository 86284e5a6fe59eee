import fc from 'fast-check';
import * as Y from 'yjs';
import type { z } from 'zod';
import { annotationKinds, detailFields, detailShape, sourceTypes, verdicts, type Annotation } from '../../shared/index.js';

/** Objects as JSON and Yjs make them (fast-check may otherwise give some no prototype, which Yjs refuses to store). */
const plain = { noNullPrototype: true } as const;

/** An anchor into the article: an item of some client, or the article fragment itself. */
const anchor = fc
  .oneof(
    fc
      .record({ client: fc.nat(2 ** 32 - 1), clock: fc.nat(1_000_000) }, plain)
      .map(({ client, clock }) => new Y.RelativePosition(null, null, Y.createID(client, clock), 0)),
    fc.integer({ min: -1, max: 0 }).map((assoc) => new Y.RelativePosition(null, 'prosemirror', null, assoc)),
  )
  .map((relative) => Y.encodeRelativePosition(relative));

const id = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
const time = fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
const text = (max: number) => fc.string({ maxLength: max, unit: 'grapheme' });

/**
 * Values of a zod schema of the kinds annotation fields use (text, choices,
 * lists, records, yes/no, numbers): what a field added to the schema is
 * filled with, so the properties cover it with no change here.
 */
function arbitraryOf(schema: z.ZodType): fc.Arbitrary<unknown> {
  const def = schema.def as { type: string; innerType?: z.ZodType; element?: z.ZodType; entries?: Record<string, unknown> };
  switch (def.type) {
    case 'string':
      return text(Math.min((schema as z.ZodString).maxLength ?? 40, 40));
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'boolean':
      return fc.boolean();
    case 'number':
      return fc.integer({ min: 0, max: 1_000_000 });
    case 'array':
      return fc.array(arbitraryOf(def.element as z.ZodType), { maxLength: 3 });
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries((schema as z.ZodObject).shape).map(([key, field]) => [key, arbitraryOf(field as z.ZodType)])),
        plain,
      );
    case 'default':
    case 'optional':
      return arbitraryOf(def.innerType as z.ZodType);
    case 'nullable':
      return fc.option(arbitraryOf(def.innerType as z.ZodType), { nil: null });
    default:
      throw new TypeError(`No random values for a zod "${def.type}" field: describe it in randomAnnotation.`);
  }
}

/** The fields whose values need more than their type says (anchors, URLs, ids, times). */
const described = {
  id,
  kind: fc.constantFrom(...annotationKinds),
  start: anchor,
  end: anchor,
  quote: text(200),
  prefix: text(40),
  suffix: text(40),
  author: fc.record({ id: text(20), name: text(30) }, plain),
  createdAt: time,
  updatedAt: time,
  note: text(200),
  verdict: fc.constantFrom(...verdicts),
  evidence: fc.array(
    fc.record({ url: fc.webUrl({ validSchemes: ['https', 'http'] }).filter((url) => url.length <= 2000), title: text(40) }, plain),
    { maxLength: 3 },
  ),
  speaker: fc.record({ name: text(30), role: text(30) }, plain),
  sourceType: fc.constantFrom(...sourceTypes),
  links: fc.array(id, { maxLength: 4 }),
  priorReview: fc.option(
    fc.record(
      {
        source: fc.constantFrom('workspace' as const, 'feed' as const),
        id: text(30),
        // A mark's route in the workspace, or a review's address.
        url: fc.option(
          fc.oneof(
            id.map((mark) => `#/d/doc/m/${mark}`),
            fc.webUrl({ validSchemes: ['https'] }).filter((url) => url.length <= 2000),
          ),
          {
            nil: null,
          },
        ),
        claim: text(200),
        verdict: fc.option(text(20), { nil: null }),
        reviewer: fc.option(text(30), { nil: null }),
      },
      plain,
    ),
    { nil: null },
  ),
};

/** Any annotation the model may hold: every field random, within its limits (lists kept short, so runs stay quick). */
export const randomAnnotation = fc.record(
  {
    ...Object.fromEntries(
      detailFields.filter((field) => !(field in described)).map((field) => [field, arbitraryOf(detailShape[field] as z.ZodType)]),
    ),
    ...described,
  },
  plain,
) as fc.Arbitrary<Annotation>;
