import { useEffect, useMemo, useState } from 'react';
import { Api, ApiError, type SessionInfo } from './api.js';
import { ComparePage } from './compare/ComparePage.js';
import { DocumentList } from './DocumentList.js';
import { DocumentPage } from './DocumentPage.js';
import { loadIdentity, saveIdentity, type Identity } from './identity.js';
import { NamePrompt } from './NamePrompt.js';
import { useRoute } from './route.js';
import { forgetToken, takeToken } from './session.js';

type SessionState = { state: 'loading' } | { state: 'ready'; session: SessionInfo } | { state: 'failed'; message: string };

/** The whole client: checks the token, asks for a name once, then routes. */
export function App() {
  const token = useMemo(() => takeToken(), []);
  const api = useMemo(() => (token === null ? null : new Api(token)), [token]);
  const [session, setSession] = useState<SessionState>({ state: 'loading' });
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity());
  const route = useRoute();

  useEffect(() => {
    if (api === null) return;
    api.session().then(
      (info) => setSession({ state: 'ready', session: info }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) forgetToken();
        setSession({ state: 'failed', message: (error as Error).message });
      },
    );
  }, [api]);

  if (api === null) {
    return (
      <Notice title="You need a link to open factmark">
        Ask the person who runs this factmark for an invitation link, or use the owner link the server printed when it started.
      </Notice>
    );
  }
  if (session.state === 'loading') return <Notice title="Opening factmark…" />;
  if (session.state === 'failed') {
    return <Notice title="This link does not open factmark">{session.message} Ask for a new link.</Notice>;
  }
  if (identity === null) return <NamePrompt onSubmit={(name) => setIdentity(saveIdentity(name))} />;
  return (
    <div className="app">
      <header className="app-header">
        <a className="brand" href="#/">
          factmark
        </a>
        <span className="who" title={`You are signed in as ${session.session.role}`}>
          <span className="swatch" style={{ background: identity.color }} aria-hidden="true" />
          {identity.name} · {session.session.role}
          <button type="button" className="link-button" onClick={() => setIdentity(null)}>
            change name
          </button>
        </span>
      </header>
      {route.page === 'document' ? (
        <DocumentPage key={route.id} api={api} id={route.id} identity={identity} session={session.session} />
      ) : route.page === 'compare' ? (
        <ComparePage api={api} a={route.a} b={route.b} />
      ) : (
        <DocumentList api={api} session={session.session} />
      )}
    </div>
  );
}

function Notice({ title, children }: { title: string; children?: React.ReactNode }) {
  return (
    <main className="notice">
      <h1>{title}</h1>
      {children !== undefined && <p>{children}</p>}
    </main>
  );
}
