import { describe, expect, it } from 'vitest';
import { allAnnotations } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

describe('buildExportModel', () => {
  it('gives every anchored annotation offsets whose slice of the text is its quote', () => {
    const model = annotatedFixture().model();
    const anchored = allAnnotations(model).filter((annotation) => annotation.status === 'anchored');
    expect(anchored).toHaveLength(6);
    for (const annotation of anchored) {
      expect(model.text.slice(annotation.start ?? 0, annotation.end ?? 0)).toBe(annotation.quote);
      expect(model.text.slice(0, annotation.start ?? 0).endsWith(annotation.prefix)).toBe(true);
      expect(model.text.slice(annotation.end ?? 0).startsWith(annotation.suffix)).toBe(true);
    }
  });

  it('keeps the orphan with its quote and no offsets', () => {
    const { model, ids } = annotatedFixture();
    const orphan = allAnnotations(model()).find((annotation) => annotation.id === ids.orphan);
    expect(orphan).toMatchObject({ status: 'orphaned', start: null, end: null, quote: 'will be deleted' });
  });

  it('lists annotations in text order within each layer', () => {
    const model = annotatedFixture().model();
    const starts = model.layers[0]?.annotations.filter((a) => a.start !== null).map((a) => a.start ?? 0) ?? [];
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(model.layers.map((layer) => layer.id)).toEqual(['team', 'p-student']);
  });
});
