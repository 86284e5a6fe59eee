import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { annotationEntryProblem, anchorProblem } from '../../../shared/annotationEntry.js';
import { annotationsMap, createAnnotation } from '../../../shared/index.js';

/** A layer holding one annotation over "ell" of an article "hello", and that article's doc. */
function layerWithOneMark() {
  const article = new Y.Doc();
  const text = new Y.XmlText();
  article.getXmlFragment('prosemirror').insert(0, [text]);
  text.insert(0, 'hello');
  const at = (index: number, assoc: number) => Y.encodeRelativePosition(Y.createRelativePositionFromTypeIndex(text, index, assoc));
  const layer = new Y.Doc();
  const id = createAnnotation(layer, {
    kind: 'claim',
    start: at(1, 0),
    end: at(4, -1),
    quote: 'ell',
    prefix: 'h',
    suffix: 'o',
    author: { id: 'a', name: 'Ana' },
  });
  const entry = annotationsMap(layer).get(id);
  if (entry === undefined) throw new Error('the annotation was not written');
  return { entry, at };
}

describe('annotation entries at the door', () => {
  it('accepts an entry as the model writes it', () => {
    expect(annotationEntryProblem(layerWithOneMark().entry)).toBeNull();
  });

  it.each([
    [
      'a one-byte anchor naming nothing',
      (entry: Y.Map<unknown>) => entry.set('span', { ...(entry.get('span') as object), start: new Uint8Array([3]) }),
      /start: names no item and no type/,
    ],
    [
      'an anchor that does not decode',
      (entry: Y.Map<unknown>) => entry.set('span', { ...(entry.get('span') as object), end: new Uint8Array([1]) }),
      /end: does not decode/,
    ],
    ['an unknown kind', (entry: Y.Map<unknown>) => entry.set('made', { ...(entry.get('made') as object), kind: 'rumour' }), /kind/],
    [
      'a javascript: evidence link',
      (entry: Y.Map<unknown>) => entry.set('evidence', [{ url: 'javascript:alert(1)', title: 'x' }]),
      /evidence\.0\.url/,
    ],
    ['a note that is not text', (entry: Y.Map<unknown>) => entry.set('note', 42), /note/],
    ['a huge note', (entry: Y.Map<unknown>) => entry.set('note', 'x'.repeat(20_001)), /note/],
  ])('names what is wrong with %s', (_name, damage, problem) => {
    const { entry } = layerWithOneMark();
    damage(entry);
    expect(annotationEntryProblem(entry)).toMatch(problem);
  });

  it('refuses what is not a map', () => {
    expect(annotationEntryProblem('claim')).toBe('is not a map of fields');
  });

  it('accepts anchors to the article fragment by name, and no other type', () => {
    const byName = Y.encodeRelativePosition(new Y.RelativePosition(null, 'prosemirror', null, 0));
    const other = Y.encodeRelativePosition(new Y.RelativePosition(null, 'meta', null, 0));
    expect(anchorProblem(byName)).toBeNull();
    expect(anchorProblem(other)).toMatch(/not the article/);
  });
});
