import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { CombinedHistory } from '../../../../client/src/editor/history.js';

/** An article text and a layer map, each with its own undo manager tracking this person's origin, as the editor has them. */
function twoDocs() {
  const own = { name: 'this reviewer' };
  const article = new Y.Doc();
  const layer = new Y.Doc();
  const text = article.getText('article');
  const marks = layer.getMap<string>('annotations');
  // No merging of quick changes into one step: each change here is one undo.
  const options = { trackedOrigins: new Set([own]), captureTimeout: 0 };
  const articleUndo = new Y.UndoManager(text, options);
  const layerUndo = new Y.UndoManager(marks, options);
  const history = new CombinedHistory(articleUndo, layerUndo);
  return {
    text,
    marks,
    history,
    articleUndo,
    layerUndo,
    type: (at: number, words: string) => article.transact(() => text.insert(at, words), own),
    mark: (id: string, kind: string) => layer.transact(() => marks.set(id, kind), own),
    /** What both docs hold, in one line. */
    seen: () => `${text.toString()} | ${[...marks.entries()].map(([id, kind]) => `${id}:${kind}`).join(',')}`,
  };
}

describe('one undo history over the article and the layer', () => {
  it('undoes this person’s changes latest first, whichever doc each was in, and redoes them in order', () => {
    const t = twoDocs();
    t.type(0, 'The port');
    t.mark('a', 'claim');
    t.type(8, ' reopened');
    t.mark('b', 'denial');
    const steps = [t.seen()];
    for (let i = 0; i < 4; i++) {
      expect(t.history.undo()).toBe(true);
      steps.push(t.seen());
    }
    expect(steps).toEqual([
      'The port reopened | a:claim,b:denial',
      'The port reopened | a:claim',
      'The port | a:claim',
      'The port | ',
      ' | ',
    ]);
    expect(t.history.undo()).toBe(false);
    for (let i = 0; i < 4; i++) expect(t.history.redo()).toBe(true);
    expect(t.seen()).toBe('The port reopened | a:claim,b:denial');
    expect(t.history.redo()).toBe(false);
  });

  it('ends the redo history of both docs with a fresh change in either', () => {
    const t = twoDocs();
    t.type(0, 'The port');
    t.mark('a', 'claim');
    t.history.undo();
    t.history.undo();
    expect(t.articleUndo.redoStack.length + t.layerUndo.redoStack.length).toBe(2);
    t.mark('b', 'denial');
    expect(t.articleUndo.redoStack.length + t.layerUndo.redoStack.length).toBe(0);
    expect(t.history.redo()).toBe(false);
  });

  it('keeps redo history through an undo and redo of its own', () => {
    const t = twoDocs();
    t.type(0, 'The port');
    t.mark('a', 'claim');
    t.history.undo();
    t.history.undo();
    t.history.redo();
    expect(t.seen()).toBe('The port | ');
    expect(t.history.redo()).toBe(true);
    expect(t.seen()).toBe('The port | a:claim');
  });

  it('skips a step a collaborator’s change took away, keeping the order of the rest', () => {
    const t = twoDocs();
    t.type(0, 'The port');
    t.type(8, ' reopened');
    t.mark('a', 'claim');
    // A collaborator deletes the words this reviewer typed second: that step has nothing left to undo.
    t.text.doc?.transact(() => t.text.delete(8, 9), 'collaborator');
    expect(t.history.undo()).toBe(true);
    expect(t.seen()).toBe('The port | ');
    expect(t.history.undo()).toBe(true);
    expect(t.seen()).toBe(' | ');
    expect(t.history.undo()).toBe(false);
  });

  it('passes over a step a collaborator took away to the newest left, in whichever doc it is', () => {
    const t = twoDocs();
    t.type(0, 'The port');
    t.mark('a', 'claim');
    t.type(8, ' reopened');
    // A collaborator deletes the words this reviewer typed last: that undo step has nothing left to do.
    t.text.doc?.transact(() => t.text.delete(8, 9), 'collaborator');
    expect(t.history.undo()).toBe(true);
    expect(t.seen()).toBe('The port | ');
    expect(t.history.undo()).toBe(true);
    expect(t.seen()).toBe(' | ');
    expect(t.history.redo()).toBe(true);
    expect(t.seen()).toBe('The port | ');
    expect(t.history.redo()).toBe(true);
    expect(t.seen()).toBe('The port | a:claim');
  });

  it('stops ordering once destroyed', () => {
    const t = twoDocs();
    t.history.destroy();
    t.type(0, 'The port');
    t.mark('a', 'claim');
    // Without stamps neither stack is known to hold anything.
    expect(t.history.undo()).toBe(false);
  });
});
