import { describe, expect, it } from 'vitest';
import {
  allAnnotations,
  annotationColumns,
  columnText,
  annotationFields,
  csvColumns,
  readingLeftOutFields,
  readingShownFields,
  toCsv,
  toFactmarkJson,
  toHtml,
  toMarkdown,
} from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { parseCsvStrictly } from '../../../support/exportJudges.js';

/** The server's public address, from which links into the workspace are written. */
const publicUrl = 'https://desk.example';

const model = annotatedFixture().model();

describe('every field of the annotation schema is in every table export', () => {
  it.each(annotationFields)('%s is a column of the CSV', (field) => {
    const columns = annotationColumns.filter((column) => column.fields.includes(field));
    expect(columns.length).toBeGreaterThan(0);
    const header = parseCsvStrictly(toCsv(model, { publicUrl }))[0];
    for (const column of columns) expect(header).toContain(column.csv);
    expect(header).toEqual([...csvColumns]);
  });

  it.each(annotationFields)(
    '%s is shown in the HTML table and the Markdown footnotes, or left out of both for a stated reason',
    (field) => {
      if (readingShownFields.includes(field)) return;
      const reason = readingLeftOutFields[field];
      if (reason !== undefined) {
        expect(reason.length).toBeGreaterThan(10);
        return;
      }
      // Neither: the page shows it in a column of its own, after the others, and each footnote names it.
      const column = annotationColumns.find((candidate) => candidate.fields.includes(field));
      expect(toHtml(model)).toContain(`<th>${column?.label ?? field}</th>`);
      if (column === undefined) throw new Error(`no column shows ${field}`);
      const markdown = toMarkdown(model);
      // A footnote names the field where it has a value (a field at its default says nothing).
      for (const annotation of allAnnotations(model)) {
        const value = columnText(column, annotation);
        if (value !== '') expect(markdown).toContain(`${column.label.toLowerCase()}: `);
      }
    },
  );

  it.each(annotationFields)('%s is a key of every annotation in factmark JSON', (field) => {
    const file = JSON.parse(toFactmarkJson(model)) as { layers: { annotations: Record<string, unknown>[] }[] };
    const annotations = file.layers.flatMap((layer) => layer.annotations);
    expect(annotations.length).toBeGreaterThan(0);
    for (const annotation of annotations) expect(annotation).toHaveProperty(field);
  });
});
