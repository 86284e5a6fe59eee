import { useEffect, useMemo, useRef, useState } from 'react';
import type { Annotation, AnnotationPatch } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { kindInfo, shortQuote } from './kinds.js';
import { linkOptions } from './linkOptions.js';

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
 * denials): ticked in a list, or picked in the text. In a large layer the
 * list holds what the mark links to and the marks nearest it, and a search
 * field finds the others (see `linkOptions`): a layer of thousands would
 * otherwise put thousands of rows in the panel each time it opens. The rows
 * are made again only when the layer, this mark's links or the search change,
 * not each time the page draws again (as it does with every keystroke).
 */
export function LinkFields({ annotation, all, canEdit, onChange, ...props }: LinkFieldsProps) {
  // The options call the latest handler, whichever render made them.
  const latest = useRef(onChange);
  useEffect(() => {
    latest.current = onChange;
  });
  const [search, setSearch] = useState('');
  const { id, kind, links } = annotation;
  const annotations = useMemo(() => all.map((other) => other.annotation), [all]);
  const { shown, total } = useMemo(() => linkOptions(annotation, annotations, search), [annotation, annotations, search]);
  const options = useMemo(
    () =>
      shown.map((other) => (
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
    [shown, id, kind, links, canEdit],
  );
  const what = kind === 'attribution' ? 'claims or denials' : 'claims';
  return (
    <fieldset className="links">
      <legend>{kind === 'attribution' ? 'Attributes these claims and denials' : 'Denies this claim'}</legend>
      {total === 0 && <p className="empty">No {what} marked yet.</p>}
      {(total > shown.length || search !== '') && (
        <input
          type="search"
          className="link-search"
          aria-label={`Find ${what} to link by their words`}
          placeholder={`Find among ${total} ${what}…`}
          value={search}
          onChange={(event) => setSearch(event.target.value)}
        />
      )}
      {options}
      {search === '' && total > shown.length && (
        <p className="hint">
          The {shown.length} nearest of {total} {what}; type to find others.
        </p>
      )}
      {search !== '' && shown.length === 0 && (
        <p className="empty">
          No {what} hold “{search}”.
        </p>
      )}
      {canEdit && (
        <button type="button" className="secondary" aria-pressed={props.picking} onClick={() => props.onPick(!props.picking)}>
          {props.picking ? 'Click a span in the text… (Esc to stop)' : 'Pick in the text'}
        </button>
      )}
    </fieldset>
  );
}
