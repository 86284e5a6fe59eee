import { useState, type ReactNode } from 'react';
import type { ListedDocument } from './api.js';
import { DamageBadge } from './DamageBadge.js';
import { documentHref } from './route.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

interface DocumentRowProps {
  record: ListedDocument;
  /** Owners may rename and delete. */
  canManage: boolean;
  onRename: (title: string) => Promise<void>;
  onDelete: () => void;
  /** Shown under the title: the document's collections and tags. */
  children?: ReactNode;
}

/** One document in the list: its link, and for owners Rename (in place) and Delete (to the trash). */
export function DocumentRow({ record, canManage, onRename, onDelete, children }: DocumentRowProps) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(record.title);
  if (editing) {
    return (
      <li>
        <form
          className="rename"
          onSubmit={(event) => {
            event.preventDefault();
            void onRename(title).then(() => setEditing(false));
          }}
          onKeyDown={(event) => {
            if (event.key === 'Escape') setEditing(false);
          }}
        >
          <input aria-label={`New title for ${record.title}`} value={title} onChange={(event) => setTitle(event.target.value)} autoFocus />
          <button type="submit" disabled={title.trim() === ''}>
            Save
          </button>
          <button type="button" className="link-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </form>
      </li>
    );
  }
  return (
    <li>
      <a href={documentHref(record.id)}>{record.title}</a>
      <DamageBadge damage={record.damaged} />
      <span className="meta">
        {record.format}
        {record.story === undefined ? '' : ` · version ${record.story.version}`} ·{' '}
        <time dateTime={record.createdAt}>{dateFormat.format(new Date(record.createdAt))}</time>
      </span>
      {canManage && (
        <span className="row-actions">
          <button
            type="button"
            className="link-button"
            aria-label={`Rename ${record.title}`}
            onClick={() => {
              setTitle(record.title);
              setEditing(true);
            }}
          >
            Rename
          </button>
          <button type="button" className="link-button" aria-label={`Delete ${record.title}`} onClick={onDelete}>
            Delete
          </button>
        </span>
      )}
      {children}
    </li>
  );
}
