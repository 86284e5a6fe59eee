import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, neutralize } from '../../../../shared/export/csv.js';
import { allAnnotations, annotationColumns, cellText, csvColumns, toCsv, type ExportedAnnotation } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';
import { parseCsvStrictly, parseCsvWithPython } from '../../../support/exportJudges.js';
import { hostileFixture } from '../../../support/hostileFixture.js';

/** The server's public address, from which links into the workspace are written. */
const publicUrl = 'https://desk.example';

/** Rows of a parsed CSV as objects keyed by the header. */
const records = (rows: string[][]) =>
  rows.slice(1).map((row) => Object.fromEntries(csvColumns.map((column, index) => [column, row[index]])));

/** What each column holds for an annotation, as the model has it (offsets counted in code points of the text); a field none of these names is its plain value. */
const cellsOf = (annotation: ExportedAnnotation, text: string): Record<string, string> => ({
  ...Object.fromEntries(annotationColumns.map((column) => [column.csv, String(cellText(column.text(annotation)))])),
  layer: annotation.layer,
  id: annotation.id,
  kind: annotation.kind,
  status: annotation.status,
  start: annotation.start === null ? '' : String(Array.from(text.slice(0, annotation.start)).length),
  end: annotation.end === null ? '' : String(Array.from(text.slice(0, annotation.end)).length),
  quote: annotation.quote,
  prefix: annotation.prefix,
  suffix: annotation.suffix,
  author: annotation.author.name,
  created: annotation.createdAt,
  updated: annotation.updatedAt,
  note: annotation.note,
  verdict: annotation.kind === 'claim' ? annotation.verdict : '',
  evidence: annotation.evidence.map((link) => link.url).join(' '),
  speaker: annotation.kind === 'attribution' ? annotation.speaker.name : '',
  speaker_title: annotation.kind === 'attribution' ? annotation.speaker.role : '',
  source_type: annotation.kind === 'attribution' ? annotation.sourceType : '',
  links: annotation.links.join(' '),
  // These fixtures have no threads; tests/integration/server/threadExports.test.ts counts replies.
  replies: '0',
  check_status: annotation.kind === 'claim' ? annotation.checkStatus : '',
  assignee: annotation.kind === 'claim' ? (annotation.assignee?.name ?? '') : '',
  verdict_by: annotation.kind === 'claim' ? (annotation.verdictBy?.name ?? '') : '',
  approved_by: annotation.kind === 'claim' ? (annotation.approvedBy?.name ?? '') : '',
});

/** A cell a spreadsheet would run as a formula: OWASP's list with the fullwidth forms (a plain number is just a number). */
const formulaStart = /^[=+\-@\t\r＝＋－＠](?!\d+(\.\d+)?$)/;

describe('CSV export', () => {
  const { model: build, ids } = annotatedFixture();
  const model = build();
  const csv = toCsv(model, { publicUrl });
  const rows = records(parseCsvStrictly(csv));

  it('is RFC 4180 with a header and one row per annotation, CRLF line ends and a BOM', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.includes('\r\n')).toBe(true);
    expect(parseCsvStrictly(csv)[0]).toEqual([...csvColumns]);
    expect(rows).toHaveLength(allAnnotations(model).length);
  });

  it('keeps non-ASCII text, emoji, quotes and newlines intact', () => {
    const attribution = rows.find((row) => row['id'] === ids.attribution);
    expect(attribution).toMatchObject({
      quote: 'Mayor Zofia Wójcik-Ngata said',
      speaker: 'Zofia Wójcik-Ngata',
      speaker_title: 'Mayor',
      kind: 'attribution',
    });
    const row = rows.find((candidate) => candidate['id'] === ids.claim);
    expect(row?.['note']).toContain('<script>alert("x")</script>');
    expect(row?.['evidence']).toBe('https://example.org/timetable');
  });

  it('gives offsets in code points: each anchored row’s start and end slice its quote out of the text’s code points', () => {
    const points = Array.from(model.text);
    const anchored = rows.filter((row) => row['status'] === 'anchored');
    expect(anchored.length).toBeGreaterThan(0);
    // The heading's emoji comes before every mark: UTF-16 offsets would be one off.
    for (const row of anchored) expect(points.slice(Number(row['start']), Number(row['end'])).join('')).toBe(row['quote']);
  });

  it('leaves offsets empty for an orphan', () => {
    expect(rows.find((row) => row['id'] === ids.orphan)).toMatchObject({ status: 'orphaned', start: '', end: '' });
  });
});

