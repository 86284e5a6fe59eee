import { EditorState } from 'prosemirror-state';
import { EditorView } from 'prosemirror-view';
import { useEffect, useRef } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { articleSchema } from '../../shared/schema.js';
import { editorPlugins } from './editor/plugins.js';
import 'prosemirror-view/style/prosemirror.css';

/** The ProseMirror editor bound to the article's Y.XmlFragment. */
export function ArticleEditor({ fragment, awareness, editable }: { fragment: Y.XmlFragment; awareness: Awareness; editable: boolean }) {
  const mount = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView | null>(null);

  useEffect(() => {
    if (mount.current === null) return;
    const editor = new EditorView(mount.current, {
      state: EditorState.create({ schema: articleSchema, plugins: editorPlugins(fragment, awareness) }),
      attributes: { 'aria-label': 'Article text', spellcheck: 'false' },
    });
    view.current = editor;
    return () => {
      view.current = null;
      editor.destroy();
    };
  }, [fragment, awareness]);

  useEffect(() => {
    view.current?.setProps({ editable: () => editable });
  }, [editable, fragment, awareness]);

  return <div ref={mount} className="editor" />;
}
