import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Node } from 'prosemirror-model';
import { annotationKinds, deleteAnnotation, listAnnotations, updateAnnotation, verdicts } from '../../../shared/index.js';
import { mark, resolveLayer, TestArticle } from '../../support/article.js';
import { doc, p } from '../../support/builders.js';

/** One peer: its own article and layer docs, and updates waiting to reach each other peer. */
interface Replica {
  article: TestArticle;
  layer: Y.Doc;
  /** outbox[j]: updates not yet delivered to replica j, in the order they were made. */
  outbox: Uint8Array[][];
}

const peers = 3;

function createReplicas(): Replica[] {
  const seed = TestArticle.from(
    doc(p('The mayor said the new bridge was safe.'), p('Engineers denied it on Monday.'), p('Residents were not told.')),
  );
  const initial = Y.encodeStateAsUpdate(seed.ydoc);
  const replicas: Replica[] = [];
  for (let index = 0; index < peers; index++) {
    const article = new TestArticle();
    Y.applyUpdate(article.ydoc, initial);
    const replica: Replica = { article, layer: new Y.Doc(), outbox: Array.from({ length: peers }, () => []) };
    const share = (update: Uint8Array, origin: unknown, target: 'article' | 'layer') => {
      if (origin === 'remote') return;
      replica.outbox.forEach((queue, peer) => {
        if (peer !== index) queue.push(tag(target, update));
      });
    };
    article.ydoc.on('update', (update: Uint8Array, origin: unknown) => share(update, origin, 'article'));
    replica.layer.on('update', (update: Uint8Array, origin: unknown) => share(update, origin, 'layer'));
    replicas.push(replica);
  }
  return replicas;
}

// An update is tagged with the doc it belongs to by a first byte.
function tag(target: 'article' | 'layer', update: Uint8Array): Uint8Array {
  const tagged = new Uint8Array(update.length + 1);
  tagged[0] = target === 'article' ? 0 : 1;
  tagged.set(update, 1);
  return tagged;
}

function deliver(replicas: Replica[], from: number, to: number, pick: number): void {
  const queue = replicas[from]?.outbox[to];
  const target = replicas[to];
  if (queue === undefined || target === undefined || queue.length === 0) return;
  // Any waiting update, not only the oldest: Yjs must cope with any order.
  const [tagged] = queue.splice(pick % queue.length, 1);
  if (tagged === undefined) return;
  Y.applyUpdate(tagged[0] === 0 ? target.article.ydoc : target.layer, tagged.subarray(1), 'remote');
}

const operation = fc.oneof(
  fc.record({
    type: fc.constant('insert' as const),
    replica: fc.nat(peers - 1),
    at: fc.nat(),
    text: fc.constantFrom('x', 'new ', ' said ', 'é', '🐟', 'bridge '),
  }),
  fc.record({ type: fc.constant('delete' as const), replica: fc.nat(peers - 1), at: fc.nat(), length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ type: fc.constant('split' as const), replica: fc.nat(peers - 1), at: fc.nat() }),
  fc.record({
    type: fc.constant('mark' as const),
    replica: fc.nat(peers - 1),
    at: fc.nat(),
    length: fc.integer({ min: 1, max: 20 }),
    kind: fc.constantFrom(...annotationKinds),
  }),
  fc.record({ type: fc.constant('update' as const), replica: fc.nat(peers - 1), pick: fc.nat(), verdict: fc.constantFrom(...verdicts) }),
  fc.record({ type: fc.constant('remove' as const), replica: fc.nat(peers - 1), pick: fc.nat() }),
  fc.record({
    type: fc.constant('deliver' as const),
    from: fc.nat(peers - 1),
    to: fc.nat(peers - 1),
    pick: fc.nat(),
    count: fc.integer({ min: 1, max: 5 }),
  }),
);

type Operation = typeof operation extends fc.Arbitrary<infer T> ? T : never;

/**
 * The position itself, or one back if it falls between the two halves of a
 * surrogate pair ("🐟"): an editor never puts the caret there, and a lone half
 * does not survive Yjs's UTF-8 encoding.
 */
function onCodePoint(doc: Node, pos: number): number {
  const before = doc.textBetween(Math.max(0, pos - 1), pos);
  return before.length === 1 && /[\uD800-\uDBFF]/.test(before) ? pos - 1 : pos;
}

