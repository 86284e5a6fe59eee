import type { ReactNode } from 'react';
import { segmentSpan, type Highlight } from '../../../shared/compare/highlights.js';
import type { TextSpan } from '../../../shared/prose/span.js';

const highlightClasses: Record<Highlight['kind'], string> = {
  claim: 'annotation annotation-claim',
  denial: 'annotation annotation-denial',
  attribution: 'annotation annotation-attribution',
  change: 'cmp-change',
  figure: 'cmp-figure',
  speaker: 'cmp-speaker',
};

/** A span of a version's text with its highlights as nested spans, outermost first. */
export function Highlighted({ text, span, highlights }: { text: string; span: TextSpan; highlights: Highlight[] }) {
  return (
    <>
      {segmentSpan(span, highlights)
        .map((segment) =>
          [...segment.highlights].reverse().reduce<ReactNode>(
            (inner, highlight) => (
              <span className={highlightClasses[highlight.kind]} title={highlight.label}>
                {inner}
              </span>
            ),
            text.slice(segment.start, segment.end),
          ),
        )
        .map((node, index) => (
          <span key={index}>{node}</span>
        ))}
    </>
  );
}
