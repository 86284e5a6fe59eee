import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { annotationPluginKey, drawInStepsAbove, reanchorOrigin, settleAfterMs } from '../../../../client/src/editor/annotationPlugin.js';
import { AnnotatedState, BareView, remoteChange, speakerPerParagraph } from '../../../support/annotatedState.js';
import { joinParagraphs, mark, resolveLayer } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

/*
 * The plugin's view side: the timer that places marks again once typing
 * pauses, layer changes gathered into one transaction, and a big layer drawn
 * in slices while the page is idle. Time is simulated; the page's animation
 * frames are timers of one frame, and its idle time a timer of a millisecond
 * with time for one slice.
 */
beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', {
    requestAnimationFrame: (callback: (time: number) => void) => setTimeout(() => callback(performance.now()), 16),
    cancelAnimationFrame: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    requestIdleCallback: (callback: (deadline: { timeRemaining: () => number }) => void) =>
      setTimeout(() => callback({ timeRemaining: () => 1 }), 1),
    cancelIdleCallback: (id: ReturnType<typeof setTimeout>) => clearTimeout(id),
    innerHeight: 0,
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

function opened() {
  let id = '';
  const editor = new AnnotatedState(doc(p('The mayor said the port would reopen on Monday.'), p('Officials denied it.')), {}, (self) => {
    id = mark(self.article, self.layer, 'claim', 'the port would reopen');
  });
  const view = new BareView(editor.state);
  return { editor, view, id };
}

/** Types at a position here and, as y-prosemirror's view update does, in Yjs. */
function type(editor: AnnotatedState, view: BareView, pos: number, text: string) {
  view.dispatch(view.state.tr.insertText(text, pos));
  editor.article.insert(pos, text);
  editor.state = view.state;
}

