import { useEffect, useMemo, useRef } from 'react';
import type { Annotation, AnnotationPatch } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { kindInfo, shortQuote } from './kinds.js';

interface LinkFieldsProps {
  annotation: Annotation;
  /** Every annotation of the layer, in text order, to link to. */
  all: ResolvedAnnotation[];
  canEdit: boolean;
  /** True while the reviewer is picking a span in the text to link to. */
  picking: boolean;
  onChange: (patch: AnnotationPatch) => void;
  onPick: (picking: boolean) => void;
}

/**
 * What a denial denies (one claim) or an attribution attributes (claims and
 * denials): ticked in a list, or picked in the text. In a layer of thousands
 * the list has thousands of options: they are made again only when the
 * layer or this mark's links change, not each time the page draws again (as
 * it does with every keystroke, when the count of unsent changes moves).
 */
export function LinkFields({ annotation, all, canEdit, onChange, ...props }: LinkFieldsProps) {
  // The options call the latest handler, whichever render made them.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const { id, kind, links } = annotation;
  const options = useMemo(
    () =>
      all
        .map((other) => other.annotation)
        .filter((other) => other.id !== id && (kind === 'attribution' ? other.kind !== 'attribution' : other.kind === 'claim'))
        .map((other) => (
          <label key={other.id} className="link-option">
            <input
              type={kind === 'denial' ? 'radio' : 'checkbox'}
              name={`links-${id}`}
              disabled={!canEdit}
              checked={links.includes(other.id)}
              onChange={(event) => {
                if (kind === 'denial') latest.current({ links: event.target.checked ? [other.id] : [] });
                else
                  latest.current({
                    links: event.target.checked ? [...links, other.id] : links.filter((link) => link !== other.id),
                  });
              }}
            />
            <span className={`kind-badge kind-${other.kind}`}>{kindInfo[other.kind].label}</span> {shortQuote(other.quote, 60)}
          </label>
        )),
    [all, id, kind, links, canEdit],
  );
  return (
    <fieldset className="links">
      <legend>{kind === 'attribution' ? 'Attributes these claims and denials' : 'Denies this claim'}</legend>
      {options.length === 0 && <p className="empty">No {kind === 'attribution' ? 'claims or denials' : 'claims'} marked yet.</p>}
      {options}
      {canEdit && (
        <button type="button" className="secondary" aria-pressed={props.picking} onClick={() => props.onPick(!props.picking)}>
          {props.picking ? 'Click a span in the text… (Esc to stop)' : 'Pick in the text'}
        </button>
      )}
    </fieldset>
  );
}
