import { describe, expect, it } from 'vitest';
import { allAnnotations, Datasheet, summarizeDocument, type ExportModel } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { unicodeFixture } from '../../../support/unicodeFixture.js';

/** How many annotations of a model meet a condition: counted here another way than the datasheet does. */
const countOf = (model: ExportModel, test: (annotation: ReturnType<typeof allAnnotations>[number]) => boolean) =>
  allAnnotations(model).filter(test).length;

describe('corpus datasheet', () => {
  const annotated = annotatedFixture().model();
  const unicode = unicodeFixture().model();

  it('counts a document’s marks by kind, verdict and annotator', () => {
    const summary = summarizeDocument(annotated);
    expect(summary.marks).toBe(allAnnotations(annotated).length);
    for (const kind of ['claim', 'denial', 'attribution'] as const)
      expect(summary.byKind[kind] ?? 0).toBe(countOf(annotated, (annotation) => annotation.kind === kind));
    expect(summary.byVerdict['false']).toBe(countOf(annotated, (a) => a.kind === 'claim' && a.verdict === 'false'));
    expect(Object.values(summary.byAnnotator).reduce((a, b) => a + b, 0)).toBe(summary.marks);
    expect(summary.orphaned).toBe(countOf(annotated, (annotation) => annotation.status === 'orphaned'));
  });

  it('gives agreement only where two or more layers hold marks', () => {
    const summary = summarizeDocument(annotated);
    expect(summary.agreement?.layers).toBe(2);
    const alpha = summary.agreement?.alpha;
    if (alpha !== null && alpha !== undefined) expect(Math.abs(alpha)).toBeLessThanOrEqual(1);
    const oneLayer = summarizeDocument({ ...annotated, layers: annotated.layers.slice(0, 1) });
    expect(oneLayer.agreement).toBeNull();
  });

  it('sums documents one at a time, and says it in Markdown', () => {
    const sheet = new Datasheet('Ghost buses', '2026-03-02T10:00:00.000Z');
    sheet.add(summarizeDocument(annotated));
    sheet.add(summarizeDocument(unicode));
    const json = sheet.toJSON();
    expect(json.documents).toBe(2);
    expect(json.marks).toBe(allAnnotations(annotated).length + allAnnotations(unicode).length);
    expect(Object.values(json.byKind).reduce((a, b) => a + b, 0)).toBe(json.marks);
    expect(json.agreement.documents).toBe(json.agreement.perDocument.length);
    const markdown = sheet.toMarkdown();
    expect(markdown).toContain('# Datasheet: Ghost buses');
    expect(markdown).toContain(`| claim | ${json.byKind['claim']} |`);
    for (const name of Object.keys(json.byAnnotator)) expect(markdown).toContain(name.replace(/\|/g, '\\|'));
  });
});
