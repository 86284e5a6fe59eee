import { useState, type FormEvent } from 'react';
import type { DocumentRecord } from '../../shared/document.js';
import type { Api } from './api.js';

const fields = [
  { key: 'sourceUrl', label: 'Article’s address', placeholder: 'https://news.example/2026/03/story', type: 'url' },
  { key: 'publishedAt', label: 'Article published on', placeholder: '2026-03-14', type: 'text' },
  { key: 'reviewUrl', label: 'Fact-check published at', placeholder: 'https://desk.example/checks/story', type: 'url' },
] as const;

type Key = (typeof fields)[number]['key'];

/**
 * An owner's record of where the article reviewed and the desk's fact-check
 * are published: what a ClaimReview export needs for its `url` and
 * `itemReviewed`. The server checks each value; an empty box clears it.
 */
export function PublicationForm({
  api,
  id,
  record,
  onRecord,
}: {
  api: Api;
  id: string;
  record: DocumentRecord;
  onRecord: (record: DocumentRecord) => void;
}) {
  const [draft, setDraft] = useState<Record<Key, string>>({
    sourceUrl: record.sourceUrl ?? '',
    publishedAt: record.publishedAt ?? '',
    reviewUrl: record.reviewUrl ?? '',
  });
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);
  const save = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const body = Object.fromEntries(fields.map(({ key }) => [key, draft[key].trim() === '' ? null : draft[key].trim()]));
    try {
      const response = await api.fetch(`/api/documents/${encodeURIComponent(id)}`, {
        method: 'PATCH',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
      const updated = (await response.json()) as DocumentRecord;
      // A cleared field is absent from the answer: say so, or a merge would keep the old value.
      onRecord({ ...updated, sourceUrl: updated.sourceUrl, publishedAt: updated.publishedAt, reviewUrl: updated.reviewUrl });
      setMessage({ text: 'Saved.', error: false });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    }
  };
  return (
    <form className="publication-form" onSubmit={(event) => void save(event)}>
      <h3>Where it is published</h3>
      {fields.map(({ key, label, placeholder, type }) => (
        <label key={key} className="field">
          {label}
          <input
            type={type}
            value={draft[key]}
            placeholder={placeholder}
            onChange={(event) => setDraft({ ...draft, [key]: event.target.value })}
          />
        </label>
      ))}
      <button type="submit">Save</button>
      {message !== null && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </form>
  );
}
