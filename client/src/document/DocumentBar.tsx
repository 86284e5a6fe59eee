import type { Api } from '../api.js';
import type { ConnectionState } from '../connection.js';
import { ConnectionIndicator } from '../ConnectionIndicator.js';
import { DamageBadge } from '../DamageBadge.js';
import { ExportMenu } from '../ExportMenu.js';
import { compareHref } from '../route.js';
import { LayerPicker } from './LayerPicker.js';
import type { Panels } from './usePanels.js';
import type { DocumentWorkspace } from './useDocumentWorkspace.js';

interface DocumentBarProps {
  api: Api;
  id: string;
  workspace: DocumentWorkspace;
  panels: Panels;
  connection: ConnectionState;
  select: (id: string | null) => void;
}

/** The bar above the article: its title, the layers, sharing, export, comparison, the connection and the shortcuts. */
export function DocumentBar({ api, id, workspace, panels, connection, select }: DocumentBarProps) {
  const { record, isOwner, layerId, compareLayer, setChosenLayer, setCompareLayer, loadRecord } = workspace;
  const { showShare, setShowShare, showResults, setShowResults, showHelp, setShowHelp } = panels;
  return (
    <div className="document-bar">
      <a href="#/" className="back">
        ← Documents
      </a>
      <h1 className="document-title">{record?.title}</h1>
      <DamageBadge damage={record?.damaged} />
      {record !== null && (record.layers.length > 1 || isOwner) && (
        <LayerPicker
          layers={record.layers.filter((candidate) => candidate.removed !== true)}
          value={layerId ?? ''}
          compare={compareLayer}
          onChange={(next) => {
            setChosenLayer(next);
            select(null);
          }}
          onCompare={setCompareLayer}
          onOpen={loadRecord}
        />
      )}
      {isOwner && (
        <button type="button" className="link-button" aria-expanded={showShare} onClick={() => setShowShare((shown) => !shown)}>
          Share…
        </button>
      )}
      {!isOwner && workspace.editable && (
        // Editors publish the desk's fact-check too (the API lets them); sharing and the rest stay the owner's.
        <button type="button" className="link-button" aria-expanded={showShare} onClick={() => setShowShare((shown) => !shown)}>
          Publish…
        </button>
      )}
      {isOwner && (
        <button
          type="button"
          className="link-button"
          aria-expanded={showResults}
          onClick={() => {
            setShowResults((shown) => !shown);
            loadRecord();
          }}
        >
          Class results
        </button>
      )}
      <ExportMenu api={api} id={id} />
      <a className="link-button" href={compareHref(id)}>
        Compare with…
      </a>
      <ConnectionIndicator state={connection} />
      <button
        type="button"
        className="link-button"
        onClick={() => setShowHelp((shown) => !shown)}
        aria-expanded={showHelp}
        title="Keyboard shortcuts (?)"
      >
        Shortcuts
      </button>
    </div>
  );
}
