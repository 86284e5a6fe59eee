import fc from 'fast-check';
import * as Y from 'yjs';
import { annotationKinds, sourceTypes, verdicts, type Annotation } from '../../shared/index.js';

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

/** Any annotation the model may hold: every field random, within its limits (lists kept short, so runs stay quick). */
export const randomAnnotation: fc.Arbitrary<Annotation> = fc.record(
  {
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
  },
  plain,
);