describe('the annotation plugin in a view', () => {
  it('reports the placed annotations when the view opens', () => {
    const { editor, id } = opened();
    expect(editor.changes.at(-1)?.resolved.map((item) => item.annotation.id)).toEqual([id]);
  });

  it('places marks from Yjs again once typing pauses, not while it goes on', () => {
    const { editor, view } = opened();
    type(editor, view, 1, 'A');
    vi.advanceTimersByTime(settleAfterMs - 1);
    type(editor, view, 2, 'B');
    vi.advanceTimersByTime(settleAfterMs - 1);
    expect(annotationState(view).stale).toBe(true);
    vi.advanceTimersByTime(1);
    expect(annotationState(view).stale).toBe(false);
    expect(annotationState(view).dirty).toBeNull();
    // Settled once: nothing more is placed until the next edit.
    const dispatched = view.dispatched;
    vi.advanceTimersByTime(settleAfterMs * 2);
    expect(view.dispatched).toBe(dispatched);
  });

  it('places layer changes made together in one transaction, after the current task', async () => {
    const { editor, view } = opened();
    const before = view.dispatched;
    const first = mark(editor.article, editor.layer, 'attribution', 'The mayor said');
    const second = mark(editor.article, editor.layer, 'denial', 'Officials denied');
    editor.state = view.state;
    expect(editor.placed(first)).toBeUndefined();
    await Promise.resolve();
    editor.state = view.state;
    expect(view.dispatched - before).toBe(1);
    expect(editor.drawn()[first]).toBe('The mayor said');
    expect(editor.drawn()[second]).toBe('Officials denied');
    expect(editor.changes.at(-1)?.resolved.length).toBe(3);
  });

  it('draws a big layer in slices while the page is idle, until all is drawn', () => {
    const count = drawInStepsAbove + 200;
    const editor = speakerPerParagraph(count);
    const view = new BareView(editor.state);
    // The first update after opening starts the slices, as ProseMirror's first redraw would.
    view.dispatch(view.state.tr);
    const shown: number[] = [];
    for (let step = 0; step < 20 && annotationState(view).drawn !== 'all'; step++) {
      shown.push(annotationState(view).shown.find().length);
      vi.advanceTimersToNextTimer();
    }
    expect(annotationState(view).drawn).toBe('all');
    expect(annotationState(view).shown.find().length).toBe(count);
    expect(shown.length).toBeGreaterThan(2);
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
  });

  it('writes back where a mark was found again, once, when this reader may write the layer', async () => {
    for (const canWrite of [true, false]) {
      let id = '';
      const editor = new AnnotatedState(
        doc(p('The mayor spoke.'), p('He said the port would reopen.')),
        { canWriteLayer: () => canWrite },
        (self) => {
          id = mark(self.article, self.layer, 'claim', 'the port would reopen');
        },
      );
      const view = new BareView(editor.state);
      const written: unknown[] = [];
      editor.layer.on('update', (_update: Uint8Array, origin: unknown) => written.push(origin));
      // A collaborator joins the paragraphs: y-prosemirror deletes the text and inserts it again.
      joinParagraphs(editor.article, 1);
      view.dispatch(remoteChange(view.state, editor.article.doc()));
      await Promise.resolve();
      await Promise.resolve();
      editor.state = view.state;
      expect(editor.drawn()[id]).toBe('the port would reopen');
      expect(written).toEqual(canWrite ? [reanchorOrigin] : []);
      if (canWrite) expect(resolveLayer(editor.article, editor.layer)[0]).toMatchObject({ status: 'anchored', anchorsStale: false });
    }
  });

  it('writes the words a mark now covers as its quote once typing into it pauses, when this reader may write the layer', async () => {
    for (const canWrite of [true, false]) {
      const editor = new AnnotatedState(
        doc(p('The mayor said the port would reopen on Monday.')),
        { canWriteLayer: () => canWrite },
        (self) => {
          mark(self.article, self.layer, 'claim', 'the port would reopen');
        },
      );
      const view = new BareView(editor.state);
      const written: unknown[] = [];
      editor.layer.on('update', (_update: Uint8Array, origin: unknown) => written.push(origin));
      type(editor, view, editor.article.rangeOf('reopen').from, 'soon ');
      vi.advanceTimersByTime(settleAfterMs);
      await Promise.resolve();
      expect(written).toEqual(canWrite ? [reanchorOrigin] : []);
      const [placed] = resolveLayer(editor.article, editor.layer);
      expect(placed?.annotation.quote).toBe(canWrite ? 'the port would soon reopen' : 'the port would reopen');
      // Either way this page's list and details quote the words the mark now covers.
      await Promise.resolve();
      expect(annotationState(view).resolved[0]?.annotation.quote).toBe('the port would soon reopen');
      // Its anchors are the ones it had: only the words between them were written.
      expect(placed).toMatchObject({ status: 'anchored', reanchored: false, anchorsStale: false });
      if (canWrite) expect(placed?.annotation.suffix.startsWith(' on Monday')).toBe(true);
    }
  });

  it('writes the quote of a mark whose words were edited while no reader that may write the layer was here, once the page has opened', async () => {
    for (const canWrite of [true, false]) {
      let id = '';
      const editor = new AnnotatedState(
        doc(p('The mayor said the port would reopen on Monday.'), p('Officials denied it.')),
        { canWriteLayer: () => canWrite },
        (self) => {
          id = mark(self.article, self.layer, 'claim', 'the port would reopen');
          mark(self.article, self.layer, 'denial', 'Officials denied');
          // The article was edited inside the claim while this layer's writer was away.
          self.article.insert(self.article.rangeOf('reopen').from, 'soon ');
        },
      );
      const view = new BareView(editor.state);
      const written: unknown[] = [];
      editor.layer.on('update', (_update: Uint8Array, origin: unknown) => written.push(origin));
      // The open's idle moment, then one to check the marks' words.
      await vi.advanceTimersByTimeAsync(10);
      expect(written).toEqual(canWrite ? [reanchorOrigin] : []);
      const quotes = resolveLayer(editor.article, editor.layer).map((item) => item.annotation.quote);
      expect(quotes).toEqual([canWrite ? 'the port would soon reopen' : 'the port would reopen', 'Officials denied']);
      // …and a reader who may not write it sees the words in the list and the details all the same.
      expect(annotationState(view).resolved.map((item) => item.annotation.quote)).toEqual([
        'the port would soon reopen',
        'Officials denied',
      ]);
      expect(resolveLayer(editor.article, editor.layer).find((item) => item.annotation.id === id)).toMatchObject({ anchorsStale: false });
      view.destroy();
    }
  });

  it('writes the quote again when another reader cuts words inside a mark, and not when the words around it change', async () => {
    let id = '';
    const editor = new AnnotatedState(doc(p('The mayor said the port would reopen on Monday.')), { canWriteLayer: () => true }, (self) => {
      id = mark(self.article, self.layer, 'claim', 'the port would reopen');
    });
    const view = new BareView(editor.state);
    const written: unknown[] = [];
    editor.layer.on('update', (_update: Uint8Array, origin: unknown) => written.push(origin));
    editor.article.insert(editor.article.rangeOf('Monday').from, 'next ');
    view.dispatch(remoteChange(view.state, editor.article.doc()));
    await Promise.resolve();
    expect(written).toEqual([]);
    const { from, to } = editor.article.rangeOf('would ');
    editor.article.delete(from, to);
    view.dispatch(remoteChange(view.state, editor.article.doc()));
    await Promise.resolve();
    expect(written).toEqual([reanchorOrigin]);
    expect(resolveLayer(editor.article, editor.layer).find((item) => item.annotation.id === id)?.annotation.quote).toBe('the port reopen');
  });

  it('stops listening and clears its timers when the view is destroyed', async () => {
    const { editor, view } = opened();
    type(editor, view, 1, 'A');
    const dispatched = view.dispatched;
    view.destroy();
    expect(vi.getTimerCount()).toBe(0);
    mark(editor.article, editor.layer, 'denial', 'Officials denied');
    await Promise.resolve();
    expect(view.dispatched).toBe(dispatched);
  });
});

function annotationState(view: BareView) {
  const state = annotationPluginKey.getState(view.state);
  if (state === undefined) throw new RangeError('The annotation plugin has no state.');
  return state;
}
