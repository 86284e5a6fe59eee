import type { EditorView } from 'prosemirror-view';
import { useEffect, useMemo, useState } from 'react';
import { comparePair, disagreements, type Span } from '../../shared/agreement/index.js';
import { TextMap } from '../../shared/anchor/textMap.js';
import type { ResolvedAnnotation } from '../../shared/anchor/resolveAnnotations.js';
import { kindInfo } from './annotations/kinds.js';
import { showDisagreements, type PlacedDisagreement } from './editor/disagreementPlugin.js';

/** The spans of placed annotations, in editor positions (both editors show one article, so positions agree). */
function spansOf(resolved: readonly ResolvedAnnotation[]): Span[] {
  return resolved.flatMap((item) => (item.status === 'anchored' ? [{ kind: item.annotation.kind, start: item.from, end: item.to }] : []));
}

/** The hover text of a disagreement, naming the layers. */
function titleOf(item: Omit<PlacedDisagreement, 'title'>, names: { a: string; b: string }): string {
  const kind = kindInfo[item.kind].label.toLowerCase();
  const here = names[item.side];
  const other = names[item.side === 'a' ? 'b' : 'a'];
  const aKind = `${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind}`;
  if (item.type === 'only') return `Only ${here} marks this, as ${aKind}.`;
  if (item.type === 'kind') return `${here} marks this as ${aKind}; ${other} as another kind.`;
  return `${here}’s ${kind} starts or ends elsewhere than ${other}’s.`;
}

/**
 * While two layers are shown side by side, a switch that highlights in the
 * article where they differ: marks only one layer has, words the two mark
 * as different kinds, and marks whose ends differ.
 */
export function DisagreementToggle({
  view,
  mine,
  theirs,
  mineName,
  theirsName,
}: {
  view: EditorView | null;
  mine: readonly ResolvedAnnotation[];
  theirs: readonly ResolvedAnnotation[];
  /** The name of the layer worked in. */
  mineName: string;
  /** The name of the layer beside it. */
  theirsName: string;
}) {
  const [shown, setShown] = useState(false);
  const mineSpans = useMemo(() => spansOf(mine), [mine]);
  const theirSpans = useMemo(() => spansOf(theirs), [theirs]);
  // The pair's figures need offsets into the text export, as the server's do.
  const figures = useMemo(() => {
    if (view === null) return null;
    const map = TextMap.of(view.state.doc);
    const offsets = (spans: Span[]) =>
      spans
        .map((span) => ({ kind: span.kind, start: map.offsetAt(span.start), end: map.offsetAt(span.end) }))
        .filter((span) => span.start < span.end);
    return comparePair(map.text, { id: 'a', name: '', spans: offsets(mineSpans) }, { id: 'b', name: '', spans: offsets(theirSpans) });
  }, [view, mineSpans, theirSpans]);
  const found = useMemo(
    () => disagreements(mineSpans, theirSpans).map((item) => ({ ...item, title: titleOf(item, { a: mineName, b: theirsName }) })),
    [mineSpans, theirSpans, mineName, theirsName],
  );
  useEffect(() => {
    if (view === null || view.isDestroyed) return;
    showDisagreements(view, shown ? found : []);
    return () => {
      if (!view.isDestroyed) showDisagreements(view, []);
    };
  }, [view, shown, found]);
  return (
    <p className="disagreement-toggle">
      <label>
        <input type="checkbox" checked={shown} onChange={(event) => setShown(event.target.checked)} />
        Show where the layers differ ({found.length})
      </label>
      {figures !== null && (
        <span
          className="pair-figures"
          title="Agreement of the two layers: F1 of overlapping (and exact) spans, Cohen's kappa over words, Krippendorff's alpha"
        >
          F1 {figures.overlap.all.f1.toFixed(2)} (exact {figures.exact.all.f1.toFixed(2)}) · kappa {figures.kappa.all.toFixed(2)} · alpha{' '}
          {figures.alpha.all.toFixed(2)}
        </span>
      )}
      {shown && (
        <span className="disagreement-legend">
          marks of <span className="disagreement disagreement-a">{mineName}</span> and of{' '}
          <span className="disagreement disagreement-b">{theirsName}</span> that the other layer does not share
        </span>
      )}
    </p>
  );
}
