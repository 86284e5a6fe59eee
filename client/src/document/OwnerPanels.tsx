import type { Api } from '../api.js';
import { AnswerKeyPicker } from '../AnswerKeyPicker.js';
import { ClassResults } from '../ClassResults.js';
import { revealText } from '../editor/revealText.js';
import { PublicationForm } from '../PublicationForm.js';
import { SharePanel } from '../SharePanel.js';
import { PublishControl } from '../publish/PublishControl.js';
import { WorkflowForm } from '../workflow/WorkflowForm.js';
import type { DocumentWorkspace } from './useDocumentWorkspace.js';
import type { Panels } from './usePanels.js';

/** The owner's panels, each shown on request: sharing (with the answer key and where the review is published) and the class results; an editor's publishing control. */
export function OwnerPanels({ api, id, workspace, panels }: { api: Api; id: string; workspace: DocumentWorkspace; panels: Panels }) {
  const { record, setRecord, view, loadRecord } = workspace;
  const { showShare, showResults } = panels;
  if (record === null) return null;
  // An editor's "Publish…" shows the publishing control alone.
  if (!workspace.isOwner)
    return showShare ? (
      <PublishControl api={api} id={id} record={record} onRecord={(updated) => setRecord({ ...record, ...updated })} />
    ) : null;
  return (
    <>
      {showShare && (
        <SharePanel
          api={api}
          id={id}
          record={record}
          onRecord={(updated) =>
            setRecord({ ...record, ...updated, ...(updated.assignment === undefined ? { assignment: undefined } : {}) })
          }
        >
          <AnswerKeyPicker
            api={api}
            id={id}
            record={record}
            layers={record.layers.filter((candidate) => candidate.removed !== true)}
            onRecord={(updated) => setRecord({ ...record, ...updated })}
          />
        </SharePanel>
      )}
      {showShare && <PublicationForm api={api} id={id} record={record} onRecord={(updated) => setRecord({ ...record, ...updated })} />}
      {showShare && <PublishControl api={api} id={id} record={record} onRecord={(updated) => setRecord({ ...record, ...updated })} />}
      {showShare && <WorkflowForm api={api} id={id} record={record} onRecord={(updated) => setRecord({ ...record, ...updated })} />}
      {showResults && (
        <ClassResults
          api={api}
          id={id}
          record={record}
          onRecord={(updated) => setRecord({ ...record, ...updated })}
          onShowSpan={(start, end) => view !== null && revealText(view, start, end)}
          onLayersChanged={loadRecord}
        />
      )}
    </>
  );
}
