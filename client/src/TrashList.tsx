import type { TrashedDocument } from './api.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The documents in the trash, each restorable until the day it goes for good. */
export function TrashList({ documents, onRestore }: { documents: TrashedDocument[]; onRestore: (id: string) => void }) {
  if (documents.length === 0) return null;
  return (
    <section className="trash" aria-labelledby="trash-heading">
      <h2 id="trash-heading">Trash</h2>
      <p className="empty">Deleted documents stay here for 30 days; then they are gone for good.</p>
      <ul aria-label="Trash">
        {documents.map((record) => (
          <li key={record.id}>
            <span className="trash-title">{record.title}</span>
            <span className="meta">
              gone after <time dateTime={record.purgeAt}>{dateFormat.format(new Date(record.purgeAt))}</time>
            </span>
            <button type="button" className="link-button" aria-label={`Restore ${record.title}`} onClick={() => onRestore(record.id)}>
              Restore
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
