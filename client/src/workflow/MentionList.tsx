import type { Mention } from '../../../shared/api/work.js';
import { shortQuote } from '../annotations/kinds.js';
import { plural } from '../plural.js';
import { markHref } from '../route.js';
import { workKey, type WorkItem } from './useWork.js';

const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'short', timeStyle: 'short' });

interface Props {
  mentions: Mention[] | null;
  isUnread: (item: WorkItem) => boolean;
  remember: (read: WorkItem[]) => void;
}

/** The replies that mention me, newest first, each a link to its mark, unread ones marked as assigned claims are. */
export function MentionList({ mentions, isUnread, remember }: Props) {
  const unread = mentions?.filter(isUnread) ?? [];
  return (
    <section aria-labelledby="mentions-heading">
      <h2 id="mentions-heading">Mentions{mentions !== null && <> ({unread.length === 0 ? 'all read' : `${unread.length} unread`})</>}</h2>
      {mentions !== null && mentions.length === 0 && <p className="empty">No reply mentions you.</p>}
      {mentions !== null && mentions.length > 0 && (
        <>
          {unread.length > 0 && (
            <button type="button" className="secondary" onClick={() => remember(mentions)}>
              Mark {plural(unread.length, 'mention')} read
            </button>
          )}
          <ol className="work-list">
            {mentions.map((mention) => (
              <li key={workKey(mention)} className={isUnread(mention) ? 'work-item unread' : 'work-item'}>
                {isUnread(mention) && <span className="unread-marker">New</span>}
                <a
                  href={markHref(mention.documentId, { mark: mention.annotationId, layer: mention.layerId })}
                  onClick={() => remember([mention])}
                >
                  {mention.author.name || 'Someone'}: “{shortQuote(mention.excerpt, 120)}”
                </a>{' '}
                <span className="work-meta">
                  on {mention.quote === '' ? 'a removed mark' : `“${shortQuote(mention.quote, 60)}”`} in {mention.documentTitle} ·{' '}
                  <time dateTime={mention.updatedAt}>{timeFormat.format(new Date(mention.updatedAt))}</time>
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  );
}
