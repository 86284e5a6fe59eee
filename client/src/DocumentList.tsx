import { useCallback, useEffect, useState } from 'react';
import { canManageDocuments } from '../../shared/access.js';
import type { Api, ListedDocument, SessionInfo, TrashedDocument } from './api.js';
import { DocumentRow } from './DocumentRow.js';
import { ImportPanel, ImportReports, useImports } from './ImportPanel.js';
import { compareHref } from './route.js';
import { StatusLine, type Status } from './StatusLine.js';
import { TrashList } from './TrashList.js';

/** The documents this token opens, and (for owners) importing new ones. */
export function DocumentList({ api, session }: { api: Api; session: SessionInfo }) {
  const [documents, setDocuments] = useState<ListedDocument[] | null>(null);
  const [trash, setTrash] = useState<TrashedDocument[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const canImport = canManageDocuments(session);

  const refresh = useCallback(() => {
    const failed = (error: unknown) => setStatus({ kind: 'error', message: (error as Error).message });
    api.listDocuments().then(setDocuments, failed);
    if (canImport) api.listTrash().then(setTrash, failed);
  }, [api, canImport]);
  useEffect(refresh, [refresh]);

  /** Runs a change to the list, says how it went, and lists the documents again. */
  const act = async (change: () => Promise<string>) => {
    try {
      setStatus({ kind: 'done', message: await change() });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
    refresh();
  };

  const { imported, importContent, importFiles, importAddress } = useImports(api, setStatus, refresh);

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
            <DocumentRow
              key={record.id}
              record={record}
              canManage={canImport}
              onRename={(title) => act(async () => `Renamed to “${(await api.renameDocument(record.id, title)).title}”.`)}
              onDelete={() =>
                void act(async () => {
                  await api.deleteDocument(record.id);
                  return `Moved “${record.title}” to the trash.`;
                })
              }
            />
          ))}
        </ul>
      )}
      {canImport && (
        <TrashList documents={trash} onRestore={(id) => void act(async () => `Restored “${(await api.restoreDocument(id)).title}”.`)} />
      )}
      {canImport && <ImportPanel onFiles={importFiles} onPaste={importContent} onAddress={importAddress} busy={status.kind === 'busy'} />}
      <StatusLine status={status} />
      <ImportReports imported={imported} />
    </main>
  );
}
