import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { drawInStepsAbove } from '../../../../client/src/editor/annotationPlugin.js';
import { annotationsMap, deleteAnnotation } from '../../../../shared/index.js';
import { AnnotatedState, attributesOf, speakerPerParagraph } from '../../../support/annotatedState.js';
import { mark } from '../../../support/article.js';
import { doc, p } from '../../../support/builders.js';

const article = () =>
  doc(
    p('The mayor said the port would reopen on Monday.'),
    p('Officials denied that the bridge was closed.'),
    p('According to the union, wages rose.'),
  );

/** The words marked in it, by a short name. */
const words = {
  said: 'The mayor said',
  reopen: 'the port would reopen on Monday',
  port: 'port',
  denied: 'Officials denied',
  bridge: 'the bridge was closed',
} as const;

/** The article with five marks, one nested in another; `ids` by the short name of their words. */
function annotated() {
  let ids: Record<keyof typeof words, string> = { said: '', reopen: '', port: '', denied: '', bridge: '' };
  const editor = new AnnotatedState(article(), {}, ({ article, layer }) => {
    ids = {
      said: mark(article, layer, 'attribution', words.said),
      reopen: mark(article, layer, 'claim', words.reopen),
      port: mark(article, layer, 'claim', words.port),
      denied: mark(article, layer, 'denial', words.denied),
      bridge: mark(article, layer, 'claim', words.bridge),
    };
  });
  return { editor, ids };
}

describe('the annotation plugin, placing a layer', () => {
  it('draws every annotation of the layer over its words when the editor starts', () => {
    const { editor, ids } = annotated();
    expect(Object.values(editor.drawn()).sort()).toEqual(Object.values(words).sort());
    for (const name of Object.keys(words) as (keyof typeof words)[]) expect(editor.drawn()[ids[name]]).toBe(words[name]);
    const { stale, dirty, dropped, drawn, shown, decorations } = editor.annotations;
    expect({ stale, dirty, dropped: [...dropped], drawn }).toEqual({ stale: false, dirty: null, dropped: [], drawn: 'all' });
    expect(shown).toBe(decorations);
  });

  it('underlines a mark nested in another one level deeper', () => {
    const { editor, ids } = annotated();
    const depthOf = (id: string) => /depth-(\d)/.exec(attributesOf(editor.decorationOf(id)).class ?? '')?.[1];
    // The outer one has no depth class at all: the default underline.
    expect(depthOf(ids.reopen)).toBeUndefined();
    expect(depthOf(ids.port)).toBe('1');
  });

  it('lists an entry it cannot read as damaged, and draws the rest', () => {
    const editor = new AnnotatedState(article(), {}, ({ article, layer }) => {
      mark(article, layer, 'claim', 'wages rose');
      annotationsMap(layer).set('junk', new Y.Map());
    });
    expect(editor.annotations.damaged.map((entry) => entry.id)).toEqual(['junk']);
    expect(Object.values(editor.drawn())).toEqual(['wages rose']);
  });
});

describe('the annotation plugin, through local edits', () => {
  it('moves marks with their words as a reviewer types, without placing them from Yjs', () => {
    const { editor, ids } = annotated();
    const resolved = editor.annotations.resolved;
    editor.type(1, 'Yesterday, ');
    expect(editor.drawn()[ids.said]).toBe('The mayor said');
    expect(editor.drawn()[ids.bridge]).toBe('the bridge was closed');
    expect(editor.annotations.resolved).toBe(resolved);
    expect(editor.annotations.stale).toBe(true);
    expect(editor.annotations.dirty).toEqual({ from: 1, to: 1 + 'Yesterday, '.length });
  });

  it('keeps one dirty range over every edit since the marks were last placed', () => {
    const { editor } = annotated();
    const bridge = editor.rangeOf('bridge');
    editor.type(bridge.from, 'old ');
    editor.type(1, 'So ');
    const dirty = editor.annotations.dirty;
    expect(dirty?.from).toBe(1);
    expect(editor.state.doc.textBetween(dirty?.from ?? 0, dirty?.to ?? 0)).toMatch(/^So .*the old/s);
  });

  it('notes a mark whose words were deleted here as dropped, for Yjs to place again', () => {
    const { editor, ids } = annotated();
    const range = editor.rangeOf('Officials denied');
    editor.apply(editor.state.tr.delete(range.from, range.to));
    expect(editor.drawn()[ids.denied]).toBeUndefined();
    expect([...editor.annotations.dropped]).toEqual([ids.denied]);
  });

  it('places the marks near the edits from Yjs again when typing settles', () => {
    const { editor, ids } = annotated();
    const far = editor.placed(ids.said);
    const range = editor.rangeOf('Officials denied');
    editor.apply(editor.state.tr.delete(range.from, range.to));
    // What y-prosemirror's view update does: the same deletion, in Yjs.
    editor.article.delete(range.from, range.to);
    editor.meta({ settle: true });
    const { stale, dirty, dropped, resolved } = editor.annotations;
    expect({ stale, dirty, dropped: [...dropped] }).toEqual({ stale: false, dirty: null, dropped: [] });
    expect(resolved.find((item) => item.annotation.id === ids.denied)?.status).toBe('orphaned');
    expect(editor.drawn()[ids.bridge]).toBe('the bridge was closed');
    // A mark in another paragraph is not placed again.
    expect(editor.placed(ids.said)).toBe(far);
  });
});