/** A text position inside some paragraph of a replica's article, chosen by `at`. */
function textPosition(article: TestArticle, at: number): { pos: number; end: number } | null {
  const current = article.doc();
  const paragraphs: { start: number; end: number }[] = [];
  current.forEach((node, offset) => {
    if (node.isTextblock) paragraphs.push({ start: offset + 1, end: offset + 1 + node.content.size });
  });
  const paragraph = paragraphs[at % paragraphs.length];
  if (paragraph === undefined) return null;
  const size = paragraph.end - paragraph.start;
  const pos = paragraph.start + (size === 0 ? 0 : Math.floor(at / paragraphs.length) % (size + 1));
  return { pos: onCodePoint(current, pos), end: paragraph.end };
}

function apply(replicas: Replica[], op: Operation): void {
  if (op.type === 'deliver') {
    for (let count = 0; count < op.count; count++) deliver(replicas, op.from, op.to, op.pick + count);
    return;
  }
  const replica = replicas[op.replica];
  if (replica === undefined) return;
  const { article, layer } = replica;
  switch (op.type) {
    case 'insert': {
      const position = textPosition(article, op.at);
      if (position !== null) article.insert(position.pos, op.text);
      return;
    }
    case 'delete': {
      const position = textPosition(article, op.at);
      if (position !== null && position.pos < position.end)
        article.delete(position.pos, onCodePoint(article.doc(), Math.min(position.end, position.pos + op.length)));
      return;
    }
    case 'split': {
      const position = textPosition(article, op.at);
      if (position !== null && position.pos < position.end) article.splitParagraph(position.pos);
      return;
    }
    case 'mark': {
      const position = textPosition(article, op.at);
      if (position === null || position.pos >= position.end) return;
      const to = Math.min(position.end, position.pos + op.length);
      const words = article.doc().textBetween(position.pos, to);
      // Mark the occurrence at this position: count earlier occurrences in the text.
      const map = article.text();
      const before = article.doc().textBetween(0, position.pos, '\n\n', '\n');
      let occurrence = 0;
      for (let found = map.indexOf(words); found !== -1 && found < before.length; found = map.indexOf(words, found + 1)) occurrence++;
      if (words.trim() !== '') mark(article, layer, op.kind, words, occurrence);
      return;
    }
    case 'update': {
      const annotations = listAnnotations(layer);
      const target = annotations[op.pick % Math.max(1, annotations.length)];
      if (target !== undefined) updateAnnotation(layer, target.id, { verdict: op.verdict, note: `set to ${op.verdict}` });
      return;
    }
    case 'remove': {
      const annotations = listAnnotations(layer);
      const target = annotations[op.pick % Math.max(1, annotations.length)];
      if (target !== undefined) deleteAnnotation(layer, target.id);
      return;
    }
  }
}

/** What every replica must agree on: each annotation, where it resolves and the text it covers. */
function outcome(replica: Replica) {
  const current = replica.article.doc();
  return resolveLayer(replica.article, replica.layer).map((resolved) => ({
    id: resolved.annotation.id,
    fields: { ...resolved.annotation, start: Array.from(resolved.annotation.start), end: Array.from(resolved.annotation.end) },
    status: resolved.status,
    range: resolved.status === 'anchored' ? [resolved.from, resolved.to] : null,
    text: resolved.status === 'anchored' ? current.textBetween(resolved.from, resolved.to, '\n\n', '\n') : null,
  }));
}

describe('convergence of annotations under concurrent edits', () => {
  it('three replicas with random edits, marks and delivery order end identical', () => {
    fc.assert(
      fc.property(fc.array(operation, { minLength: 1, maxLength: 60 }), (operations) => {
        const replicas = createReplicas();
        for (const op of operations) apply(replicas, op);
        // Deliver everything that is still waiting, in any order.
        for (let round = 0; round < 3; round++) {
          for (let from = 0; from < peers; from++)
            for (let to = 0; to < peers; to++) while ((replicas[from]?.outbox[to]?.length ?? 0) > 0) deliver(replicas, from, to, round);
        }
        const [first, ...others] = replicas.map(outcome);
        for (const other of others) expect(other).toEqual(first);
        const texts = replicas.map((replica) => replica.article.text());
        for (const text of texts) expect(text).toBe(texts[0]);
        const size = replicas[0]?.article.doc().content.size ?? 0;
        for (const item of first ?? []) {
          expect(item.status).not.toBe('pending');
          if (item.range !== null) {
            expect(item.range[0]).toBeGreaterThanOrEqual(0);
            expect(item.range[0]).toBeLessThan(item.range[1] ?? 0);
            expect(item.range[1]).toBeLessThanOrEqual(size);
          }
        }
      }),
      { numRuns: Number(process.env['FACTMARK_PROPERTY_RUNS'] ?? 150) },
    );
    // About a second alone; more on a busy machine.
  }, 30_000);
});
