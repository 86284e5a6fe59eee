import { Plugin, PluginKey } from 'prosemirror-state';
import { Decoration, DecorationSet, type EditorView } from 'prosemirror-view';
import type { Disagreement } from '../../../shared/agreement/index.js';

/** A disagreement placed in the editor (`start`/`end` are editor positions), with the text a hover shows. */
export interface PlacedDisagreement extends Disagreement {
  title: string;
}

const disagreementPluginKey = new PluginKey<DecorationSet>('disagreements');

/**
 * Draws where two layers differ, over the article: a plugin that holds the
 * decorations it is given and maps them through local edits until it is
 * given new ones.
 */
export function disagreementPlugin(): Plugin<DecorationSet> {
  return new Plugin<DecorationSet>({
    key: disagreementPluginKey,
    state: {
      init: () => DecorationSet.empty,
      apply: (tr, decorations) => {
        const next = tr.getMeta(disagreementPluginKey) as DecorationSet | undefined;
        return next ?? decorations.map(tr.mapping, tr.doc);
      },
    },
    props: {
      decorations: (state) => disagreementPluginKey.getState(state) ?? DecorationSet.empty,
    },
  });
}

/** Shows these disagreements in the editor, replacing any shown before (none: clears them). */
export function showDisagreements(view: EditorView, disagreements: readonly PlacedDisagreement[]): void {
  const size = view.state.doc.content.size;
  const decorations = disagreements
    .filter((item) => item.start < item.end && item.end <= size)
    .map((item) =>
      Decoration.inline(item.start, item.end, {
        // A wrapper of its own, so overlapping disagreements keep their own titles.
        nodeName: 'span',
        class: `disagreement disagreement-${item.side} disagreement-${item.type}`,
        title: item.title,
        'data-disagreement': `${item.side} ${item.type} ${item.kind}`,
      }),
    );
  view.dispatch(view.state.tr.setMeta(disagreementPluginKey, DecorationSet.create(view.state.doc, decorations)));
}
