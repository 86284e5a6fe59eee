import { plural } from './plural.js';
import type { EditorView } from 'prosemirror-view';
import { useMemo, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type * as Y from 'yjs';
import { layerRoomName } from '../../shared/document.js';
import { AnnotatedEditor } from './AnnotatedEditor.js';
import type { Api } from './api.js';
import type { ResolvedAnnotation } from '../../shared/anchor/resolveAnnotations.js';
import type { AnnotationPluginState } from './editor/annotationPlugin.js';
import { useRoom } from './useRoom.js';

const ignore = () => undefined;

/** Another layer's marks on the same article, read only, beside the one being worked on. */
export function ComparePane({
  api,
  docId,
  layerId,
  label,
  article,
  awareness,
  onResolved,
}: {
  api: Api;
  docId: string;
  layerId: string;
  label: string;
  article: Y.Doc;
  awareness: Awareness;
  /** Called with the layer's annotations each time they are placed again. */
  onResolved?: (resolved: ResolvedAnnotation[]) => void;
}) {
  const layer = useRoom(api, layerRoomName(docId, layerId));
  const [state, setState] = useState<AnnotationPluginState | null>(null);
  const counts = useMemo(() => {
    const byKind = { claim: 0, denial: 0, attribution: 0 };
    for (const item of state?.resolved ?? []) byKind[item.annotation.kind]++;
    return byKind;
  }, [state]);
  const setView = useState<EditorView | null>(null)[1];
  return (
    <section className="compare-pane article" aria-label={`Layer ${label}`}>
      <h2 className="compare-title">
        {label}{' '}
        <span className="count">
          {plural(counts.claim, 'claim')} · {plural(counts.denial, 'denial')} · {plural(counts.attribution, 'attribution')}
          {(state?.damaged.length ?? 0) > 0 && ` · ${state?.damaged.length} damaged, not shown`}
        </span>
      </h2>
      {layer.room !== null && (
        <AnnotatedEditor
          article={article}
          layer={layer.room.doc}
          awareness={awareness}
          editable={false}
          canAnnotate={false}
          onView={setView}
          onAnnotations={(next) => {
            setState(next);
            onResolved?.(next.resolved);
          }}
          onClickAnnotations={ignore}
          onSelectionChange={ignore}
          onMark={ignore}
        />
      )}
    </section>
  );
}