describe('CSV export of hostile fields', () => {
  const { model: build, ids } = hostileFixture();
  const model = build();
  const csv = toCsv(model, { publicUrl });

  it('reads as one record per annotation in a strict parser, every cell equal to the model but for a leading apostrophe', () => {
    const rows = records(parseCsvStrictly(csv));
    expect(rows).toHaveLength(allAnnotations(model).length);
    for (const [index, annotation] of allAnnotations(model).entries()) {
      const expected = Object.fromEntries(
        Object.entries(cellsOf(annotation, model.text)).map(([column, value]) => [column, formulaStart.test(value) ? `'${value}` : value]),
      );
      expect(rows[index]).toEqual(expected);
    }
  });

  it('neutralises every formula start, the minus, tab, carriage return and fullwidth signs included', () => {
    const rows = records(parseCsvStrictly(csv));
    const byId = new Map(rows.map((row) => [row['id'], row]));
    expect(byId.get(ids.image)?.['note']?.startsWith(`'=cmd|`)).toBe(true);
    expect(byId.get(ids.image)?.['author']?.startsWith(`'=HYPERLINK(`)).toBe(true);
    expect(byId.get(ids.denial)?.['note']?.startsWith(`'-2+3`)).toBe(true);
    expect(byId.get(ids.denial)?.['author']?.startsWith(`'+Rana`)).toBe(true);
    expect(byId.get(ids.attribution)?.['speaker']?.startsWith(`'@SUM`)).toBe(true);
    expect(byId.get(ids.rightToLeft)?.['note']?.startsWith(`'＝1+1`)).toBe(true);
    expect(byId.get(ids.tab)?.['note']?.startsWith(`'\t`)).toBe(true);
    expect(byId.get(ids.orphan)?.['note']?.startsWith(`'\r`)).toBe(true);
    for (const row of rows) for (const cell of Object.values(row)) expect(cell).not.toMatch(formulaStart);
  });

  it('quotes a cell holding a bare line break, so the formula on its next line stays in the cell', () => {
    const single = build();
    const first = single.layers[0]?.annotations[0];
    if (first !== undefined) first.note = "checked with the desk\n=cmd|' /C calc'!A0";
    const out = toCsv({ ...single, layers: [{ id: 'team', annotations: first === undefined ? [] : [first], damaged: [] }] }, { publicUrl });
    expect(out).toContain(`"checked with the desk\n=cmd|' /C calc'!A0"`);
    expect(parseCsvStrictly(out)).toHaveLength(2);
  });

  it('leaves a plain number as it is, whatever its sign, and neutralises one followed by a formula', () => {
    const single = build();
    const first = single.layers[0]?.annotations[0];
    if (first !== undefined) Object.assign(first, { note: '-0.2500', quote: '+12', prefix: '-1+2' });
    const out = toCsv({ ...single, layers: [{ id: 'team', annotations: first === undefined ? [] : [first], damaged: [] }] }, { publicUrl });
    expect(records(parseCsvStrictly(out))[0]).toMatchObject({ note: '-0.2500', quote: '+12', prefix: "'-1+2" });
  });

  it.skipIf(parseCsvWithPython('a\r\n') === null)('reads the same in Python’s csv module', () => {
    expect(parseCsvWithPython(csv)).toEqual(parseCsvStrictly(csv));
  });
});

describe('the CSV writer', () => {
  // The writer the format was first written with, kept as the judge of the bytes.
  const reference = (rows: (string | number)[][]) =>
    stringify(
      rows.map((row) => row.map(neutralize)),
      { record_delimiter: 'windows', quote_record_delimiter: true },
    );
  const cell = fc.oneof(
    fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', ' ', '=', '-', '+', '@', '\t', '1', '.', '\uFF1D') }),
    fc.integer({ min: -1000, max: 1000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true }),
  );

  it('writes any rows byte for byte as csv-stringify did, and a strict parser reads every cell back', () => {
    fc.assert(
      fc.property(
        // Rows of one width, as a table's are.
        fc.integer({ min: 1, max: 6 }).chain((width) => fc.array(fc.array(cell, { minLength: width, maxLength: width }), { maxLength: 8 })),
        (rows) => {
          const written = csvRecords(rows);
          expect(written).toBe(reference(rows));
          if (rows.length > 0)
            expect(parseCsvStrictly(`\uFEFF${written}`)).toEqual(rows.map((row) => row.map((value) => String(neutralize(value)))));
        },
      ),
      { numRuns: 500 },
    );
  });
});
