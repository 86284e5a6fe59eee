import { baseKeymap, chainCommands, exitCode, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import type { Plugin } from 'prosemirror-state';
import type { Awareness } from 'y-protocols/awareness';
import { redo, undo, yCursorPlugin, ySyncPlugin, yUndoPlugin } from 'y-prosemirror';
import type * as Y from 'yjs';
import { articleSchema } from '../../../shared/schema.js';

const { marks, nodes } = articleSchema;

/** The keyboard shortcuts, listed in the help sheet. */
export const shortcuts: readonly { keys: string; action: string }[] = [
  { keys: 'Mod-z', action: 'Undo your last change' },
  { keys: 'Mod-Shift-z / Mod-y', action: 'Redo' },
  { keys: 'Mod-b', action: 'Strong' },
  { keys: 'Mod-i', action: 'Emphasis' },
  { keys: 'Shift-Enter', action: 'Line break' },
  { keys: 'Mod-Alt-0', action: 'Paragraph' },
  { keys: 'Mod-Alt-1 … 3', action: 'Heading 1–3' },
  { keys: 'Mod-Shift-.', action: 'Quote block' },
];

const insertHardBreak = chainCommands(exitCode, (state, dispatch) => {
  dispatch?.(state.tr.replaceSelectionWith(nodes.hard_break.create()).scrollIntoView());
  return true;
});

/**
 * The editor's plugins: y-prosemirror sync with the article fragment, remote
 * cursors from awareness, undo that only undoes this person's changes, and
 * keyboard shortcuts.
 */
export function editorPlugins(fragment: Y.XmlFragment, awareness: Awareness): Plugin[] {
  return [
    ySyncPlugin(fragment),
    yCursorPlugin(awareness),
    yUndoPlugin(),
    keymap({
      'Mod-z': undo,
      'Mod-y': redo,
      'Mod-Shift-z': redo,
      'Mod-b': toggleMark(marks.strong),
      'Mod-i': toggleMark(marks.em),
      'Shift-Enter': insertHardBreak,
      'Mod-Enter': insertHardBreak,
      'Mod-Alt-0': setBlockType(nodes.paragraph),
      'Mod-Alt-1': setBlockType(nodes.heading, { level: 1 }),
      'Mod-Alt-2': setBlockType(nodes.heading, { level: 2 }),
      'Mod-Alt-3': setBlockType(nodes.heading, { level: 3 }),
      'Mod-Shift-.': wrapIn(nodes.blockquote),
    }),
    keymap(baseKeymap),
  ];
}
