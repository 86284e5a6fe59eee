import { TextSelection, type Command, type EditorState } from 'prosemirror-state';
import type { AnnotationKind } from '../../../shared/annotation.js';
import { annotationPluginKey, annotationsAt } from './annotationPlugin.js';

/** A mark as drawn now: where its decorations start and end, through local edits since it was placed. */
export interface DrawnMark {
  id: string;
  kind: AnnotationKind;
  from: number;
  to: number;
}

/** Every mark drawn in the text, in text order (a mark split by an edit counts once, from its first piece). */
export function drawnMarks(state: EditorState): DrawnMark[] {
  const plugin = annotationPluginKey.getState(state);
  if (plugin === undefined) return [];
  const byId = new Map<string, DrawnMark>();
  for (const decoration of plugin.decorations.find()) {
    const { id, kind } = decoration.spec as { id: string; kind: AnnotationKind };
    const known = byId.get(id);
    if (known === undefined) byId.set(id, { id, kind, from: decoration.from, to: decoration.to });
    else byId.set(id, { ...known, from: Math.min(known.from, decoration.from), to: Math.max(known.to, decoration.to) });
  }
  return Array.from(byId.values()).sort((a, b) => a.from - b.from || b.to - a.to);
}

/**
 * The command that goes to the next (1) or previous (-1) mark from the caret,
 * round to the other end of the text, and of the kind of the mark the
 * reader is on when `sameKind`; only of the kinds `kinds` gives, when it
 * gives some (those the sidebar shows). The caret goes to the mark's start,
 * and `onGoTo` hears which mark it is. Always takes the key.
 */
export function goToMark(
  direction: 1 | -1,
  sameKind: boolean,
  onGoTo: (id: string) => void,
  kinds: () => ReadonlySet<AnnotationKind> | undefined = () => undefined,
): Command {
  return (state, dispatch) => {
    const selectedId = annotationPluginKey.getState(state)?.selectedId ?? null;
    const shown = kinds();
    let marks = drawnMarks(state).filter((mark) => shown === undefined || shown.has(mark.kind));
    if (sameKind) {
      const currentId = selectedId ?? annotationsAt(state, state.selection.from)[0];
      const kind = marks.find((mark) => mark.id === currentId)?.kind;
      if (kind !== undefined) marks = marks.filter((mark) => mark.kind === kind);
    }
    if (marks.length === 0) return true;
    const here = state.selection.from;
    // The mark the reader is on counts as passed, so the next key moves on from it.
    const onIndex = marks.findIndex((mark) => mark.id === selectedId && mark.from === here);
    let target: DrawnMark | undefined;
    if (direction === 1) target = marks.find((mark, index) => (onIndex === -1 ? mark.from > here : index > onIndex)) ?? marks[0];
    else target = [...marks].reverse().find((mark) => mark.from < here) ?? marks[marks.length - 1];
    if (target === undefined) return true;
    dispatch?.(state.tr.setSelection(TextSelection.create(state.doc, target.from)).scrollIntoView());
    onGoTo(target.id);
    return true;
  };
}

/** The mark the caret is on: the selected one if the caret is inside it, else the innermost at the caret. */
export function markAtCaret(state: EditorState): string | null {
  const selectedId = annotationPluginKey.getState(state)?.selectedId ?? null;
  const here = annotationsAt(state, state.selection.from);
  if (
    selectedId !== null &&
    (here.includes(selectedId) || drawnMarks(state).some((mark) => mark.id === selectedId && mark.from === state.selection.from))
  )
    return selectedId;
  return here[0] ?? null;
}

/** The keys that move between marks, listed in the help sheet. */
export const markNavigationShortcuts: readonly { keys: string; action: string }[] = [
  { keys: 'Alt-. / Alt-,', action: 'Go to the next or previous mark in the text (of the kinds the sidebar shows)' },
  { keys: 'Alt-Shift-. / Alt-Shift-,', action: 'Go to the next or previous mark of the same kind' },
  { keys: 'Alt-Enter', action: 'Open the details of the mark at the caret and move into them' },
];
