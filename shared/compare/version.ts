import { teamLayerId } from '../document.js';
import type { AnnotationKind, Speaker, Verdict } from '../annotation.js';
import type { ExportModel } from '../export/model.js';
import type { TextSpan } from '../prose/index.js';

/** An annotation as the comparison shows it in place: where it is in its version's text, and what it says. */
export interface CompareAnnotation extends TextSpan {
  id: string;
  kind: AnnotationKind;
  quote: string;
  note: string;
  verdict: Verdict;
  speaker: Speaker;
}

/** One version of a story to compare: its document, its plain text and the annotations placed in it. */
export interface CompareVersion {
  id: string;
  title: string;
  text: string;
  annotations: CompareAnnotation[];
}

/**
 * A document's export model as a version to compare: its text and the
 * anchored annotations of one layer (the team layer unless named); orphans
 * have no place in the text to show them.
 */
export function compareVersionOf(model: ExportModel, layer: string = teamLayerId): CompareVersion {
  const annotations = (model.layers.find((item) => item.id === layer)?.annotations ?? []).flatMap((annotation): CompareAnnotation[] =>
    annotation.start === null || annotation.end === null
      ? []
      : [
          {
            id: annotation.id,
            kind: annotation.kind,
            start: annotation.start,
            end: annotation.end,
            quote: annotation.quote,
            note: annotation.note,
            verdict: annotation.verdict,
            speaker: { name: annotation.speaker.name, role: annotation.speaker.role },
          },
        ],
  );
  return { id: model.record.id, title: model.record.title, text: model.text, annotations };
}
