import { useState } from 'react';
import type { DocumentPerson } from '../../../shared/api/index.js';
import type { Reply } from '../../../shared/thread/index.js';
import { ReplyBox } from './ReplyBox.js';

interface ReplyItemProps {
  reply: Reply;
  mine: boolean;
  canReply: boolean;
  people: readonly DocumentPerson[];
  onEdit: (body: string, mentions: string[]) => string | null;
  onDelete: () => void;
}

/** One reply: who wrote it when, its text, and for its author a way to edit or delete it. */
export function ReplyItem({ reply, mine, canReply, people, onEdit, onDelete }: ReplyItemProps) {
  const [editing, setEditing] = useState(false);
  const when = new Date(reply.createdAt).toLocaleString();
  const mentioned = reply.mentions.map((id) => people.find((person) => person.id === id)?.name).filter(Boolean);
  return (
    <li className={`reply${reply.deleted ? ' reply-deleted' : ''}`} aria-label={`Reply by ${reply.author.name}`}>
      <p className="reply-meta">
        <strong>{reply.author.name}</strong> <time dateTime={reply.createdAt}>{when}</time>
        {reply.editedAt !== null && !reply.deleted && <span className="reply-edited"> (edited)</span>}
      </p>
      {reply.deleted ? (
        <p className="reply-body">This reply was deleted.</p>
      ) : editing ? (
        <ReplyBox
          label="Edit your reply"
          submitLabel="Save"
          people={people}
          initial={reply.body}
          onSubmit={(body, mentions) => {
            const problem = onEdit(body, mentions);
            if (problem === null) setEditing(false);
            return problem;
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          <p className="reply-body">{reply.body}</p>
          {mentioned.length > 0 && <p className="reply-mentions">Mentions {mentioned.join(', ')}</p>}
        </>
      )}
      {mine && canReply && !reply.deleted && !editing && (
        <div className="reply-actions">
          <button type="button" className="link-button" onClick={() => setEditing(true)} aria-label={`Edit your reply from ${when}`}>
            Edit
          </button>
          <button type="button" className="link-button" onClick={onDelete} aria-label={`Delete your reply from ${when}`}>
            Delete
          </button>
        </div>
      )}
    </li>
  );
}
