import { useEffect, useState } from 'react';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { articleFragmentName, articleRoomName, type DocumentRecord } from '../../shared/document.js';
import type { Api, SessionInfo } from './api.js';
import { ArticleEditor } from './ArticleEditor.js';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { watchConnection, type ConnectionState } from './connection.js';
import { shortcuts } from './editor/plugins.js';
import type { Identity } from './identity.js';

interface Collaboration {
  doc: Y.Doc;
  provider: WebsocketProvider;
}

/** One document: its article, edited live with everyone else in the room. */
export function DocumentPage({ api, id, identity, session }: { api: Api; id: string; identity: Identity; session: SessionInfo }) {
  const [record, setRecord] = useState<DocumentRecord | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [collaboration, setCollaboration] = useState<Collaboration | null>(null);
  const [connection, setConnection] = useState<ConnectionState>({ status: 'connecting', unsynced: 0, reason: null });
  const [showHelp, setShowHelp] = useState(false);
  const editable = session.role === 'owner' || session.role === 'editor';

  useEffect(() => {
    api.getDocument(id).then(setRecord, (failure: unknown) => setError((failure as Error).message));
  }, [api, id]);

  useEffect(() => {
    const doc = new Y.Doc();
    const provider = new WebsocketProvider(api.syncUrl, articleRoomName(id), doc, { params: { token: api.tokenValue } });
    const stopWatching = watchConnection(provider, doc, setConnection);
    // The provider is an external system whose lifetime is this effect's; render needs it too.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setCollaboration({ doc, provider });
    return () => {
      stopWatching();
      provider.destroy();
      doc.destroy();
    };
  }, [api, id]);

  useEffect(() => {
    collaboration?.provider.awareness.setLocalStateField('user', { name: identity.name, color: identity.color });
  }, [collaboration, identity]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === '?' && !(event.target instanceof HTMLElement && event.target.closest('.ProseMirror, input, textarea')))
        setShowHelp((shown) => !shown);
      if (event.key === 'Escape') setShowHelp(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (error !== null) {
    return (
      <main className="notice">
        <h1>This document cannot be opened</h1>
        <p>{error}</p>
        <a href="#/">Back to the documents</a>
      </main>
    );
  }
  return (
    <main className="document-page">
      <div className="document-bar">
        <a href="#/" className="back">
          ← Documents
        </a>
        <ConnectionIndicator state={connection} />
        <button
          type="button"
          className="link-button"
          onClick={() => setShowHelp((shown) => !shown)}
          aria-expanded={showHelp}
          title="Keyboard shortcuts (?)"
        >
          Shortcuts
        </button>
      </div>
      {showHelp && (
        <aside className="help-sheet" aria-label="Keyboard shortcuts">
          <h2>Keyboard shortcuts</h2>
          <dl>
            {shortcuts.map(({ keys, action }) => (
              <div key={keys}>
                <dt>
                  <kbd>{keys.replaceAll('Mod', navigator.platform.startsWith('Mac') ? '⌘' : 'Ctrl')}</kbd>
                </dt>
                <dd>{action}</dd>
              </div>
            ))}
          </dl>
        </aside>
      )}
      {!editable && <p className="read-only-note">You can read this article; your role cannot change its text.</p>}
      <article className="article" lang={record?.language ?? undefined}>
        {collaboration !== null && (
          <ArticleEditor
            fragment={collaboration.doc.getXmlFragment(articleFragmentName)}
            awareness={collaboration.provider.awareness}
            editable={editable}
          />
        )}
      </article>
    </main>
  );
}
