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

/** What a denial denies (one claim) or an attribution attributes (claims and denials): ticked in a list, or picked in the text. */
export function LinkFields({ annotation, all, canEdit, onChange, ...props }: LinkFieldsProps) {
  const linkable = all
    .map((other) => other.annotation)
    .filter(
      (other) => other.id !== annotation.id && (annotation.kind === 'attribution' ? other.kind !== 'attribution' : other.kind === 'claim'),
    );
  return (
    <fieldset className="links">
      <legend>{annotation.kind === 'attribution' ? 'Attributes these claims and denials' : 'Denies this claim'}</legend>
      {linkable.length === 0 && (
        <p className="empty">No {annotation.kind === 'attribution' ? 'claims or denials' : 'claims'} marked yet.</p>
      )}
      {linkable.map((other) => (
        <label key={other.id} className="link-option">
          <input
            type={annotation.kind === 'denial' ? 'radio' : 'checkbox'}
            name={`links-${annotation.id}`}
            disabled={!canEdit}
            checked={annotation.links.includes(other.id)}
            onChange={(event) => {
              if (annotation.kind === 'denial') onChange({ links: event.target.checked ? [other.id] : [] });
              else
                onChange({
                  links: event.target.checked ? [...annotation.links, other.id] : annotation.links.filter((id) => id !== other.id),
                });
            }}
          />
          <span className={`kind-badge kind-${other.kind}`}>{kindInfo[other.kind].label}</span> {shortQuote(other.quote, 60)}
        </label>
      ))}
      {canEdit && (
        <button type="button" className="secondary" aria-pressed={props.picking} onClick={() => props.onPick(!props.picking)}>
          {props.picking ? 'Click a span in the text… (Esc to stop)' : 'Pick in the text'}
        </button>
      )}
    </fieldset>
  );
}
