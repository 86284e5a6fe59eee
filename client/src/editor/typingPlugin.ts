import { Plugin, TextSelection } from 'prosemirror-state';
import { DecorationSet, type EditorView } from 'prosemirror-view';

/**
 * Whether decorations (marks, find matches, suggestions) meet a position: the
 * words there are drawn inside elements of their own.
 */
function decoratedAt(view: EditorView, pos: number): boolean {
  return (
    view.someProp('decorations', (decorations) => {
      const set = decorations(view.state);
      return set instanceof DecorationSet && set.find(pos, pos).length > 0;
    }) ?? false
  );
}

/** Whether the page's own caret, collapsed, stands at a position of the document. */
function caretAt(view: EditorView, pos: number): boolean {
  const selection = (view.root as Document).getSelection();
  if (selection === null || !selection.isCollapsed || selection.focusNode === null) return false;
  try {
    return view.posAtDOM(selection.focusNode, selection.focusOffset) === pos;
  } catch {
    return false;
  }
}

/**
 * A character typed on the keyboard into decorated words is inserted by the
 * editor, not the browser. When the browser types into text drawn inside a
 * decoration's element, ProseMirror cannot tell what else changed there, so
 * it draws that text and its elements again, and then puts the caret back
 * in the page: the browser lays the page out and tells the system where the
 * caret went twice for every keystroke (its own insertion, then the caret
 * put back), several milliseconds each with thousands of marks. Inserted
 * here, the text node is only updated and the caret moved once. The change
 * is the one ProseMirror makes from the browser's (the character at the
 * caret, with the marks there, then the caret after it, in view), and goes
 * through `handleTextInput` the same way, so a read-only article still
 * refuses it. Only plain keys with the caret in a textblock take this path:
 * composition (IME, dead keys) never sends a key press, and a selection, a
 * line break or a key whose character is not the one pressed is left to the
 * browser, as is text with no decoration, which the browser types faster.
 */
export function typingPlugin(): Plugin {
  return new Plugin({
    props: {
      handleKeyPress: (view, event) => {
        const { selection } = view.state;
        if (!(selection instanceof TextSelection) || selection.$cursor === null || !selection.$cursor.parent.inlineContent) return false;
        const text = event.key;
        if ([...text].length !== 1 || text.codePointAt(0) !== event.charCode || /[\r\n]/.test(text)) return false;
        const pos = selection.$cursor.pos;
        // The browser moves its caret before the editor hears of it (a click, then End, then a key at once): type here
        // only where the page's caret is where the editor's selection says, else leave the key to the browser.
        if (!caretAt(view, pos) || !decoratedAt(view, pos)) return false;
        const insert = () => view.state.tr.insertText(text).scrollIntoView();
        if (!view.someProp('handleTextInput', (handle) => handle(view, pos, pos, text, insert))) view.dispatch(insert());
        return true;
      },
    },
  });
}
