import { useState } from 'react';
import type { DocumentRecord } from '../../../shared/document.js';
import type { Api } from '../api.js';
import { StatusLine } from '../StatusLine.js';
import { AddedVersionReport } from './AddedVersionReport.js';
import { NewVersionForm } from './NewVersionForm.js';
import { useVersions } from './useVersions.js';
import { VersionTimeline } from './VersionTimeline.js';
import './versions.css';

interface VersionsBarProps {
  api: Api;
  id: string;
  record: Pick<DocumentRecord, 'sourceUrl'> | null;
  /** Owners and editors add versions. */
  canAdd: boolean;
}

/** Under the document bar: the story's versions (when it has more than one), and "New version…" for those who may add one. */
export function VersionsBar({ api, id, record, canAdd }: VersionsBarProps) {
  const versions = useVersions(api, id);
  const [adding, setAdding] = useState(false);
  const { versions: list, status, added } = versions;
  if (list.length < 2 && !canAdd) return null;
  return (
    <div className="versions-bar">
      <div className="versions-row">
        {/* Keyed by the count, so the comparison's choices start again when a version is added. */}
        {list.length > 1 && <VersionTimeline key={list.length} id={id} versions={list} />}
        {canAdd && (
          <button type="button" className="link-button" aria-expanded={adding} onClick={() => setAdding((shown) => !shown)}>
            New version…
          </button>
        )}
      </div>
      {adding && <NewVersionForm versions={versions} sourceUrl={record?.sourceUrl} busy={status.kind === 'busy'} />}
      <StatusLine status={status} />
      {added !== null && <AddedVersionReport added={added} id={id} />}
    </div>
  );
}
