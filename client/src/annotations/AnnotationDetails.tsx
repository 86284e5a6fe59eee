import type { ReactNode } from 'react';
import { annotationKinds, type Annotation, type AnnotationPatch } from '../../../shared/annotation.js';
import type { ResolvedAnnotation } from '../../../shared/anchor/resolveAnnotations.js';
import { AlsoHere } from './AlsoHere.js';
import { AttributionFields } from './AttributionFields.js';
import { ClaimFields } from './ClaimFields.js';
import { kindInfo } from './kinds.js';
import { LinkFields } from './LinkFields.js';
import { LongTextField } from './LongTextField.js';
import { changeProblem, verdictPatch, workflowFields } from '../../../shared/workflow/rules.js';
import type { ClaimWorkflow } from '../workflow/useClaimWorkflow.js';
import { WorkflowFields } from '../workflow/WorkflowFields.js';
import { CopyLinkButton } from '../permalink/CopyLinkButton.js';

interface AnnotationDetailsProps {
  item: ResolvedAnnotation;
  /** Every annotation of the layer, in text order, to link to. */
  all: ResolvedAnnotation[];
  /** Other annotations at the spot that was clicked. */
  alsoHere: Annotation[];
  canEdit: boolean;
  /** The document's claim workflow and who I am in it. */
  workflow: ClaimWorkflow;
  /** True while the reviewer is picking a span in the text to link to. */
  picking: boolean;
  onChange: (patch: AnnotationPatch) => void;
  onDelete: () => void;
  onResize: () => void;
  onSelect: (id: string) => void;
  onPick: (picking: boolean) => void;
  onClose: () => void;
  /** The mark's permalink, to copy (null until the document's record is known). */
  link?: string | null;
  /** For a claim, shown below its fields: the similar claims already reviewed. */
  alreadyChecked?: ReactNode;
}

/** The details of one annotation: its note, and by kind its verdict, evidence, speaker and links. */
export function AnnotationDetails(props: AnnotationDetailsProps) {
  const { item, all, canEdit, onChange } = props;
  const { annotation } = item;
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
      {props.link !== undefined && props.link !== null && <CopyLinkButton url={props.link} />}

      <LongTextField
        key={`${annotation.id}-note`}
        label="Note"
        value={annotation.note}
        disabled={!canEdit}
        onSave={(note) => onChange({ note })}
      />

      {annotation.kind === 'claim' && (
        <>
          <ClaimFields
            annotation={annotation}
            canEdit={canEdit}
            // A checked claim's verdict changes only with it sent back to the second check, which annotators may not do.
            verdictProblem={
              canEdit
                ? changeProblem(
                    workflowFields(annotation),
                    verdictPatch(workflowFields(annotation), 'unverified', props.workflow.me),
                    props.workflow.writer,
                  )
                : null
            }
            onChange={onChange}
          />
          <WorkflowFields annotation={annotation} workflow={props.workflow} canEdit={canEdit} onChange={onChange} />
        </>
      )}
      {annotation.kind === 'claim' && props.alreadyChecked}

      {annotation.kind === 'attribution' && <AttributionFields annotation={annotation} canEdit={canEdit} onChange={onChange} />}

      {annotation.kind !== 'claim' && (
        <LinkFields annotation={annotation} all={all} canEdit={canEdit} picking={props.picking} onChange={onChange} onPick={props.onPick} />
      )}

      {props.alsoHere.length > 0 && <AlsoHere alsoHere={props.alsoHere} onSelect={props.onSelect} />}

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
