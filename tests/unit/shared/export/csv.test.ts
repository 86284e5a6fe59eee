import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { allAnnotations, csvColumns, toCsv } from '../../../../shared/index.js';
import { annotatedFixture } from '../../../support/annotatedFixture.js';

describe('CSV export', () => {
  const { model: build, ids } = annotatedFixture();
  const model = build();
  const csv = toCsv(model);
  const rows = parse(csv, { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];

  it('is RFC 4180 with a header and one row per annotation, CRLF line ends and a BOM', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.includes('\r\n')).toBe(true);
    expect(Object.keys(rows[0] ?? {})).toEqual([...csvColumns]);
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
    expect(row?.['start']).toBe(String(allAnnotations(model).find((a) => a.id === ids.claim)?.start));
  });

  it('leaves offsets empty for an orphan', () => {
    expect(rows.find((row) => row['id'] === ids.orphan)).toMatchObject({ status: 'orphaned', start: '', end: '' });
  });

  it('defuses cells a spreadsheet would run as formulas', () => {
    const tricky = build();
    const first = tricky.layers[0]?.annotations[0];
    if (first !== undefined) first.note = '=HYPERLINK("http://evil.example")';
    const parsed = parse(toCsv(tricky), { bom: true, columns: true }) as Record<string, string>[];
    expect(parsed[0]?.['note']).toBe('\'=HYPERLINK("http://evil.example")');
  });
});
