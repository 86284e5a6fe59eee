import { lazy, Suspense, useEffect, useState } from 'react';
import { ApiError, type Api, type SessionInfo } from './api.js';
import { DocumentList } from './DocumentList.js';
import { DocumentPage } from './DocumentPage.js';
import { loadIdentity, saveIdentity, type Identity } from './identity.js';
import { NamePrompt } from './NamePrompt.js';
import { parseRoute, useRoute } from './route.js';
import { openAhead, whenConnected } from './rooms.js';
import { articleRoomName, layerRoomName, teamLayerId } from '../../shared/document.js';
import { forgetToken } from './session.js';
import { WorkPage } from './workflow/WorkPage.js';
import { SearchPage } from './search/SearchPage.js';

// The comparison and its diffing are loaded only when a comparison is opened.
const ComparePage = lazy(() => import('./compare/ComparePage.js').then((module) => ({ default: module.ComparePage })));

type SessionState = { state: 'loading' } | { state: 'ready'; session: SessionInfo } | { state: 'failed'; message: string };

/**
 * Asks the server about the token, before the first render; when the page
 * opens a document, its article starts syncing at once and its layer as soon
 * as the answer tells which, while the page is still being drawn.
 */
export function startSession(api: Api): Promise<SessionInfo> {
  const opening = parseRoute(window.location.hash);
  // The article is the same for every role: its room opens while the session is asked for.
  const article = opening.page === 'document' ? openAhead(api, articleRoomName(opening.id)) : null;
  return api.session().then(async (info) => {
    if (opening.page !== 'document' || article === null) return info;
    const rooms = [article];
    // An annotator's layer is known only from the document's record.
    if (info.role !== 'annotator') rooms.push(openAhead(api, layerRoomName(opening.id, teamLayerId)));
    // The page is drawn once the rooms have asked for their content, so
    // drawing it does not hold their first messages back.
    await Promise.race([Promise.all(rooms.map(whenConnected)), new Promise((resolve) => setTimeout(resolve, 150))]);
    return info;
  });
}

/** The whole client: checks the token, asks for a name once, then routes. */
export function App({ api, sessionInfo }: { api: Api | null; sessionInfo: Promise<SessionInfo> | null }) {
  const [session, setSession] = useState<SessionState>({ state: 'loading' });
  const [identity, setIdentity] = useState<Identity | null>(() => loadIdentity());
  const route = useRoute();

  useEffect(() => {
    sessionInfo?.then(
      (info) => setSession({ state: 'ready', session: info }),
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) forgetToken();
        setSession({ state: 'failed', message: (error as Error).message });
      },
    );
  }, [sessionInfo]);

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
  if (identity === null) return <NamePrompt initial={session.session.name ?? ''} onSubmit={(name) => setIdentity(saveIdentity(name))} />;
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
        <DocumentPage
          key={route.id}
          api={api}
          id={route.id}
          identity={identity}
          session={session.session}
          target={route.mark ?? null}
          at={route.at ?? null}
        />
      ) : route.page === 'work' ? (
        <WorkPage api={api} session={session.session} />
      ) : route.page === 'search' ? (
        <SearchPage api={api} query={route.query} />
      ) : route.page === 'compare' ? (
        <Suspense fallback={<Notice title="Opening the comparison…" />}>
          <ComparePage api={api} a={route.a} b={route.b} />
        </Suspense>
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
