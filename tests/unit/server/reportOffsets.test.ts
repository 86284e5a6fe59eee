import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { CodePointOffsets, compareVersions, reportInUtf16, type Comparison } from '../../../shared/index.js';
import { renderComparison } from '../../../server/Comparison.js';
import { scoreState } from '../../../server/Scoring.js';
import type { DocumentState } from '../../../server/jobs/DocumentState.js';
import { bodyText } from '../../../server/jobs/exportFile.js';
import { unicodeFixture } from '../../support/unicodeFixture.js';

/** Every `{start, end}` of a report with the side of a comparison it is under (a or b), in the order met. */
function offsetsOf(value: unknown, side: 'a' | 'b' | null = null, found: { side: 'a' | 'b' | null; start: number; end: number }[] = []) {
  if (Array.isArray(value)) for (const item of value) offsetsOf(item, side, found);
  else if (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record['start'] === 'number' && typeof record['end'] === 'number')
      found.push({ side, start: record['start'], end: record['end'] });
    for (const [key, item] of Object.entries(record)) {
      const inner = key === 'a' || key === 'onlyA' ? 'a' : key === 'b' || key === 'onlyB' ? 'b' : side;
      offsetsOf(item, inner, found);
    }
  }
  return found;
}

describe('offsets in reports', () => {
  it('writes every offset of a comparison in code points of its own side’s text', () => {
    const a = {
      id: 'a',
      title: 'A',
      text: '🚢 Harbour reopens 🌊\n\nThe ferry 👨‍👩‍👧 service restarted at 06:00, the operator said. "We rebuilt it in nine days," said Ngozi Adébayò.',
      annotations: [],
    };
    const b = {
      id: 'b',
      title: 'B',
      text: 'Harbour reopens\n\nThe ferry 🚢 service restarted at 06:30, the operator said. "We rebuilt it in ten days," said Councillor Ngozi Adébayò.',
      annotations: [],
    };
    const comparison = compareVersions(a, b);
    const written = JSON.parse(bodyText(renderComparison(comparison, 'json').body)) as Comparison;
    const before = offsetsOf(comparison);
    const after = offsetsOf(written);
    expect(after.length).toBe(before.length);
    expect(after.length).toBeGreaterThan(10);
    // Read back as a client does, every offset is the original index again.
    expect(reportInUtf16(written, { a: CodePointOffsets.of(a.text), b: CodePointOffsets.of(b.text) })).toEqual(
      JSON.parse(JSON.stringify(comparison)),
    );
    for (const [index, offset] of after.entries()) {
      const original = before[index];
      const side = offset.side ?? 'a';
      const text = side === 'a' ? a.text : b.text;
      expect(Array.from(text).slice(offset.start, offset.end).join('')).toBe(text.slice(original?.start, original?.end));
    }
  });

  it('gives the spans the class missed in code points: each slices its quote out of Array.from(text)', () => {
    const { article, team, other, model } = unicodeFixture();
    const state: DocumentState = {
      record: { ...model().record, answerKey: 'team' },
      article: [Y.encodeStateAsUpdate(article.ydoc)],
      layers: [
        { id: 'team', updates: [Y.encodeStateAsUpdate(team)] },
        { id: 'p-student', updates: [Y.encodeStateAsUpdate(other)] },
      ],
    };
    const report = scoreState(state, []);
    const points = Array.from(model().text);
    expect(report.mostMissed.length).toBeGreaterThan(3);
    for (const span of report.mostMissed) expect(points.slice(span.start, span.end).join('')).toBe(span.quote);
  });
});
