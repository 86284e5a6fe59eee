import { useState } from 'react';
import type { ListedCollection } from './collectionsApi.js';
import './collections.css';

interface CollectionPanelProps {
  collections: ListedCollection[];
  onCreate: (name: string) => Promise<void>;
  onRename: (id: string, name: string) => Promise<void>;
  onDelete: (collection: ListedCollection) => void;
}

/** Owners' list of collections: make one, rename or delete each (their documents stay). */
export function CollectionPanel({ collections, onCreate, onRename, onDelete }: CollectionPanelProps) {
  const [name, setName] = useState('');
  const [renaming, setRenaming] = useState<{ id: string; name: string } | null>(null);
  return (
    <section className="collection-panel" aria-labelledby="collections-heading">
      <h2 id="collections-heading">Collections</h2>
      <ul>
        {collections.map((collection) =>
          renaming?.id === collection.id ? (
            <li key={collection.id}>
              <form
                className="rename"
                onSubmit={(event) => {
                  event.preventDefault();
                  void onRename(collection.id, renaming.name).then(() => setRenaming(null));
                }}
              >
                <input
                  aria-label={`New name for ${collection.name}`}
                  value={renaming.name}
                  onChange={(event) => setRenaming({ id: collection.id, name: event.target.value })}
                  autoFocus
                />
                <button type="submit">Save</button>
                <button type="button" className="link-button" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
              </form>
            </li>
          ) : (
            <li key={collection.id}>
              <span>{collection.name}</span>
              <span className="meta">{collection.documents === 1 ? '1 document' : `${collection.documents} documents`}</span>
              <span className="row-actions">
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Rename collection ${collection.name}`}
                  onClick={() => setRenaming({ id: collection.id, name: collection.name })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Delete collection ${collection.name}`}
                  onClick={() => onDelete(collection)}
                >
                  Delete
                </button>
              </span>
            </li>
          ),
        )}
      </ul>
      <form
        className="rename"
        onSubmit={(event) => {
          event.preventDefault();
          void onCreate(name).then(() => setName(''));
        }}
      >
        <input
          aria-label="New collection’s name"
          placeholder="New collection"
          value={name}
          onChange={(event) => setName(event.target.value)}
        />
        <button type="submit" disabled={name.trim() === ''}>
          Make collection
        </button>
      </form>
    </section>
  );
}
