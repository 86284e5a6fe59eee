import { useState } from 'react';
import type { DocumentFilter } from '../../../shared/collection.js';
import type { ListedCollection } from './collectionsApi.js';
import './collections.css';

interface DocumentFiltersProps {
  collections: ListedCollection[];
  filter: DocumentFilter;
  onChange: (filter: DocumentFilter) => void;
}

/** Narrows the document list by collection, tag, import date and who marked it; the typed fields apply on Enter or Filter. */
export function DocumentFilters({ collections, filter, onChange }: DocumentFiltersProps) {
  const [draft, setDraft] = useState<DocumentFilter>(filter);
  const set = (field: keyof DocumentFilter, value: string, apply: boolean) => {
    const next = { ...draft, [field]: value };
    setDraft(next);
    if (apply) onChange(next);
  };
  const active = Object.values(filter).some((value) => value !== undefined && value !== '');
  return (
    <form
      className="document-filters"
      role="search"
      aria-label="Filter documents"
      onSubmit={(event) => {
        event.preventDefault();
        onChange(draft);
      }}
    >
      <label>
        Collection
        <select value={draft.collection ?? ''} onChange={(event) => set('collection', event.target.value, true)}>
          <option value="">Any</option>
          {collections.map((collection) => (
            <option key={collection.id} value={collection.id}>
              {collection.name} ({collection.documents})
            </option>
          ))}
        </select>
      </label>
      <label>
        Tag
        <input value={draft.tag ?? ''} onChange={(event) => set('tag', event.target.value, false)} placeholder="e.g. ports" />
      </label>
      <label>
        From
        <input type="date" value={draft.from ?? ''} onChange={(event) => set('from', event.target.value, true)} />
      </label>
      <label>
        To
        <input type="date" value={draft.to ?? ''} onChange={(event) => set('to', event.target.value, true)} />
      </label>
      <label>
        Marked by
        <input value={draft.worker ?? ''} onChange={(event) => set('worker', event.target.value, false)} placeholder="name" />
      </label>
      <span className="filter-actions">
        <button type="submit">Filter</button>
        {active && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setDraft({});
              onChange({});
            }}
          >
            Clear filters
          </button>
        )}
      </span>
    </form>
  );
}
