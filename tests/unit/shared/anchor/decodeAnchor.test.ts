import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { anchorProblem } from '../../../../shared/annotationEntry.js';
import { annotationDefaults, articleSchema, decodeAnchor, FragmentIndex, resolveAnnotations } from '../../../../shared/index.js';
import { anchorsOf, TestArticle } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

const article = TestArticle.from(doc(p('The port said it moved 9 million tonnes.')));
const encode = (json: Record<string, unknown>) => Y.encodeRelativePosition(Y.createRelativePositionFromJSON(json));

function decode(bytes: Uint8Array) {
  return decodeAnchor(bytes, article.ydoc, new FragmentIndex(article.fragment, articleSchema));
}

describe('decodeAnchor with hostile bytes', () => {
  it.each([
    ['one byte that decodes to a position naming nothing (Yjs throws "Unexpected case")', new Uint8Array([3])],
    ['bytes that do not decode', new Uint8Array([1])],
    ['no bytes', new Uint8Array([])],
    ['more bytes than any anchor takes', new Uint8Array(65).fill(1)],
    ['a position naming another root type', encode({ tname: 'meta', assoc: 0 })],
    ['a position naming a type that is a character', encode({ type: { client: article.ydoc.clientID, clock: 2 }, assoc: 0 })],
  ])('gives lost for %s, never throwing', (_name, bytes) => {
    expect(decode(bytes)).toEqual({ position: 'lost', deleted: true });
  });

  it('gives lost for what is not bytes at all', () => {
    expect(decode('claim' as unknown as Uint8Array)).toEqual({ position: 'lost', deleted: true });
    expect(decode(null as unknown as Uint8Array)).toEqual({ position: 'lost', deleted: true });
  });

  it('makes no root type in the article for a name it does not know', () => {
    decode(encode({ tname: 'elsewhere', assoc: 0 }));
    expect(article.ydoc.share.has('elsewhere')).toBe(false);
  });

  it('waits for an item the article has not received yet', () => {
    expect(decode(encode({ item: { client: 4242, clock: 7 }, assoc: 0 })).position).toBe('pending');
  });

  it('resolves real anchors', () => {
    const { start, end } = anchorsOf(article, '9 million tonnes');
    const { from, to } = article.rangeOf('9 million tonnes');
    expect([decode(start).position, decode(end).position]).toEqual([from, to]);
  });

  it('never throws, whatever the bytes, and calls them lost unless they are an anchor', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
        const { position } = decode(bytes);
        if (anchorProblem(bytes) !== null) expect(position).toBe('lost');
      }),
      { numRuns: 2000 },
    );
  });

  it('lets one broken anchor leave the others placed', () => {
    const good = anchorsOf(article, 'The port said');
    const author = { id: 'a', name: 'Ana' };
    const base = { quote: 'x', prefix: '', suffix: '', author, createdAt: '', updatedAt: '', note: '', verdict: 'unverified' as const };
    const extra = annotationDefaults();
    const resolved = resolveAnnotations(
      [
        { id: 'broken', kind: 'claim', start: new Uint8Array([3]), end: new Uint8Array([3]), ...base, ...extra },
        { id: 'good', kind: 'attribution', ...good, author, createdAt: '', updatedAt: '', ...extra },
      ],
      article.state(),
    );
    expect(resolved.map((item) => [item.annotation.id, item.status])).toEqual([
      ['good', 'anchored'],
      ['broken', 'orphaned'],
    ]);
  });
});
