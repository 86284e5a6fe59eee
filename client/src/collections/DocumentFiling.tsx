import { useState } from 'react';
import type { ListedDocument } from '../api.js';
import type { ListedCollection } from './collectionsApi.js';
import './collections.css';

interface DocumentFilingProps {
  record: ListedDocument;
  collections: ListedCollection[];
  /** Owners and the document's editors may change its collections and tags. */
  canFile: boolean;
  /** Stores the filing; rejects with a message for the reader when it is refused. */
  onSave: (filing: { collections: string[]; tags: string[] }) => Promise<void>;
}

/** A document's collections and tags, shown under its title; an editor opens a small form to change them. */
export function DocumentFiling({ record, collections, canFile, onSave }: DocumentFilingProps) {
  const [editing, setEditing] = useState(false);
  const [chosen, setChosen] = useState<string[]>([]);
  const [tags, setTags] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const names = new Map(collections.map((collection) => [collection.id, collection.name]));
  const filed = record.collections ?? [];
  const tagged = record.tags ?? [];
  if (editing) {
    return (
      <form
        className="filing filing-form"
        aria-label={`Collections and tags of ${record.title}`}
        onSubmit={(event) => {
          event.preventDefault();
          const list = tags
            .split(',')
            .map((tag) => tag.trim())
            .filter((tag) => tag !== '');
          setRefusal(null);
          onSave({ collections: chosen, tags: list }).then(
            () => setEditing(false),
            (error: unknown) => setRefusal((error as Error).message),
          );
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setEditing(false);
        }}
      >
        <fieldset>
          <legend>Collections</legend>
          {collections.length === 0 && <span className="meta">No collections yet.</span>}
          {collections.map((collection) => (
            <label key={collection.id}>
              <input
                type="checkbox"
                checked={chosen.includes(collection.id)}
                onChange={(event) =>
                  setChosen(event.target.checked ? [...chosen, collection.id] : chosen.filter((id) => id !== collection.id))
                }
              />
              {collection.name}
            </label>
          ))}
        </fieldset>
        <label>
          Tags (comma separated)
          <input value={tags} onChange={(event) => setTags(event.target.value)} />
        </label>
        {refusal !== null && (
          <p className="status status-error" role="alert">
            Not saved: {refusal}
          </p>
        )}
        <span className="filter-actions">
          <button type="submit">Save</button>
          <button type="button" className="link-button" onClick={() => setEditing(false)}>
            Cancel
          </button>
        </span>
      </form>
    );
  }
  if (filed.length === 0 && tagged.length === 0 && !canFile) return null;
  return (
    <div className="filing">
      {filed.map((id) => (
        <span key={id} className="chip chip-collection">
          {names.get(id) ?? id}
        </span>
      ))}
      {tagged.map((tag) => (
        <span key={tag} className="chip chip-tag">
          #{tag}
        </span>
      ))}
      {canFile && (
        <button
          type="button"
          className="link-button"
          aria-label={`Edit collections and tags of ${record.title}`}
          onClick={() => {
            // Collections no longer there are left out: saving them would be refused.
            setChosen(filed.filter((id) => names.has(id)));
            setTags(tagged.join(', '));
            setRefusal(null);
            setEditing(true);
          }}
        >
          Edit collections and tags
        </button>
      )}
    </div>
  );
}
