import type { Api, SessionInfo } from '../api.js';
import { verdictLabels } from '../annotations/kinds.js';
import { shortQuote } from '../annotations/kinds.js';
import { plural } from '../plural.js';
import { documentHref } from '../route.js';
import { MentionList } from './MentionList.js';
import { useWork, workKey } from './useWork.js';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

/** My work: the claims assigned to me and the replies that mention me across what I read, newest first, unread ones marked. */
export function WorkPage({ api, session }: { api: Api; session: SessionInfo }) {
  const { claims, mentions, error, isUnread, remember } = useWork(api, session.tokenId);
  const unread = claims?.filter(isUnread) ?? [];
  return (
    <main className="work-page">
      <p>
        <a href="#/">← Documents</a>
      </p>
      <h1>My work</h1>
      {error !== null && <p role="alert">{error}</p>}
      <section aria-labelledby="assigned-heading">
        <h2 id="assigned-heading">
          Claims assigned to me{claims !== null && <> ({unread.length === 0 ? 'all read' : `${unread.length} unread`})</>}
        </h2>
        {claims === null && error === null && <p>Loading…</p>}
        {claims !== null && claims.length === 0 && <p className="empty">No claim is assigned to you.</p>}
        {claims !== null && claims.length > 0 && (
          <>
            {unread.length > 0 && (
              <button type="button" className="secondary" onClick={() => remember(claims)}>
                Mark {plural(unread.length, 'claim')} read
              </button>
            )}
            <ol className="work-list">
              {claims.map((claim) => (
                <li key={workKey(claim)} className={isUnread(claim) ? 'work-item unread' : 'work-item'}>
                  {isUnread(claim) && <span className="unread-marker">New</span>}
                  <a href={documentHref(claim.documentId)} onClick={() => remember([claim])}>
                    “{shortQuote(claim.quote, 80)}”
                  </a>{' '}
                  <span className="work-meta">
                    in {claim.documentTitle} · {claim.statusLabel} · {verdictLabels[claim.verdict]} ·{' '}
                    <time dateTime={claim.updatedAt}>{timeFormat.format(new Date(claim.updatedAt))}</time>
                  </span>
                </li>
              ))}
            </ol>
          </>
        )}
      </section>
      <MentionList mentions={mentions} isUnread={isUnread} remember={remember} />
    </main>
  );
}
