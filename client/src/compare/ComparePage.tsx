import { useEffect, useRef, useState } from 'react';
import type { Comparison } from '../../../shared/compare/compare.js';
import type { DocumentRecord } from '../../../shared/document.js';
import { sortVersions, storyOf } from '../../../shared/story.js';
import type { Api } from '../api.js';
import { compareHref } from '../route.js';
import { downloadComparisonHtml, fetchComparison } from './compareApi.js';
import { CompareView } from './CompareView.js';
import './compare.css';

type Loaded<T> = { state: 'loading' } | { state: 'ready'; value: T } | { state: 'failed'; message: string };

/**
 * Compare two versions of a story: choose two documents, then see them side
 * by side, aligned, with what changed highlighted. The chosen ids live in the
 * address, so a comparison can be linked and reloaded.
 */
export function ComparePage({ api, a, b }: { api: Api; a: string; b: string }) {
  const [documents, setDocuments] = useState<Loaded<DocumentRecord[]>>({ state: 'loading' });
  const [comparison, setComparison] = useState<{ key: string; result: Loaded<Comparison> } | null>(null);
  const [download, setDownload] = useState<{ kind: 'busy' | 'done' | 'error'; text: string } | null>(null);
  const key = `${a}/${b}`;

  // Read again when a document the list does not hold is chosen: a version added since the page opened.
  const listed = documents.state === 'ready' ? documents.value : null;
  const unknownChosen = listed !== null && [a, b].some((id) => id !== '' && !listed.some((record) => record.id === id));
  // (Once for each pair chosen: an id that is nowhere stays unknown, and the comparison says so.)
  const refetchedFor = useRef<string | null>(null);
  useEffect(() => {
    if (listed !== null && (!unknownChosen || refetchedFor.current === key)) return;
    if (listed !== null) refetchedFor.current = key;
    api.listDocuments().then(
      (value) => setDocuments({ state: 'ready', value }),
      (error: unknown) => setDocuments({ state: 'failed', message: (error as Error).message }),
    );
  }, [api, listed, unknownChosen, key]);

  useEffect(() => {
    if (a === '' || b === '') return;
    let current = true;
    fetchComparison(api, a, b).then(
      (value) => current && setComparison({ key, result: { state: 'ready', value } }),
      (error: unknown) => current && setComparison({ key, result: { state: 'failed', message: (error as Error).message } }),
    );
    return () => {
      current = false;
    };
  }, [api, a, b, key]);

  // One version chosen, the other is prefilled only from its own story: the version before it, else the one after.
  // Any other document is a guess the reader did not make, so it is left to them.
  useEffect(() => {
    if (documents.state !== 'ready' || (a === '') === (b === '')) return;
    const chosen = a !== '' ? a : b;
    const record = documents.value.find((candidate) => candidate.id === chosen);
    if (record === undefined) return;
    const story = storyOf(record);
    const versions = sortVersions(documents.value.filter((candidate) => storyOf(candidate).id === story.id));
    const at = versions.findIndex((candidate) => candidate.id === chosen);
    const other = (versions[at - 1] ?? versions[at + 1])?.id;
    if (other === undefined) return;
    // The earlier version goes on the left.
    const [left, right] = at > 0 ? [other, chosen] : [chosen, other];
    window.location.replace(compareHref(left, right));
  }, [documents, a, b]);

  const result: Loaded<Comparison> | null =
    a === '' || b === '' ? null : comparison?.key === key ? comparison.result : { state: 'loading' };
  const choose = (side: 'a' | 'b', id: string) => {
    window.location.hash = side === 'a' ? compareHref(id, b) : compareHref(a, id);
    setDownload(null);
  };
  const saveHtml = async () => {
    setDownload({ kind: 'busy', text: 'Preparing the page…' });
    try {
      setDownload({ kind: 'done', text: `Downloaded ${await downloadComparisonHtml(api, a, b)}.` });
    } catch (error) {
      setDownload({ kind: 'error', text: (error as Error).message });
    }
  };

  return (
    <main className="compare-page">
      <p>
        <a href="#/">← Documents</a>
      </p>
      <h1>Compare two versions of a story</h1>
      {documents.state === 'loading' && <p>Loading the documents…</p>}
      {documents.state === 'failed' && (
        <p className="status status-error" role="alert">
          {documents.message}
        </p>
      )}
      {documents.state === 'ready' && documents.value.length < 2 && (
        <p className="empty">
          Comparing needs two documents: import both versions of the story (a wire story and a rewrite, or two outlets’ versions) on the{' '}
          <a href="#/">document list</a> first.
        </p>
      )}
      {documents.state === 'ready' && documents.value.length >= 2 && (
        <div className="compare-choose">
          <DocumentChoice label="Version A" documents={documents.value} value={a} onChange={(id) => choose('a', id)} />
          <DocumentChoice label="Version B" documents={documents.value} value={b} onChange={(id) => choose('b', id)} />
          <button type="button" disabled={a === '' || b === '' || download?.kind === 'busy'} onClick={() => void saveHtml()}>
            Download HTML
          </button>
          {download !== null && (
            <span className={`status status-${download.kind}`} role={download.kind === 'error' ? 'alert' : 'status'}>
              {download.text}
            </span>
          )}
        </div>
      )}
      {result === null && documents.state === 'ready' && documents.value.length >= 2 && (
        <p className="empty">Choose the two versions to compare.</p>
      )}
      {result?.state === 'loading' && <p>Comparing…</p>}
      {result?.state === 'failed' && (
        <p className="status status-error" role="alert">
          These two cannot be compared: {result.message}
        </p>
      )}
      {result?.state === 'ready' && <CompareView comparison={result.value} />}
    </main>
  );
}

function DocumentChoice({
  label,
  documents,
  value,
  onChange,
}: {
  label: string;
  documents: DocumentRecord[];
  value: string;
  onChange: (id: string) => void;
}) {
  const known = value === '' || documents.some((record) => record.id === value);
  return (
    <label className="compare-choice">
      {label}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">Choose a document…</option>
        {!known && <option value={value}>{value} (unknown)</option>}
        {documents.map((record) => (
          <option key={record.id} value={record.id}>
            {record.title}
            {record.story === undefined ? '' : ` (version ${record.story.version})`}
          </option>
        ))}
      </select>
    </label>
  );
}