describe('the annotation plugin, through remote changes', () => {
  it('keeps the marks away from a collaborator’s edit, and places those it touched from Yjs', () => {
    const { editor, ids } = annotated();
    const far = editor.placed(ids.said);
    const resolved = editor.annotations.resolved;
    editor.article.insert(editor.article.rangeOf('bridge').from, 'old ');
    editor.remoteChange();
    expect(editor.drawn()[ids.bridge]).toBe('the old bridge was closed');
    expect(editor.drawn()[ids.denied]).toBe('Officials denied');
    expect(editor.placed(ids.said)).toBe(far);
    expect(editor.annotations.resolved).not.toBe(resolved);
    expect(editor.annotations.stale).toBe(false);
  });

  it('lists a mark whose words a collaborator deleted as orphaned', () => {
    const { editor, ids } = annotated();
    const range = editor.article.rangeOf('the bridge was closed');
    editor.article.delete(range.from, range.to);
    editor.remoteChange();
    expect(editor.drawn()[ids.bridge]).toBeUndefined();
    expect(editor.annotations.resolved.find((item) => item.annotation.id === ids.bridge)?.status).toBe('orphaned');
  });

  it('changes nothing for a remote transaction that leaves the document as it was', () => {
    const { editor } = annotated();
    const before = editor.annotations;
    editor.remoteChange();
    expect(editor.annotations).toBe(before);
  });
});

describe('the annotation plugin, through layer changes', () => {
  it('places a new mark, and removes a deleted one, touching no other', () => {
    const { editor, ids } = annotated();
    const other = editor.placed(ids.said);
    const added = mark(editor.article, editor.layer, 'claim', 'wages rose');
    deleteAnnotation(editor.layer, ids.port);
    editor.meta({ changed: [added, ids.port] });
    expect(editor.drawn()[added]).toBe('wages rose');
    expect(editor.drawn()[ids.port]).toBeUndefined();
    expect(editor.annotations.resolved.map((item) => item.annotation.id)).not.toContain(ids.port);
    expect(editor.placed(ids.said)).toBe(other);
  });

  it('moves an entry that became unreadable to the damaged list, and off it once deleted', () => {
    const { editor, ids } = annotated();
    const id = ids.denied;
    annotationsMap(editor.layer).set(id, new Y.Map());
    editor.meta({ changed: [id] });
    expect(editor.annotations.damaged.map((damaged) => damaged.id)).toEqual([id]);
    expect(editor.drawn()[id]).toBeUndefined();
    annotationsMap(editor.layer).delete(id);
    editor.meta({ changed: [id] });
    expect(editor.annotations.damaged).toEqual([]);
    expect(editor.placed(id)).toBeUndefined();
  });

  it('marks the selected annotation, and only it', () => {
    const { editor, ids } = annotated();
    const selected = (id: string) => attributesOf(editor.decorationOf(id)).class?.includes('annotation-selected');
    editor.meta({ select: ids.port });
    expect(editor.annotations.selectedId).toBe(ids.port);
    expect(Object.values(ids).filter(selected)).toEqual([ids.port]);
    editor.meta({ select: ids.said });
    expect(Object.values(ids).filter(selected)).toEqual([ids.said]);
    editor.meta({ select: null });
    expect(Object.values(ids).filter(selected)).toEqual([]);
  });
});

const bigLayer = () => speakerPerParagraph(drawInStepsAbove + 200);

describe('the annotation plugin, drawing a big layer', () => {
  it('draws the start of the document first, and the rest as it is asked to', () => {
    const editor = bigLayer();
    const { drawn, decorations, shown } = editor.annotations;
    expect(decorations.find().length).toBe(drawInStepsAbove + 200);
    if (drawn === 'all') throw new Error('A big layer was drawn whole at once.');
    expect(drawn.from).toBe(0);
    const inPage = shown.find();
    expect(inPage.length).toBeGreaterThan(0);
    expect(inPage.length).toBeLessThan(decorations.find().length);
    expect(inPage.every((decoration) => decoration.to <= drawn.to + 1)).toBe(true);
    editor.meta({ draw: { from: 0, to: drawn.to * 2 } });
    expect(editor.annotations.shown.find().length).toBeGreaterThan(inPage.length);
    editor.meta({ draw: 'all' });
    expect(editor.annotations.shown).toBe(editor.annotations.decorations);
  });

  it('adds each slice to what is drawn, leaving the drawn part as it was, and ends with every decoration', () => {
    const editor = bigLayer();
    const { drawn } = editor.annotations;
    if (drawn === 'all') throw new Error('A big layer was drawn whole at once.');
    const before = editor.annotations.shown;
    const firstBlock = editor.state.doc.child(0);
    editor.meta({ draw: { from: 0, to: drawn.to + 200 } });
    // The first paragraph's decorations are the very same objects: ProseMirror need not compare them again.
    expect(editor.annotations.shown.forChild(0, firstBlock)).toBe(before.forChild(0, firstBlock));
    editor.meta({ draw: 'all' });
    const all = editor.annotations.shown.find();
    expect(all.length).toBe(drawInStepsAbove + 200);
    expect(new Set(all.map((decoration) => (decoration.spec as { id: string }).id)).size).toBe(drawInStepsAbove + 200);
    expect(editor.annotations.decorations).toBe(editor.annotations.shown);
  });

  it('draws everything once an annotation is chosen, to scroll to it', () => {
    const editor = bigLayer();
    const last = editor.annotations.resolved.at(-1)?.annotation.id ?? '';
    editor.meta({ select: last });
    expect(editor.annotations.drawn).toBe('all');
    expect(editor.annotations.shown.find().length).toBe(drawInStepsAbove + 200);
  });

  it('keeps drawing only the start through a local edit there', () => {
    const editor = bigLayer();
    const drawn = editor.annotations.drawn;
    editor.type(1, 'A ');
    expect(editor.annotations.drawn).toEqual(drawn === 'all' ? 'all' : { from: drawn.from, to: drawn.to + 2 });
  });
});
