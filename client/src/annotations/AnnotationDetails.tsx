import { useState } from 'react';
import { annotationKinds, sourceTypes, verdicts, type Annotation, type AnnotationPatch } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { annotationLimits } from '../../../shared/annotationEntry.js';
import { safeUrl } from '../../../shared/url.js';
import { kindInfo, shortQuote, sourceTypeLabels, verdictLabels } from './kinds.js';

interface AnnotationDetailsProps {
  item: ResolvedAnnotation;
  /** Every annotation of the layer, in text order, to link to. */
  all: ResolvedAnnotation[];
  /** Other annotations at the spot that was clicked. */
  alsoHere: Annotation[];
  canEdit: boolean;
  /** True while the reviewer is picking a span in the text to link to. */
  picking: boolean;
  onChange: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  onResize: () => void;
  onSelect: (id: string) => void;
  onPick: (picking: boolean) => void;
  onClose: () => void;
}

/** The details of one annotation: its note, and by kind its verdict, evidence, speaker and links. */
export function AnnotationDetails(props: AnnotationDetailsProps) {
  const { item, all, canEdit, onChange } = props;
  const { annotation } = item;
  const linkable = all
    .map((other) => other.annotation)
    .filter(
      (other) => other.id !== annotation.id && (annotation.kind === 'attribution' ? other.kind !== 'attribution' : other.kind === 'claim'),
    );
  return (
    <section
      className={`details details-${annotation.kind}`}
      aria-label={`${kindInfo[annotation.kind].label} details`}
      onKeyDown={(event) => event.key === 'Escape' && props.onClose()}
    >
      <header className="details-header">
        <label>
          <span className="visually-hidden">Kind</span>
          <select
            value={annotation.kind}
            disabled={!canEdit}
            onChange={(event) => onChange({ kind: event.target.value as Annotation['kind'] })}
            aria-label="Kind"
          >
            {annotationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {kindInfo[kind].label}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="link-button" onClick={props.onClose} aria-label="Close details">
          Close
        </button>
      </header>
      <blockquote className="details-quote">{annotation.quote}</blockquote>
      <p className="details-meta">
        {item.status === 'orphaned' && <strong className="orphan-badge">Orphaned: its text was deleted. </strong>}
        {item.status === 'anchored' && item.reanchored && <span>Found again by its quote. </span>}
        Marked by {annotation.author.name}
        {annotation.createdAt !== '' && <> on {new Date(annotation.createdAt).toLocaleString()}</>}
      </p>

      <NoteField key={`${annotation.id}-note`} value={annotation.note} disabled={!canEdit} onSave={(note) => onChange({ note })} />

      {annotation.kind === 'claim' && (
        <>
          <label className="field">
            Verdict
            <select
              aria-label="Verdict"
              value={annotation.verdict}
              disabled={!canEdit}
              onChange={(event) => onChange({ verdict: event.target.value as Annotation['verdict'] })}
            >
              {verdicts.map((verdict) => (
                <option key={verdict} value={verdict}>
                  {verdictLabels[verdict]}
                </option>
              ))}
            </select>
          </label>
          <EvidenceList
            key={`${annotation.id}-evidence`}
            annotation={annotation}
            disabled={!canEdit}
            onChange={(evidence) => onChange({ evidence })}
          />
        </>
      )}

      {annotation.kind === 'attribution' && (
        <>
          <TextField
            key={`${annotation.id}-speaker`}
            label="Speaker"
            value={annotation.speaker.name}
            disabled={!canEdit}
            placeholder="Name, as in the article"
            onSave={(name) => onChange({ speaker: { ...annotation.speaker, name } })}
          />
          <TextField
            key={`${annotation.id}-role`}
            label="Title as written"
            value={annotation.speaker.role}
            disabled={!canEdit}
            placeholder="e.g. spokesman for the ministry"
            onSave={(role) => onChange({ speaker: { ...annotation.speaker, role } })}
          />
          <label className="field">
            Source type
            <select
              aria-label="Source type"
              value={annotation.sourceType}
              disabled={!canEdit}
              onChange={(event) => onChange({ sourceType: event.target.value as Annotation['sourceType'] })}
            >
              {sourceTypes.map((type) => (
                <option key={type} value={type}>
                  {sourceTypeLabels[type]}
                </option>
              ))}
            </select>
          </label>
        </>
      )}

      {annotation.kind !== 'claim' && (
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
      )}

      {props.alsoHere.length > 0 && (
        <nav className="also-here" aria-label="Other annotations here">
          <h3>Also at this spot</h3>
          <ul>
            {props.alsoHere.map((other) => (
              <li key={other.id}>
                <button type="button" className="link-button" onClick={() => props.onSelect(other.id)}>
                  {kindInfo[other.kind].label}: {shortQuote(other.quote, 40)}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}

      {canEdit && (
        <div className="details-actions">
          <button type="button" className="secondary" onClick={props.onResize} title="Select other words in the article first">
            Set span to selection
          </button>
          <button type="button" className="danger" onClick={props.onDelete}>
            Delete
          </button>
        </div>
      )}
    </section>
  );
}

/** A text field saved when it loses focus or Enter is pressed, so typing does not send every keystroke. */
function TextField({
  label,
  value,
  disabled,
  placeholder,
  onSave,
}: {
  label: string;
  value: string;
  disabled: boolean;
  placeholder?: string;
  onSave: (value: string) => void;
}) {
  const [draft, setDraft] = useState(value);
  const save = () => {
    if (draft !== value) onSave(draft.trim());
  };
  return (
    <label className="field">
      {label}
      <input
        aria-label={label}
        value={draft}
        disabled={disabled}
        placeholder={placeholder}
        // The server refuses longer fields (and the connection that sends them).
        maxLength={annotationLimits.name}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={save}
        // Esc closes the details before the field could lose focus: save first.
        onKeyDown={(event) => (event.key === 'Enter' || event.key === 'Escape') && save()}
      />
    </label>
  );
}

function NoteField({ value, disabled, onSave }: { value: string; disabled: boolean; onSave: (value: string) => void }) {
  const [draft, setDraft] = useState(value);
  return (
    <label className="field">
      Note
      <textarea
        aria-label="Note"
        rows={3}
        value={draft}
        disabled={disabled}
        maxLength={annotationLimits.note}
        onChange={(event) => setDraft(event.target.value)}
        onBlur={() => draft !== value && onSave(draft)}
        onKeyDown={(event) => {
          // Esc closes the details, which unmounts the box without a blur: keep the note, as Close does.
          const saving = event.key === 'Escape' || (event.key === 'Enter' && (event.ctrlKey || event.metaKey));
          if (saving && draft !== value) onSave(draft);
        }}
      />
    </label>
  );
}

function EvidenceList({
  annotation,
  disabled,
  onChange,
}: {
  annotation: Annotation;
  disabled: boolean;
  onChange: (evidence: Annotation['evidence']) => void;
}) {
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <fieldset className="evidence">
      <legend>Evidence</legend>
      {annotation.evidence.length === 0 && <p className="empty">No evidence linked yet.</p>}
      <ul>
        {annotation.evidence.map((link, index) => (
          <li key={`${link.url}-${index}`}>
            <a href={safeUrl(link.url) ?? '#'} target="_blank" rel="noopener noreferrer nofollow">
              {link.title || link.url}
            </a>
            {!disabled && (
              <button
                type="button"
                className="link-button"
                aria-label={`Remove ${link.title || link.url}`}
                onClick={() => onChange(annotation.evidence.filter((_, other) => other !== index))}
              >
                remove
              </button>
            )}
          </li>
        ))}
      </ul>
      {!disabled && (
        <form
          className="evidence-form"
          onSubmit={(event) => {
            event.preventDefault();
            const safe = safeUrl(url.trim());
            if (safe === null) {
              setError('Give a full http(s) address.');
              return;
            }
            if (annotation.evidence.length >= annotationLimits.evidence) {
              setError(`A mark holds at most ${annotationLimits.evidence} evidence links.`);
              return;
            }
            onChange([...annotation.evidence, { url: safe, title: title.trim() }]);
            setUrl('');
            setTitle('');
            setError(null);
          }}
        >
          <input
            aria-label="Evidence URL"
            placeholder="https://…"
            maxLength={annotationLimits.url}
            value={url}
            onChange={(event) => setUrl(event.target.value)}
          />
          <input
            aria-label="Evidence title"
            placeholder="Title (optional)"
            maxLength={annotationLimits.name}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
          <button type="submit" className="secondary">
            Add
          </button>
          {error !== null && (
            <p className="status-error" role="alert">
              {error}
            </p>
          )}
        </form>
      )}
    </fieldset>
  );
}
