import { verdicts, type Annotation, type AnnotationPatch } from '../../../shared/annotation.js';
import { EvidenceList } from './EvidenceList.js';
import { verdictLabels } from './kinds.js';
import { LongTextField } from './LongTextField.js';

/** A claim's own fields: its verdict, its public summary and its evidence. */
export function ClaimFields({
  annotation,
  canEdit,
  verdictProblem = null,
  onChange,
}: {
  annotation: Annotation;
  canEdit: boolean;
  /** Why this person may not change the verdict now (a checked claim, for an annotator), or null. */
  verdictProblem?: string | null;
  onChange: (patch: AnnotationPatch) => void;
}) {
  return (
    <>
      <label className="field">
        Verdict
        <select
          aria-label="Verdict"
          value={annotation.verdict}
          disabled={!canEdit || verdictProblem !== null}
          title={verdictProblem ?? undefined}
          onChange={(event) => onChange({ verdict: event.target.value as Annotation['verdict'] })}
        >
          {verdicts.map((verdict) => (
            <option key={verdict} value={verdict}>
              {verdictLabels[verdict]}
            </option>
          ))}
        </select>
      </label>
      <LongTextField
        key={`${annotation.id}-summary`}
        label="Public summary"
        // The verdict explained for readers: a ClaimReview's `reviewBody`, kept apart from the desk's note.
        hint={{ id: 'public-summary-hint', text: 'Published with the verdict in a ClaimReview, where the note above never goes.' }}
        value={annotation.summary}
        disabled={!canEdit}
        onSave={(summary) => onChange({ summary })}
      />
      <EvidenceList
        key={`${annotation.id}-evidence`}
        annotation={annotation}
        disabled={!canEdit}
        onChange={(evidence) => onChange({ evidence })}
      />
    </>
  );
}
