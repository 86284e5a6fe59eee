import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { TextMap } from '../../../shared/anchor/textMap.js';

/** Selects a stretch of the article given as offsets into its text export, and scrolls it into view. */
export function revealText(view: EditorView, start: number, end: number): void {
  const map = TextMap.of(view.state.doc);
  const from = map.posAt(Math.min(start, map.text.length), 1);
  const to = map.posAt(Math.min(end, map.text.length), -1);
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
}
