import { describe, expect, it } from 'vitest';
import { allAnnotations, corpusEntry, CorpusWriter, toJsonLine, type CorpusFormat, type ExportModel } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { parseCsvStrictly } from '../../../support/exportJudges.js';
import { unicodeFixture } from '../../../support/unicodeFixture.js';
import { annotationMustFailures } from '../../../support/w3cAnnotationSchemas.js';

const publicUrl = 'https://desk.example';

/** The fixtures as separate documents of one corpus, one of them with no marks at all. */
function corpus(): ExportModel[] {
  const annotated = annotatedFixture().model();
  const unicode = unicodeFixture().model();
  const empty: ExportModel = { ...annotated, record: { ...annotated.record, id: 'empty1' }, layers: [] };
  return [empty, annotated, { ...unicode, record: { ...unicode.record, id: 'unicode1' } }];
}

/** A corpus file written as the server writes it: head, an entry per document, tail. */
function write(format: CorpusFormat, models: ExportModel[]): { text: string; writer: CorpusWriter } {
  const writer = new CorpusWriter(format, { publicUrl, id: `${publicUrl}/api/export?format=${format}`, label: 'Ghost buses' });
  const pieces = [writer.head(), ...models.map((model) => writer.entry(corpusEntry(model, format, { publicUrl }))), writer.tail()];
  return { text: pieces.join(''), writer };
}

describe('corpus exports', () => {
  const models = corpus();
  const total = models.reduce((sum, model) => sum + allAnnotations(model).length, 0);

  it('writes JSON Lines: one line per document, each parsed alone, marks placed in code points of its text', () => {
    const { text } = write('jsonl', models);
    const lines = text.split('\n');
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(models.length);
    lines.forEach((line, index) => {
      const model = models[index] as ExportModel;
      const parsed = JSON.parse(line) as {
        id: string;
        text: string;
        marks: { quote: string; start: number | null; end: number | null; layer: string }[];
      };
      expect(parsed.id).toBe(model.record.id);
      expect(parsed.text).toBe(model.text);
      expect(parsed.marks).toHaveLength(allAnnotations(model).length);
      const codePoints = Array.from(parsed.text);
      for (const mark of parsed.marks) {
        expect(model.layers.map((layer) => layer.id)).toContain(mark.layer);
        if (mark.start !== null && mark.end !== null) expect(codePoints.slice(mark.start, mark.end).join('')).toBe(mark.quote);
      }
    });
    // The unicode fixture has marks after emoji: UTF-16 offsets would not slice out the quotes above.
    expect(lines.some((line) => /[\u{1F300}-\u{1FAFF}]/u.test(line))).toBe(true);
  });

  it('says which story each line is a version of, and which version', () => {
    const model = models[0] as ExportModel;
    const first = JSON.parse(toJsonLine(model)) as { story: unknown };
    expect(first.story).toEqual({ id: model.record.id, version: 1 });
    const later = { ...model, record: { ...model.record, id: `${model.record.id}-v2`, story: { id: model.record.id, version: 2 } } };
    expect((JSON.parse(toJsonLine(later)) as { story: unknown }).story).toEqual({ id: model.record.id, version: 2 });
  });

  it('keeps a line one line whatever the text holds', () => {
    const model = models[1] as ExportModel;
    const line = toJsonLine({ ...model, text: `${model.text}\u2028x\r\ny\n` });
    expect(line.indexOf('\n')).toBe(line.length - 1);
    expect(line).not.toMatch(/[\u2028\r]/);
  });

  it('writes one Web Annotation collection that passes the W3C MUST schemas, every item too', () => {
    const { text, writer } = write('wa', models);
    const collection = JSON.parse(text) as { '@context': unknown; total: number; first: { items: object[] } };
    expect(collection.total).toBe(total);
    expect(writer.total).toBe(total);
    expect(collection.first.items).toHaveLength(total);
    expect(annotationMustFailures('collection')(collection)).toEqual([]);
    expect(annotationMustFailures('page')({ '@context': collection['@context'], ...collection.first })).toEqual([]);
    const mustFailures = annotationMustFailures();
    for (const item of collection.first.items) expect(mustFailures(item)).toEqual([]);
    // Each document's marks keep their own IRIs: none is written twice.
    const ids = collection.first.items.map((item) => (item as { id: string }).id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('writes valid JSON when documents without marks come first, last or alone', () => {
    const [empty] = models as [ExportModel];
    for (const order of [[empty], [empty, empty], [models[1] as ExportModel, empty]])
      expect((JSON.parse(write('wa', order).text) as { total: number }).total).toBe(
        order.reduce((sum, model) => sum + allAnnotations(model).length, 0),
      );
  });

  it('writes one CSV (RFC 4180, read strictly) with the document id first on every row', () => {
    const { text } = write('csv', models);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(text.indexOf('\uFEFF', 1)).toBe(-1);
    const [header, ...rows] = parseCsvStrictly(text) as [string[], ...string[][]];
    expect(header[0]).toBe('document');
    expect(rows).toHaveLength(total);
    for (const row of rows) expect(row).toHaveLength(header.length);
    const byDocument = models.map((model) => rows.filter((row) => row[0] === model.record.id).length);
    expect(byDocument).toEqual(models.map((model) => allAnnotations(model).length));
  });
});
