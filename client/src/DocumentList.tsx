import { useCallback, useEffect, useState } from 'react';
import { formatFromFileName, importFormats, type ImportFormat } from '../../shared/import/format.js';
import type { Api, ListedDocument, SessionInfo } from './api.js';
import { DamageBadge } from './DamageBadge.js';
import { compareHref, documentHref } from './route.js';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

type Status = { kind: 'idle' } | { kind: 'busy'; message: string } | { kind: 'error'; message: string } | { kind: 'done'; message: string };

/** The documents this token opens, and (for owners) importing new ones. */
export function DocumentList({ api, session }: { api: Api; session: SessionInfo }) {
  const [documents, setDocuments] = useState<ListedDocument[] | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const canImport = session.role === 'owner' && session.doc === '*';

  const refresh = useCallback(() => {
    api.listDocuments().then(setDocuments, (error: unknown) => setStatus({ kind: 'error', message: (error as Error).message }));
  }, [api]);
  useEffect(refresh, [refresh]);

  const importContent = async (format: ImportFormat, content: string, label: string, title?: string) => {
    setStatus({ kind: 'busy', message: `Importing ${label}…` });
    try {
      const record = await api.importDocument(format, content, title);
      setStatus({ kind: 'done', message: `Imported “${record.title}”.` });
      refresh();
    } catch (error) {
      setStatus({ kind: 'error', message: `${label}: ${(error as Error).message}` });
    }
  };

  const importFiles = async (files: FileList | File[]) => {
    for (const file of Array.from(files)) {
      const format = formatFromFileName(file.name);
      if (format === null) {
        setStatus({ kind: 'error', message: `${file.name}: use a .txt, .md or .html file.` });
        continue;
      }
      await importContent(format, await file.text(), file.name);
    }
  };

  return (
    <main className="document-list">
      <h1>Documents</h1>
      {documents !== null && documents.length > 0 && (
        <p className="compare-link">
          <a href={compareHref()}>Compare two versions of a story…</a>
        </p>
      )}
      {documents === null ? (
        <p>Loading…</p>
      ) : documents.length === 0 ? (
        <p className="empty">No documents yet.{canImport ? ' Import an article below.' : ''}</p>
      ) : (
        <ul className="documents" aria-label="Documents">
          {documents.map((record) => (
            <li key={record.id}>
              <a href={documentHref(record.id)}>{record.title}</a>
              <DamageBadge damage={record.damaged} />
              <span className="meta">
                {record.format} · <time dateTime={record.createdAt}>{dateFormat.format(new Date(record.createdAt))}</time>
              </span>
            </li>
          ))}
        </ul>
      )}
      {canImport && <ImportPanel onFiles={importFiles} onPaste={importContent} busy={status.kind === 'busy'} />}
      {status.kind !== 'idle' && (
        <p className={`status status-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.message}
        </p>
      )}
    </main>
  );
}

interface ImportPanelProps {
  busy: boolean;
  onFiles: (files: FileList | File[]) => Promise<void>;
  onPaste: (format: ImportFormat, content: string, label: string, title?: string) => Promise<void>;
}

function ImportPanel({ busy, onFiles, onPaste }: ImportPanelProps) {
  const [dragging, setDragging] = useState(false);
  const [pasted, setPasted] = useState('');
  const [pastedTitle, setPastedTitle] = useState('');
  const [format, setFormat] = useState<ImportFormat>('text');
  return (
    <section className="import" aria-labelledby="import-heading">
      <h2 id="import-heading">Import an article</h2>
      <div
        className={`drop-zone${dragging ? ' dragging' : ''}`}
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={(event) => {
          event.preventDefault();
          setDragging(false);
          void onFiles(event.dataTransfer.files);
        }}
      >
        <p>Drop .txt, .md or .html files here, or</p>
        <label className="button">
          Choose files…
          <input
            type="file"
            accept=".txt,.text,.md,.markdown,.html,.htm"
            multiple
            hidden
            disabled={busy}
            onChange={(event) => {
              if (event.target.files !== null) void onFiles(event.target.files).then(() => (event.target.value = ''));
            }}
          />
        </label>
      </div>
      <form
        className="paste"
        onSubmit={(event) => {
          event.preventDefault();
          void onPaste(format, pasted, 'the pasted article', pastedTitle.trim() === '' ? undefined : pastedTitle).then(() => setPasted(''));
        }}
      >
        <label htmlFor="paste-content">…or paste it</label>
        <textarea id="paste-content" rows={6} value={pasted} onChange={(event) => setPasted(event.target.value)} />
        <div className="paste-row">
          <input
            aria-label="Title (optional)"
            placeholder="Title (optional)"
            value={pastedTitle}
            onChange={(event) => setPastedTitle(event.target.value)}
          />
          <select aria-label="Format" value={format} onChange={(event) => setFormat(event.target.value as ImportFormat)}>
            {importFormats.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={busy || pasted.trim() === ''}>
            Import
          </button>
        </div>
      </form>
    </section>
  );
}
