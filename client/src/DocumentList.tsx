import { useCallback, useEffect, useState } from 'react';
import { articleAccess, canManageDocuments } from '../../shared/access.js';
import type { DocumentFilter } from '../../shared/collection.js';
import type { Api, ListedDocument, SessionInfo, TrashedDocument } from './api.js';
import { DocumentRow } from './DocumentRow.js';
import { ImportPanel, ImportReports, useImports } from './ImportPanel.js';
import { compareHref, workHref } from './route.js';
import { StatusLine, type Status } from './StatusLine.js';
import { TrashList } from './TrashList.js';
// Collections, tags and filters (corpus issue).
import { CollectionPanel } from './collections/CollectionPanel.js';
import { createCollection, deleteCollection, fileDocument, listDocuments, renameCollection } from './collections/collectionsApi.js';
import { DocumentFiling } from './collections/DocumentFiling.js';
import { DocumentFilters } from './collections/DocumentFilters.js';
import { useCollections } from './collections/useCollections.js';
import { SearchBox } from './search/SearchBox.js';

/** The documents this token opens, and (for owners) importing new ones. */
export function DocumentList({ api, session }: { api: Api; session: SessionInfo }) {
  const [documents, setDocuments] = useState<ListedDocument[] | null>(null);
  const [trash, setTrash] = useState<TrashedDocument[]>([]);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const canImport = canManageDocuments(session);
  // Owners and editors file documents in collections and tag them.
  const canFile = articleAccess(session.role) === 'write';
  const [filter, setFilter] = useState<DocumentFilter>({});
  const filtered = Object.values(filter).some((value) => value !== undefined && value !== '');
  const showError = useCallback((message: string) => setStatus({ kind: 'error', message }), []);
  const { collections, refresh: refreshCollections } = useCollections(api, showError);

  const refresh = useCallback(() => {
    const failed = (error: unknown) => setStatus({ kind: 'error', message: (error as Error).message });
    listDocuments(api, filter).then(setDocuments, failed);
    if (canImport) api.listTrash().then(setTrash, failed);
  }, [api, canImport, filter]);
  useEffect(refresh, [refresh]);

  /** Runs a change to the list, says how it went, and lists the documents again. */
  const act = async (change: () => Promise<string>) => {
    try {
      setStatus({ kind: 'done', message: await change() });
    } catch (error) {
      setStatus({ kind: 'error', message: (error as Error).message });
    }
    refresh();
    refreshCollections();
  };

  const { imported, importContent, importFiles, importAddress } = useImports(api, setStatus, refresh);

  return (
    <main className="document-list">
      <h1>Documents</h1>
      <SearchBox />
      {documents !== null && documents.length > 0 && (
        <p className="compare-link">
          <a href={compareHref()}>Compare two versions of a story…</a>
          {' · '}
          <a href={workHref}>My work</a>
        </p>
      )}
      <DocumentFilters collections={collections} filter={filter} onChange={setFilter} />
      {documents === null ? (
        <p>Loading…</p>
      ) : documents.length === 0 && filtered ? (
        <p className="empty">No documents match these filters.</p>
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
            >
              <DocumentFiling
                record={record}
                collections={collections}
                canFile={canFile}
                onSave={async (filing) => {
                  // A refusal is the form's to show, beside what was typed: it stays open, nothing lost.
                  await fileDocument(api, record.id, filing);
                  await act(async () => `Filed “${record.title}”.`);
                }}
              />
            </DocumentRow>
          ))}
        </ul>
      )}
      {canImport && (
        <CollectionPanel
          collections={collections}
          onCreate={(name) => act(async () => (await createCollection(api, name), `Made the collection “${name.trim()}”.`))}
          onRename={(id, name) => act(async () => (await renameCollection(api, id, name), `Renamed the collection to “${name.trim()}”.`))}
          onDelete={(collection) =>
            void act(
              async () => (await deleteCollection(api, collection.id), `Deleted the collection “${collection.name}”; its documents stay.`),
            )
          }
        />
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
