import { annotationKinds, type AnnotationKind } from '../../../shared/annotation.js';
import { displayShortcut, kindInfo } from './kinds.js';

/** Buttons that mark the selected words as a claim, denial or attribution. */
export function AnnotationToolbar({ canMark, onMark }: { canMark: boolean; onMark: (kind: AnnotationKind) => void }) {
  return (
    <div className="annotation-toolbar" role="toolbar" aria-label="Mark the selected words">
      <span className="toolbar-hint">{canMark ? 'Mark selection as:' : 'Select words to mark them'}</span>
      {annotationKinds.map((kind) => (
        <button
          key={kind}
          type="button"
          className={`mark-button mark-${kind}`}
          disabled={!canMark}
          // Keep the editor's selection: a click on the button must not take the focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => onMark(kind)}
          title={`${kindInfo[kind].description} (${displayShortcut(kindInfo[kind].shortcut)})`}
          aria-keyshortcuts={kindInfo[kind].shortcut.replace('Mod', 'Control')}
        >
          <span className={`swatch-${kind}`} aria-hidden="true" />
          {kindInfo[kind].label}
        </button>
      ))}
    </div>
  );
}
