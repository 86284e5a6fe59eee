import { describe, expect, it } from 'vitest';
import { annotationLimits, fromFactmarkJson, ImportError, toFactmarkJson } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

describe('factmark JSON', () => {
  it('reads back everything it wrote', () => {
    const model = annotatedFixture().model();
    const read = fromFactmarkJson(toFactmarkJson(model));
    expect(read.record).toEqual(model.record);
    expect(read.doc.eq(model.doc)).toBe(true);
    expect(read.text).toBe(model.text);
    expect(read.layers).toEqual(
      model.layers.map(({ damaged: _damaged, verdictSetAt: _derivedFromHistory, threadDamage: _threadDamage, ...layer }) => layer),
    );
    // What the fixture holds beyond its annotations: a history with a deleted mark's copy, a rejected suggestion, the assignment.
    expect(read.layers[0]?.history.some((entry) => entry.action === 'deleted' && entry.snapshot?.quote === 'he said')).toBe(true);
    expect(read.layers[0]?.rejectedSuggestions.map((rejection) => rejection.id)).toEqual(['suggestion-1']);
    expect(read.record).toMatchObject({ assignment: { revealed: false }, answerKey: 'team', layerNames: { 'p-student': 'Student A' } });
  });

  it('keeps a document\u2019s tags, normalised, and not its collections, which belong to its workspace', () => {
    const model = annotatedFixture().model();
    const tagged = { ...model, record: { ...model.record, tags: ['flood', 'port-2026'], collections: ['c-harbour'] } };
    const file = JSON.parse(toFactmarkJson(tagged)) as { document: Record<string, unknown> };
    expect(file.document).toMatchObject({ tags: ['flood', 'port-2026'] });
    expect(file.document).not.toHaveProperty('collections');
    expect(
      fromFactmarkJson(JSON.stringify({ ...file, document: { ...file.document, tags: ['Port-2026', 'flood', 'flood'] } })).record.tags,
    ).toEqual(['flood', 'port-2026']);
    expect(() => fromFactmarkJson(JSON.stringify({ ...file, document: { ...file.document, tags: ['a/b'] } }))).toThrow(ImportError);
  });

  it('names no layer it does not hold: one student’s layer alone carries no other name, nor an answer key elsewhere', () => {
    const model = annotatedFixture().model();
    const own = { ...model, layers: model.layers.filter((layer) => layer.id === 'p-student') };
    expect(JSON.parse(toFactmarkJson(own)).document).toMatchObject({ layerNames: { 'p-student': 'Student A' } });
    expect(JSON.parse(toFactmarkJson(own)).document).not.toHaveProperty('answerKey');
    const team = { ...model, layers: model.layers.filter((layer) => layer.id === 'team') };
    expect(JSON.parse(toFactmarkJson(team)).document).not.toHaveProperty('layerNames');
    expect(JSON.parse(toFactmarkJson(team)).document).toMatchObject({ answerKey: 'team' });
  });

  it('writes offsets in code points of its text: each anchored annotation’s start and end slice its quote out of Array.from(text)', () => {
    const file = JSON.parse(toFactmarkJson(annotatedFixture().model())) as {
      text: string;
      layers: { annotations: { start: number | null; end: number | null; quote: string }[] }[];
    };
    const points = Array.from(file.text);
    const anchored = file.layers.flatMap((layer) => layer.annotations).filter((annotation) => annotation.start !== null);
    expect(anchored.length).toBeGreaterThan(0);
    for (const { start, end, quote } of anchored) expect(points.slice(start ?? 0, end ?? 0).join('')).toBe(quote);
  });

  const valid = () =>
    JSON.parse(toFactmarkJson(annotatedFixture().model())) as Record<string, unknown> & {
      layers: { annotations: Record<string, unknown>[]; history: { snapshot: Record<string, unknown> | null }[] }[];
    };
  const errorOf = (input: unknown): string => {
    try {
      fromFactmarkJson(typeof input === 'string' ? input : JSON.stringify(input));
    } catch (error) {
      expect(error).toBeInstanceOf(ImportError);
      return (error as Error).message;
    }
    throw new Error('expected an ImportError');
  };

  it.each([
    ['broken JSON', () => '{"format": "factmark", ', /not valid JSON/],
    ['another format', () => ({ ...valid(), format: 'other' }), /format/],
    [
      'a wrong type',
      () => {
        const file = valid();
        (file.layers[0]?.annotations[0] ?? {})['kind'] = 42;
        return file;
      },
      /layers\[0\]\.annotations\[0\]\.kind/,
    ],
    [
      'an unknown verdict',
      () => {
        const file = valid();
        (file.layers[0]?.annotations[0] ?? {})['verdict'] = 'maybe';
        return file;
      },
      /verdict/,
    ],
    [
      'a huge value',
      () => {
        const file = valid();
        (file.layers[0]?.annotations[0] ?? {})['note'] = 'x'.repeat(annotationLimits.note + 1);
        return file;
      },
      /note/,
    ],
    [
      'an offset past the text',
      () => {
        const file = valid();
        Object.assign(file.layers[0]?.annotations[0] ?? {}, { start: 1, end: 10_000_000 });
        return file;
      },
      /past the end of the text/,
    ],
    [
      'a deleted mark’s copy in the history past the text',
      () => {
        const file = valid();
        const copy = file.layers[0]?.history.find((entry) => entry.snapshot !== null)?.snapshot;
        if (copy === undefined || copy === null) throw new Error('The fixture has a deleted mark in its history.');
        Object.assign(copy, { start: 1, end: 10_000_000 });
        return file;
      },
      /layers\[0\]\.history\[\d+\]\.snapshot\.end: 10000000 is past the end of the text/,
    ],
    [
      'start after end',
      () => {
        const file = valid();
        Object.assign(file.layers[0]?.annotations[0] ?? {}, { start: 9, end: 3 });
        return file;
      },
      /start must be before end/,
    ],
    [
      'a negative offset',
      () => {
        const file = valid();
        Object.assign(file.layers[0]?.annotations[0] ?? {}, { start: -1 });
        return file;
      },
      /start/,
    ],
    ['content outside the schema', () => ({ ...valid(), content: { type: 'doc', content: [{ type: 'script', text: 'x' }] } }), /schema/],
    [
      'a malicious id',
      () => {
        const file = valid();
        (file.layers[0]?.annotations[0] ?? {})['id'] = '../../etc';
        return file;
      },
      /id/,
    ],
  ])('refuses %s, saying where', (_name, make, message) => {
    expect(errorOf(make())).toMatch(message);
  });
});
