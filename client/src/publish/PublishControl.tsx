import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/document.js';
import type { Api } from '../api.js';

/** A public page's address, as this browser reaches the server. */
function pageUrl(slug: string): string {
  return `${window.location.origin}/p/${slug}`;
}

/**
 * Publishing: a read-only public page of the document's checked claims, read
 * with no token. Publish, republish (the page becomes the document as it is
 * now) or unpublish (the page goes at once), and the page's link.
 */
export function PublishControl({
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
  const publication = record.publication;
  const [showAuthors, setShowAuthors] = useState(publication?.showAuthors ?? false);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ text: string; error: boolean } | null>(null);

  const act = async (action: () => Promise<DocumentRecord>, done: string) => {
    setBusy(true);
    setMessage(null);
    try {
      onRecord(await action());
      setMessage({ text: done, error: false });
    } catch (error) {
      setMessage({ text: (error as Error).message, error: true });
    } finally {
      setBusy(false);
    }
  };
  const publish = () =>
    act(
      async () => {
        const { slug, publishedAt } = await api.publish(id, showAuthors);
        return { ...record, publication: { slug, publishedAt, showAuthors } };
      },
      publication === undefined ? 'Published.' : 'Republished: the page shows the document as it is now.',
    );
  const unpublish = () =>
    act(async () => ({ ...record, ...(await api.unpublish(id)), publication: undefined }), 'Unpublished: the page is gone.');

  return (
    <section className="publish-control" aria-labelledby="publish-heading">
      <h3 id="publish-heading">Public page</h3>
      {publication === undefined ? (
        <p>
          Not published. Publishing makes a read-only page of the checked claims, with their verdicts and public summaries, for anyone with
          its link; internal notes never appear.
        </p>
      ) : (
        <p>
          Published {new Date(publication.publishedAt).toLocaleString()} at{' '}
          <a href={pageUrl(publication.slug)} target="_blank" rel="noreferrer" className="public-link">
            {pageUrl(publication.slug)}
          </a>
        </p>
      )}
      <label>
        <input type="checkbox" checked={showAuthors} onChange={(event) => setShowAuthors(event.target.checked)} />
        Name who checked each claim
      </label>
      <div className="publish-actions">
        <button type="button" disabled={busy} onClick={() => void publish()}>
          {publication === undefined ? 'Publish' : 'Republish'}
        </button>
        {publication !== undefined && (
          <button type="button" className="danger" disabled={busy} onClick={() => void unpublish()}>
            Unpublish
          </button>
        )}
      </div>
      {message !== null && <p role={message.error ? 'alert' : 'status'}>{message.text}</p>}
    </section>
  );
}
