import { useEffect, useRef, useState } from 'react';
import type { DocumentWorkspace } from '../document/useDocumentWorkspace.js';
import type { MarkTarget } from '../route.js';

/**
 * Opens the mark a permalink names: shows the layer it is in (if this token
 * may read it), and once that layer is synced selects the mark, which scrolls
 * to it and opens its details. The mark is found by its id wherever its text
 * now is (its anchors, else its quote: see `shared/anchor`). Returns what to
 * tell the reader when the link cannot open the mark, or null.
 */
export function usePermalink(workspace: DocumentWorkspace, select: (id: string) => void, target: MarkTarget | null): string | null {
  const { record, layerId, setChosenLayer, resolved, view, layer } = workspace;
  // The permalink already opened: it is not opened again when the reader moves on, or the layer changes.
  const opened = useRef<MarkTarget | null>(null);
  const [done, setDone] = useState<MarkTarget | null>(null);
  const pending = target !== null && done !== target;
  const readable = record === null || target === null || record.layers.some((candidate) => candidate.id === target.layer);
  const shown = pending && readable && record !== null && layerId === target.layer;
  const found = shown ? resolved?.find((item) => item.annotation.id === target.mark) : undefined;

  // The link shows its layer once: the reader may then choose another, even if the mark is not found.
  const shownLayerFor = useRef<MarkTarget | null>(null);
  useEffect(() => {
    if (!pending || !readable || record === null || shownLayerFor.current === target) return;
    shownLayerFor.current = target;
    if (layerId !== target.layer) setChosenLayer(target.layer);
  }, [pending, readable, record, layerId, target, setChosenLayer]);

  useEffect(() => {
    if (found === undefined || view === null || target === null || opened.current === target) return;
    opened.current = target;
    select(found.annotation.id);
    setDone(target);
  }, [found, view, target, select]);

  if (target === null || !pending) return null;
  if (!readable)
    return 'This link is to a mark in a layer your link to factmark does not let you read. Ask the document’s owner for access.';
  if (shown && layer.ready && resolved !== undefined && found === undefined)
    return 'The mark this link is to is not in the document any more: it may have been deleted.';
  return null;
}
