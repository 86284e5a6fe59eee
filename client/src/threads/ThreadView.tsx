import type * as Y from 'yjs';
import type { DocumentPerson } from '../../../shared/api/index.js';
import { InputError } from '../../../shared/errors.js';
import {
  addReply,
  deleteReply,
  editReply,
  replyCount,
  setThreadResolved,
  type Thread,
  type ThreadPerson,
} from '../../../shared/thread/index.js';
import { plural } from '../plural.js';
import { ReplyBox } from './ReplyBox.js';
import { ReplyItem } from './ReplyItem.js';

interface ThreadViewProps {
  markId: string;
  thread: Thread | undefined;
  layer: Y.Doc;
  /** Who replies here, as the server knows them. */
  me: ThreadPerson;
  people: readonly DocumentPerson[];
  /** False for a viewer, or in a layer this person may only read. */
  canReply: boolean;
  /** How many of its entries could not be read (left out, never shown as if they were fine). */
  damaged: number;
}

/** What a write's InputError says, for the box that made it; anything else is a bug and is thrown on. */
function attempt(write: () => void): string | null {
  try {
    write();
    return null;
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
}

/** The discussion under a mark: its replies, a box to reply, and resolving or reopening it. */
export function ThreadView({ markId, thread, layer, me, people, canReply, damaged }: ThreadViewProps) {
  const replies = thread?.replies ?? [];
  const count = replyCount(thread);
  const state = thread?.state ?? null;
  const resolved = state?.resolved === true;
  return (
    <section className="thread" aria-labelledby={`thread-${markId}`}>
      <h2 id={`thread-${markId}`} className="thread-title">
        Discussion <span className="count">{plural(count, 'reply', 'replies')}</span>
      </h2>
      {state !== null && (
        <p className="thread-state" role="status">
          {resolved ? 'Resolved' : 'Reopened'} by {state.by.name} on {new Date(state.at).toLocaleString()}
        </p>
      )}
      {damaged > 0 && (
        <p className="field-hint">
          {damaged === 1
            ? 'One entry of this thread could not be read and is not shown.'
            : `${damaged} entries of this thread could not be read and are not shown.`}
        </p>
      )}
      {replies.length > 0 && (
        <ol className="replies">
          {replies.map((reply) => (
            <ReplyItem
              key={reply.id}
              reply={reply}
              mine={reply.author.id === me.id}
              canReply={canReply}
              people={people}
              onEdit={(body, mentions) => attempt(() => editReply(layer, { markId, replyId: reply.id, body, mentions, by: me }))}
              onDelete={() => attempt(() => deleteReply(layer, { markId, replyId: reply.id, by: me }))}
            />
          ))}
        </ol>
      )}
      {canReply ? (
        <>
          {count > 0 && (
            <button type="button" className="secondary" onClick={() => setThreadResolved(layer, { markId, resolved: !resolved, by: me })}>
              {resolved ? 'Reopen thread' : 'Resolve thread'}
            </button>
          )}
          <ReplyBox
            label={count === 0 ? 'Start a discussion' : 'Reply'}
            submitLabel="Send reply"
            people={people}
            onSubmit={(body, mentions) => attempt(() => void addReply(layer, { markId, body, author: me, mentions }))}
          />
        </>
      ) : (
        count === 0 && <p className="field-hint">No discussion yet.</p>
      )}
    </section>
  );
}
