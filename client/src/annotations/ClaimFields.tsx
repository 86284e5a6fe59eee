import { verdicts, type Annotation, type AnnotationPatch } from '../../../shared/annotation.js';
import { EvidenceList } from './EvidenceList.js';
import { verdictLabels } from './kinds.js';
import { PublicSummaryField } from './PublicSummaryField.js';

/** A claim's own fields: its verdict, its public summary and its evidence. */
export function ClaimFields({
  annotation,
  canEdit,
  onChange,
}: {
  annotation: Annotation;
  canEdit: boolean;
  onChange: (patch: AnnotationPatch) => void;
}) {
  return (
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
      <PublicSummaryField
        key={`${annotation.id}-summary`}
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
