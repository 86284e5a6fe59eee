import { sourceTypes, type Annotation, type AnnotationPatch } from '../../../shared/annotation.js';
import { sourceTypeLabels } from './kinds.js';
import { TextField } from './TextField.js';

/** An attribution's own fields: who is speaking, their title as written, and what kind of source they are. */
export function AttributionFields({
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
  );
}
