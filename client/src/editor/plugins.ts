import { baseKeymap, chainCommands, exitCode, setBlockType, toggleMark, wrapIn } from 'prosemirror-commands';
import { keymap } from 'prosemirror-keymap';
import { Plugin, type Command } from 'prosemirror-state';
import type { Awareness } from 'y-protocols/awareness';
import { yCursorPlugin, ySyncPlugin, ySyncPluginKey, yUndoPlugin } from 'y-prosemirror';
import type * as Y from 'yjs';
import { articleSchema } from '../../../shared/schema.js';
import { typingPlugin } from './typingPlugin.js';

const { marks, nodes } = articleSchema;

/** The editing shortcuts, listed in the help sheet. */
export const editingShortcuts: readonly { keys: string; action: string }[] = [
  { keys: 'Mod-z', action: 'Undo your last change (text or annotation)' },
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

const editingKeys = new Set(['Backspace', 'Delete', 'Enter']);

/**
 * Keeps the article unchanged for a role that may only read it, while the
 * caret, selection and marking still work: input is refused before it
 * reaches the document, and any change that slips through is filtered out.
 */
function readOnlyArticle(isEditable: () => boolean): Plugin {
  const refuse = () => !isEditable();
  return new Plugin({
    filterTransaction: (tr) => isEditable() || !tr.docChanged || tr.getMeta(ySyncPluginKey) !== undefined,
    props: {
      handleTextInput: refuse,
      handlePaste: refuse,
      handleDrop: refuse,
      handleKeyDown: (_view, event) => refuse() && editingKeys.has(event.key),
      handleDOMEvents: {
        beforeinput: (_view, event) => {
          if (refuse()) event.preventDefault();
          return refuse();
        },
        cut: (_view, event) => {
          if (refuse()) event.preventDefault();
          return refuse();
        },
      },
    },
  });
}

/** What the editor's own keymap calls out to. */
export interface EditorCommands {
  undo: Command;
  redo: Command;
  /** Bindings added before the editing ones (annotation shortcuts). */
  extraKeys: Record<string, Command>;
  isEditable: () => boolean;
}

/**
 * The editor's plugins: y-prosemirror sync with the article fragment, remote
 * cursors from awareness, undo of this person's changes only, and keyboard
 * shortcuts.
 */
export function editorPlugins(fragment: Y.XmlFragment, awareness: Awareness, commands: EditorCommands, extra: Plugin[] = []): Plugin[] {
  // The redo keys are taken even with nothing to redo: a lower-case "z" with
  // Shift (Caps Lock) would otherwise fall through to the Mod-z binding and undo.
  const redoKey: Command = (state, dispatch, view) => {
    commands.redo(state, dispatch, view);
    return true;
  };
  return [
    ySyncPlugin(fragment),
    yCursorPlugin(awareness),
    yUndoPlugin(),
    readOnlyArticle(commands.isEditable),
    typingPlugin(),
    ...extra,
    keymap({ ...commands.extraKeys, 'Mod-z': commands.undo, 'Mod-y': redoKey, 'Mod-Shift-z': redoKey }),
    keymap({
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
