import { TextSelection } from 'prosemirror-state';
import type { EditorView } from 'prosemirror-view';
import { TextMap } from '../../../shared/anchor/textMap.js';
import { CodePointOffsets } from '../../../shared/codePoints.js';

/** Selects a stretch of the article given as offsets into its text export (in code points, as the API gives them), and scrolls it into view. */
export function revealText(view: EditorView, start: number, end: number): void {
  const map = TextMap.of(view.state.doc);
  const offsets = CodePointOffsets.of(map.text);
  const from = map.posAt(offsets.toUtf16(Math.min(start, offsets.length)), 1);
  const to = map.posAt(offsets.toUtf16(Math.min(end, offsets.length)), -1);
  view.focus();
  view.dispatch(view.state.tr.setSelection(TextSelection.create(view.state.doc, from, to)).scrollIntoView());
}
